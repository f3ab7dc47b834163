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
    private var soleStart: UInt32? { tables.soleStart }
    private var startBuckets: PairBuckets { tables.startBuckets }
    private var endBuckets: PairBuckets { tables.endBuckets }

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
        /// The key every phrase starts with, when it is one that no other code point has
        /// (` expects `, ` forecasts `, …; `占其`, `占该公司`): where it stands, and only there,
        /// `starts` holds the code point, and a scan compares each code point with it alone.
        let soleStart: UInt32?
        /// The phrases by their first two keys and by their last two: a position is compared
        /// only with the phrases whose first (last) key its neighbour follows (precedes) there,
        /// not with every phrase of the same first (last) key (` expects `, ` forecasts `, …).
        let startBuckets: PairBuckets
        let endBuckets: PairBuckets
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
            // (a lower-case letter is also the key of its upper-case one)
            let firsts = firstKeys
            soleStart = firsts.first.flatMap { first in firsts.allSatisfy { $0 == first } && !(97...122).contains(first) ? first : nil }
            startBuckets = PairBuckets(keys)
            endBuckets = PairBuckets(keys.map { $0.reversed() })
        }
    }

    init(_ phrases: [String]) { tables = Tables(phrases) }

    /// The index of the first phrase (in list order) that starts at `k`, as
    /// ``LinkSentence/has(_:at:)`` matches.
    @inline(__always) func index(at k: Int, in s: LinkSentence) -> Int? {
        guard k >= 0, k < s.text.count else { return nil }
        let first = AliasTrie.key(s.text[k])
        guard starts.contains(first) else { return nil }
        // (a phrase of one key matches whatever follows it: then the whole list is asked, in order)
        if startBuckets.singles.contains(first) {
            for i in 0..<keys.count where firstKeys[i] == first && s.has(keys: keys[i], at: k) { return i }
            return nil
        }
        guard k + 1 < s.text.count else { return nil }
        for m in startBuckets.bucket(first, AliasTrie.key(s.text[k + 1])) where s.has(keys: keys[startBuckets.sequence(m)], at: k) {
            return startBuckets.sequence(m)
        }
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

    /// Whether a phrase of `length` code points starts at `k`.
    func starts(length: Int, at k: Int, in s: LinkSentence) -> Bool {
        guard k >= 0, k < s.text.count, starts.contains(AliasTrie.key(s.text[k])) else { return false }
        return keys.contains { $0.count == length && s.has(keys: $0, at: k) }
    }

    /// Whether the code point at `k` (inside the sentence) starts a phrase: `false` is sure.
    @inline(__always) func mayStart(at k: Int, in s: LinkSentence) -> Bool { starts.contains(AliasTrie.key(s.text[k])) }

    /// The index of the first phrase (in list order) that ends right before `end`, as
    /// ``LinkSentence/has(_:endingAt:)`` matches.
    @inline(__always) func index(endingAt end: Int, in s: LinkSentence) -> Int? {
        guard end >= 1, end <= s.text.count else { return nil }
        let last = AliasTrie.key(s.text[end - 1])
        guard ends.contains(last) else { return nil }
        if endBuckets.singles.contains(last) {
            for i in 0..<keys.count where lastKeys[i] == last && s.has(keys: keys[i], endingAt: end) { return i }
            return nil
        }
        guard end >= 2 else { return nil }
        for m in endBuckets.bucket(last, AliasTrie.key(s.text[end - 2])) where s.has(keys: keys[endBuckets.sequence(m)], endingAt: end) {
            return endBuckets.sequence(m)
        }
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
        let sole = soleStart
        while k < end {
            var candidate = k
            if let sole {
                while candidate < end, s.text[candidate].value != sole { candidate += 1 }
            } else {
                candidate = starts.firstPosition(in: s.text, from: k, to: end)
            }
            guard candidate < end else { break }
            if index(at: candidate, in: s) != nil { return candidate }
            k = candidate + 1
        }
        return nil
    }
}

/// Sequences of keys by their first two (hashed): for a pair, the indices, in order, of the
/// sequences that may open with it. A sequence of one key is in no bucket: `singles` holds its key.
private struct PairBuckets: Sendable {
    let singles: ScalarBitSet
    private let shift: Int
    /// Bucket `h` is `sequences[bounds[h]..<bounds[h + 1]]`.
    private let bounds: [Int32]
    private let sequences: [Int32]

    init(_ keys: [[UInt32]]) {
        var size = 8
        while size < keys.count * 2 { size *= 2 }
        let shift = 32 - size.trailingZeroBitCount
        var singles = ScalarBitSet()
        var bounds = [Int32](repeating: 0, count: size + 1)
        for sequence in keys {
            if sequence.count == 1 { singles.insert(sequence[0]) }
            if sequence.count >= 2 { bounds[PairBits.hash(sequence[0], sequence[1], shift) + 1] += 1 }
        }
        for h in 0..<size { bounds[h + 1] += bounds[h] }
        // (each bucket filled in the sequences' order)
        var sequences = [Int32](repeating: 0, count: Int(bounds[size]))
        var filled = bounds
        for i in keys.indices where keys[i].count >= 2 {
            let h = PairBits.hash(keys[i][0], keys[i][1], shift)
            sequences[Int(filled[h])] = Int32(i)
            filled[h] += 1
        }
        self.singles = singles
        self.shift = shift
        self.bounds = bounds
        self.sequences = sequences
    }

    /// The positions (for ``sequence(_:)``) of the sequences that may open with `first`, `next`.
    @inline(__always) func bucket(_ first: UInt32, _ next: UInt32) -> Range<Int> {
        let h = PairBits.hash(first, next, shift)
        return Int(bounds[h])..<Int(bounds[h + 1])
    }

    /// The index of the sequence at position `m` of a bucket.
    @inline(__always) func sequence(_ m: Int) -> Int { Int(sequences[m]) }
}
