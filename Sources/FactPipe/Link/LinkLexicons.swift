/// The lexicons of the entity and link stages: entities, name rules and predicate triggers.
public struct LinkLexicons: Sendable {
    public internal(set) var entities: EntityLexicon
    let names: NameRules
    let predicates: PredicateLexicon

    /// Loads `entities.tsv`, `name-rules.tsv` and `predicates.tsv` from `directory`.
    public init(directory: String) throws {
        entities = try EntityLexicon(directory: directory)
        names = try NameRules(directory: directory)
        predicates = try PredicateLexicon(directory: directory)
    }
}

extension Lexicons {
    /// Adds a user's entity lexicon (the columns of `entities.tsv`); its aliases win over
    /// the shipped ones.
    public mutating func addEntities(path: String) throws {
        try linking.entities.add(path: path)
    }
}
