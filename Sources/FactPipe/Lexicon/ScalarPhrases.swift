/// A set of short phrases looked up by code point, grouped by first code point, longest
/// first: for the inner loops that ask "does one of these words stand here?".
struct ScalarPhrases: Sendable {
    /// The phrases once they are added one at a time (a document's names). Empty while `table` serves.
    private var added = HeadGroups()
    /// The phrases for lookups, shared by every copy; `nil` once phrases are added one at a time.
    private var table: Table?

    /// Every phrase's code points in one array, the phrases of a first code point together
    /// (``ScalarKeyIndex`` finds them), longest first, those of one length in the order added.
    private final class Table: Sendable {
        let scalars: [Unicode.Scalar]
        let phrases: [(start: Int32, count: Int32)]
        let index: ScalarKeyIndex
        /// The last code points of the phrases: most ends of a text end none.
        let ends: ScalarBitSet
        let longest: Int

        /// The table of `phrases`, each once (empty ones left out).
        init(_ phrases: [[Unicode.Scalar]]) {
            // (sorted rather than grouped in a dictionary: a table is made at every start, for
            // each set of the lexicons)
            var order: [(first: UInt32, count: Int, added: Int)] = []
            order.reserveCapacity(phrases.count)
            var total = 0
            for (added, phrase) in phrases.enumerated() where !phrase.isEmpty {
                order.append((phrase[0].value, phrase.count, added))
                total += phrase.count
            }
            order.sort { $0.first != $1.first ? $0.first < $1.first : $0.count != $1.count ? $0.count > $1.count : $0.added < $1.added }
            var scalars: [Unicode.Scalar] = [], ranges: [(start: Int32, count: Int32)] = []
            var groups: [(key: UInt32, range: Range<Int>)] = []
            scalars.reserveCapacity(total)
            ranges.reserveCapacity(order.count)
            groups.reserveCapacity(order.count)
            var ends = ScalarBitSet(), longest = 0
            // the first phrase of the current first code point and length, in `ranges`
            var sameLengthStart = 0
            for (k, entry) in order.enumerated() {
                let phrase = phrases[entry.added]
                if k > 0, order[k - 1].first == entry.first, order[k - 1].count == entry.count {
                    let isAdded = ranges[sameLengthStart...].contains { scalars[Int($0.start)..<Int($0.start + $0.count)].elementsEqual(phrase) }
                    if isAdded { continue }
                } else {
                    sameLengthStart = ranges.count
                }
                if groups.last?.key != entry.first { groups.append((entry.first, ranges.count..<ranges.count)) }
                ranges.append((Int32(scalars.count), Int32(phrase.count)))
                scalars.append(contentsOf: phrase)
                groups[groups.count - 1].range = groups[groups.count - 1].range.lowerBound..<ranges.count
                ends.insert(phrase[phrase.count - 1].value)
                longest = max(longest, phrase.count)
            }
            self.scalars = scalars
            self.phrases = ranges
            self.index = ScalarKeyIndex(groups)
            self.ends = ends
            self.longest = longest
        }

        /// Calls `body` with every phrase, in the table's order.
        func forEachPhrase(_ body: ([Unicode.Scalar]) -> Void) {
            for phrase in phrases { body(Array(scalars[Int(phrase.start)..<Int(phrase.start + phrase.count)])) }
        }
    }

    /// The empty set with its (empty) lookup table, made once: every document's names start
    /// from it, where each made its own table.
    static let empty = ScalarPhrases([])

    init<S: Sequence>(_ phrases: S) where S.Element == String {
        insert(contentsOf: phrases.map { Array($0.unicodeScalars) })
    }

    /// Adds `phrases` in order, as one ``insert(_:)`` after another would.
    mutating func insert(contentsOf phrases: [[Unicode.Scalar]]) {
        var all: [[Unicode.Scalar]] = []
        if table?.phrases.isEmpty == false || !added.isEmpty {
            // (each first code point's phrases longest first, those of one length in the order
            // added: the new ones sort in after them as they would have)
            forEachPhrase { all.append($0) }
            all.append(contentsOf: phrases)
        } else {
            all = phrases
        }
        table = Table(all)
        added = HeadGroups()
    }

    mutating func insert<C: Collection>(_ phrase: C) where C.Element == Unicode.Scalar {
        guard !phrase.isEmpty else { return }
        if let table {
            table.forEachPhrase { added.insert($0) }
            self.table = nil
        }
        added.insert(Array(phrase))
    }

    var isEmpty: Bool { table.map { $0.phrases.isEmpty } ?? added.isEmpty }

    /// Calls `body` with every phrase, in no particular order.
    func forEachPhrase(_ body: ([Unicode.Scalar]) -> Void) {
        if let table { table.forEachPhrase(body); return }
        added.forEachPhrase(body)
    }

    /// Whether some phrase starts with `s`.
    @inline(__always) func mayStart(_ s: Unicode.Scalar) -> Bool {
        if let table { return table.index.mayHold(s.value) }
        return added.mayStart(s)
    }

    /// Whether some phrase ends with `s`.
    @inline(__always) func mayEnd(_ s: Unicode.Scalar) -> Bool {
        table?.ends.contains(s) ?? added.mayEnd(s)
    }

    /// Whether the phrase numbered `p` stands in `text` from `start` on (which leaves room for it).
    @inline(__always)
    private static func stands<C: RandomAccessCollection>(_ p: Int, in text: C, at start: C.Index, _ table: Table) -> Bool where C.Element == Unicode.Scalar {
        let phrase = table.phrases[p], scalars = table.scalars
        var i = start
        for k in Int(phrase.start)..<Int(phrase.start + phrase.count) {
            if text[i] != scalars[k] { return false }
            i = text.index(after: i)
        }
        return true
    }

    /// The length of the longest phrase that `text` holds at `start`.
    func longestMatch<C: RandomAccessCollection>(in text: C, at start: C.Index) -> Int? where C.Element == Unicode.Scalar {
        guard start < text.endIndex else { return nil }
        let available = text.distance(from: start, to: text.endIndex)
        guard let table else { return added.longestMatch(in: text, at: start) }
        guard let group = table.index.range(of: text[start].value) else { return nil }
        for p in group where Int(table.phrases[p].count) <= available {
            if Self.stands(p, in: text, at: start, table) { return Int(table.phrases[p].count) }
        }
        return nil
    }

    /// Whether a phrase ends right before `end`.
    func endsBefore<C: RandomAccessCollection>(_ end: C.Index, in text: C) -> Bool where C.Element == Unicode.Scalar, C.Index == Int {
        lengthEnding(at: end, in: text) != nil
    }

    /// The length of the shortest phrase that ends right before `end`.
    func lengthEnding<C: RandomAccessCollection>(at end: C.Index, in text: C) -> Int? where C.Element == Unicode.Scalar, C.Index == Int {
        guard let table else { return added.lengthEnding(at: end, in: text) }
        guard end > text.startIndex, table.ends.contains(text[end - 1]) else { return nil }
        var start = end - 1
        while start >= text.startIndex, end - start <= table.longest {
            if let group = table.index.range(of: text[start].value),
               group.contains(where: { Int(table.phrases[$0].count) == end - start && Self.stands($0, in: text, at: start, table) }) {
                return end - start
            }
            start -= 1
        }
        return nil
    }

    /// Whether any phrase occurs anywhere in `text`.
    func occurs<C: RandomAccessCollection>(in text: C) -> Bool where C.Element == Unicode.Scalar {
        var i = text.startIndex
        while i < text.endIndex {
            if longestMatch(in: text, at: i) != nil { return true }
            i = text.index(after: i)
        }
        return false
    }
}
