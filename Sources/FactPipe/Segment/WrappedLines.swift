/// Line ends that wrap a sentence onto the next line: hard-wrapped text (a plain-text filing, a
/// mail, text taken out of a PDF) ends its lines wherever the width runs out, and ICU ends a
/// sentence at every line end. A line end wraps when the line before it is cut off mid-sentence
/// and the next goes on with it:
/// - the line ends with a letter, a digit, a comma, `;` or `%` (not `.`, `。`, `:` or `—`; in Chinese
///   text, a point between digits is a decimal point), and the next starts at once (no indent)
///   with a letter, a digit, a currency sign, a bracket or a quote, not with a list's marker
///   (`1.`, `2)`, `一、`, `（三）`);
/// - neither line is a table's row (a tab, or a run of three spaces);
/// - before a lower-case Latin word, that is enough; otherwise the line is as wide as a
///   wrapped line (40 to 160 columns, a Han character two), not much narrower than the next (at
///   least 4/5 of it), and it is Chinese prose (a `。` inside it), or one of its
///   neighbours is wrapped too: the line before it is as wide, or the next, as wide, wraps onto
///   the one after. So a title over a paragraph, or over a dateline, stays a sentence of its
///   own; an English paragraph of two lines, the second opening with a capital, is left as two.
///
/// A line that opens with a mark no sentence opens with (`，`, `。`, `）`) goes on with the line
/// before it, whatever that line ends with; so does one after a word hyphenated at the line's end
/// (`infra-` / `structure`, `3.5-` / `fold`), the line end read as nothing.
///
/// Such a line end reads as a space in Latin text, and as nothing in Chinese text (a line that
/// holds a wide character), where it may fall inside a word or a figure (`130亿` / `美元`), except
/// between Latin letters. A CR LF reads as one: its LF as nothing.
enum WrappedLines {
    static let narrowest = 40, widest = 160
    /// What a wrapping line end in Chinese text reads as: a zero-width space, which the readers
    /// of quantities and names and the linker pass over (``CompactedText``).
    static let nothing: Unicode.Scalar = "\u{200B}"

    /// Where the line end just before `end` (an index of `text`) starts, and what it reads as,
    /// where it wraps a sentence (a space, or ``nothing``: a CR LF's LF reads as nothing after
    /// it); `nil` where it ends one. The line before it is read back to `text`'s start, which is
    /// taken for a line's start.
    @inline(__always)
    static func reading(_ text: ArraySlice<Unicode.Scalar>, lineEndBefore end: Int) -> (lineEnd: Int, readsAs: Unicode.Scalar)? {
        // (told inline: most sentences end with no line end)
        guard end > text.startIndex, end < text.endIndex, let lineEnd = lineEndStart(text, before: end),
              let readsAs = reading(text, lineEnd: lineEnd, next: end) else { return nil }
        return (lineEnd, readsAs)
    }

    /// What the line end at `lineEnd` reads as, the next line starting at `end`.
    private static func reading(_ text: ArraySlice<Unicode.Scalar>, lineEnd: Int, next end: Int) -> Unicode.Scalar? {
        if opensWithClosingMark(text[end]) { return continuedByMark(text, lineEnd: lineEnd) }
        if splitsHyphenatedWord(text, lineEnd: lineEnd, next: end) { return nothing }
        // (told by the code points at the line end before the line is measured, as if it were
        // Chinese: most lines end a sentence)
        var trimmed = lineEnd
        while trimmed > text.startIndex, isLineSpace(text[trimmed - 1]) { trimmed -= 1 }
        let last = trimmed - 1
        guard last >= text.startIndex, isCutOff(text, last: last, before: end, chinese: true),
              let line = measure(text, lineEndingAt: lineEnd), isCutOff(text, line, before: end) else { return nil }
        let reading: Unicode.Scalar = line.holdsWide && !(isLatinLetter(text[last]) && isLatinLetter(text[end])) ? nothing : " "
        if opensWithLowerCaseWord(text, at: end) { return reading }
        // (a line narrower than a wrapped one, a title most often, is told before the next is read)
        guard line.columns >= narrowest, let next = measure(text, lineStartingAt: end, widest: widestAfter(line)),
              line.holdsWide && isChineseProse(text, line) || wrapsOntoIt(text, line) || wrapsOntoNext(text, next) else { return nil }
        return reading
    }

