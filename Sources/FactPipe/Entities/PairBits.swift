/// The first two keys of a set of key sequences, hashed into 2^16 bits, and the keys that
/// are a sequence alone: whether some sequence may begin with a key and the one after it.
/// `false` is sure; `true` asks for the full comparison.
struct PairBits: Sendable {
    private var singles = ScalarBitSet()
    private var bits = [UInt64](repeating: 0, count: 1024)

    init() {}

    init(_ sequences: [[UInt32]]) {
        for keys in sequences { insert(keys) }
    }

    mutating func insert<Keys: RandomAccessCollection>(_ keys: Keys) where Keys.Element == UInt32 {
        guard let first = keys.first else { return }
        if keys.count == 1 { singles.insert(first); return }
        let h = Self.hash(first, keys[keys.index(after: keys.startIndex)])
        bits[h >> 6] |= 1 << UInt64(h & 63)
    }

    @inline(__always) private static func hash(_ a: UInt32, _ b: UInt32) -> Int {
        Int(((a &* 0x9E37_79B1) ^ (b &* 0x85EB_CA77)) >> 16)
    }

    /// Whether some sequence begins with `first` followed by `next` (`nil`: the text ends).
    @inline(__always) func mayHold(_ first: UInt32, next: UInt32?) -> Bool {
        if singles.contains(first) { return true }
        guard let next else { return false }
        let h = Self.hash(first, next)
        return bits[h >> 6] & (1 << UInt64(h & 63)) != 0
    }
}
