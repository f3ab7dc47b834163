/// Written forms (currency names, qualifiers, units) looked up at a position of folded text.
///
/// Latin letters match case-insensitively; a form that starts or ends with a Latin letter
/// must not be glued to another letter (`won` does not match inside `wonder`).
struct FormTable<Payload: Sendable>: Sendable {
    /// A form: its code points in `scalars` (lower-cased), and its payload.
    private struct Entry {
        let start: Int32; let count: Int32; let payload: Payload
        /// The code point beside the one the table keys the form by (its second, or by last its
        /// last but one; 0 for a form of one): compared before the whole form, as most forms of
        /// a group already differ from the text there.
        let neighbour: UInt32
    }
    /// The tables, shared by every copy: a copy is one reference.
    private final class Storage: Sendable {
        let scalars: [Unicode.Scalar]
        /// The forms by first code point, then by last, each group longest firs
        let byFirst: [Entry], byLast: [Entry]
        let firstIndex: ScalarKeyIndex, lastIndex: ScalarKeyIndex
        /// The first two code points of the forms, and the last two (last first): most
        /// positions where some form starts with the code point there start none.
        let firstPairs: PairBits, lastPairs: PairBits
        /// Every code point of the forms.
        let held: ScalarBitSet

        init(scalars: [Unicode.Scalar], byFirst: ([Entry], ScalarKeyIndex), byLast: ([Entry], ScalarKeyIndex),
             firstPairs: PairBits, lastPairs: PairBits) {
            self.scalars = scalars
            self.held = ScalarBitSet(scalars)
            (self.byFirst, firstIndex) = byFirst
            (self.byLast, lastIndex) = byLast
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
        func table(_ keys: [UInt32], neighbour: (Int) -> UInt32) -> ([Entry], ScalarKeyIndex) {
            // by key, longest first
            let order = used.sorted { a, b in
                if keys[a] != keys[b] { return keys[a] < keys[b] }
                if counts[a] != counts[b] { return counts[a] > counts[b] }
                return tieBreak?(a, b) ?? (a < b)
            }
            return (order.map { Entry(start: starts[$0], count: Int32(counts[$0]), payload: entries[$0].1,
                                      neighbour: counts[$0] > 1 ? neighbour($0) : 0) },
                    ScalarKeyIndex(runsOf: order.map { keys[$0] }))
        }
        var firstPairs = PairBits(), lastPairs = PairBits()
        for k in used {
            let form = scalars[Int(starts[k])..<(Int(starts[k]) + counts[k])].map(\.value)
            firstPairs.insert(form)
            lastPairs.insert(form.reversed())
        }
        storage = Storage(scalars: scalars,
                          byFirst: table(entries.indices.map { counts[$0] > 0 ? scalars[Int(starts[$0])].value : 0 },
                                         neighbour: { scalars[Int(starts[$0]) + 1].value }),
                          byLast: table(entries.indices.map { counts[$0] > 0 ? scalars[Int(starts[$0]) + counts[$0] - 1].value : 0 },
                                        neighbour: { scalars[Int(starts[$0]) + counts[$0] - 2].value }),
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
        let next = start + 1 < limit ? Self.lower(text[start + 1]).value : nil
        guard t.firstPairs.mayHold(key, next: next), let group = t.firstIndex.range(of: key) else { return nil }
        for e in group {
            let entry = t.byFirst[e]
            // (a longer form ends past `limit` where no second code point is read)
            guard entry.count == 1 || entry.neighbour == next else { continue }
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
        let next = end - 1 > floor ? Self.lower(text[end - 2]).value : nil
        guard t.lastPairs.mayHold(key, next: next), let group = t.lastIndex.range(of: key) else { return nil }
        for e in group {
            let entry = t.byLast[e]
            // (a longer form starts before `floor` where no last but one code point is read)
            guard entry.count == 1 || entry.neighbour == next else { continue }
            let start = end - Int(entry.count)
            guard start >= floor, Self.matches(entry, in: text, at: start, scalars) else { continue }
            if Self.isLatinLetter(scalars[Int(entry.start)]), start > 0, Self.isLatinLetter(text[start - 1]) { continue }
            if Self.isLatinLetter(scalars[Int(entry.start) + Int(entry.count) - 1]), end < text.count, Self.isLatinLetter(text[end]) { continue }
            return (start, entry.payload)
        }
        return nil
    }
}
