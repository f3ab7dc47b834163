/// Words that say what a quantity measures, from `Lexicons/predicates.tsv`: columns
/// `trigger`, `predicate`, `lang` (`zh`, `en` or `*`) and `kinds` (the quantity kinds the
/// trigger names, comma-separated, or `*`). A trigger that is also an English counted noun
/// (`users`, `employees`) names the predicate of a count written with it.
public struct PredicateLexicon: Sendable {
    struct Trigger: Sendable {
        let predicate: String
        let kinds: Set<QuantityKind>
        let form: [Unicode.Scalar]
        func fits(_ kind: QuantityKind) -> Bool { kinds.contains(kind) }
    }
    private(set) var triggers: [Trigger] = []
    private var trie = AliasTrie()
    private var byNoun: [String: Int] = [:]

    public init() {}

    public init(directory: String) throws {
        try self.init(directory: directory, simplified: SimplifiedTable.load(directory + "/simplified.tsv"))
    }

    init(directory: String, simplified: [UInt32: UInt32]?) throws {
        let file = try TSVFile(path: directory + "/predicates.tsv")
        let (trigger, predicate, lang, kinds) = (try file.column("trigger"), try file.column("predicate"),
                                                 try file.column("lang"), try file.column("kinds"))
        let folder = try CharacterFolder(simplified: simplified)
        var added: [(form: [Unicode.Scalar], payload: Int32)] = []
        defer { trie.insert(added) }
        for row in file.rows {
            guard ["zh", "en", "*"].contains(row.fields[lang]) else {
                throw LexiconError(path: file.path, line: row.line, message: "lang must be zh, en or *")
            }
            var set: Set<QuantityKind> = []
            if row.fields[kinds] == "*" { set = Set(QuantityKind.allCases).subtracting([.date]) } else {
                for name in row.fields[kinds].split(separator: ",") {
                    guard let kind = QuantityKind(rawValue: String(name)) else {
                        throw LexiconError(path: file.path, line: row.line, message: "unknown kind '\(name)'")
                    }
                    set.insert(kind)
                }
            }
            let form = folder.fold(Array(row.fields[trigger].unicodeScalars)[...])
            guard !form.isEmpty, !row.fields[predicate].isEmpty else {
                throw LexiconError(path: file.path, line: row.line, message: "empty trigger or predicate")
            }
            triggers.append(Trigger(predicate: row.fields[predicate], kinds: set, form: form))
            added.append((form, Int32(triggers.count - 1)))
            if set.contains(.number) { byNoun[row.fields[trigger].lowercased()] = triggers.count - 1 }
        }
    }

    /// The trigger a counted noun is (`users` → `users`).
    func trigger(forNoun noun: String) -> Trigger? { byNoun[noun.lowercased()].map { triggers[$0] } }

    /// Every trigger in `text` (folded), the longest at each position, left to right; English
    /// triggers only as whole words.
    func occurrences(in text: [Unicode.Scalar]) -> [(range: Range<Int>, trigger: Trigger)] {
        var result: [(range: Range<Int>, trigger: Trigger)] = []
        let triggers = self.triggers, trie = self.trie
        let n = text.count
        var i = 0
        while i < n {
            if i > 0, isAlphanumeric(text[i - 1]), isAlphanumeric(text[i]) { i += 1; continue }
            guard trie.mayMatch(in: text, from: i, limit: n) else { i += 1; continue }
            // the longest so far: where it ends and which trigger it is (-1: none yet)
            var best = (end: 0, trigger: Int32(-1))
            trie.forEachMatch(in: text, from: i, limit: n) { end, payload in
                if end < n, isAlphanumeric(text[end]), isLatinLetter(triggers[Int(payload)].form.last!) { return }
                best = (end, payload)
            }
            if best.trigger >= 0 {
                result.append((i..<best.end, triggers[Int(best.trigger)]))
                i = best.end
            } else {
                i += 1
            }
        }
        return result
    }
}
