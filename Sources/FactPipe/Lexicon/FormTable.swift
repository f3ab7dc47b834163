/// Written forms (currency names, qualifiers, units) looked up at a position of folded text.
///
/// Latin letters match case-insensitively; a form that starts or ends with a Latin letter
/// must not be glued to another letter (`won` does not match inside `wonder`).
struct FormTable<Payload: Sendable>: Sendable {
    /// A form: its code points in `scalars` (lower-cased), and its payload.
    private struct Entry {
        let start: Int32; let count: Int32; let payload: Payload
    }
    /// The tables, shared by every copy: a copy is one reference.
    private final class Storage: Sendable {
        let scalars: [Unicode.Scalar]
        /// The forms in groups by first code point, then by last (``FormGroups``).
        let byFirst: [Entry], byLast: [Entry]
        let firstGroups: FormGroups, lastGroups: FormGroups
        /// The first two code points of the forms, and the last two (last first): most
        /// positions where some form starts with the code point there start none.
        let firstPairs: PairBits, lastPairs: PairBits
        /// Every code point of the forms, and their first code points.
        let held: ScalarBitSet, firsts: ScalarBitSet

        init(scalars: [Unicode.Scalar], byFirst: ([Entry], FormGroups), byLast: ([Entry], FormGroups),
             firstPairs: PairBits, lastPairs: PairBits) {
            self.scalars = scalars
            self.held = ScalarBitSet(scalars)
            self.firsts = ScalarBitSet(byFirst.0.map { scalars[Int($0.start)] })
            (self.byFirst, firstGroups) = byFirst
            (self.byLast, lastGroups) = byLast
            self.firstPairs = firstPairs
            self.lastPairs = lastPairs
        }
    }
    private let storage: Storage

    /// Forms of one length stand in the order given.
    init(_ entries: [(String, Payload)]) {
        self.init(entries, tieBreak: nil)
    }

    /// Forms of one length stand in the order of their text.
    init(byForm entries: [String: Payload]) {
        let list = entries.map { ($0.key, $0.value) }
        self.init(list, tieBreak: { list[$0].0 < list[$1].0 })
    }

    private init(_ entries: [(String, Payload)], tieBreak: ((Int, Int) -> Bool)?) {
        var scalars: [Unicode.Scalar] = []
        var starts: [Int32] = []
        var counts: [Int] = []
        for entry in entries {
            starts.append(Int32(scalars.count))
            for s in entry.0.unicodeScalars { scalars.append(Self.lower(s)) }
            counts.append(scalars.count - Int(starts[starts.count - 1]))
        }
        let used = entries.indices.filter { counts[$0] > 0 }
        /// The forms in the groups of ``FormGroups``: those of a key and a neighbour, longest
        /// first, then the key's forms of one code point; and the key's forms of one code point alone.
        func table(_ keys: [UInt32], neighbours: [UInt32]) -> ([Entry], FormGroups) {
            // by key; the forms of two or more code points by neighbour, longest first; then those of one
            let order = used.sorted { a, b in
                if keys[a] != keys[b] { return keys[a] < keys[b] }
                if (counts[a] == 1) != (counts[b] == 1) { return counts[b] == 1 }
                if neighbours[a] != neighbours[b] { return neighbours[a] < neighbours[b] }
                if counts[a] != counts[b] { return counts[a] > counts[b] }
                return tieBreak?(a, b) ?? (a < b)
            }
            let (forms, groups) = FormGroups.grouping(order, keys: keys, neighbours: neighbours, counts: counts)
            return (forms.map { Entry(start: starts[$0], count: Int32(counts[$0]), payload: entries[$0].1) }, groups)
        }
        var firstPairs = PairBits(), lastPairs = PairBits()
        for k in used {
            let form = scalars[Int(starts[k])..<(Int(starts[k]) + counts[k])].map(\.value)
            firstPairs.insert(form)
            lastPairs.insert(form.reversed())
        }
        storage = Storage(scalars: scalars,
                          byFirst: table(entries.indices.map { counts[$0] > 0 ? scalars[Int(starts[$0])].value : 0 },
                                         neighbours: entries.indices.map { counts[$0] > 1 ? scalars[Int(starts[$0]) + 1].value : 0 }),
                          byLast: table(entries.indices.map { counts[$0] > 0 ? scalars[Int(starts[$0]) + counts[$0] - 1].value : 0 },
                                        neighbours: entries.indices.map { counts[$0] > 1 ? scalars[Int(starts[$0]) + counts[$0] - 2].value : 0 }),
                          firstPairs: firstPairs, lastPairs: lastPairs)
    }

    @inline(__always) static func lower(_ s: Unicode.Scalar) -> Unicode.Scalar {
        // (made from a byte: the initialiser from a `UInt32` checks for surrogates, in the
        // innermost loop of every lookup)
        (s.value >= 65 && s.value <= 90) ? Unicode.Scalar(UInt8(truncatingIfNeeded: s.value &+ 32)) : s
    }

