/// A fixed set of Latin words, each packed into 64 bits (up to 12 letters, case-folded,
/// five bits a letter), so that a word of the text is looked up without building a string.
struct WordKeys: Sendable {
    private let keys: [UInt64]
    /// Two 128-bit filters, each with one bit set per key: a key whose bits are not both set
    /// is not in the set, and most words of a text are turned away by them alone.
    private let filter: (UInt64, UInt64, UInt64, UInt64)

    init(_ words: some Sequence<String>) {
        var keys: Set<UInt64> = []
        for word in words {
            let letters = Array(word.unicodeScalars)
            if let k = Self.key(letters[...]) { keys.insert(k) }
        }
        self.keys = keys.sorted()
        var filter: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        for k in keys {
            let (a, b) = Self.filterBits(k)
            if a < 64 { filter.0 |= 1 << a } else { filter.1 |= 1 << (a - 64) }
            if b < 64 { filter.2 |= 1 << b } else { filter.3 |= 1 << (b - 64) }
        }
        self.filter = filter
    }

    @inline(__always)
    private static func filterBits(_ key: UInt64) -> (UInt64, UInt64) {
        let h = key &* 0x9E37_79B9_7F4A_7C15
        return (h >> 57, (h >> 50) & 127)
    }

    /// The key of a run of Latin letters; `nil` for more than 12, which no set holds.
    @inline(__always)
    static func key(_ letters: ArraySlice<Unicode.Scalar>) -> UInt64? {
        guard letters.count <= 12 else { return nil }
        var k: UInt64 = 0
        for s in letters { k = k << 5 | UInt64((s.value | 0x20) - 96) }
        return k
    }

    func contains(_ key: UInt64) -> Bool {
        let (a, b) = Self.filterBits(key)
        guard (a < 64 ? filter.0 >> a : filter.1 >> (a - 64)) & 1 != 0,
              (b < 64 ? filter.2 >> b : filter.3 >> (b - 64)) & 1 != 0 else { return false }
        var low = 0
        var high = keys.count
        while low < high {
            let mid = (low + high) >> 1
            let k = keys[mid]
            if k == key { return true }
            if k < key { low = mid + 1 } else { high = mid }
        }
        return false
    }
}

/// The shape of every Latin word of a text, read once when the text's scanner is made:
/// the recognisers ask for the word at a position many times over.
struct WordShapes {
    private struct Shape {
        /// 0 where no word starts
        var end: Int32 = 0
        /// 0 for none (a key of letters is never 0)
        var key: UInt64 = 0
        var leadingKey: UInt64 = 0
    }
    private let shapes: [Shape]

    init(_ text: [Unicode.Scalar]) {
        guard text.contains(where: isLatinLetter) else { shapes = []; return }
        var shapes = [Shape](repeating: Shape(), count: text.count)
        text.withUnsafeBufferPointer { t in
            var i = 0
            while i < t.count {
                guard isLatinLetter(t[i]) else { i += 1; continue }
                var j = i
                var key: UInt64 = 0
                while j < t.count, isLatinLetter(t[j]) { key = key << 5 | UInt64((t[j].value | 0x20) - 96); j += 1 }
                let letters = j - i
                let wordEnd = j
                var hyphenated = false
                while j < t.count {
                    if isLatinLetter(t[j]) { j += 1; continue }
                    if t[j] == "-", j + 1 < t.count, isLatinLetter(t[j + 1]) { hyphenated = true; j += 1; continue }
                    break
                }
                let leadingKey: UInt64 = letters > 12 ? 0 : key
                shapes[i] = Shape(end: Int32(j), key: hyphenated ? 0 : leadingKey, leadingKey: leadingKey)
                i = wordEnd
            }
        }
        self.shapes = shapes
    }

    /// The Latin word at `i` as ``NumberScanner/word(at:)`` reads it: its end, its key when it
    /// is letters only (no inner hyphen) and has at most 12 of them, and the key of the
    /// letters before its first hyphen (or of the whole word) when at most 12.
    @inline(__always)
    func at(_ i: Int) -> (end: Int, key: UInt64?, leadingKey: UInt64?)? {
        guard i >= 0, i < shapes.count else { return nil }
        let shape = shapes[i]
        guard shape.end != 0 else { return nil }
        return (Int(shape.end), shape.key == 0 ? nil : shape.key, shape.leadingKey == 0 ? nil : shape.leadingKey)
    }
}

extension NumberScanner {
    /// The Latin word at `i`, without building it (``WordShapes/at(_:)``).
    @inline(__always)
    func wordShape(at i: Int) -> (end: Int, key: UInt64?, leadingKey: UInt64?)? { shapes.at(i) }
}
