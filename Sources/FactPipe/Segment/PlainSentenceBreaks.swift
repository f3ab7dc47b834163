import CICU
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// ICU's sentence boundaries found without ICU, by the rules of UAX #29 that ICU's sentence
/// iterator follows, for text without combining or format characters (any other text gets
/// `nil` and is left to ICU). A sentence ends after `。`, `！`, `?` and the like, with the
/// closing quotes and the spaces after them (and one line end), unless a comma, a colon or
/// another terminator follows; and after every line end. A full stop ends one too, except
/// before a digit (`7.58亿`), between letters and a capital (`U.S`), and where the next
/// letter after any non-letters is lower case (`p.m. on Friday`); and except after one of
/// the exceptions ICU's English iterator knows (`Mr.`, ``SentenceBreakExceptions``).
/// Each code point's class is ICU's (`Sentence_Break`), looked up once per worker.
final class PlainSentenceBreaks {
    /// `Sentence_Break` classes (`USentenceBreak`) of the BMP code points met so far, plus
    /// one; 0: not looked up yet. Zeroed by `calloc`, so untouched pages cost nothing.
    private let classes: UnsafeMutablePointer<UInt8>
    /// Read from ICU's data when a text first has a boundary before its end.
    private lazy var exceptions = SentenceBreakExceptions.english

    private static let aTerm: Int32 = 1, close: Int32 = 2, format: Int32 = 3, numeric: Int32 = 5, sep: Int32 = 7
    private static let lower: Int32 = 4, oLetter: Int32 = 6, upper: Int32 = 10
    private static let sp: Int32 = 8, sTerm: Int32 = 9, cr: Int32 = 11, extend: Int32 = 12, lf: Int32 = 13, sContinue: Int32 = 14

    /// The ASCII code points these rules speak of, all below 64: LF, CR, `!`, `.`, `?`.
    private static let asciiInRules: UInt64 = 1 << 0x0A | 1 << 0x0D | 1 << 0x21 | 1 << 0x2E | 1 << 0x3F

    init() {
        classes = calloc(0x10000, 1)!.bindMemory(to: UInt8.self, capacity: 0x10000)
    }

    deinit { free(classes) }

    @inline(__always) private func sentenceClass(_ s: Unicode.Scalar) -> Int32 {
        let v = s.value
        guard v < 0x10000 else { return fp_sentence_break_class(Int32(v)) }
        let known = classes[Int(v)]
        if known != 0 { return Int32(known) - 1 }
        let found = fp_sentence_break_class(Int32(v))
        classes[Int(v)] = UInt8(truncatingIfNeeded: found + 1)
        return found
    }

    /// The boundaries after the start of `text`, as code-point offsets relative to it (the
    /// last is its end), as ICU's sentence iterator gives them; `nil` for text it cannot
    /// answer for.
    func boundaries(of text: ArraySlice<Unicode.Scalar>) -> [Int]? {
        text.withUnsafeBufferPointer(boundaries)
    }

    private func boundaries(_ text: UnsafeBufferPointer<Unicode.Scalar>) -> [Int]? {
        let n = text.count
        @inline(__always) func kind(_ k: Int) -> Int32 { sentenceClass(text[k]) }
        /// The end of the line end at `k` (CR LF is one).
        @inline(__always) func lineEnd(_ k: Int) -> Int { kind(k) == Self.cr && k + 1 < n && text[k + 1] == "\n" ? k + 2 : k + 1 }
        var result: [Int] = []
        var i = 0
        scan: while i < n {
            // most code points are ideographs or ASCII other than terminators and line ends,
            // of no part in these rules
            // (in a loop of their own, whose test is all it does: four code points a step while
            // four remain, the loop's own test and step taken once for them)
            while i &+ 4 <= n, passesOver(text[i]), passesOver(text[i &+ 1]), passesOver(text[i &+ 2]), passesOver(text[i &+ 3]) {
                i &+= 4
            }
            while i < n, passesOver(text[i]) { i &+= 1 }
            guard i < n else { break }
            switch kind(i) {
            case Self.format, Self.extend:
                return nil
            case Self.cr, Self.lf, Self.sep:
                i = lineEnd(i)
                result.append(i)
            case let terminator where terminator == Self.sTerm || terminator == Self.aTerm:
                let isFullStop = terminator == Self.aTerm
                if isFullStop, i + 1 < n {
                    // no boundary before a digit (SB6), nor between letters and a capital (SB7)
                    let next = kind(i + 1)
                    if next == Self.numeric || next == Self.upper && i > 0 && (kind(i - 1) == Self.upper || kind(i - 1) == Self.lower) {
                        i += 1; continue scan
                    }
                }
                // the terminator, Close*, Sp*, then a line end with it (SB9 to SB11)
                var j = i + 1
                while j < n, kind(j) == Self.close { j += 1 }
                while j < n, kind(j) == Self.sp { j += 1 }
                if j < n {
                    let next = kind(j)
                    if next == Self.format || next == Self.extend { return nil }
                    // after a full stop, no boundary where the next letter is lower case (SB8)
                    if isFullStop {
                        var k = j
                        while k < n, !Self.endsLowerCaseLookAhead(kind(k)) { k += 1 }
                        if k < n, kind(k) == Self.lower { i = k; continue scan }
                        if k < n, kind(k) == Self.format || kind(k) == Self.extend { return nil }
                    }
                    // a comma, a colon or another terminator goes on with the sentence (SB8a)
                    if next == Self.sContinue || next == Self.sTerm || next == Self.aTerm { i = j; continue scan }
                    if next == Self.cr || next == Self.lf || next == Self.sep { j = lineEnd(j) }
                }
                result.append(j)
                i = j
            default:
                i += 1
            }
        }
        if n > 0, result.last != n { result.append(n) }
        // ICU's English iterator keeps `Mr. Smith` together (never at the text's end)
        if result.count > 1 {
            let exceptions = self.exceptions
            result.removeAll { $0 < n && exceptions.suppress(breakBefore: $0, in: text) }
        }
        return result
    }

    /// Whether these rules pass over `s` without asking its class: ASCII other than LF, CR,
    /// `!`, `.` and `?`, and Han characters.
    @inline(__always) private static func liesOutsideRules(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v < 128 ? v >= 64 || asciiInRules >> UInt64(v) & 1 == 0 : isHan(s)
    }

    /// Whether the scan for the next code point the rules act on passes over `s`: one outside
    /// them (``liesOutsideRules(_:)``), or any other beyond ASCII whose class no case of the
    /// scan's switch takes (Chinese punctuation, `，`, `、`, `“`, which a step of four would
    /// otherwise stop at every few characters).
    @inline(__always) private func passesOver(_ s: Unicode.Scalar) -> Bool {
        if Self.liesOutsideRules(s) { return true }
        guard s.value >= 128 else { return false }
        let k = sentenceClass(s)
        return !(k == Self.format || k == Self.extend || k == Self.cr || k == Self.lf || k == Self.sep || k == Self.sTerm || k == Self.aTerm)
    }

    /// What ends SB8's look-ahead for a lower-case letter: a letter, a line end, a
    /// terminator, or a character ICU would attach to the one before.
    @inline(__always) private static func endsLowerCaseLookAhead(_ k: Int32) -> Bool {
        k == oLetter || k == upper || k == lower || k == sep || k == cr || k == lf || k == aTerm || k == sTerm || k == format || k == extend
    }
}
