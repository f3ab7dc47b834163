/// Word boundaries that the characters alone decide, without asking ICU (besides a text's
/// ends): a Han character next to a character no word-break rule joins it to, since Han joins
/// only other dictionary characters and the marks that extend it.
enum EvidentWordBoundaries {
    /// Whether a boundary certainly stands between `before` and `after`, inside a text (false:
    /// ICU decides).
    @inline(__always)
    static func between(_ before: Unicode.Scalar, _ after: Unicode.Scalar) -> Bool {
        isHan(before) ? breaksFromHan(after) : isHan(after) && breaksFromHan(before)
    }

    /// A code point that no word-break rule joins to a Han character on either side: ASCII,
    /// full-width ASCII, the ideographic space and punctuation, CJK brackets, and the marks
    /// Chinese text sets between Han characters: `·` in foreign names, the currency signs, and
    /// the punctuation and symbols of U+2010...U+2BFF (`—`, `…`, curly quotes, `Ⅱ`, `○`, `●`)
    /// (no ideograph, kana, combining mark or format character).
    @inline(__always)
    static func breaksFromHan(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return v < 0x80 || (v >= 0xFF01 && v <= 0xFF5E) || (v >= 0x3000 && v <= 0x3003) || (v >= 0x3008 && v <= 0x3011)
            || isMarkBetweenHan(v)
    }

    /// `£`, `¥`, `·`, `￥`, and U+2010...U+2BFF but for the format characters (U+202A...U+202E,
    /// U+2060...U+206F) and the combining marks for symbols (U+20D0...U+20FF) among them: each
    /// checked against ICU's iterator between runs of Han characters.
    @inline(__always)
    private static func isMarkBetweenHan(_ v: UInt32) -> Bool {
        switch v {
        case 0xA3, 0xA5, 0xB7, 0xFFE5: true
        case 0x2010...0x2BFF: !(0x202A...0x202E ~= v || 0x2060...0x206F ~= v || 0x20D0...0x20FF ~= v)
        default: false
        }
    }
}
