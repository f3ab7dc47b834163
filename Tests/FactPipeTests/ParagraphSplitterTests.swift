import FactPipe
import Testing

/// The paragraph splitter, which looks for line ends eight code points at a time, splits as
/// a search one code point at a time does.
@Suite("Paragraph splitter")
struct ParagraphSplitterTests {
    /// The splitter's rule, one code point at a time: a paragraph ends after a line end, the
    /// blanks after it and a further line end, and the line ends that follow.
    static func reference(_ text: Scalars) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0, i = 0
        let n = text.count
        while true {
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

    @Test("random texts of line ends, blanks and letters split as one code point at a time splits them")
    func matchesReference() {
        var g = SeededGenerator(seed: 29)
        let pieces: [Unicode.Scalar] = ["a", "中", "\n", "\r", " ", "\t", "\u{3000}", "\u{0B}", "\u{10A}"]
        for _ in 0..<3000 {
            let count = Int.random(in: 0...80, using: &g)
            // mostly letters, so that runs of eight without a line end come up
            let text: Scalars = (0..<count).map { _ in
                Int.random(in: 0..<4, using: &g) == 0 ? pieces.randomElement(using: &g)! : "a"
            }
            #expect(ParagraphSplitter.paragraphs(text) == Self.reference(text), "\(text.map(\.value))")
        }
    }
}
