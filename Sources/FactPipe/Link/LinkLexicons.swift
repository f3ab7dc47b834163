/// The lexicons of the entity and link stages: entities, name rules and predicate triggers.
public struct LinkLexicons: Sendable {
    public internal(set) var entities: EntityLexicon
    let names: NameRules
    let predicates: PredicateLexicon

    /// Loads `entities.tsv`, `name-rules.tsv` and `predicates.tsv` from `directory`.
    public init(directory: String) throws {
        let simplified = try SimplifiedTable.load(directory + "/simplified.tsv")
        try self.init(directory: directory, simplified: simplified, entities: Self.entities(directory: directory, simplified: simplified))
    }

    /// Starts loading `entities.tsv` on another thread (from `cache`, when it keeps it built).
    static func entities(directory: String, simplified: [UInt32: UInt32]?, cache: CacheFolder? = nil) -> InBackground<EntityLexicon> {
        InBackground { try EntityLexicon(directory: directory, simplified: simplified, folder: CharacterFolder(simplified: simplified), cache: cache) }
    }

    /// Entities and triggers are folded with `simplified` (as the text is), or with ICU's
    /// transliterator when it is `nil`; the entities are those `entities` loads.
    init(directory: String, simplified: [UInt32: UInt32]?, entities: InBackground<EntityLexicon>) throws {
        predicates = try PredicateLexicon(directory: directory, folder: CharacterFolder(simplified: simplified))
        // a name stops before a trigger (`澈光智算注资15亿元`)
        names = try NameRules(directory: directory,
                              alsoAfterChineseOrganisation: predicates.triggers.map(\.form).filter { $0.allSatisfy(isHan) })
        self.entities = try entities.value()
    }
}

extension Lexicons {
    /// Adds a user's entity lexicon (the columns of `entities.tsv`); its aliases win over
    /// the shipped ones.
    public mutating func addEntities(path: String) throws {
        try linking.entities.add(path: path)
    }
}
