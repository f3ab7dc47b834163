/// A line of output: a fact of a document, an entity named in it, or an error about an input.
public enum Record: Sendable, Equatable {
    case fact(doc: String, Fact)
    case entity(doc: String, EntityMention)
    case error(doc: String, message: String)
}
