/// Where a sentence too long to be one is cut: a page with no sentence marks, a table run
/// into one line. The linking rules look across a whole sentence and its clauses, so their
/// cost grows with names times length, and every record carries its sentence.
enum OverlongSentence {
    /// Longest sentence handed on whole, in code points: far beyond any sentence written to be read.
    static let limit = 2_000

    /// `range` (relative to `text`'s start) in pieces of at most ``limit`` code points, each
    /// at least half of it, cut after a clause mark, else after a space, else at a word
    /// boundary outside numbers.
    static func pieces(_ range: Range<Int>, of text: ArraySlice<Unicode.Scalar>,
                       wordBoundaries: (ArraySlice<Unicode.Scalar>) -> [Bool]) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var start = range.lowerBound
        while range.upperBound - start > limit {
            let end = cut(after: start, in: text, wordBoundaries: wordBoundaries)
            pieces.append(start..<end)
            start = end
        }
        pieces.append(start..<range.upperBound)
        return pieces
    }

    /// The end of the piece that starts at `start`; `text` goes on past `start + limit`.
    private static func cut(after start: Int, in text: ArraySlice<Unicode.Scalar>,
                            wordBoundaries: (ArraySlice<Unicode.Scalar>) -> [Bool]) -> Int {
        let base = text.startIndex
        // a cut `k` ends the piece before `text[base + k]`, latest first
        let latestFirst = stride(from: start + limit, to: start + limit / 2, by: -1)
        if let k = latestFirst.first(where: { Clauses.isSeparator(text, base + $0 - 1) }) { return k }
        if let k = latestFirst.first(where: { k in
            text[base + k - 1].isWhite && !text[base + k].isWhite && !isNumberPart(text[base + k - 2])
        }) { return k }
        let words = wordBoundaries(text[(base + start)..<(base + start + limit)])
        // the window's own end is a boundary only because the window ends there
        if let k = latestFirst.dropFirst().first(where: { k in
            words[k - start] && !isNumberPart(text[base + k - 1]) && !isNumberPart(text[base + k])
        }) { return k }
        return start + limit
    }

    /// A digit, a Chinese numeral character or a mark inside a written number (`1,830.5`).
    private static func isNumberPart(_ s: Unicode.Scalar) -> Bool {
        isASCIIDigit(s) || ChineseNumeralCharacter.isNumeral(s) || s == "." || s == ","
    }
}
