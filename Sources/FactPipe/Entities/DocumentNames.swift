/// The names a document has used so far, so that a later short or repeated form links to
/// the entity it stands for (`AWS` after `亚马逊AWS`, `Okafor` after `Lena Okafor`).
struct DocumentNames {
    struct Entry {
        var name: String
        var type: EntityType
        var known: Bool
    }
    private var byForm: [String: Entry] = [:]
    /// Products' makers as the document stated them, by the product's canonical name.
    private var owners: [String: String] = [:]
    /// Chinese forms of unknown names found by their frame (`合伙人陈志远`): later mentions
    /// stand without one.
    private(set) var chineseForms = ScalarPhrases([])
    /// Their first two code points: most positions start none of them.
    private var chineseFormPairs = PairBits()
    /// Their first code points, for a scan that passes over the positions none starts at.
    private var chineseFormStarts = ScalarBitSet()
    /// The organisation named last, for `its` before a product.
    var lastOrganisation: String?
    /// Latin-script organisations named so far, by their names lower-cased without the last word
    /// (`palo alto` for `Palo Alto Networks`); the first one named keeps the key.
    private var organisationsByLeadingWords: [String: Entry] = [:]
    /// The known aliases matched so far as they stand, each twice its index, plus one with a
    /// leading word (``EntityRecognizer/leadingWord(of:in:)``).
    private var matchedAliases = Set<Int32>()

    /// The organisation named before whose name is `form` and one word more (`Palo Alto` after
    /// `Palo Alto Networks`; not `Hong Kong` after `Hong Kong International Airport`).
    func organisation(openingWith form: ArraySlice<Unicode.Scalar>) -> Entry? {
        organisationsByLeadingWords.isEmpty ? nil : organisationsByLeadingWords[Self.key(form)]
    }

    static func key(_ text: ArraySlice<Unicode.Scalar>) -> String { text.lowercasedASCIIText() }

    func entry(for form: ArraySlice<Unicode.Scalar>) -> Entry? { entry(forKey: Self.key(form)) }

    /// The entry of the form whose ``key(_:)`` is `key`.
    func entry(forKey key: String) -> Entry? { byForm[key] }

    func owner(of product: String) -> String? { owners.isEmpty ? nil : owners[product] }

    mutating func setOwner(_ owner: String, of product: String) { owners[product] = owner }

    /// Records `form` as a name of `entry`; a form keeps the entity it first stood for.
    mutating func add(_ form: ArraySlice<Unicode.Scalar>, _ entry: Entry) { add(form, entry, key: Self.key(form)) }

    /// As ``add(_:_:)``, with `form`'s ``key(_:)`` made already.
    mutating func add(_ form: ArraySlice<Unicode.Scalar>, _ entry: Entry, key: String) {
        if storeIfAbsent(key, entry) {
            // (a form seen before adds no organisation)
            if entry.type == .org, form.first.map(isLatinLetter) == true, let space = entry.name.unicodeScalars.lastIndex(of: " ") {
                let leading = String(entry.name.unicodeScalars[..<space]).lowercased()
                if organisationsByLeadingWords[leading] == nil { organisationsByLeadingWords[leading] = entry }
            }
        }
        if !entry.known, form.count >= 2, form.allSatisfy(isHan) {
            chineseForms.insert(form)
            chineseFormPairs.insert(form.prefix(2).map(\.value))
            chineseFormStarts.insert(form[form.startIndex].value)
        }
    }

    /// Stores `entry` under `key` unless an entry is there already; whether it stored it. (In one
    /// hash lookup, where a test and a store take two: the subscript with a default makes the
    /// default, and stores it, only for a missing key.)
    private mutating func storeIfAbsent(_ key: String, _ entry: Entry) -> Bool {
        var stored = false
        Self.access(&byForm[key, default: { stored = true; return entry }()])
        return stored
    }

    @inline(__always) private static func access(_: inout Entry) {}

    /// Whether the known alias `alias` is matched as it stands (with a leading word or without)
    /// for the first time in the document; it is recorded as matched. A later such match adds
    /// nothing: its forms are the same (case aside, which their keys leave out), and a known
    /// entry adds nothing to a form recorded before (no form is ever removed).
    mutating func isFirstMatch(ofAlias alias: Int32, withLeadingWord: Bool) -> Bool {
        matchedAliases.insert(alias &* 2 &+ (withLeadingWord ? 1 : 0)).inserted
    }

    /// Makes `form` stand for `entry` from here on, whatever it stood for before.
    mutating func rename(_ form: ArraySlice<Unicode.Scalar>, _ entry: Entry) {
        byForm[Self.key(form)] = entry
    }

    /// The first position from `i` on whose code point starts a Chinese form, or where the text ends.
    func firstChineseFormStart(in text: [Unicode.Scalar], from i: Int) -> Int { chineseFormStarts.firstPosition(in: text, from: i) }

    /// Whether a Chinese form may start at `i`: `false` is sure.
    @inline(__always) func mayStartChineseForm(in text: [Unicode.Scalar], at i: Int) -> Bool {
        i + 1 < text.count && chineseFormPairs.mayHold(text[i].value, next: text[i + 1].value)
    }
}
