/// The names a document has used so far, so that a later short or repeated form links to
/// the entity it stands for (`AWS` after `亚马逊AWS`, `Okafor` after `Lena Okafor`).
struct DocumentNames {
    struct Entry {
        var name: String
        var type: EntityType
        var known: Bool
    }

    /// A form's key: its text with ASCII letters lower-cased. Two forms are one name when
    /// their keys are equal as strings (canonically equivalent).
    struct Key {
        let text: String
        /// Whether the key holds only characters that are in normalisation form C whatever
        /// stands around them (``isPlain(_:)``): such keys are equal as strings exactly when
        /// their bytes are.
        let isPlain: Bool
        /// A digest of the key's code points, case aside: equal for equal plain keys.
        let digest: Int

        /// The key whose text is `text`, of code points `scalars` (the text's, case aside).
        init<Scalars: Collection>(text: String, of scalars: Scalars) where Scalars.Element == Unicode.Scalar {
            self.text = text
            (isPlain, digest) = Self.shape(of: scalars)
        }

        /// ``isPlain`` and ``digest`` of the key of code points `scalars`.
        @inline(__always) static func shape<Scalars: Collection>(of scalars: Scalars) -> (isPlain: Bool, digest: Int)
            where Scalars.Element == Unicode.Scalar {
            var digest = 0, bits: UInt32 = 0
            for s in scalars {
                // (`| 0x20` gives a letter's two cases one value)
                digest = digest &* 31 &+ Int(s.value | 0x20)
                bits |= s.value
            }
            // (a form of Latin letters alone is plain whatever they are: one test for most English names)
            return (bits < 0x300 || scalars.allSatisfy(DocumentNames.isPlain), digest)
        }
    }

    /// (room for a short document's forms made at once: grown from nothing, the table was made
    /// anew at each doubling)
    private var byForm = EntriesByKey(room: 32)
    /// Products' makers as the document stated them, by the product's canonical name.
    private var owners: [String: String] = [:]
    /// Chinese forms of unknown names found by their frame (`合伙人陈志远`): later mentions
    /// stand without one.
    private(set) var chineseForms = ScalarPhrases.empty
    /// Their first two code points, to tell where none of them starts.
    private var chineseFormHeads: ChineseFormHeads

    struct ChineseFormHeads {
        /// Their first two code points: most positions start none of them.
        fileprivate var pairs = PairBits()

        /// Empties the heads, which hold those of `forms` and no others: only the words
        /// theirs set are cleared.
        fileprivate mutating func removeAll(_ forms: ScalarPhrases) {
            forms.forEachPhrase { form in
                pairs.clearWord(of: form[0].value, next: form[1].value)
            }
        }
    }

    /// The Chinese forms of a document done with, and their heads: the next document reuses
    /// the memory of the heads (8 KB for the pairs), where each document made it anew at its
    /// first form (``DocumentBuffers``). It empties them as it starts, so that the last
    /// document of a run leaves them as they are.
    struct SpareChineseForms {
        fileprivate let forms: ScalarPhrases
        fileprivate var heads: ChineseFormHeads
    }

    /// A new document's names; with `spare`, in the memory of an earlier document's heads.
    init(reusing spare: consuming SpareChineseForms? = nil) {
        // (taken out of the optional: the heads' memory held once, changed in place)
        guard var spare = spare.take() else { chineseFormHeads = ChineseFormHeads(); return }
        spare.heads.removeAll(spare.forms)
        chineseFormHeads = spare.heads
    }

    /// The Chinese forms and their heads, for the next document (the names are left without).
    mutating func takeChineseForms() -> SpareChineseForms {
        var heads = ChineseFormHeads()
        swap(&heads, &chineseFormHeads)
        defer { chineseForms = .empty }
        return SpareChineseForms(forms: chineseForms, heads: heads)
    }

    /// The organisation named last, for `its` before a product.
    var lastOrganisation: String?
    /// Latin-script organisations named so far, by their names lower-cased without the last word
    /// (`palo alto` for `Palo Alto Networks`); the first one named keeps the key.
    private var organisationsByLeadingWords = EntriesByKey()
    /// The known aliases matched so far as they stand, one bit each at twice its index, plus one
    /// with a leading word (``EntityRecognizer/leadingWord(of:in:)``): a bit test, where a set's
    /// insertion hashes. The words run only up to the highest bit set.
    private var matchedAliases: [UInt64] = []

