/// Known entities and every alias they go by, from `Lexicons/entities.tsv` and the files a
/// user adds: columns `name`, `type` (`org`, `person`, `product`, `place`), `zh_hans`,
/// `zh_hant`, `en`, aliases within a column separated by `|`, and optionally `owner` (the
/// canonical name of a product's maker).
///
/// Aliases are stored folded (traditional → simplified, full-width → ASCII) with ASCII
/// letters lower-cased, so a traditional or full-width spelling in a text matches too.
public struct EntityLexicon: Sendable {
    struct Entity: Sendable {
        let name: String
        let type: EntityType
        let owner: String?
    }
    struct Alias: Sendable {
        let entity: Int32
        /// The alias as written in the lexicon, folded: its letter case is checked on a match.
        /// The aliases of one file share one array.
        let form: ArraySlice<Unicode.Scalar>
        /// The same alias written in another case in the same row (`Puma` and `PUMA`): either
        /// case agrees.
        var otherCase: ArraySlice<Unicode.Scalar>? = nil
    }

    private(set) var entities: [Entity] = []
    private(set) var aliases: [Alias] = []
    private(set) var trie = AliasTrie()
    /// The first code points of the aliases as written (a Latin letter in its case): a
    /// capitalised alias never starts at a lower-case letter, so most words start none.
    private(set) var firstAsWritten = ScalarBitSet()
    /// The first code point of each alias as written and the next one lower-cased: `iPhone`
    /// starts at no other word that starts with `i`.
    private(set) var pairsAsWritten = PairBits()
    /// Each entity by its canonical name, made when a file is added (a lexicon read back from
    /// a cache has none until then).
    private var byName: [String: Int32] = [:]
    /// The fold table aliases are folded with (`nil`: ICU's transliterator).
    private var simplified: [UInt32: UInt32]?

    public var count: Int { entities.count }

    public init() {}

    /// Loads `entities.tsv` from a lexicon folder.
    public init(directory: String) throws {
        let simplified = try SimplifiedTable.load(directory + "/simplified.tsv")
        try self.init(directory: directory, simplified: simplified, folder: CharacterFolder(simplified: simplified))
    }

    /// `folder` folds with `simplified`. With a `cache` folder, a lexicon built before from
    /// the same files by the same program is read back instead of built again.
    init(directory: String, simplified: [UInt32: UInt32]?, folder: CharacterFolder, cache: CacheFolder? = nil) throws {
        let path = directory + "/entities.tsv"
        let sources = cache == nil ? nil : EntityLexiconSources(entities: path, simplified: simplified == nil ? nil : directory + "/simplified.tsv")
        if let cache, let sources, let kept = cache.entityLexicon(of: sources, simplified: simplified) {
            self = kept
            return
        }
        self.simplified = simplified
        try add(path: path, folder: folder)
        if let cache, let sources { cache.remember(self, of: sources) }
    }

    /// A lexicon of these tables, as ``write(to:)`` keeps them.
    init(entities: [Entity], aliases: [Alias], trie: AliasTrie, firstAsWritten: ScalarBitSet, pairsAsWritten: PairBits,
         simplified: [UInt32: UInt32]?) {
        self.entities = entities
        self.aliases = aliases
        self.trie = trie
        self.firstAsWritten = firstAsWritten
        self.pairsAsWritten = pairsAsWritten
        self.simplified = simplified
    }

    /// Adds the entities of another file; its aliases take precedence over those loaded before.
    public mutating func add(path: String) throws {
        try add(path: path, folder: CharacterFolder(simplified: simplified))
    }

