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
/// One instance serves the sentences of a paragraph (``begin(_:)``, then ``start(_:sentence:)``
/// for each sentence), so that its buffer is made once, not once a sentence. A stage asks of
/// each sentence in turn, and then the next stage (``resume(_:sentence:)``): what one stage
/// learnt of a sentence is kept for the next.
///
/// Its properties are not checked for exclusive access at run time (each check cost some
/// hundred instructions, and the recognisers ask for a boundary at every step): no access
/// to one is held across a call that could reach it again.
final class ClauseWordBoundaries {
    let segmenter: Segmenter
    /// The paragraph, and where in it the sentence asked of now starts and how long it is.
    /// (The paragraph is taken once: a slice of it taken for each sentence and stage retained
    /// and released it each time, some 1 % of the time on Chinese text.)
    @exclusivity(unchecked) private var paragraph: [Unicode.Scalar] = []
    @exclusivity(unchecked) private var base = 0
    @exclusivity(unchecked) private var count = 0
    let clock: StageClock?
    /// The stage that asks for boundaries now: the time before a segmentation is its own.
    @exclusivity(unchecked) var askingStage = PipelineStage.entities
    /// Per position of the paragraph, as the sentences' indices count them (and one past the
    /// last): 0 not yet known, 1 inside a word, 2 a boundary. (A sentence's end and the next
    /// one's start share an entry, a boundary for both.)
    @exclusivity(unchecked) private var known: [UInt8] = []
    /// Whether the sentence's entries in `known` have been made ready: at its first question,
    /// since of many sentences none is asked.
    @exclusivity(unchecked) private var knownIsReady = false
    /// The same, per sentence of the paragraph; and the number of the sentence asked now.
    @exclusivity(unchecked) private var sentenceIsReady: [Bool] = []
    @exclusivity(unchecked) private var sentence = 0

    init(segmenter: Segmenter, clock: StageClock?) {
        self.segmenter = segmenter
        self.clock = clock
    }

    /// The boundaries of `text` alone, a paragraph of one sentence.
    convenience init(segmenter: Segmenter, text: ArraySlice<Unicode.Scalar>, clock: StageClock?) {
        self.init(segmenter: segmenter, clock: clock)
        begin(Array(text))
        start(0..<text.count, sentence: 0)
    }

    /// Takes up `paragraph`, whose sentences are asked of next.
    func begin(_ paragraph: [Unicode.Scalar]) {
        self.paragraph = paragraph
    }

    /// Takes up the sentence at `range` of the paragraph, its number `sentence`, asked first by
    /// the entity stage: what was known of the positions before (another paragraph's) is
    /// forgotten at the first question.
    func start(_ range: Range<Int>, sentence: Int) {
        select(range, sentence: sentence)
        askingStage = .entities
        knownIsReady = false
        if sentenceIsReady.count <= sentence { sentenceIsReady.append(contentsOf: repeatElement(false, count: sentence + 1 - sentenceIsReady.count)) }
        sentenceIsReady[sentence] = false
    }

    /// Takes up sentence number `sentence` of the paragraph again (at `range`, as it was
    /// started), with what was learnt of it.
    func resume(_ range: Range<Int>, sentence: Int) {
        select(range, sentence: sentence)
        knownIsReady = sentenceIsReady[sentence]
    }

    /// Makes the sentence at `range`, number `sentence`, the one asked of.
    private func select(_ range: Range<Int>, sentence: Int) {
        base = range.lowerBound
        count = range.count
        self.sentence = sentence
    }

    /// Lets go of the paragraph, asked no more.
    func finish() {
        paragraph = []
    }

    /// Whether a word boundary stands before the scalar at `index` (relative to the sentence);
    /// true at the sentence's ends and outside it.
    func isBoundary(_ index: Int) -> Bool {
        if index <= 0 || index >= count { return true }
        if !knownIsReady { makeKnownReady() }
        let k = base + index
        if known[k] == 0 { settle(index) }
        return known[k] == 2
    }

    /// Every position of the sentence not yet known.
    private func makeKnownReady() {
        Self.clear(&known, base..<(base + count + 1))
        knownIsReady = true
        sentenceIsReady[sentence] = true
    }

    /// Sets the entries of `known` in `range` to 0, growing it as needed: one fill, not an
    /// append entry by entry.
    private static func clear(_ known: inout [UInt8], _ range: Range<Int>) {
        if known.count < range.upperBound { known.append(contentsOf: repeatElement(0, count: range.upperBound - known.count)) }
        known.withUnsafeMutableBufferPointer { UnsafeMutableBufferPointer(rebasing: $0[range]).update(repeating: 0) }
    }

    private static let separators = ScalarBitSet("。、，；：！？（）「」『』《》".unicodeScalars)

    /// A neighbour that no word-break rule joins to a separator.
    @inline(__always) private func isInert(_ s: Unicode.Scalar, _ separators: ScalarBitSet) -> Bool {
        isHan(s) || s == " " || s == "\u{3000}" || s == "\n" || separators.contains(s)
    }

    private func settle(_ index: Int) {
        // (inside the sentence: ``isBoundary(_:)`` answers at its ends)
        let base = self.base
        let separators = Self.separators
        let before = paragraph[base + index - 1], after = paragraph[base + index]
        if EvidentWordBoundaries.between(before, after) {
            known[base + index] = 2
            return
        }
        if isHan(before) && isHan(after), segmentHanRun(around: index) { return }
        segmentClause(around: index, separators)
    }

    /// Segments the run of Han characters holding `index - 1` and `index` when plain code
    /// points or the sentence's ends bound it.
    private func segmentHanRun(around index: Int) -> Bool {
        let base = self.base
        var start = index - 1
        while start > 0, isHan(paragraph[base + start - 1]) { start -= 1 }
        guard start == 0 || EvidentWordBoundaries.breaksFromHan(paragraph[base + start - 1]) else { return false }
        var end = index + 1
        while end < count, isHan(paragraph[base + end]) { end += 1 }
        guard end == count || EvidentWordBoundaries.breaksFromHan(paragraph[base + end]) else { return false }
        segment(start..<end)
        return true
    }

    /// Whether the sentence can be cut before `k` without changing ICU's boundaries.
    private func isCut(_ k: Int, _ separators: ScalarBitSet) -> Bool {
        if k <= 0 || k >= count { return true }
        let base = self.base
        guard separators.contains(paragraph[base + k - 1]) else { return false }
        if !isInert(paragraph[base + k], separators) { return false }
        if k >= 2, !isInert(paragraph[base + k - 2], separators) { return false }
        return true
    }

    private func segmentClause(around index: Int, _ separators: ScalarBitSet) {
        var start = index
        while !isCut(start, separators) { start -= 1 }
        var end = index + 1
        while end < count && !isCut(end, separators) { end += 1 }
        end = min(end, count)
        if start == end { known[base + index] = 2; return }
        segment(start..<end)
    }

    private func segment(_ range: Range<Int>) {
        clock?.lap(askingStage)
        let base = self.base
        segmenter.withWordBoundaries(of: paragraph[(base + range.lowerBound)..<(base + range.upperBound)]) { map in
            known.withUnsafeMutableBufferPointer { known in
                for k in map.indices where known[base + range.lowerBound + k] != 2 { known[base + range.lowerBound + k] = map[k] != 0 ? 2 : 1 }
            }
        }
        clock?.lap(.segment)
    }
}
