/// A set of short phrases looked up by code point, grouped by first code point, longest
/// first: for the inner loops that ask "does one of these words stand here?".
struct ScalarPhrases: Sendable {
    /// The phrases by first code point, as added: kept for adding more.
    private var byFirst: [Unicode.Scalar: [[Unicode.Scalar]]] = [:]
    /// The same for lookups, shared by every copy; `nil` once phrases are added one at a
    /// time (a document's names, a few), when lookups go through `byFirst`.
    private var table: Table?

    /// Every phrase's code points in one array, the phrases of a first code point together
    /// (``ScalarKeyIndex`` finds them) in the order of `byFirst`.
    private final class Table: Sendable {
        let scalars: [Unicode.Scalar]
        let phrases: [(start: Int32, count: Int32)]
        let index: ScalarKeyIndex
        /// The last code points of the phrases: most ends of a text end none.
        let ends: ScalarBitSet
        let longest: Int

        init(scalars: [Unicode.Scalar] = [], phrases: [(start: Int32, count: Int32)] = [], index: ScalarKeyIndex = ScalarKeyIndex(),
             ends: ScalarBitSet = ScalarBitSet(), longest: Int = 0) {
            self.scalars = scalars
            self.phrases = phrases
            self.index = index
            self.ends = ends
            self.longest = longest
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
        byFirst.reserveCapacity(byFirst.count + phrases.count)
        var touched: [Unicode.Scalar] = []
        for scalars in phrases {
            guard let first = scalars.first else { continue }
            if let bucket = byFirst.index(forKey: first) {
                if byFirst.values[bucket].contains(scalars) { continue }
                byFirst.values[bucket].append(scalars)
                touched.append(first)
            } else {
                byFirst[first] = [scalars]
            }
        }
        // longest first; phrases of one length in the order added
        touched.sort { $0.value < $1.value }
        for (k, first) in touched.enumerated() where k == 0 || touched[k - 1] != first {
            byFirst[first]!.sort { $0.count > $1.count }
        }
        flatten()
    }

    mutating func insert<C: Collection>(_ phrase: C) where C.Element == Unicode.Scalar {
        guard let first = phrase.first else { return }
        let scalars = Array(phrase)
        if byFirst[first]?.contains(scalars) == true { return }
        byFirst[first, default: []].append(scalars)
        byFirst[first]!.sort { $0.count > $1.count }
        table = nil
    }

    /// Makes the lookup table anew from `byFirst`.
    private mutating func flatten() {
        var scalars: [Unicode.Scalar] = []
        var phrases: [(start: Int32, count: Int32)] = []
        var groups: [(key: UInt32, range: Range<Int>)] = []
        groups.reserveCapacity(byFirst.count)
        var ends = ScalarBitSet(), longest = 0
        for (first, group) in byFirst {
            let start = phrases.count
            for phrase in group {
                phrases.append((Int32(scalars.count), Int32(phrase.count)))
                scalars.append(contentsOf: phrase)
                ends.insert(phrase[phrase.count - 1].value)
                longest = max(longest, phrase.count)
            }
            groups.append((first.value, start..<phrases.count))
        }
        table = Table(scalars: scalars, phrases: phrases, index: ScalarKeyIndex(groups), ends: ends, longest: longest)
    }

    var isEmpty: Bool { byFirst.isEmpty }

    /// Calls `body` with every phrase, in no particular order.
    func forEachPhrase(_ body: ([Unicode.Scalar]) -> Void) {
        for group in byFirst.values { for phrase in group { body(phrase) } }
    }

    /// Whether some phrase starts with `s`.
    @inline(__always) func mayStart(_ s: Unicode.Scalar) -> Bool { table?.index.mayHold(s.value) ?? (byFirst[s] != nil) }

    /// Whether some phrase ends with `s`.
    @inline(__always) func mayEnd(_ s: Unicode.Scalar) -> Bool {
        table?.ends.contains(s) ?? byFirst.values.contains { $0.contains { $0.last == s } }
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
        guard let table else {
            for phrase in byFirst[text[start]] ?? [] where phrase.count <= available {
                if zip(phrase, text[start...]).allSatisfy({ $0 == $1 }) { return phrase.count }
            }
            return nil
        }
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
        guard let table else {
            for start in stride(from: end - 1, through: text.startIndex, by: -1) {
                if let candidates = byFirst[text[start]], candidates.contains(where: { $0.count == end - start && $0.elementsEqual(text[start..<end]) }) {
                    return end - start
                }
            }
            return nil
        }
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