    private mutating func add(path: String, folder: CharacterFolder) throws {
        let file = try TSVFile(path: path)
        let name = try file.column("name"), type = try file.column("type")
        let aliasColumns = try ["zh_hans", "zh_hant", "en"].map { try file.column($0) }
        let ownerColumn = file.columns.firstIndex(of: "owner")
        // the folded aliases one after another, and where each stands
        var folded: [Unicode.Scalar] = []
        var spans: [(entity: Int32, start: Int32, end: Int32)] = []
        folded.reserveCapacity(file.rows.count * 16)
        spans.reserveCapacity(file.rows.count * 4)
        entities.reserveCapacity(entities.count + file.rows.count)
        if byName.count != entities.count {
            byName = Dictionary(uniqueKeysWithValues: entities.enumerated().map { ($1.name, Int32($0)) })
        }
        byName.reserveCapacity(byName.count + file.rows.count)
        defer {
            let first = aliases.count
            aliases.reserveCapacity(first + spans.count)
            // where the aliases of the row at hand begin: one that differs from another of its
            // row only in case goes with it
            var rowStart = first
            for span in spans {
                let form = folded[Int(span.start)..<Int(span.end)]
                if aliases.count == first || aliases[aliases.count - 1].entity != span.entity { rowStart = aliases.count }
                if let same = (rowStart..<aliases.count).first(where: { aliases[$0].form.elementsEqual(form) { FormTable<Bool>.lower($0) == FormTable<Bool>.lower($1) } }) {
                    if !aliases[same].form.elementsEqual(form) { aliases[same].otherCase = form }
                    continue
                }
                aliases.append(Alias(entity: span.entity, form: form))
            }
            trie.insert(aliases[first...].indices.map { (aliases[$0].form, Int32($0)) }, replacing: true)
        }
        var field: [Unicode.Scalar] = []
        for row in file.rows {
            row.fields.scalars(name, into: &field)
            let canonicalScalars = field.trimmingWhitespace(field.indices)
            guard !canonicalScalars.isEmpty else { throw LexiconError(path: path, line: row.line, message: "empty name") }
            guard let kind = Self.entityType(row.fields, type) else {
                throw LexiconError(path: path, line: row.line, message: "type must be org, person, product or place, got '\(row.fields[type])'")
            }
            let canonical = field.text(canonicalScalars)
            let owner = ownerColumn.flatMap { column in row.fields.withBytes(column) { $0.isEmpty } ? nil : row.fields[column].trimmed }
            let entity = Entity(name: canonical, type: kind, owner: owner.flatMap { $0.isEmpty ? nil : $0 })
            let index: Int32
            if let existing = byName[canonical] {
                index = existing
                entities[Int(existing)] = entity
            } else {
                index = Int32(entities.count)
                entities.append(entity)
                byName[canonical] = index
            }
            func addAlias(_ form: ArraySlice<Unicode.Scalar>) {
                let start = folded.count
                for s in form { folded.append(folder.fold(s)) }
                if start < folded.count {
                    firstAsWritten.insert(folded[start].value)
                    pairsAsWritten.insert(folded[start].value, next: start + 1 < folded.count ? AliasTrie.key(folded[start + 1]) : nil)
                }
                spans.append((index, Int32(start), Int32(folded.count)))
            }
            addAlias(field[canonicalScalars])
            for column in aliasColumns {
                row.fields.scalars(column, into: &field)
                AliasField.forEachAlias(in: field, addAlias)
            }
        }
    }

    /// The type a row's `type` field names, read from its bytes.
    private static func entityType(_ fields: TSVFile.Fields, _ column: Int) -> EntityType? {
        if fields.is(column, "org") { return .org }
        if fields.is(column, "person") { return .person }
        if fields.is(column, "product") { return .product }
        if fields.is(column, "place") { return .place }
        return nil
    }

    /// Calls `found(end, index)` for every alias `text[start...]` begins with in the letter case
    /// written there (as its first code point and the next one show), shortest first; `index` is
    /// the alias's place in ``aliases``, whose fields the caller reads in place (a copy of the
    /// alias counts references to its forms).
    @inline(__always)
    func forEachAliasIndex(in text: [Unicode.Scalar], from start: Int, limit: Int, _ found: (Int, Int32) -> Void) {
        // (the trie's own test of the first two keys would pass wherever this one does)
        guard start < limit, pairsAsWritten.mayHold(text[start].value, next: start + 1 < limit ? AliasTrie.key(text[start + 1]) : nil),
              trie.mayMatchAsWords(in: text, from: start, limit: limit) else { return }
        trie.forEachMatch(in: text, from: start, limit: limit, found)
    }
}
