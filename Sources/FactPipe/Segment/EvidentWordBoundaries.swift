/// Word boundaries that the characters alone decide, without asking ICU: the edges of the
/// sentence, and a Han character next to a character no word-break rule joins it to, since
/// Han joins only other dictionary characters and the marks that extend it.
enum EvidentWordBoundaries {
    /// `true` where a boundary certainly stands before `p` in `text`; `nil` where ICU decides.
    @inline(__always)
    static func at(_ p: Int, in text: [Unicode.Scalar]) -> Bool? {
        if p <= 0 || p >= text.count { return true }
        let before = text[p - 1], after = text[p]
        if isHan(before) { return breaksFromHan(after) ? true : nil }
        if isHan(after) { return breaksFromHan(before) ? true : nil }
        return nil
    }

    /// A code point that no word-break rule joins to a Han character on either side: ASCII,
    /// full-width ASCII, the ideographic space and punctuation, CJK brackets, curly quotes,
    /// and the marks Chinese text sets between Han characters: `·` in foreign names, `—`,
    /// `…`, `○` for zero, currency signs (no ideograph, kana, combining mark or format
    /// character).
    @inline(__always)
    static func breaksFromHan(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return v < 0x80 || (v >= 0xFF01 && v <= 0xFF5E) || (v >= 0x3000 && v <= 0x3003) || (v >= 0x3008 && v <= 0x3011)
            || (v >= 0x2018 && v <= 0x201D) || isMarkBetweenHan(v)
    }

    /// `£`, `¥`, `·`, `—`, `…`, `€`, `○`, `￥`: word-break class Other (`·` MidLetter, which
    /// joins only letters), none of them a dictionary character.
    @inline(__always)
    private static func isMarkBetweenHan(_ v: UInt32) -> Bool {
        switch v {
        case 0xA3, 0xA5, 0xB7, 0x2014, 0x2026, 0x20AC, 0x25CB, 0xFFE5: true
        default: false
        }
    }
}