    @inline(__always) static func isLatinLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value | 0x20
        return v >= 97 && v <= 122
    }

    /// Whether some form holds `s` (matched as forms are): a form can cover a position only then.
    @inline(__always) func someFormHolds(_ s: Unicode.Scalar) -> Bool { storage.held.contains(Self.lower(s)) }

    /// Whether some form starts with `s` (matched as forms are): ``longest(in:at:limit:)`` finds
    /// a form at a position only then.
    @inline(__always) func someFormStarts(with s: Unicode.Scalar) -> Bool { storage.firsts.contains(Self.lower(s)) }

    /// Whether the form of `entry` stands in `text` at `start` (which leaves room for it).
    @inline(__always) private static func matches(_ entry: Entry, in text: [Unicode.Scalar], at start: Int, _ scalars: [Unicode.Scalar]) -> Bool {
        let first = Int(entry.start)
        for k in 0..<Int(entry.count) where Self.lower(text[start + k]) != scalars[first + k] { return false }
        return true
    }

    /// The longest form starting at `start`; returns its end and payload.
    func longest(in text: [Unicode.Scalar], at start: Int, limit: Int) -> (end: Int, payload: Payload)? {
        guard start < limit else { return nil }
        let t = storage, scalars = t.scalars
        let key = Self.lower(text[start]).value
        // (a longer form ends past `limit` where no second code point is read: only those of one are tried)
        let next = start + 1 < limit ? Self.lower(text[start + 1]).value : nil
        guard t.firstPairs.mayHold(key, next: next), let group = t.firstGroups.group(of: key, next: next) else { return nil }
        for e in group {
            let entry = t.byFirst[e]
            let end = start + Int(entry.count)
            guard end <= limit, Self.matches(entry, in: text, at: start, scalars) else { continue }
            if Self.isLatinLetter(scalars[Int(entry.start) + Int(entry.count) - 1]), end < text.count, Self.isLatinLetter(text[end]) { continue }
            if Self.isLatinLetter(scalars[Int(entry.start)]), start > 0, Self.isLatinLetter(text[start - 1]) { continue }
            return (end, entry.payload)
        }
        return nil
    }

    /// The longest form ending at `end`; returns its start and payload.
    func longest(in text: [Unicode.Scalar], endingAt end: Int, floor: Int) -> (start: Int, payload: Payload)? {
        guard end > floor else { return nil }
        let t = storage, scalars = t.scalars
        let key = Self.lower(text[end - 1]).value
        // (a longer form starts before `floor` where no last but one code point is read: only those of one are tried)
        let next = end - 1 > floor ? Self.lower(text[end - 2]).value : nil
        guard t.lastPairs.mayHold(key, next: next), let group = t.lastGroups.group(of: key, next: next) else { return nil }
        for e in group {
            let entry = t.byLast[e]
            let start = end - Int(entry.count)
            guard start >= floor, Self.matches(entry, in: text, at: start, scalars) else { continue }
            if Self.isLatinLetter(scalars[Int(entry.start)]), start > 0, Self.isLatinLetter(text[start - 1]) { continue }
            if Self.isLatinLetter(scalars[Int(entry.start) + Int(entry.count) - 1]), end < text.count, Self.isLatinLetter(text[end]) { continue }
            return (start, entry.payload)
        }
        return nil
    }
}

/// Where the forms a lookup may match stand in a ``FormTable``'s list: those whose key code
/// point (the first, or the last) and its neighbour (the second, or the last but one) are the
/// text's, longest first, then the key's forms of one code point; where no form of two or more
/// has that neighbour, or none is read, the key's forms of one code point alone. Every form the
/// lookup may match stands in the group in the order of the key's forms, longest first, and no
/// other: the others differ from the text at the neighbour.
struct FormGroups: Sendable {
    private let groups: RangeTable<UInt64>

    /// The key of the group of `scalar` and `next` (`nil`: the forms of one code point), which no
    /// code point takes for its neighbour.
    @inline(__always) static func key(_ scalar: UInt32, next: UInt32?) -> UInt64 { UInt64(scalar) << 32 | UInt64(next ?? UInt32.max) }

    /// The forms (by index) in the order of their groups, a form of one code point in every
    /// group of its key, and the groups. `order`: the forms by key; of a key, those of two or more
    /// code points by neighbour, longest first, then those of one.
    static func grouping(_ order: [Int], keys: [UInt32], neighbours: [UInt32], counts: [Int]) -> (forms: [Int], groups: FormGroups) {
        var forms: [Int] = []
        var groups: [(key: UInt64, range: Range<Int>)] = []
        var i = 0
        while i < order.count {
            // the key's forms: `i..<singles` of two or more code points, `singles..<end` of one
            let scalar = keys[order[i]]
            var singles = i
            while singles < order.count, keys[order[singles]] == scalar, counts[order[singles]] > 1 { singles += 1 }
            var end = singles
            while end < order.count, keys[order[end]] == scalar { end += 1 }
            var j = i
            while j < singles {
                var k = j + 1
                while k < singles, neighbours[order[k]] == neighbours[order[j]] { k += 1 }
                let start = forms.count
                forms += order[j..<k]
                forms += order[singles..<end]
                groups.append((key(scalar, next: neighbours[order[j]]), start..<forms.count))
                j = k
            }
            if end > singles {
                let start = forms.count
                forms += order[singles..<end]
                groups.append((key(scalar, next: nil), start..<forms.count))
            }
            i = end
        }
        return (forms, FormGroups(groups: RangeTable(groups)))
    }

    /// The group the forms keyed by `scalar` that may match where `next` stands beside it are in.
    @inline(__always) func group(of scalar: UInt32, next: UInt32?) -> Range<Int>? {
        if let next, let group = groups.range(of: Self.key(scalar, next: next)) { return group }
        return groups.range(of: Self.key(scalar, next: nil))
    }
}