    /// The organisation named before whose name is `form` and one word more (`Palo Alto` after
    /// `Palo Alto Networks`; not `Hong Kong` after `Hong Kong International Airport`).
    func organisation(openingWith form: ArraySlice<Unicode.Scalar>) -> Entry? {
        organisationsByLeadingWords.isEmpty ? nil : organisationsByLeadingWords.entry(of: form)
    }

    static func key(_ form: ArraySlice<Unicode.Scalar>) -> Key { Key(text: form.lowercasedASCIIText(), of: form) }

    /// Latin letters (U+0000–U+02FF), dashes and quotation marks (U+2010–U+2027), Chinese
    /// punctuation (U+3000–U+3029), Han characters of the unified block and its extension A,
    /// and full-width forms (U+FF01–U+FF65): no character of these blocks is changed by
    /// normalisation to form C or combines with the one before it.
    @inline(__always) fileprivate static func isPlain(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v < 0x300 || v &- 0x4E00 < 0x5200 || v &- 0x3400 < 0x19C0 || v &- 0x2010 < 0x18 || v &- 0x3000 < 0x2A || v &- 0xFF01 < 0x65
    }

    func entry(for form: ArraySlice<Unicode.Scalar>) -> Entry? { byForm.entry(of: form) }

    func owner(of product: String) -> String? { owners.isEmpty ? nil : owners[product] }

    mutating func setOwner(_ owner: String, of product: String) { owners[product] = owner }

    /// `name` without its last word, lower-cased (`palo alto` for `Palo Alto Networks`); `nil`
    /// for a name without a space. (The space looked for among the bytes: a view of the
    /// string goes backwards slowly.)
    static func leadingWords(of name: String) -> String? {
        var name = name
        return name.withUTF8 { bytes in
            bytes.lastIndex(of: UInt8(ascii: " ")).map { String(decoding: UnsafeBufferPointer(rebasing: bytes[..<$0]), as: UTF8.self).lowercased() }
        }
    }

    /// Records `form` as a name of `entry`; a form keeps the entity it first stood for.
    mutating func add(_ form: ArraySlice<Unicode.Scalar>, _ entry: Entry) {
        if byForm.storeIfAbsent(Self.key(form), entry) {
            // (a form seen before adds no organisation)
            if entry.type == .org, form.first.map(isLatinLetter) == true, let leading = Self.leadingWords(of: entry.name) {
                // (a text in lower case is its own key)
                _ = organisationsByLeadingWords.storeIfAbsent(Key(text: leading, of: leading.unicodeScalars), entry)
            }
        }
        // (a Chinese name may end in a model's number or letters: `星衡-4`, `天枢X1`)
        if !entry.known, form.count >= 2, form.prefix(2).allSatisfy(isHan),
           form.allSatisfy({ isHan($0) || isAlphanumeric($0) || $0 == "-" }) {
            chineseForms.insert(form)
            chineseFormHeads.pairs.insert(form.prefix(2).map(\.value))
        }
    }

    /// Whether the known alias `alias` is matched as it stands (with a leading word or without)
    /// for the first time in the document; it is recorded as matched. A later such match adds
    /// nothing: its forms are the same (case aside, which their keys leave out), and a known
    /// entry adds nothing to a form recorded before (no form is ever removed).
    mutating func isFirstMatch(ofAlias alias: Int32, withLeadingWord: Bool) -> Bool {
        let bit = Int(alias) * 2 + (withLeadingWord ? 1 : 0)
        let word = bit >> 6, mask: UInt64 = 1 << UInt64(bit & 63)
        // (an alias matched before, most matches, is only read: no write, which checks the array's uniqueness)
        if word < matchedAliases.count, matchedAliases[word] & mask != 0 { return false }
        if word >= matchedAliases.count { matchedAliases.append(contentsOf: repeatElement(0, count: word + 1 - matchedAliases.count)) }
        matchedAliases[word] |= mask
        return true
    }

