/// Splits text into paragraphs at blank lines; each paragraph keeps its line ends, so the
/// pieces concatenate back to the text.
///
/// A line ends at a line feed, a carriage return (with the line feed after it, if any: Windows'
/// line end is one), U+2028 or U+2029; a line of nothing but blanks (spaces of any width, tabs,
/// form feeds) makes a blank line, and a paragraph separator (U+2029) ends a paragraph by itself. A
/// paragraph ends after the line ends that follow its blank line. (Not U+0085: a text in
/// Windows-1252 read as Latin-1 has it for each ellipsis.)
public enum ParagraphSplitter {
    public static func paragraphs(_ text: Scalars) -> [Range<Int>] { paragraphs(text[...]) }

    /// The paragraphs of `text` (indices of `text`).
    public static func paragraphs(_ text: ArraySlice<Unicode.Scalar>) -> [Range<Int>] {
        // (through a buffer: a pass over every code point of the document, without a bounds check each)
        let offset = text.startIndex
        return text.withUnsafeBufferPointer { text in
            var result: [Range<Int>] = []
            var start = 0
            forEachParagraphEnd(in: text, from: 0) { end in
                result.append((offset + start)..<(offset + end))
                start = end
            }
            if start < text.count { result.append((offset + start)..<(offset + text.count)) }
            return result
        }
    }

    /// Where the last paragraph of `text` that has ended ends, looking only for ends after
    /// `known` (text before it was looked at before, as a stream's text arrives); nil if none.
    /// It is an end of `paragraphs(_:)` of the whole text, but for the line ends that may yet
    /// follow it.
    public static func lastParagraphEnd(in text: Scalars, after known: Int) -> Int? {
        text.withUnsafeBufferPointer { text in
            // back to before the blanks and line ends that a paragraph end after `known` may
            // begin with: the search there is where the whole text's would be
            var from = min(known, text.count)
            while from > 0, isBlank(text[from - 1]) || isLineEnd(text[from - 1]) { from -= 1 }
            var last: Int?
            forEachParagraphEnd(in: text, from: from) { last = $0 }
            return last
        }
    }

    /// Where the text of `text` starts, after the blanks and line ends it may begin with.
    public static func contentStart(of text: ArraySlice<Unicode.Scalar>) -> Int {
        text.firstIndex { !isBlank($0) && !isLineEnd($0) } ?? text.endIndex
    }

    /// The index after the last line end of `text`, if it has one.
    public static func lastLineEnd(in text: ArraySlice<Unicode.Scalar>) -> Int? {
        text.lastIndex(where: isLineEnd).map { $0 + 1 }
    }

    /// Calls `body` with the end of each paragraph that ends after `from` (a point where no
    /// line end is being looked at, as at the start of the text or after a letter).
    private static func forEachParagraphEnd(in text: UnsafeBufferPointer<Unicode.Scalar>, from: Int, _ body: (Int) -> Void) {
        let n = text.count
        var i = from
        while true {
            i = nextLineEnd(in: text, from: i)
            guard i < n else { return }
            if let end = paragraphEnd(closedAt: i, in: text) {
                body(end)
                i = end
            } else {
                i += 1
            }
        }
    }

    /// Where a paragraph ends if the line end at `i` closes it (a paragraph separator, or a
    /// blank line after it), else nil.
    private static func paragraphEnd(closedAt i: Int, in text: UnsafeBufferPointer<Unicode.Scalar>) -> Int? {
        let n = text.count
        var j = i + 1
        if text[i] != "\u{2029}" {
            if text[i] == "\r", j < n, text[j] == "\n" { j += 1 }
            while j < n, isBlank(text[j]) { j += 1 }
            guard j < n, isLineEnd(text[j]) else { return nil }
        }
        while j < n, isLineEnd(text[j]) { j += 1 }
        return j
    }

    /// A line feed, a carriage return, U+2028 or U+2029. (Compared one by one: in a loop over
    /// code points this compiles to less than the form below, which the eight-at-a-time scan uses.)
    @inline(__always) static func isLineEnd(_ s: Unicode.Scalar) -> Bool {
        s == "\n" || s == "\r" || s == "\u{2028}" || s == "\u{2029}"
    }

    @inline(__always) private static func isLineEnd(_ v: UInt32) -> Bool {
        v == 0x0A || v == 0x0D || v | 1 == 0x2029
    }

    /// A space of any width (no-break and zero-width ones too: a line of them looks empty), a
    /// tab or a form feed.
    @inline(__always) private static func isBlank(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x09, 0x0B, 0x0C, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000, 0xFEFF: true
        default: false
        }
    }

    /// The first line end from `start` on, or the text's end: eight code points at a time by
    /// vector comparisons while none of them may be one (a line holds many).
    private static func nextLineEnd(in text: UnsafeBufferPointer<Unicode.Scalar>, from start: Int) -> Int {
        text.withMemoryRebound(to: UInt32.self) { values in
            var i = start
            if let base = values.baseAddress {
                // below U+000E (tabs and form feeds too, then passed over lane by lane), U+2028 and
                // U+2029; as signed integers, which code points all are, for the one-instruction comparison
                let belowShiftOut = SIMD8<Int32>(repeating: 0x0E), paragraphSeparator = SIMD8<Int32>(repeating: 0x2029)
                let one = SIMD8<Int32>(repeating: 1)
                while values.count &- i >= 8 {
                    let v = UnsafeRawPointer(base + i).loadUnaligned(as: SIMD8<Int32>.self)
                    if any((v .< belowShiftOut) .| ((v | one) .== paragraphSeparator)) {
                        for k in i..<(i &+ 8) where isLineEnd(values[k]) { return k }
                    }
                    i &+= 8
                }
            }
            while i < values.count, !isLineEnd(values[i]) { i += 1 }
            return i
        }
    }
}
