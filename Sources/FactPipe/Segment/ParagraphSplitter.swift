/// Splits text into paragraphs at blank lines; each paragraph keeps its line ends, so the
/// pieces concatenate back to the text.
public enum ParagraphSplitter {
    public static func paragraphs(_ text: Scalars) -> [Range<Int>] {
        // (through a buffer: a pass over every code point of the document, without a bounds check each)
        text.withUnsafeBufferPointer(paragraphs)
    }

    private static func paragraphs(_ text: UnsafeBufferPointer<Unicode.Scalar>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        var i = 0
        let n = text.count
        while true {
            // on to the next line end, in a loop of its own
            while i < n, text[i] != "\n" { i += 1 }
            guard i < n else { break }
            var j = i + 1
            while j < n, text[j] == " " || text[j] == "\t" || text[j] == "\r" || text[j] == "\u{3000}" { j += 1 }
            if j < n, text[j] == "\n" {
                while j < n, text[j] == "\n" || text[j] == "\r" { j += 1 }
                result.append(start..<j); start = j; i = j; continue
            }
            i += 1
        }
        if start < n { result.append(start..<n) }
        return result
    }
}