    /// `，`, `。`, `）`: marks that close or go on with what stands before them, which no
    /// sentence or title opens with: a line that starts with one goes on with the line before.
    private static func opensWithClosingMark(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "，", "、", "；", "：", "。", "！", "？", "）", "」", "』", "”", "》", ",", ";": true
        default: false
        }
    }

    /// `infra-` / `structure`, `3.5-` / `fold`, `2023-` / `2024`: a hyphen glued to the word before
    /// it at a line's end, and a lower-case letter or a digit at the next one's start, a word
    /// hyphenated across the line end (which reads as nothing, the hyphen kept). (Before a
    /// capital the hyphen may end a text cut short: the other rules decide.)
    private static func splitsHyphenatedWord(_ text: ArraySlice<Unicode.Scalar>, lineEnd: Int, next: Int) -> Bool {
        guard lineEnd - 2 >= text.startIndex, text[lineEnd - 1] == "-" || text[lineEnd - 1] == "\u{2010}" else { return false }
        return isLetterOrDigit(text[lineEnd - 2]) && (isLower(text[next]) || isASCIIDigit(text[next]))
    }

    /// What a line end before a closing mark reads as: nothing after a line that holds a wide
    /// character, else a space; `nil` after a blank line.
    private static func continuedByMark(_ text: ArraySlice<Unicode.Scalar>, lineEnd: Int) -> Unicode.Scalar? {
        guard let line = measure(text, lineEndingAt: lineEnd), line.last != nil else { return nil }
        return line.holdsWide ? nothing : " "
    }

    /// A Chinese line with a sentence's end before its last code point: prose, not a title
    /// (which may hold a comma, never a `。`), so a line of a wrapped paragraph of two lines.
    private static func isChineseProse(_ text: ArraySlice<Unicode.Scalar>, _ line: Line) -> Bool {
        guard let last = line.last else { return false }
        return text[line.start..<last].contains { $0 == "。" || $0 == "！" || $0 == "？" }
    }

    /// Whether `line` stops mid-sentence and the line starting at `next` may go on with it.
    private static func isCutOff(_ text: ArraySlice<Unicode.Scalar>, _ line: Line, before next: Int) -> Bool {
        guard let last = line.last else { return false }
        return isCutOff(text, last: last, before: next, chinese: line.holdsWide)
    }

    /// Whether a line whose last code point other than a space stands at `last` stops
    /// mid-sentence and the line starting at `next` may go on with it (`chinese`: a point
    /// between digits is a decimal point).
    private static func isCutOff(_ text: ArraySlice<Unicode.Scalar>, last: Int, before next: Int, chinese: Bool) -> Bool {
        // (the line's end first: most lines end a sentence)
        (endsMidSentence(text[last]) || chinese && splitsDecimal(text, at: last, before: next)) && opensContinuation(text, at: next)
    }

    /// Whether the line before `line` is as wide as a wrapped line and not much narrower than
    /// `line` (it may end a sentence: a wrap falls there as often as anywhere).
    private static func wrapsOntoIt(_ text: ArraySlice<Unicode.Scalar>, _ line: Line) -> Bool {
        guard line.start > text.startIndex, let lineEnd = lineEndStart(text, before: line.start),
              let before = measure(text, lineEndingAt: lineEnd) else { return false }
        return isWrapped(before, onto: line)
    }

    /// Whether `line` wraps onto the line after it, which is not much wider.
    private static func wrapsOntoNext(_ text: ArraySlice<Unicode.Scalar>, _ line: Line) -> Bool {
        guard line.end < text.endIndex else { return false }
        var next = line.end + 1
        if text[line.end] == "\r", next < text.endIndex, text[next] == "\n" { next += 1 }
        guard line.columns >= narrowest, next < text.endIndex,
              measure(text, lineStartingAt: next, widest: widestAfter(line)) != nil else { return false }
        return isCutOff(text, line, before: next)
    }

    /// The widest the line after `line` may be where `line` is wrapped: 5/4 of it, and no more
    /// than ``widest``.
    private static func widestAfter(_ line: Line) -> Int { min(widest, line.columns * 5 / 4) }

    /// Whether `line`'s width is a wrapped line's before `next`: at least ``narrowest`` columns,
    /// and 4/5 of `next`'s (`next` at most 5/4 of it).
    private static func isWrapped(_ line: Line, onto next: Line) -> Bool {
        line.columns >= narrowest && next.columns <= widestAfter(line)
    }

    /// `revenue`, `of`: a word of lower-case Latin letters alone (not `xAI` or `iPhone`), which
    /// goes on a sentence.
    private static func opensWithLowerCaseWord(_ text: ArraySlice<Unicode.Scalar>, at start: Int) -> Bool {
        var k = start
        while k < text.endIndex, isLower(text[k]) { k += 1 }
        return k > start && (k == text.endIndex || !isLatinLetter(text[k]))
    }

    /// Where the line end that ends just before `end` starts (a CR LF is one), if one does.
    @inline(__always) private static func lineEndStart(_ text: ArraySlice<Unicode.Scalar>, before end: Int) -> Int? {
        switch text[end - 1] {
        case "\n":
            return end - 2 >= text.startIndex && text[end - 2] == "\r" ? end - 2 : end - 1
        case "\r", "\u{2028}":
            return end - 1
        default:
            return nil
        }
    }

    /// The code points a sentence cut off by a line end may stop at.
    private static func endsMidSentence(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case ",", "，", "、", "%", "％", ";": return true
        default: return isLetterOrDigit(s)
        }
    }

    /// `1.` / `1亿次`: a point after a digit at a Chinese line's end (`point`) and a digit at the
    /// next one's start (`next`), a decimal point (a Chinese sentence ends with `。`).
    private static func splitsDecimal(_ text: ArraySlice<Unicode.Scalar>, at point: Int, before next: Int) -> Bool {
        (text[point] == "." || text[point] == "．") && point > text.startIndex && isASCIIDigit(text[point - 1])
            && isASCIIDigit(text[next])
    }

    /// Whether the line starting at `start` may go on with a sentence: a letter, a digit, a
    /// currency sign, an opening bracket or quote first, and no list's marker.
    private static func opensContinuation(_ text: ArraySlice<Unicode.Scalar>, at start: Int) -> Bool {
        let first = text[start]
        switch first {
        case "$", "€", "£", "¥", "￥", "“", "\"", "‘", "「", "《":
            return true
        case "(", "（":
            return !isListMarker(text, from: start + 1, bracketed: true)
        default:
            return isLetterOrDigit(first) && !isListMarker(text, from: start, bracketed: false)
        }
    }

    /// `1.`, `12)`, `三、`, `a)` (or, `bracketed`, the inside of `(1)`, `（三）`): one or two digits or
    /// Chinese numerals (or one Latin letter) from `start`, closed by a point, a bracket or `、`
    /// (`bracketed`: a bracket); a point before a digit is a decimal point, before a letter an
    /// abbreviation's (`U.S.`).
    private static func isListMarker(_ text: ArraySlice<Unicode.Scalar>, from start: Int, bracketed: Bool) -> Bool {
        var k = start
        while k < text.endIndex, k - start < 3, isASCIIDigit(text[k]) || isChineseNumeral(text[k]) { k += 1 }
        if k == start, k < text.endIndex, isLatinLetter(text[k]) { k += 1 }
        guard k > start, k - start <= 2, k < text.endIndex else { return false }
        switch text[k] {
        case ")", "）":
            return true
        case "、":
            return !bracketed
        case ".", "．":
            // (`U.S. consumer prices`: a letter after the point makes an abbreviation)
            return !bracketed && !(k + 1 < text.endIndex && (isASCIIDigit(text[k + 1]) || isLatinLetter(text[k + 1])))
        default:
            return false
        }
    }

    /// A line: where it starts and ends (before its line end), its width in columns, whether it
    /// holds a wide character, and where its last code point other than a space stands.
    private struct Line {
        var start = 0, end = 0
        var columns = 0, spaces = 0
        var holdsWide = false
        var last: Int? = nil

        /// Counts the code point at `k` into the line, read forwards or backwards; false where
        /// the line is a table's row (a tab, or three spaces between other code points: an indent
        /// is none) or wider than ``widest`` (the count stops there).
        @inline(__always) mutating func add(_ s: Unicode.Scalar, at k: Int, widest: Int = WrappedLines.widest) -> Bool {
            let v = s.value
            // (a tab, a table's, is told apart below)
            if v == 0x20 || v == 0xA0 || v == 0x3000 {
                spaces += 1
            } else {
                if v == 0x09 || spaces >= 3 && last != nil { return false }
                spaces = 0
                if let seen = last { if k > seen { last = k } } else { last = k }
            }
            // (below U+1100 nothing is wide: Latin text is told by one comparison)
            let wide = v >= 0x1100 && WrappedLines.isWide(s)
            holdsWide = holdsWide || wide
            columns += wide ? 2 : 1
            return columns <= widest
        }
    }

    /// The line that ends at `lineEnd`, back to the last line end before it or `text`'s start;
    /// `nil` for a table's row or a line wider than ``widest``.
    private static func measure(_ text: ArraySlice<Unicode.Scalar>, lineEndingAt lineEnd: Int) -> Line? {
        var line = Line()
        var k = lineEnd
        while k > text.startIndex, !isLineEnd(text[k - 1]) {
            k -= 1
            guard line.add(text[k], at: k) else { return nil }
        }
        line.start = k
        line.end = lineEnd
        return line
    }

    /// The line that starts at `start`, up to its line end or `text`'s end; `nil` for a table's
    /// row or a line wider than `widest` columns (read no further).
    private static func measure(_ text: ArraySlice<Unicode.Scalar>, lineStartingAt start: Int, widest: Int) -> Line? {
        var line = Line()
        var k = start
        while k < text.endIndex, !isLineEnd(text[k]) {
            guard line.add(text[k], at: k, widest: widest) else { return nil }
            k += 1
        }
        line.start = start
        line.end = k
        return line
    }

    @inline(__always) private static func isLineEnd(_ s: Unicode.Scalar) -> Bool { ParagraphSplitter.isLineEnd(s) }

    /// A space, a tab, a no-break or an ideographic space.
    @inline(__always) private static func isLineSpace(_ s: Unicode.Scalar) -> Bool { isSpace(s) || s == "\u{3000}" }

    private static func isLetterOrDigit(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return isLatinLetter(s) || isASCIIDigit(s) }
        // (Han, and the marks most lines end with, `。`, `”`, `！`, without a look-up of properties)
        if isHan(s) { return true }
        switch s.value {
        case 0x2000...0x206F, 0x3000...0x3004, 0x3008...0x3020, 0xFF01...0xFF0F, 0xFF1A...0xFF20: return false
        default: return s.properties.isAlphabetic || s.properties.numericType != nil
        }
    }

    private static func isChineseNumeral(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "一", "二", "三", "四", "五", "六", "七", "八", "九", "十": true
        default: false
        }
    }

    /// East Asian wide and full-width code points, two columns each: Hangul, the CJK blocks,
    /// kana, full-width forms.
    private static func isWide(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
