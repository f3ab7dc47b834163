/// The lexicons of the entity and link stages: entities, name rules and predicate triggers.
public struct LinkLexicons: Sendable {
    public internal(set) var entities: EntityLexicon
    let names: NameRules
    let predicates: PredicateLexicon

    /// Loads `entities.tsv`, `name-rules.tsv` and `predicates.tsv` from `directory`.
    public init(directory: String) throws {
        try self.init(directory: directory, simplified: SimplifiedTable.load(directory + "/simplified.tsv"))
    }

    /// Entities and triggers are folded with `simplified` (as the text is), or with ICU's
    /// transliterator when it is `nil`.
    init(directory: String, simplified: [UInt32: UInt32]?) throws {
        // one fold table for both: the characters they share are folded once
        let folder = try CharacterFolder(simplified: simplified)
        entities = try EntityLexicon(directory: directory, simplified: simplified, folder: folder)
        predicates = try PredicateLexicon(directory: directory, folder: folder)
        var names = try NameRules(directory: directory)
        // a name stops before a trigger (`澈光智算注资15亿元`)
        names.afterChineseOrganisation.insert(contentsOf: predicates.triggers.map(\.form).filter { $0.allSatisfy(isHan) })
        self.names = names
    }
}

extension Lexicons {
    /// Adds a user's entity lexicon (the columns of `entities.tsv`); its aliases win over
    /// the shipped ones.
    public mutating func addEntities(path: String) throws {
        try linking.entities.add(path: path)
    }
}
