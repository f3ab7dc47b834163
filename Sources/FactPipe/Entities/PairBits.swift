/// The first two keys of a set of key sequences, hashed into at most 2^16 bits, and the keys
/// that are a sequence alone: whether some sequence may begin with a key and the one after it.
/// `false` is sure; `true` asks for the full comparison.
///
/// A set made from its sequences at once takes some 256 bits a sequence; one filled a
/// sequence at a time takes the full 2^16 bits at its first pair, and none while it has none.
struct PairBits: Sendable {
    private var singles = ScalarBitSet()
    private var bits: [UInt64] = [0]
    /// How far the hash is shifted right: 16 for 2^16 bits, more for fewer; 26 (64 bits)
    /// before the first pair of a set filled one at a time.
    private var shift = 26
    private static let maxBits = 1 << 16

    init() {}

    init(_ sequences: [[UInt32]]) {
        var size = 64
        while size < sequences.count * 256, size < Self.maxBits { size *= 2 }
        allocate(size)
        for keys in sequences { insert(keys) }
    }

    private mutating func allocate(_ size: Int) {
        bits = [UInt64](repeating: 0, count: size / 64)
        shift = 32 - size.trailingZeroBitCount
    }

    mutating func insert<Keys: RandomAccessCollection>(_ keys: Keys) where Keys.Element == UInt32 {
        guard let first = keys.first else { return }
        insert(first, next: keys.count == 1 ? nil : keys[keys.index(after: keys.startIndex)])
    }

    /// Adds a sequence that begins with `first` followed by `next` (`nil`: `first` alone).
    mutating func insert(_ first: UInt32, next: UInt32?) {
        guard let next else { singles.insert(first); return }
        if shift == 26 { allocate(Self.maxBits) }
        let h = Self.hash(first, next, shift)
        bits[h >> 6] |= 1 << UInt64(h & 63)
    }

    /// Clears the word that holds the sequences beginning with `first` followed by `next`
    /// (`nil`: `first` alone): clearing the words of every sequence inserted empties the set,
    /// and the bits stay allocated for the next sequences.
    mutating func clearWord(of first: UInt32, next: UInt32?) {
        guard let next else { singles.remove(first); return }
        bits[Self.hash(first, next, shift) >> 6] = 0
    }

    /// A pair's place among 2^(32 - `shift`) (for ``PairBits`` and any other table of pairs).
    @inline(__always) static func hash(_ a: UInt32, _ b: UInt32, _ shift: Int) -> Int {
        Int(((a &* 0x9E37_79B1) ^ (b &* 0x85EB_CA77)) &>> UInt32(truncatingIfNeeded: shift))
    }

    /// Whether some sequence begins with `first` followed by `next` (`nil`: the text ends).
    @inline(__always) func mayHold(_ first: UInt32, next: UInt32?) -> Bool {
        if singles.contains(first) { return true }
        guard let next else { return false }
        let h = Self.hash(first, next, shift)
        return bits[h >> 6] & (1 << UInt64(h & 63)) != 0
    }

    /// The first position from `start` on where ``mayHold(_:next:)`` holds of the code point
    /// and the one after it, or the text's end when it holds nowhere: a scan over the raw
    /// buffers, each position one pair's bit test.
    ///
    /// (For a set whose first code points are common, a document's Chinese names: a scan for
    /// their first code points stopped at half the Han positions, one in five of them with a
    /// pair, and the branch on each was mispredicted as often as not.)
    func firstPosition(in text: [Unicode.Scalar], from start: Int) -> Int {
        text.withUnsafeBufferPointer { scalars in
            bits.withUnsafeBufferPointer { bits in
                let count = scalars.count, shift = self.shift
                var i = start
                while i + 1 < count {
                    let first = scalars[i].value
                    let h = Self.hash(first, scalars[i + 1].value, shift)
                    if bits[h >> 6] & (1 << UInt64(h & 63)) != 0 || singles.contains(first) { return i }
                    i += 1
                }
                return i < count && singles.contains(scalars[i].value) ? i : count
            }
        }
    }
}

extension PairBits {
    func write(to archive: inout ArchiveWriter) {
        singles.write(to: &archive)
        archive.write(bits)
        archive.write(shift)
    }

    init?(reading archive: inout ArchiveReader) {
        guard let singles = ScalarBitSet(reading: &archive), let bits = archive.values(UInt64.self),
              let shift = archive.int(), (16...26).contains(shift), bits.count * 64 == 1 << (32 - shift) else { return nil }
        self.init()
        self.singles = singles
        self.bits = bits
        self.shift = shift
    }
}
