/// The range of each group of a list grouped by an integer key, in an open-addressed table:
/// found without hashing through `Hasher`. The all-ones key marks an empty slot: no group has it.
struct RangeTable<Key: FixedWidthInteger & UnsignedInteger & Sendable>: Sendable {
    /// Per slot: a key, or all ones.
    private var keys: [Key] = [.max]
    /// Per slot: the start and end of the key's group.
    private var bounds: [(start: Int32, end: Int32)] = [(0, 0)]
    private var mask = 0

    /// No groups.
    init() {}

    /// `groups`: each key once, with its range.
    init(_ groups: [(key: Key, range: Range<Int>)]) {
        var size = 4
        while size < groups.count * 2 { size *= 2 }
        keys = [Key](repeating: .max, count: size)
        bounds = [(start: Int32, end: Int32)](repeating: (0, 0), count: size)
        mask = size - 1
        for (key, range) in groups {
            var slot = Self.slot(key) & mask
            while keys[slot] != .max { slot = (slot + 1) & mask }
            keys[slot] = key
            bounds[slot] = (Int32(range.lowerBound), Int32(range.upperBound))
        }
    }

    @inline(__always) private static func slot(_ key: Key) -> Int {
        Int(truncatingIfNeeded: (UInt64(truncatingIfNeeded: key) &* 0x9E37_79B9_7F4A_7C15) >> 40)
    }

    /// The range of the group of `key`, if there is one.
    @inline(__always) func range(of key: Key) -> Range<Int>? {
        var slot = Self.slot(key) & mask
        while true {
            let k = keys[slot]
            if k == key { let b = bounds[slot]; return Int(b.start)..<Int(b.end) }
            if k == .max { return nil }
            slot = (slot + 1) & mask
        }
    }
}
