/// ICU word boundaries of one sentence, computed clause by clause as the recognisers ask.
///
/// ICU breaks on both sides of 。、，；：！？（）「」『』《》 when Han characters, white space
/// or another such mark stand next to them, and its dictionary segmentation of Han text never reaches across them, so
/// the clause between two such marks is segmented exactly as inside the whole sentence,
/// and only clauses that hold a candidate are segmented at all.
final class ClauseWordBoundaries {
    private let segmenter: Segmenter
    private let text: ArraySlice<Unicode.Scalar>
    private let clock: StageClock?
    /// The stage that asks for boundaries now: the time before a segmentation is its own.
    var askingStage = PipelineStage.entities
    /// Per position (`text.count + 1` entries): 0 not yet known, 1 inside a word, 2 a boundary.
    private var known: [UInt8]

    init(segmenter: Segmenter, text: ArraySlice<Unicode.Scalar>, clock: StageClock?) {
        self.segmenter = segmenter
        self.text = text
        self.clock = clock
        known = [UInt8](repeating: 0, count: text.count + 1)
    }

    /// Whether a word boundary stands before the scalar at `index` (relative to the sentence).
    func isBoundary(_ index: Int) -> Bool {
        if known[index] == 0 { segmentClause(around: index) }
        return known[index] == 2
    }

    private static let separators = ScalarBitSet("。、，；：！？（）「」『』《》".unicodeScalars)

    /// A neighbour that no word-break rule joins to a separator.
    @inline(__always) private func isInert(_ s: Unicode.Scalar, _ separators: ScalarBitSet) -> Bool {
        isHan(s) || s == " " || s == "\u{3000}" || s == "\n" || separators.contains(s)
    }

    /// Whether the sentence can be cut before `k` without changing ICU's boundaries.
    private func isCut(_ k: Int, _ separators: ScalarBitSet) -> Bool {
        if k <= 0 || k >= text.count { return true }
        let base = text.startIndex
        guard separators.contains(text[base + k - 1]) else { return false }
        if !isInert(text[base + k], separators) { return false }
        if k >= 2, !isInert(text[base + k - 2], separators) { return false }
        return true
    }

    private func segmentClause(around index: Int) {
        let separators = Self.separators
        var start = index
        while !isCut(start, separators) { start -= 1 }
        var end = index + 1
        while end < text.count && !isCut(end, separators) { end += 1 }
        end = min(end, text.count)
        if start == end { known[index] = 2; return }
        clock?.lap(askingStage)
        let base = text.startIndex
        let map = segmenter.wordBoundaries(text[(base + start)..<(base + end)])
        for k in 0..<map.count where known[start + k] != 2 { known[start + k] = map[k] ? 2 : 1 }
        clock?.lap(.segment)
    }
}
