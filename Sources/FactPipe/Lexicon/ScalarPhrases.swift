/// A set of short phrases looked up by code point, grouped by first code point, longest
/// first: for the inner loops that ask "does one of these words stand here?".
struct ScalarPhrases: Sendable {
    private var byFirst: [Unicode.Scalar: [[Unicode.Scalar]]] = [:]
    private var longest = 0
    private var starts = ScalarBitSet()
    /// The last code points of the phrases: most ends of a text end none.
    private var ends = ScalarBitSet()

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
            starts.insert(first.value)
            ends.insert(scalars[scalars.count - 1].value)
            longest = max(longest, scalars.count)
        }
        // longest first; phrases of one length in the order added
        touched.sort { $0.value < $1.value }
        for (k, first) in touched.enumerated() where k == 0 || touched[k - 1] != first {
            byFirst[first]!.sort { $0.count > $1.count }
        }
    }

    mutating func insert<C: Collection>(_ phrase: C) where C.Element == Unicode.Scalar {
        guard let first = phrase.first else { return }
        let scalars = Array(phrase)
        if byFirst[first]?.contains(scalars) == true { return }
        byFirst[first, default: []].append(scalars)
        byFirst[first]!.sort { $0.count > $1.count }
        starts.insert(first.value)
        ends.insert(scalars[scalars.count - 1].value)
        longest = max(longest, scalars.count)
    }

    var isEmpty: Bool { byFirst.isEmpty }

    /// Whether some phrase starts with `s`.
    @inline(__always) func mayStart(_ s: Unicode.Scalar) -> Bool { starts.contains(s) }

    /// Whether some phrase ends with `s`.
    @inline(__always) func mayEnd(_ s: Unicode.Scalar) -> Bool { ends.contains(s) }

    /// The length of the longest phrase that `text` holds at `start`.
    func longestMatch<C: RandomAccessCollection>(in text: C, at start: C.Index) -> Int? where C.Element == Unicode.Scalar {
        guard start < text.endIndex, starts.contains(text[start]), let candidates = byFirst[text[start]] else { return nil }
        let available = text.distance(from: start, to: text.endIndex)
        for phrase in candidates where phrase.count <= available {
            if zip(phrase, text[start...]).allSatisfy({ $0 == $1 }) { return phrase.count }
        }
        return nil
    }

    /// Whether a phrase ends right before `end`.
    func endsBefore<C: RandomAccessCollection>(_ end: C.Index, in text: C) -> Bool where C.Element == Unicode.Scalar, C.Index == Int {
        lengthEnding(at: end, in: text) != nil
    }

    /// The length of the shortest phrase that ends right before `end`.
    func lengthEnding<C: RandomAccessCollection>(at end: C.Index, in text: C) -> Int? where C.Element == Unicode.Scalar, C.Index == Int {
        guard end > text.startIndex, ends.contains(text[end - 1]) else { return nil }
        var start = end - 1
        while start >= text.startIndex, end - start <= longest {
            if starts.contains(text[start]), let candidates = byFirst[text[start]], candidates.contains(where: { $0.count == end - start && $0.elementsEqual(text[start..<end]) }) {
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
