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
            i = nextLineEnd(in: text, from: i)
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

    /// The first line end from `start` on, or the text's end: eight code points at a time
    /// while none of them is one (a line holds many), by one vector comparison.
    private static func nextLineEnd(in text: UnsafeBufferPointer<Unicode.Scalar>, from start: Int) -> Int {
        text.withMemoryRebound(to: UInt32.self) { values in
            var i = start
            if let base = values.baseAddress {
                let lineFeed = SIMD8<UInt32>(repeating: 0x0A)
                while values.count &- i >= 8, !any(UnsafeRawPointer(base + i).loadUnaligned(as: SIMD8<UInt32>.self) .== lineFeed) {
                    i &+= 8
                }
            }
            while i < values.count, values[i] != 0x0A { i += 1 }
            return i
        }
    }
}
