/// A sentence with the spaces dropped that stand between a Chinese character and another
/// character or a digit (`一百五十 个百分点`, `营收 120 亿`, `负 1,200,000`, text from PDF
/// extractions), and every zero-width space (a line end that wraps a sentence and reads as
/// nothing, ``WrappedLines``), so that numerals and their units read as written without them; every
/// position maps back to the sentence as it was.
struct CompactedText {
    let scalars: [Unicode.Scalar]
    /// The sentence position of each compacted position, and one past the end; `nil` when
    /// nothing was dropped.
    private let positions: [Int]?
    let originalCount: Int

    /// `hasHan`: whether the sentence has Chinese characters; without them no space is dropped.
    /// `mayHoldWrap`: whether its paragraph has a line end read as a zero-width space
    /// (``WrappedLines``), which is dropped in any text.
    init(_ text: [Unicode.Scalar], hasHan: Bool = true, mayHoldWrap: Bool = false) {
        originalCount = text.count
        guard hasHan && Self.holdsSpace(text) || mayHoldWrap && text.contains(WrappedLines.nothing),
              text.indices.contains(where: { Self.droppableSpaces(text, at: $0) != nil }) else {
            scalars = text; positions = nil; return
        }
        var kept: [Unicode.Scalar] = []
        var positions: [Int] = []
        kept.reserveCapacity(text.count)
        positions.reserveCapacity(text.count + 1)
        var i = 0
        while i < text.count {
            if let end = Self.droppableSpaces(text, at: i) { i = end; continue }
            kept.append(text[i]); positions.append(i); i += 1
        }
        positions.append(text.count)
        scalars = kept
        self.positions = positions
    }

    /// Whether a space, tab or no-break space stands in `text`: one pass without an early exit,
    /// which the compiler vectorises (most Chinese sentences hold none to drop).
    private static func holdsSpace(_ text: [Unicode.Scalar]) -> Bool {
        text[...].withValues { values in
            var found: UInt32 = 0
            for v in values { found |= (v == 0x20 ? 1 : 0) | (v == 0x09 ? 1 : 0) | (v == 0xA0 ? 1 : 0) }
            return found != 0
        }
    }

    private static func joins(_ before: Unicode.Scalar, _ after: Unicode.Scalar) -> Bool {
        (isHan(before) && (isHan(after) || isASCIIDigit(after))) || (isASCIIDigit(before) && isHan(after))
    }

    /// Where a run of spaces starting at `i` ends, when the run stands between characters it
    /// may be dropped from.
    private static func droppableSpaces(_ text: [Unicode.Scalar], at i: Int) -> Int? {
        if text[i] == WrappedLines.nothing { return i + 1 }
        guard i > 0, isSpace(text[i]), !isSpace(text[i - 1]) else { return nil }
        var j = i
        while j < text.count, isSpace(text[j]) { j += 1 }
        return j < text.count && joins(text[i - 1], text[j]) ? j : nil
    }

    /// `text` without its zero-width spaces (line ends read as nothing, ``WrappedLines``), and
    /// nothing else dropped.
    init(droppingWrapsOf text: [Unicode.Scalar]) {
        originalCount = text.count
        guard text.contains(WrappedLines.nothing) else { scalars = text; positions = nil; return }
        let kept = text.indices.filter { text[$0] != WrappedLines.nothing }
        scalars = kept.map { text[$0] }
        positions = kept + [text.count]
    }

    /// The code points of `other`, a text as long as the sentence (the sentence as written), at
    /// the positions kept.
    func kept(of other: ArraySlice<Unicode.Scalar>) -> [Unicode.Scalar] {
        guard let positions else { return Array(other) }
        return positions.dropLast().map { other[other.startIndex + $0] }
    }

    /// Nothing was dropped: every position is the sentence's own.
    var keepsPositions: Bool { positions == nil }

    func original(_ position: Int) -> Int { positions?[position] ?? position }

    /// The range of compacted positions that `range`, of the sentence as it was, holds of it.
    func compacted(_ range: Range<Int>) -> Range<Int> {
        guard let positions else { return range }
        // (the first position kept at or after a bound: a binary search of the sorted positions)
        func firstKept(atOrAfter p: Int) -> Int {
            var low = 0, high = positions.count - 1
            while low < high {
                let middle = (low + high) / 2
                if positions[middle] < p { low = middle + 1 } else { high = middle }
            }
            return low
        }
        let lower = firstKept(atOrAfter: range.lowerBound)
        return lower..<max(lower, firstKept(atOrAfter: range.upperBound))
    }

    func original(_ range: Range<Int>) -> Range<Int> {
        guard let positions, !range.isEmpty else { return range }
        return positions[range.lowerBound]..<(positions[range.upperBound - 1] + 1)
    }
}
