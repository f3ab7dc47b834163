/// Phrases looked for at every position of a sentence (`分别`, `in the company`): a position
/// is tried only when its first code point (ASCII letters in any case) starts one of them.
struct PhraseList: Sendable {
    let phrases: [String]
    private let starts: ScalarBitSet

    init(_ phrases: [String]) {
        self.phrases = phrases
        starts = ScalarBitSet(values: phrases.compactMap { $0.unicodeScalars.first.map(AliasTrie.key) })
    }

    /// The phrase that starts at `k`, if any (as ``LinkSentence/has(_:at:)`` matches).
    func phrase(at k: Int, in s: LinkSentence) -> String? {
        guard k < s.text.count, starts.contains(AliasTrie.key(s.text[k])) else { return nil }
        return phrases.first { s.has($0, at: k) }
    }

    /// The first position in `range` where a phrase starts.
    func firstPosition(in range: Range<Int>, of s: LinkSentence) -> Int? {
        range.first { phrase(at: $0, in: s) != nil }
    }
}