    /// Makes `form` stand for `entry` from here on, whatever it stood for before, and so every
    /// other form of what it stood for when `entry`'s name opens with that one's (`Marlowe` after
    /// `Marlowe Hotels` is named `Marlowe Hotels & Resorts` once that is; `Virgin Atlantic` stays
    /// itself after `Virgin Group`).
    mutating func rename(_ form: ArraySlice<Unicode.Scalar>, _ entry: Entry) {
        let key = Self.key(form)
        if let old = byForm.entry(key), entry.name.count > old.name.count, entry.name.hasPrefix(old.name + " ") {
            byForm.replaceEntries(where: { $0.name == old.name && $0.type == old.type && $0.known == old.known }, with: entry)
        }
        byForm.set(key, entry)
    }

    /// The first position from `i` on where a Chinese form may start (``mayStartChineseForm(in:at:)``),
    /// or where the text ends.
    func firstChineseFormStart(in text: [Unicode.Scalar], from i: Int) -> Int { chineseFormHeads.pairs.firstPosition(in: text, from: i) }

    /// Whether a Chinese form may start at `i`: `false` is sure.
    @inline(__always) func mayStartChineseForm(in text: [Unicode.Scalar], at i: Int) -> Bool {
        i + 1 < text.count && chineseFormHeads.pairs.mayHold(text[i].value, next: text[i + 1].value)
    }
}

/// A document's entries by their forms' keys, as a `[String: Entry]` keeps them. While every
/// key stored is plain, they are kept by their digests and compared byte for byte (which for
/// plain keys gives the same answers as comparing them as strings), without the normalisation
/// a string's hash goes through. The first key stored that is not plain moves them all into a
/// dictionary by string, for the rest of the document.
private struct EntriesByKey {
    private var byBytes: PlainEntries
    private var byString: [String: DocumentNames.Entry]? = nil

    /// Entries to come in, `room` of them without growing.
    init(room: Int = 0) { byBytes = PlainEntries(room: room) }

    var isEmpty: Bool { byString?.isEmpty ?? (byBytes.count == 0) }

    /// Leaves the bytes for strings when `key`, about to be stored, is not plain.
    private mutating func admit(_ key: DocumentNames.Key) {
        guard !key.isPlain, byString == nil else { return }
        var byString: [String: DocumentNames.Entry] = [:]
        byBytes.forEach { byString[$0] = $1 }
        self.byString = byString
        byBytes = PlainEntries(room: 0)
    }

    func entry(_ key: DocumentNames.Key) -> DocumentNames.Entry? {
        if let byString { return byString[key.text] }
        if key.isPlain { return byBytes.entry(digest: key.digest) { $0 == key.text } }
        // (only plain keys are stored, and one may equal this one as a string: rare, and slow)
        return byBytes.first { $0 == key.text }
    }

    /// ``entry(_:)`` of the key of `form`, made only where the bytes of a plain form cannot answer
    /// (most forms asked for are plain: their key, a string, is not made).
    func entry(of form: ArraySlice<Unicode.Scalar>) -> DocumentNames.Entry? {
        let (isPlain, digest) = DocumentNames.Key.shape(of: form)
        guard byString == nil, isPlain else { return entry(DocumentNames.key(form)) }
        // (a plain key's bytes are those of the form's code points, ASCII letters lower-cased)
        return byBytes.entry(digest: digest) { UTF8Writer.spellsLowercasedASCII(form, $0) ?? ($0 == form.lowercasedASCIIText()) }
    }

    mutating func set(_ key: DocumentNames.Key, _ entry: DocumentNames.Entry) {
        admit(key)
        if byString == nil { _ = byBytes.store(key, entry, replacing: true) } else { byString![key.text] = entry }
    }

    /// Puts `entry` in place of every entry `matches` accepts.
    mutating func replaceEntries(where matches: (DocumentNames.Entry) -> Bool, with entry: DocumentNames.Entry) {
        if var byString {
            self.byString = nil
            for (key, old) in byString where matches(old) { byString[key] = entry }
            self.byString = byString
        } else {
            byBytes.replaceEntries(where: matches, with: entry)
        }
    }

