import CICU
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// ICU's sentence boundaries found without ICU, for text as most Chinese paragraphs are:
/// no full stop but decimal points (`7.58亿`), and no combining or format characters. The
/// rules of UAX #29 that are left are few: a sentence ends after `。`, `！`, `？` and the
/// like, with the closing quotes and the spaces after them (and one line end), unless a
/// comma, a colon or another terminator follows; and after every line end. Any other text
/// gets `nil` and is left to ICU, whose rules for full stops and abbreviations it needs.
/// Each code point's class is ICU's (`Sentence_Break`), looked up once per worker.
final class PlainSentenceBreaks {
    /// `Sentence_Break` classes (`USentenceBreak`) of the BMP code points met so far, plus
    /// one; 0: not looked up yet. Zeroed by `calloc`, so untouched pages cost nothing.
    private let classes: UnsafeMutablePointer<UInt8>

    private static let aTerm: Int32 = 1, close: Int32 = 2, format: Int32 = 3, numeric: Int32 = 5, sep: Int32 = 7
    private static let sp: Int32 = 8, sTerm: Int32 = 9, cr: Int32 = 11, extend: Int32 = 12, lf: Int32 = 13, sContinue: Int32 = 14

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
            // most code points are ideographs, of no part in these rules
            if isHan(text[i]) { i += 1; continue }
            switch kind(i) {
            case Self.aTerm:
                // a decimal point: no boundary before a digit (SB6)
                guard i + 1 < n, kind(i + 1) == Self.numeric else { return nil }
                i += 1
            case Self.format, Self.extend:
                return nil
            case Self.cr, Self.lf, Self.sep:
                i = lineEnd(i)
                result.append(i)
            case Self.sTerm:
                // STerm Close* Sp*, then a line end with it (SB9 to SB11); another terminator
                // goes on with it, a comma or colon goes on with the sentence (SB8a)
                var j = i + 1
                while true {
                    while j < n, kind(j) == Self.sTerm { j += 1 }
                    while j < n, kind(j) == Self.close { j += 1 }
                    while j < n, kind(j) == Self.sp { j += 1 }
                    guard j < n else { break }
                    let next = kind(j)
                    if next == Self.sTerm { continue }
                    if next == Self.sContinue { i = j; continue scan }
                    if next == Self.aTerm || next == Self.format || next == Self.extend { return nil }
                    if next == Self.cr || next == Self.lf || next == Self.sep { j = lineEnd(j) }
                    break
                }
                result.append(j)
                i = j
            default:
                i += 1
            }
        }
        if n > 0, result.last != n { result.append(n) }
        return result
    }
}
