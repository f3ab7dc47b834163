/// Where the group of a code point stands in a list grouped by code point: one bit test
/// answers most code points (those no group has), and an open-addressed table of the
/// others gives the group's range without hashing through `Hasher`.
struct ScalarKeyIndex: Sendable {
    private var present = ScalarBitSet()
    private var groups = RangeTable<UInt32>()

    init() {}

    /// `groups`: each key once, with its range.
    init(_ groups: [(key: UInt32, range: Range<Int>)]) {
        for (key, _) in groups { present.insert(key) }
        self.groups = RangeTable(groups)
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

    /// Whether some group has `key`: `false` is sure.
    @inline(__always) func mayHold(_ key: UInt32) -> Bool { present.contains(key) }

    /// The range of the group of `key`, if there is one.
    @inline(__always) func range(of key: UInt32) -> Range<Int>? {
        guard present.contains(key) else { return nil }
        return groups.range(of: key)
    }
}
