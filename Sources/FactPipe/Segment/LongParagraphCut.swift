/// Where a paragraph too long to work on at once is cut into pieces, each fed as a paragraph
/// of its own. A cut depends only on the first ``limit`` code points of a piece's text (after
/// the blanks and line ends it starts with: a stream may have cut its paragraph before the last
/// line ends of a blank line), so the pieces are the same whether the paragraph is read whole
/// or arrives a read at a time.
public enum LongParagraphCut {
    /// The most code points of a paragraph fed at once. While its facts are found a piece
    /// holds some 50 bytes a code point (a dense Chinese text's).
    public static let limit = 1 << 16

    /// Whether `text`, a paragraph or the rest of one from a cut, is to be cut.
    public static func isLong(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
        text.count > limit && text.endIndex - ParagraphSplitter.contentStart(of: text) > limit
    }

    /// Where the first piece of `text` ends, `text` being a paragraph (or the rest of one,
    /// from a cut) that ``isLong(_:)``: after the last line end of the first `limit` code
    /// points of its text, else at the start of one of their last sentences (`sentenceStart`,
    /// as `DocumentSession.sentenceCut(in:)` finds it), else after their last space, else
    /// after them.
    public static func firstCut(in text: ArraySlice<Unicode.Scalar>, sentenceStart: (ArraySlice<Unicode.Scalar>) -> Int?) -> Int {
        let window = text[ParagraphSplitter.contentStart(of: text)...].prefix(limit)
        if let lineEnd = ParagraphSplitter.lastLineEnd(in: window) { return lineEnd }
        if let start = sentenceStart(window) { return start }
        if let space = window.lastIndex(where: { $0.properties.isWhitespace }) { return space + 1 }
        return window.endIndex
    }

    /// The pieces to feed in turn of `text`, which starts where a paragraph starts: runs of
    /// whole paragraphs, and each paragraph longer than ``limit`` cut at its
    /// ``firstCut(in:sentenceStart:)``s into pieces of their own (indices of `text`).
    public static func pieces(of text: ArraySlice<Unicode.Scalar>, sentenceStart: (ArraySlice<Unicode.Scalar>) -> Int?) -> [Range<Int>] {
        guard text.count > limit else { return [text.indices] }
        var result: [Range<Int>] = []
        var runStart = text.startIndex
        for paragraph in ParagraphSplitter.paragraphs(text) where isLong(text[paragraph]) {
            if runStart < paragraph.lowerBound { result.append(runStart..<paragraph.lowerBound) }
            var start = paragraph.lowerBound
            while isLong(text[start..<paragraph.upperBound]) {
                let cut = firstCut(in: text[start..<paragraph.upperBound], sentenceStart: sentenceStart)
                result.append(start..<cut)
                start = cut
            }
            result.append(start..<paragraph.upperBound)
            runStart = paragraph.upperBound
        }
        if runStart < text.endIndex { result.append(runStart..<text.endIndex) }
        return result
    }
}
