/// A sentence with the spaces dropped that stand between a Chinese character and another
/// character or a digit (`一百五十 个百分点`, `营收 120 亿`, `负 1,200,000`, text from PDF
/// extractions), so that numerals and their units read as written without them; every
/// position maps back to the sentence as it was.
struct CompactedText {
    let scalars: [Unicode.Scalar]
    /// The sentence position of each compacted position, and one past the end; `nil` when
    /// nothing was dropped.
    private let positions: [Int]?
    let originalCount: Int

    init(_ text: [Unicode.Scalar]) {
        originalCount = text.count
        guard Self.hasDroppableSpace(text) else { scalars = text; positions = nil; return }
        var kept: [Unicode.Scalar] = []
        var positions: [Int] = []
        kept.reserveCapacity(text.count)
        positions.reserveCapacity(text.count + 1)
        var i = 0
        while i < text.count {
            if isSpace(text[i]), i > 0 {
                var j = i
                while j < text.count, isSpace(text[j]) { j += 1 }
                if j < text.count, Self.joins(text[i - 1], text[j]) { i = j; continue }
            }
            kept.append(text[i]); positions.append(i); i += 1
        }
        positions.append(text.count)
        scalars = kept
        self.positions = positions
    }

    private static func joins(_ before: Unicode.Scalar, _ after: Unicode.Scalar) -> Bool {
        (isHan(before) && (isHan(after) || isASCIIDigit(after))) || (isASCIIDigit(before) && isHan(after))
    }

    private static func hasDroppableSpace(_ text: [Unicode.Scalar]) -> Bool {
        var i = 1
        while i < text.count - 1 {
            if isSpace(text[i]) {
                var j = i
                while j < text.count, isSpace(text[j]) { j += 1 }
                if j < text.count, joins(text[i - 1], text[j]) { return true }
                i = j
            } else { i += 1 }
        }
        return false
    }

    func original(_ position: Int) -> Int { positions?[position] ?? position }

    func original(_ range: Range<Int>) -> Range<Int> {
        guard let positions, !range.isEmpty else { return range }
        return positions[range.lowerBound]..<(positions[range.upperBound - 1] + 1)
    }
}
