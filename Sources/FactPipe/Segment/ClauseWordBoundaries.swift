/// ICU word boundaries of one sentence, computed piece by piece as the recognisers ask.
///
/// No word-break rule joins a Han character to a plain neighbour (ASCII, full-width ASCII,
/// white space, Chinese punctuation): ICU breaks between them, so those positions need no
/// segmentation. Between two Han characters ICU's dictionary divides the whole run of Han
/// characters and only that run, so a run with plain neighbours (or the sentence's ends) on
/// both sides is segmented alone. Elsewhere the clause around the position is segmented:
/// ICU breaks on both sides of 。、，；：！？（）「」『』《》 when Han characters, white space
/// or another such mark stand next to them, and its dictionary segmentation of Han text never
/// reaches across them, so the clause between two such marks is segmented exactly as inside
/// the whole sentence.
///
/// One instance serves the sentences of a paragraph in turn (``start(_:)``), so that its
/// buffer is made once, not once a sentence.
///
/// Its properties are not checked for exclusive access at run time (each check cost some
/// hundred instructions, and the recognisers ask for a boundary at every step): no access
/// to one is held across a call that could reach it again.
final class ClauseWordBoundaries {
    private let segmenter: Segmenter
    @exclusivity(unchecked) private var text: ArraySlice<Unicode.Scalar> = []
    private let clock: StageClock?
    /// The stage that asks for boundaries now: the time before a segmentation is its own.
    @exclusivity(unchecked) var askingStage = PipelineStage.entities
    /// Per position (`text.count + 1` entries): 0 not yet known, 1 inside a word, 2 a boundary.
    @exclusivity(unchecked) private var known: [UInt8] = []
    /// Whether `known` has been made ready for the sentence: at its first question, since
    /// of many sentences none is asked.
    @exclusivity(unchecked) private var knownIsReady = false

    init(segmenter: Segmenter, clock: StageClock?) {
        self.segmenter = segmenter
        self.clock = clock
    }

    convenience init(segmenter: Segmenter, text: ArraySlice<Unicode.Scalar>, clock: StageClock?) {
        self.init(segmenter: segmenter, clock: clock)
        start(text)
    }

    /// Forgets the sentence before and takes up `text`, asked first by the entity stage.
    func start(_ text: ArraySlice<Unicode.Scalar>) {
        self.text = text
        askingStage = .entities
        knownIsReady = false
    }

    /// Whether a word boundary stands before the scalar at `index` (relative to the sentence).
    func isBoundary(_ index: Int) -> Bool {
        if !knownIsReady { makeKnownReady() }
        if known[index] == 0 { settle(index) }
        return known[index] == 2
    }

    /// Every position of the sentence not yet known.
    private func makeKnownReady() {
        Self.clear(&known, count: text.count + 1)
        knownIsReady = true
    }

    /// Sets the first `count` entries of `known` to 0, growing it as needed: one fill, not an
    /// append entry by entry.
    private static func clear(_ known: inout [UInt8], count: Int) {
        if known.count < count { known.append(contentsOf: repeatElement(0, count: count - known.count)) }
        known.withUnsafeMutableBufferPointer { UnsafeMutableBufferPointer(rebasing: $0[..<count]).update(repeating: 0) }
    }

    private static let separators = ScalarBitSet("。、，；：！？（）「」『』《》".unicodeScalars)

    /// A neighbour that no word-break rule joins to a separator.
    @inline(__always) private func isInert(_ s: Unicode.Scalar, _ separators: ScalarBitSet) -> Bool {
        isHan(s) || s == " " || s == "\u{3000}" || s == "\n" || separators.contains(s)
    }

    private func settle(_ index: Int) {
        if index == 0 || index == text.count { known[index] = 2; return }
        let separators = Self.separators
        let base = text.startIndex
        let before = text[base + index - 1], after = text[base + index]
        let hanBefore = isHan(before), hanAfter = isHan(after)
        if (hanBefore && EvidentWordBoundaries.breaksFromHan(after)) || (hanAfter && EvidentWordBoundaries.breaksFromHan(before)) {
            known[index] = 2
            return
        }
        if hanBefore && hanAfter, segmentHanRun(around: index) { return }
        segmentClause(around: index, separators)
    }

    /// Segments the run of Han characters holding `index - 1` and `index` when plain code
    /// points or the sentence's ends bound it.
    private func segmentHanRun(around index: Int) -> Bool {
        let base = text.startIndex
        var start = index - 1
        while start > 0, isHan(text[base + start - 1]) { start -= 1 }
        guard start == 0 || EvidentWordBoundaries.breaksFromHan(text[base + start - 1]) else { return false }
        var end = index + 1
        while end < text.count, isHan(text[base + end]) { end += 1 }
        guard end == text.count || EvidentWordBoundaries.breaksFromHan(text[base + end]) else { return false }
        segment(start..<end)
        return true
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

    private func segmentClause(around index: Int, _ separators: ScalarBitSet) {
        var start = index
        while !isCut(start, separators) { start -= 1 }
        var end = index + 1
        while end < text.count && !isCut(end, separators) { end += 1 }
        end = min(end, text.count)
        if start == end { known[index] = 2; return }
        segment(start..<end)
    }

    private func segment(_ range: Range<Int>) {
        clock?.lap(askingStage)
        let base = text.startIndex
        segmenter.withWordBoundaries(of: text[(base + range.lowerBound)..<(base + range.upperBound)]) { map in
            known.withUnsafeMutableBufferPointer { known in
                for k in map.indices where known[range.lowerBound + k] != 2 { known[range.lowerBound + k] = map[k] != 0 ? 2 : 1 }
            }
        }
        clock?.lap(.segment)
    }
}
