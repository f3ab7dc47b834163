/// What a Latin word may open or be for the recognisers, told once for each word of a text
/// when its shape is made (``WordShapes``), by one lookup of its leading letters: the date
/// reader, the reader of numbers and the reader of phrases each looked the word up in a table
/// of its own, three lookups a word of English.
struct WordRoles: OptionSet, Sendable {
    let rawValue: UInt16

    /// The word opens an English number (one of ``NumberScanner/firstWordList``), when it is
    /// letters only.
    static let numberFirstWord = Self(rawValue: 1 << 8)
    /// The letters before the word's first hyphen open an English number (one of
    /// ``NumberScanner/hyphenatedFirstPartList``), when it is hyphenated.
    static let numberFirstPart = Self(rawValue: 1 << 9)
    /// The word names a quantity without a number (``QuantityRecognizer/phraseWordList``: `twice`,
    /// `doubled`, `half`), when it is letters only.
    static let phraseWord = Self(rawValue: 1 << 10)

    /// The roles in English dates of the word's leading letters (``DateRecognizer/englishWords``),
    /// kept in the low eight bits; none where they are no word of a date.
    var dateRoles: DateRecognizer.EnglishWord { DateRecognizer.EnglishWord(rawValue: UInt8(truncatingIfNeeded: rawValue)) }

    /// Whether an English number may start at a word of these roles, with a key (letters only)
    /// or without (hyphenated).
    @inline(__always)
    func mayStartEnglishNumber(hasKey: Bool) -> Bool { contains(hasKey ? .numberFirstWord : .numberFirstPart) }

    /// The roles of the words any recogniser looks for, by the key of their letters.
    static let table: WordKeyTable<WordRoles> = {
        var roles: [String: WordRoles] = [:]
        func add(_ words: some Sequence<String>, _ role: WordRoles) { for w in words { roles[w, default: []].insert(role) } }
        add(NumberScanner.firstWordList, .numberFirstWord)
        add(NumberScanner.hyphenatedFirstPartList, .numberFirstPart)
        add(QuantityRecognizer.phraseWordList, .phraseWord)
        for (word, dateRoles) in DateRecognizer.englishWordRoles { add([word], WordRoles(rawValue: UInt16(dateRoles.rawValue))) }
        // (a word of more than 12 letters has no key, and no shape has it)
        return WordKeyTable(roles.filter { $0.key.unicodeScalars.count <= 12 }.map { ($0.key, $0.value) })
    }()
}
