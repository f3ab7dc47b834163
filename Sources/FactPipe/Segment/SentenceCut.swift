/// Where a paragraph that is still arriving, too long to be held until its end, may be cut in
/// two without changing its sentences.
extension Segmenter {
    /// How far back from the text's end a cut is looked for (code points).
    static let cutWindow = 4_096
    /// How much text must follow a cut: the rules that join sentences read the next words (an
    /// abbreviation before a lower-case word goes on), and a cut too near the end would not
    /// see them.
    static let cutLookahead = 32

    /// The start of the last sentence of `text` that starts at least ``cutLookahead`` code points
    /// before its end, looked for among the sentences of its last ``cutWindow`` code points;
    /// `nil` when they hold none. (The first sentence of a window that starts inside `text` may
    /// be the end of a longer one, so the boundary after it is not trusted.)
    func lastSentenceStart(in text: ArraySlice<Unicode.Scalar>) -> Int? {
        let windowStart = max(text.startIndex, text.endIndex - Self.cutWindow)
        let ranges = sentences(text[windowStart...])
        let firstTrusted = windowStart == text.startIndex ? 1 : 2
        for k in stride(from: ranges.count - 1, through: firstTrusted, by: -1) {
            let start = windowStart + ranges[k].lowerBound
            if text.endIndex - start >= Self.cutLookahead { return start }
        }
        return nil
    }
}