    /// Stores `entry` under `key` unless an entry is there already; whether it stored it.
    mutating func storeIfAbsent(_ key: DocumentNames.Key, _ entry: DocumentNames.Entry) -> Bool {
        admit(key)
        // (after `admit`, a key kept by bytes is plain)
        return byString == nil ? byBytes.store(key, entry, replacing: false) : byString!.storeIfAbsent(key.text, entry)
    }
}

/// Entries by plain keys, in the order stored, and an open table of them by the keys' digests
/// (a power of two of slots, at most half full; none before the first entry): a key is found by
/// its digest and a test of its text, which a caller may make on the code points of a form,
/// without its key. (The table holds positions: grown, it is filled anew from the digests,
/// the entries staying where they are.)
private struct PlainEntries {
    private struct Stored {
        let digest: Int
        let text: String
        var entry: DocumentNames.Entry
    }
    private var stored: [Stored] = []
    /// Per slot, the position in `stored` of its entry plus one, or 0 for an empty slot.
    private var slots: [Int32] = []
    private let room: Int

    /// Room for `room` entries at the first one stored.
    init(room: Int) { self.room = room }

    var count: Int { stored.count }

    @inline(__always) private static func start(_ digest: Int, _ size: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(bitPattern: Int64(digest)) &* 0x9E37_79B9_7F4A_7C15) >> 32) & (size - 1)
    }

    /// The slot of the key of `digest` whose text `isKey` accepts, or else the empty slot where
    /// it would go; the position of its entry, if any.
    @inline(__always) private func find(_ digest: Int, _ isKey: (String) -> Bool) -> (slot: Int, position: Int?) {
        var i = Self.start(digest, slots.count)
        while slots[i] != 0 {
            let k = Int(slots[i]) - 1
            if stored[k].digest == digest, isKey(stored[k].text) { return (i, k) }
            i = (i + 1) & (slots.count - 1)
        }
        return (i, nil)
    }

    func entry(digest: Int, _ isKey: (String) -> Bool) -> DocumentNames.Entry? {
        guard !stored.isEmpty, let k = find(digest, isKey).position else { return nil }
        return stored[k].entry
    }

    /// The entry of the first key stored whose text `isKey` accepts.
    func first(where isKey: (String) -> Bool) -> DocumentNames.Entry? {
        stored.first { isKey($0.text) }?.entry
    }

    func forEach(_ body: (String, DocumentNames.Entry) -> Void) {
        for s in stored { body(s.text, s.entry) }
    }

    mutating func replaceEntries(where matches: (DocumentNames.Entry) -> Bool, with entry: DocumentNames.Entry) {
        for k in stored.indices where matches(stored[k].entry) { stored[k].entry = entry }
    }

    /// Stores `entry` under the plain `key` where no entry is, or over one with `replacing`;
    /// whether no entry was there.
    mutating func store(_ key: DocumentNames.Key, _ entry: DocumentNames.Entry, replacing: Bool) -> Bool {
        if (stored.count + 1) * 2 > slots.count { grow() }
        let (slot, position) = find(key.digest) { $0 == key.text }
        if let position {
            if replacing { stored[position].entry = entry }
            return false
        }
        stored.append(Stored(digest: key.digest, text: key.text, entry: entry))
        slots[slot] = Int32(stored.count)
        return true
    }

    private mutating func grow() {
        var size = max(slots.count * 2, 8)
        while size < room * 2 { size *= 2 }
        if stored.isEmpty { stored.reserveCapacity(room) }
        slots = [Int32](repeating: 0, count: size)
        for k in stored.indices {
            var i = Self.start(stored[k].digest, size)
            while slots[i] != 0 { i = (i + 1) & (size - 1) }
            slots[i] = Int32(k + 1)
        }
    }
}

extension Dictionary {
    /// Stores `value` under `key` unless a value is there already; whether it stored it. (One
    /// search: the subscript's access for change stores the default only where no value is.)
    mutating func storeIfAbsent(_ key: Key, _ value: Value) -> Bool {
        var stored = false
        func reach(_ value: inout Value) {}
        reach(&self[key, default: { stored = true; return value }()])
        return stored
    }
}
