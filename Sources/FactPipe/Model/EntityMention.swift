/// What kind of thing an entity is (the entity record's `entity`).
public enum EntityType: String, Sendable, Codable, CaseIterable {
    case org, person, product, place
}

/// A name found in a document.
///
/// `span` is a half-open range of Unicode code points into the document's decoded text.
public struct EntityMention: Sendable, Equatable {
    public var span: Range<Int>
    public var text: String
    /// The canonical name: the lexicon's, or for an unknown entity the fullest form the
    /// document used for it.
    public var name: String
    public var type: EntityType
    /// In the entity lexicon (or linked in the document to a name that is).
    public var known: Bool
    /// For a product: the canonical name of the entity that makes it, from the lexicon or
    /// as the document states it (`Anthropic's Claude`), else `nil`.
    public var owner: String?

    public init(span: Range<Int>, text: String, name: String, type: EntityType, known: Bool, owner: String? = nil) {
        self.span = span
        self.text = text
        self.name = name
        self.type = type
        self.known = known
        self.owner = owner
    }
}
