/// Where the group of a code point stands in a list grouped by code point: one bit test
/// answers most code points (those no group has), and an open-addressed table of the
/// others gives the group's range without hashing through `Hasher`.
struct ScalarKeyIndex: Sendable {
    private var present = ScalarBitSet()
    /// Per slot: a key, or `empty`.
    private var keys: [UInt32] = [Self.empty]
    /// Per slot: the start and end of the key's group.
    private var bounds: [(start: Int32, end: Int32)] = [(0, 0)]
    private var mask = 0
    private static let empty = UInt32.max

    init() {}

    /// `groups`: each key once, with its range.
    init(_ groups: [(key: UInt32, range: Range<Int>)]) {
        var size = 4
        while size < groups.count * 2 { size *= 2 }
        keys = [UInt32](repeating: Self.empty, count: size)
        bounds = [(start: Int32, end: Int32)](repeating: (0, 0), count: size)
        mask = size - 1
        for (key, range) in groups {
            present.insert(key)
            var slot = Self.slot(key) & mask
            while keys[slot] != Self.empty { slot = (slot + 1) & mask }
            keys[slot] = key
            bounds[slot] = (Int32(range.lowerBound), Int32(range.upperBound))
        }
    }

    /// The keys of a sorted list and the range of each run of equal keys.
    init(runsOf sortedKeys: [UInt32]) {
        var groups: [(key: UInt32, range: Range<Int>)] = []
        var i = 0
        while i < sortedKeys.count {
            var j = i + 1
            while j < sortedKeys.count, sortedKeys[j] == sortedKeys[i] { j += 1 }
            groups.append((sortedKeys[i], i..<j))
            i = j
        }
        self.init(groups)
    }

    @inline(__always) private static func slot(_ key: UInt32) -> Int {
        Int((key &* 0x9E37_79B1) >> 7)
    }

    /// Whether some group has `key`: `false` is sure.
    @inline(__always) func mayHold(_ key: UInt32) -> Bool { present.contains(key) }

    /// The range of the group of `key`, if there is one.
    @inline(__always) func range(of key: UInt32) -> Range<Int>? {
        guard present.contains(key) else { return nil }
        var slot = Self.slot(key) & mask
        while true {
            let k = keys[slot]
            if k == key { let b = bounds[slot]; return Int(b.start)..<Int(b.end) }
            if k == Self.empty { return nil }
            slot = (slot + 1) & mask
        }
    }
}
