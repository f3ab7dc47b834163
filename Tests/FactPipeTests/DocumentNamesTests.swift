@testable import FactPipe
import Testing

@Suite("Document names")
struct DocumentNamesTests {
    @Test("an alias is a first match once with its leading word and once without, as a set of them says")
    func firstMatchOfAlias() {
        var names = DocumentNames()
        var seen = Set<Int64>()
        // aliases small and large, in no order, many of them again
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<20_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let alias = Int32(truncatingIfNeeded: (state >> 33) % 12_000)
            let withLeadingWord = state & 1 == 0
            let expected = seen.insert(Int64(alias) * 2 + (withLeadingWord ? 1 : 0)).inserted
            #expect(names.isFirstMatch(ofAlias: alias, withLeadingWord: withLeadingWord) == expected)
        }
    }

    @Test("a form keeps the entry it first stood for, by bytes and by string alike, as a dictionary's first value would")
    func firstEntryKept() {
        var g = SeededGenerator(seed: 23)
        // plain forms first (kept by their bytes), then forms that are not plain (`e` and a
        // combining accent), which move every entry to the strings
        let plain = ["Acme", "ACME", "acme", "Beta", "贝塔", "Gamma Corp"], other = ["Cafe\u{301}", "café", "Cafe"]
        var names = DocumentNames()
        var expected: [String: String] = [:]
        for round in 0..<200 {
            let forms = round < 100 ? plain : plain + other
            let form = Array(forms.randomElement(using: &g)!.unicodeScalars)
            let name = "entity \(round)"
            names.add(form[...], DocumentNames.Entry(name: name, type: .org, known: false))
            let key = DocumentNames.key(form[...]).text
            if expected[key] == nil { expected[key] = name }
            #expect(names.entry(for: form[...])?.name == expected[key], "\(key)")
        }
    }

    @Test("forms looked up by their code points find what a dictionary by their keys finds, past many entries and renamings")
    func manyForms() {
        var g = SeededGenerator(seed: 31)
        let letters = Array("aAbBzZ é贝塔".unicodeScalars)
        var names = DocumentNames()
        var expected: [String: String] = [:]
        for round in 0..<3_000 {
            let form = (0..<Int.random(in: 1...4, using: &g)).map { _ in letters.randomElement(using: &g)! }
            let key = DocumentNames.key(form[...]).text
            #expect(names.entry(for: form[...])?.name == expected[key], "\(key)")
            let entry = DocumentNames.Entry(name: "entity \(round)", type: .org, known: false)
            if round % 7 == 0 {
                names.rename(form[...], entry)
                expected[key] = entry.name
            } else {
                names.add(form[...], entry)
                if expected[key] == nil { expected[key] = entry.name }
            }
        }
    }

    @Test("a document that reuses the heads of the Chinese forms before finds none of those forms")
    func chineseFormHeadsEmptied() {
        var g = SeededGenerator(seed: 29)
        var spare: DocumentNames.SpareChineseForms? = nil
        for _ in 0..<20 {
            var names = DocumentNames(reusing: spare)
            let text = (0..<200).map { _ in Unicode.Scalar(UInt32.random(in: 0x4E00...0x4E40, using: &g))! }
            #expect(text.indices.allSatisfy { !names.mayStartChineseForm(in: text, at: $0) })
            #expect(names.firstChineseFormStart(in: text, from: 0) == text.count)
            for _ in 0..<30 {
                let start = Int.random(in: 0..<text.count - 4, using: &g)
                names.add(text[start..<start + Int.random(in: 2...4, using: &g)], DocumentNames.Entry(name: "x", type: .person, known: false))
                #expect(names.mayStartChineseForm(in: text, at: start))
                #expect(names.firstChineseFormStart(in: text, from: start) == start)
            }
            spare = names.takeChineseForms()
        }
    }

    @Test("an organisation's leading words are its name before the last space, lower-cased")
    func leadingWords() {
        for name in ["Palo Alto Networks", "Acme", "Société Générale Group", " x", "a b c ", "Ünïcode Naïve Co", "A\u{301} B", "公司 ABC"] {
            let expected = name.unicodeScalars.lastIndex(of: " ").map { String(name.unicodeScalars[..<$0]).lowercased() }
            #expect(DocumentNames.leadingWords(of: name) == expected, "\(name)")
        }
    }

    @Test("storing where no value is stores it and says so; where one is, keeps it")
    func dictionaryStoreIfAbsent() {
        var d: [String: Int] = ["a": 1]
        let storedOverA = d.storeIfAbsent("a", 2), storedB = d.storeIfAbsent("b", 3)
        #expect(!storedOverA && storedB)
        #expect(d == ["a": 1, "b": 3])
    }
}
