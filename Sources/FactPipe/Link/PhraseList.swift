/// Phrases looked for at every position of a sentence (`分别`, `in the company`), kept as
/// match keys (ASCII letters lower-cased): a position is tried only when its first code
/// point starts one of them, an end only when its last one ends one.
struct PhraseList: Sendable {
    /// (behind one class: lists are static and copied into every caller, and a copy of a
    /// class reference is one retain, not one for each of the tables)
    private let tables: Tables
    var phrases: [String] { tables.phrases }
    /// The length in code points of the longest phrase.
    var longestLength: Int { tables.longestLength }
    private var keys: [[UInt32]] { tables.keys }
    private var firstKeys: [UInt32] { tables.firstKeys }
    private var lastKeys: [UInt32] { tables.lastKeys }
    private var starts: ScalarBitSet { tables.starts }
    private var ends: ScalarBitSet { tables.ends }
    private var startPairs: PairBits { tables.startPairs }
    private var endPairs: PairBits { tables.endPairs }

    private final class Tables: Sendable {
        let phrases: [String]
        let keys: [[UInt32]]
        /// Each phrase's first and last key, compared before the whole phrase is.
        let firstKeys: [UInt32]
        let lastKeys: [UInt32]
        /// (with each first letter in both cases: a key is never an upper-case letter, and a scan
        /// may test the text as written)
        let starts: ScalarBitSet
        let ends: ScalarBitSet
        /// Each phrase's first two keys and last two keys (hashed), and the keys that are a
        /// phrase alone: a position whose neighbour pairs with it in no phrase is passed over.
        let startPairs: PairBits
        let endPairs: PairBits
        let longestLength: Int

        init(_ phrases: [String]) {
            self.phrases = phrases
            keys = phrases.map { $0.unicodeScalars.map(AliasTrie.key) }
            longestLength = keys.map { $0.count }.max() ?? 0
            // (no phrase is empty)
            firstKeys = keys.map { $0.first ?? UInt32.max }
            lastKeys = keys.map { $0.last ?? UInt32.max }
            starts = ScalarBitSet(values: keys.compactMap { $0.first }.flatMap { v in v >= 97 && v <= 122 ? [v, v - 32] : [v] })
            ends = ScalarBitSet(values: keys.compactMap { $0.last })
            startPairs = PairBits(keys)
            endPairs = PairBits(keys.map { $0.reversed() })
        }
    }

    init(_ phrases: [String]) { tables = Tables(phrases) }

    /// The index of the first phrase (in list order) that starts at `k`, as
    /// ``LinkSentence/has(_:at:)`` matches.
    @inline(__always) func index(at k: Int, in s: LinkSentence) -> Int? {
        guard k >= 0, k < s.text.count else { return nil }
        let first = AliasTrie.key(s.text[k])
        guard starts.contains(first) else { return nil }
        guard startPairs.mayHold(first, next: k + 1 < s.text.count ? AliasTrie.key(s.text[k + 1]) : nil) else { return nil }
        for i in 0..<keys.count where firstKeys[i] == first && s.has(keys: keys[i], at: k) { return i }
        return nil
    }

    /// The phrase that starts at `k`, if any.
    @inline(__always) func phrase(at k: Int, in s: LinkSentence) -> String? { index(at: k, in: s).map { phrases[$0] } }

    /// The length in code points of the first phrase (in list order) that starts at `k`.
    @inline(__always) func length(at k: Int, in s: LinkSentence) -> Int? { index(at: k, in: s).map { keys[$0].count } }

    /// The length of the longest phrase that starts at `k`.
    /// (a loop, not the lengths of all gathered in an array: asked of nearly every name, which
    /// mostly starts none, and even an empty array is released)
    func longestLength(at k: Int, in s: LinkSentence) -> Int? {
        guard k >= 0, k < s.text.count, starts.contains(AliasTrie.key(s.text[k])) else { return nil }
        var longest: Int? = nil
        for key in keys where key.count > longest ?? 0 && s.has(keys: key, at: k) { longest = key.count }
        return longest
    }

    /// Whether a phrase starts at `k`.
    @inline(__always) func starts(at k: Int, in s: LinkSentence) -> Bool { index(at: k, in: s) != nil }

    /// Whether the code point at `k` (inside the sentence) starts a phrase: `false` is sure.
    @inline(__always) func mayStart(at k: Int, in s: LinkSentence) -> Bool { starts.contains(AliasTrie.key(s.text[k])) }

    /// The index of the first phrase (in list order) that ends right before `end`, as
    /// ``LinkSentence/has(_:endingAt:)`` matches.
    @inline(__always) func index(endingAt end: Int, in s: LinkSentence) -> Int? {
        guard end >= 1, end <= s.text.count else { return nil }
        let last = AliasTrie.key(s.text[end - 1])
        guard ends.contains(last) else { return nil }
        guard endPairs.mayHold(last, next: end >= 2 ? AliasTrie.key(s.text[end - 2]) : nil) else { return nil }
        for i in 0..<keys.count where lastKeys[i] == last && s.has(keys: keys[i], endingAt: end) { return i }
        return nil
    }

    /// Whether a phrase ends right before `end`.
    @inline(__always) func ends(at end: Int, in s: LinkSentence) -> Bool { index(endingAt: end, in: s) != nil }

    /// The length in code points of phrase `i`.
    func length(of i: Int) -> Int { keys[i].count }

    /// The first position in `range` where a phrase starts.
    func firstPosition(in range: Range<Int>, of s: LinkSentence) -> Int? {
        let end = min(range.upperBound, s.text.count)
        var k = max(range.lowerBound, 0)
        while k < end {
            let candidate = starts.firstPosition(in: s.text, from: k, to: end)
            guard candidate < end else { break }
            if index(at: candidate, in: s) != nil { return candidate }
            k = candidate + 1
        }
        return nil
    }
}
