/// A set of strings looked up by a cheap hash of their UTF-8 bytes (FNV-1a) in an open
/// table: the name rules test a word at nearly every token of English text, where the seeded
/// hash of `Set<String>` costs several times as much per lookup.
struct WordSet: Sendable, ExpressibleByArrayLiteral, Sequence {
    /// Per slot, the hash of its word (odd), or 0 for an empty slot.
    private var hashes: [UInt32]
    private var words: [String]
    private var count = 0

    init(_ words: some Sequence<String>) {
        // room for them all at half load at once, not grown step by step
        var capacity = 8
        while capacity < 2 * words.underestimatedCount { capacity *= 2 }
        hashes = [UInt32](repeating: 0, count: capacity)
        self.words = [String](repeating: "", count: capacity)
        for word in words { insert(word) }
    }

    init(arrayLiteral words: String...) { self.init(words) }

    @inline(__always) private static func hash(_ word: String) -> UInt32 {
        // through the bytes themselves: iterating `utf8` costs several times as much
        var word = word
        return word.withUTF8 { bytes in
            var h: UInt32 = 2_166_136_261
            for byte in bytes { h = (h ^ UInt32(byte)) &* 16_777_619 }
            return h | 1
        }
    }

    @inline(__always) private func slot(_ hash: UInt32) -> Int { Int(truncatingIfNeeded: hash ^ hash >> 15) & (hashes.count - 1) }

    mutating func insert(_ word: String) {
        guard !contains(word) else { return }
        if (count + 1) * 2 > hashes.count {
            let old = zip(hashes, words).filter { $0.0 != 0 }
            hashes = [UInt32](repeating: 0, count: hashes.count * 2)
            words = [String](repeating: "", count: hashes.count)
            for (h, w) in old { place(h, w) }
        }
        place(Self.hash(word), word)
        count += 1
    }

    private mutating func place(_ hash: UInt32, _ word: String) {
        var i = slot(hash)
        while hashes[i] != 0 { i = (i + 1) & (hashes.count - 1) }
        hashes[i] = hash
        words[i] = word
    }

    func contains(_ word: String) -> Bool {
        let h = Self.hash(word)
        var i = slot(h)
        while hashes[i] != 0 {
            if hashes[i] == h, words[i] == word { return true }
            i = (i + 1) & (hashes.count - 1)
        }
        return false
    }

    func union(_ other: WordSet) -> WordSet {
        var result = self
        for word in other { result.insert(word) }
        return result
    }

    func makeIterator() -> some IteratorProtocol<String> {
        zip(hashes, words).lazy.filter { $0.0 != 0 }.map(\.1).makeIterator()
    }
}
