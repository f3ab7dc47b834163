/// Strings looked up by a cheap hash of their UTF-8 bytes (FNV-1a) in an open table, each with
/// a value: the name rules and the number readers test a word at nearly every token of English
/// text, where the seeded hash of `Dictionary<String, _>` costs several times as much per lookup.
struct WordTable<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral, Sequence {
    /// Per slot, the hash of its word (odd), or 0 for an empty slot.
    private var hashes: [UInt32]
    private var words: [String]
    private var values: [Value?]
    private(set) var count = 0

    init(_ pairs: some Sequence<(String, Value)>) {
        // room for them all at half load at once, not grown step by step
        var capacity = 8
        while capacity < 2 * pairs.underestimatedCount { capacity *= 2 }
        hashes = [UInt32](repeating: 0, count: capacity)
        words = [String](repeating: "", count: capacity)
        values = [Value?](repeating: nil, count: capacity)
        for (word, value) in pairs { insert(word, value) }
    }

    init(dictionaryLiteral pairs: (String, Value)...) { self.init(pairs) }

    @inline(__always) private static func hash(_ word: String) -> UInt32 {
        // through the bytes themselves: iterating `utf8` costs several times as much; read in
        // place, not through `withUTF8` on a copy, which retains and releases the string at each
        // lookup (only a bridged string holds no contiguous bytes)
        word.utf8.withContiguousStorageIfAvailable(fnv1a) ?? Array(word.utf8).withUnsafeBufferPointer(fnv1a)
    }

    /// FNV-1a over `bytes`, made odd.
    @inline(__always) private static func fnv1a(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var h = FNV1a.basis
        for byte in bytes { h = FNV1a.adding(byte, to: h) }
        return h | 1
    }

    @inline(__always) private func slot(_ hash: UInt32) -> Int { Int(truncatingIfNeeded: hash ^ hash >> 15) & (hashes.count - 1) }

    /// The slot holding the word whose hash is `h` and of which `isWord` holds, if any.
    @inline(__always) private func find(hash h: UInt32, _ isWord: (String) -> Bool) -> Int? {
        var i = slot(h)
        while hashes[i] != 0 {
            if hashes[i] == h, isWord(words[i]) { return i }
            i = (i + 1) & (hashes.count - 1)
        }
        return nil
    }

    /// The slot holding `word`, if any.
    @inline(__always) private func find(_ word: String) -> Int? { find(hash: Self.hash(word)) { $0 == word } }

    /// The slot holding the word of a text, if any.
    @inline(__always) private func find(_ word: LowercasedWord, in text: [Unicode.Scalar]) -> Int? {
        find(hash: word.hash) { word.isSpelled(as: $0, in: text) }
    }

    subscript(word: String) -> Value? { find(word).flatMap { values[$0] } }

    func contains(_ word: String) -> Bool { find(word) != nil }

    /// Whether the table holds the word of `text`, as ``contains(_:)`` says of its string.
    @inline(__always) func contains(_ word: LowercasedWord, in text: [Unicode.Scalar]) -> Bool {
        // (most words asked for are in no table, and many of those find their first slot empty:
        // that test where the question is asked, before the call)
        hashes[slot(word.hash)] != 0 && holds(word, in: text)
    }

    @inline(never) private func holds(_ word: LowercasedWord, in text: [Unicode.Scalar]) -> Bool { find(word, in: text) != nil }

    /// Adds `word` with `value`; a word added again keeps its first value.
    mutating func insert(_ word: String, _ value: Value) {
        guard find(word) == nil else { return }
        if (count + 1) * 2 > hashes.count {
            let old = (0..<hashes.count).filter { hashes[$0] != 0 }.map { (hashes[$0], words[$0], values[$0]) }
            hashes = [UInt32](repeating: 0, count: hashes.count * 2)
            words = [String](repeating: "", count: hashes.count)
            values = [Value?](repeating: nil, count: hashes.count)
            for (h, w, v) in old { place(h, w, v) }
        }
        place(Self.hash(word), word, value)
        count += 1
    }

    private mutating func place(_ hash: UInt32, _ word: String, _ value: Value?) {
        var i = slot(hash)
        while hashes[i] != 0 { i = (i + 1) & (hashes.count - 1) }
        hashes[i] = hash
        words[i] = word
        values[i] = value
    }

    /// The words, in no particular order.
    var keys: [String] { (0..<hashes.count).filter { hashes[$0] != 0 }.map { words[$0] } }

    func makeIterator() -> some IteratorProtocol<(key: String, value: Value)> {
        (0..<hashes.count).lazy.filter { hashes[$0] != 0 }.map { (key: words[$0], value: values[$0]!) }.makeIterator()
    }
}

/// A set of strings in a ``WordTable``.
struct WordSet: Sendable, ExpressibleByArrayLiteral, Sequence {
    private var table: WordTable<Bool>

    init(_ words: some Sequence<String>) { table = WordTable(words.lazy.map { ($0, true) }) }

    init(arrayLiteral words: String...) { self.init(words) }

    func contains(_ word: String) -> Bool { table.contains(word) }

    /// Whether the set holds the word of `text`, as ``contains(_:)`` says of its string.
    @inline(__always) func contains(_ word: LowercasedWord, in text: [Unicode.Scalar]) -> Bool { table.contains(word, in: text) }

    mutating func insert(_ word: String) { table.insert(word, true) }

    func union(_ other: WordSet) -> WordSet {
        var result = self
        for word in other { result.insert(word) }
        return result
    }

    func makeIterator() -> some IteratorProtocol<String> { table.keys.makeIterator() }
}

/// The steps of the FNV-1a hash of a ``WordTable``.
private enum FNV1a {
    static let basis: UInt32 = 2_166_136_261
    @inline(__always) static func adding(_ byte: UInt8, to h: UInt32) -> UInt32 { (h ^ UInt32(byte)) &* 16_777_619 }
}

/// A word of a text, looked up in a ``WordTable`` without building its string: the text of
/// `range` with ASCII letters in lower case (``Array/lowercasedASCIIText(_:)``), and the hash
/// that string has there.
struct LowercasedWord {
    let range: Range<Int>
    let hash: UInt32

    init(_ text: [Unicode.Scalar], _ range: Range<Int>) {
        self = text.withUnsafeBufferPointer { LowercasedWord($0, range) }
    }

    /// (the code points read with the range checked once, not each one: the name rules hash
    /// nearly every capitalised word of English text)
    init(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) {
        precondition(range.lowerBound >= 0 && range.upperBound <= text.count)
        self.range = range
        var h = FNV1a.basis
        for i in range { UTF8Writer.forEachByte(of: text[i], lowercasingASCII: true) { h = FNV1a.adding($0, to: h) } }
        hash = h | 1
    }

    /// The empty word.
    static let empty = LowercasedWord([], 0..<0)

    var isEmpty: Bool { range.isEmpty }

    /// Whether `word` is this word as `==` says: byte for byte, or else (a string of other bytes
    /// that Unicode takes as the same) by the comparison of the strings.
    fileprivate func isSpelled(as word: String, in text: [Unicode.Scalar]) -> Bool {
        UTF8Writer.spellsLowercasedASCII(text[range], word) == true || word == text.lowercasedASCIIText(range)
    }
}
