import FactPipe
import Foundation
import Testing

/// Checks on the shipped entity and predicate lexicons, as on code.
@Suite("Entity lexicon")
struct EntityLexiconTests {
    static var rows: [[String]] {
        let text = (try? String(contentsOfFile: TestSupport.lexiconDirectory + "/entities.tsv", encoding: .utf8)) ?? ""
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.dropFirst().map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }

    @Test("at least 300 entities of the four types, each with six columns; an owner is a product's maker or an institution's country, and names an entity")
    func size() {
        let rows = Self.rows
        #expect(rows.count >= 300)
        #expect(rows.allSatisfy { $0.count == 6 && ["org", "person", "product", "place"].contains($0[1]) })
        #expect(TestSupport.lexicons.linking.entities.count == rows.count)
        let types = Dictionary(rows.map { ($0[0], $0[1]) }, uniquingKeysWith: { first, _ in first })
        for row in rows where !row[5].isEmpty {
            let owner = types[row[5]]
            #expect(row[1] == "product" && owner == "org" || row[1] == "org" && owner == "place", "\(row[0]): owner \(row[5])")
        }
    }

    @Test("no alias stands for two entities; names and aliases are NFC without stray spaces")
    func aliasesAreUnique() {
        var owner: [String: String] = [:]
        for row in Self.rows {
            let aliases = [row[0]] + row[2...4].flatMap { $0.split(separator: "|").map(String.init) }
            for alias in aliases {
                #expect(alias == alias.precomposedStringWithCanonicalMapping && alias == alias.trimmingCharacters(in: .whitespaces) && !alias.contains("\u{3000}"), "\(alias)")
                let key = alias.lowercased()
                if let other = owner[key], other != row[0] { Issue.record("\(alias): \(other) and \(row[0])") }
                owner[key] = row[0]
            }
        }
    }

    @Test("every predicate trigger names kinds the contract has, and one predicate for each kind")
    func predicates() throws {
        let text = try String(contentsOfFile: TestSupport.lexiconDirectory + "/predicates.tsv", encoding: .utf8)
        let rows = text.split(separator: "\n").filter { !$0.hasPrefix("#") }.dropFirst()
        var triggerKinds: Set<String> = []
        for row in rows {
            let fields = row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            #expect(fields.count == 5)
            #expect(["", "yes"].contains(fields[4]), "\(fields[0]): levels is yes or empty")
            let kinds = fields[3] == "*" ? QuantityKind.allCases.map(\.rawValue) : fields[3].split(separator: ",").map(String.init)
            #expect(kinds.allSatisfy { QuantityKind(rawValue: $0) != nil }, "\(fields[0])")
            for kind in kinds {
                #expect(triggerKinds.insert(fields[0].lowercased() + "\t" + kind).inserted, "trigger \(fields[0]) names \(kind) twice")
            }
        }
    }
}
