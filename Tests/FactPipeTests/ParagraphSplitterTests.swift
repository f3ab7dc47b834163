import FactPipe
import Testing

/// The paragraph splitter, which looks for line ends eight code points at a time, splits as
/// a search one code point at a time does.
@Suite("Paragraph splitter")
struct ParagraphSplitterTests {
    static let lineEnds: Set<Unicode.Scalar> = ["\n", "\r", "\u{2028}", "\u{2029}"]
    static let blanks: Set<Unicode.Scalar> = [" ", "\t", "\u{0B}", "\u{0C}", "\u{A0}", "\u{1680}", "\u{2000}", "\u{2007}", "\u{200A}",
                                              "\u{200B}", "\u{202F}", "\u{205F}", "\u{3000}", "\u{FEFF}"]

    /// The splitter's rule, one code point at a time: a paragraph ends after a line end (CR LF
    /// as one), the blanks after it and a further line end, or after a paragraph separator, and
    /// the line ends that follow.
    static func reference(_ text: Scalars) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0, i = 0
        let n = text.count
        while i < n {
            guard lineEnds.contains(text[i]) else { i += 1; continue }
            var j = i + 1
            var closes = text[i] == "\u{2029}"
            if !closes {
                if text[i] == "\r", j < n, text[j] == "\n" { j += 1 }
                while j < n, blanks.contains(text[j]) { j += 1 }
                closes = j < n && lineEnds.contains(text[j])
            }
            guard closes else { i += 1; continue }
            while j < n, lineEnds.contains(text[j]) { j += 1 }
            result.append(start..<j); start = j; i = j
        }
        if start < n { result.append(start..<n) }
        return result
    }

    /// Random texts, mostly letters, so that runs of eight without a line end come up.
    static func randomTexts(count: Int, seed: UInt64) -> [Scalars] {
        var g = SeededGenerator(seed: seed)
        let pieces: [Unicode.Scalar] = ["a", "中", "\n", "\r", " ", "\t", "\u{3000}", "\u{0B}", "\u{0C}", "\u{10A}",
                                        "\u{85}", "\u{2028}", "\u{2029}", "\u{202A}", "\u{2027}", "\u{A0}", "\u{200B}", "\u{200C}", "\u{FEFF}"]
        return (0..<count).map { _ in
            (0..<Int.random(in: 0...80, using: &g)).map { _ in
                Int.random(in: 0..<4, using: &g) == 0 ? pieces.randomElement(using: &g)! : "a"
            }
        }
    }

    @Test("random texts of line ends, blanks and letters split as one code point at a time splits them")
    func matchesReference() {
        for text in Self.randomTexts(count: 3000, seed: 29) {
            #expect(ParagraphSplitter.paragraphs(text) == Self.reference(text), "\(text.map(\.value))")
        }
    }

    @Test("the same paragraphs with line feeds, old Mac line ends, Windows', U+2028 and U+2029")
    func lineEndsOfEveryKind() {
        let paragraphs = ["第一段。\n第一段第二行。", "Second paragraph.", "第三段"]
        for (lineEnd, blankLine) in [("\n", "\n\n"), ("\r", "\r\r"), ("\r\n", "\r\n\r\n"), ("\r\n", "\r\n \t\r\n"),
                                     ("\u{2028}", "\u{2028}\u{3000}\u{2028}"), ("\n", "\n\u{A0}\u{200B}\n"), ("\u{2028}", "\u{2029}"), ("\n", "\u{2029}\n")] {
            let pieces = paragraphs.map { $0.replacingOccurrences(of: "\n", with: lineEnd) }
            let text = Array(pieces.joined(separator: blankLine).unicodeScalars)
            let split = ParagraphSplitter.paragraphs(text).map { String(String.UnicodeScalarView(text[$0])) }
            #expect(split == pieces.dropLast().map { $0 + blankLine } + [pieces.last!], "\(blankLine.unicodeScalars.map(\.value))")
        }
    }

    @Test("a stream's last paragraph end, looked for only after what was scanned before, is the whole text's")
    func lastParagraphEndOfAStream() {
        for text in Self.randomTexts(count: 3000, seed: 31) {
            let lastEnd = Self.ends(text).last
            // as the streamer looks: what it scanned before held no paragraph end
            for scanned in 0...text.count where Self.ends(Array(text[..<scanned])).isEmpty {
                #expect(ParagraphSplitter.lastParagraphEnd(in: text, after: scanned) == lastEnd, "\(text.map(\.value)) after \(scanned)")
            }
        }
    }

    /// The ends of the text's paragraphs that ended by a blank line or a paragraph separator.
    static func ends(_ text: Scalars) -> [Int] {
        reference(text + ["a"]).dropLast().map(\.upperBound)
    }
}
