import FoundationEssentials

/// A number as written, before units and qualifiers are attached: `1830亿`, `三万五`,
/// `seven billion`, `1.2M`. Positions are code points into the sentence's folded text.
struct NumberCore {
    var range: Range<Int>
    var value: Decimal
    /// The high end of a range written inside the numeral (`二三十亿`).
    var high: Decimal? = nil
    var approx: Approximation? = nil
    /// The scale that closes the number (亿, billion): a bare low end before it shares it.
    var trailingMultiplier: Decimal? = nil
    /// Written in Arabic digits only, without separators, decimals or scale.
    var plainDigits: Bool = false
    var digitCount: Int = 0
    var isEnglish: Bool = false
    var startsWithHan: Bool = false
    var endsWithHan: Bool = false
    /// `a`/`one`/`一` alone: an article, not a quantity, unless a unit makes it one.
    var isSingleOne: Bool = false
    /// `a`/`an` alone: one, but only before a currency (`a dollar`).
    var isArticle: Bool = false
    /// Already a fraction (`1/40`, `two thirds`).
    var isFraction: Bool = false
}

@inline(__always) func isASCIIDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 48 && s.value <= 57 }
@inline(__always) func isLatinLetter(_ s: Unicode.Scalar) -> Bool { let v = s.value | 0x20; return v >= 97 && v <= 122 }
/// U+4E00–U+9FFF, U+3400–U+4DBF, U+20000–U+3134F and 〇: the common ideographs answered by
/// the first test, everything below 〇 (all of Latin script) by the second.
@inline(__always) func isHan(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    if v &- 0x4E00 < 0x5200 { return true }
    if v < 0x3007 { return false }
    return v == 0x3007 || v &- 0x3400 < 0x19C0 || v &- 0x20000 < 0x11350
}
/// Whether `text` holds a Han character. Every one stands at U+3007 or above, so text whose
/// code points all stand below U+3000 (all of Latin script and its punctuation) is answered
/// by one pass that the compiler vectorises: an OR of them all stays below U+3000 only then.
func holdsHan(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
    let bits = text.withValues { $0.reduce(0, |) }
    return bits >= 0x3000 && text.contains(where: isHan)
}
func holdsHan(_ text: [Unicode.Scalar]) -> Bool { holdsHan(text[...]) }
@inline(__always) func isSpace(_ s: Unicode.Scalar) -> Bool { s == " " || s == "\t" || s == "\u{A0}" }
