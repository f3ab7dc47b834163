/// What the press of Taiwan and Hong Kong writes means what it does there only in text written in
/// traditional characters:
/// - an amount naming the currency its 元 is in (`新台幣2,600億元`, `42.8億港元`) tells what a bare
///   元 after it is in (``CurrencyFamilyWord/localUnit``); in simplified text 元 alone is the yuan
///   whatever other currency an amount named (`每股港币400元…净利润500亿元`);
/// - `第四季` without 度 or a year is a quarter (``DateMention/isTraditionalQuarter``); in
///   simplified text `第一季水稻`, a series' `第二季` are none.
/// A sentence is read as traditional where it holds a character in its traditional form, or the
/// one it goes on from after a `；` does (`每股盈利1.56元。` holds none: after `溢利為42.8億港元；` it is).
/// One per document, fed its sentences in order.
struct TraditionalTextForms {
    /// Whether traditional text has named a currency other than the yuan for its 元: only then is
    /// a bare 元 asked which script it is written in.
    private var namedOtherUnit = false

    /// Settles the `quantities` of the sentence at `range` of the paragraph `original` (folded:
    /// `folded`).
    /// (inline, and the text compared apart: most sentences hold none of these forms)
    @inline(__always) mutating func settle(_ quantities: inout [SentenceQuantity], range: Range<Int>, original: [Unicode.Scalar], folded: [Unicode.Scalar]) {
        // (the quantities read in place, by index, not copied)
        var asked = false, namesOther = false
        for q in quantities.indices {
            guard let family = quantities[q].currencyFamily, family.family == 0 else {
                if quantities[q].quantity.kind == .date, quantities[q].date?.isTraditionalQuarter == true { asked = true }
                continue
            }
            if family.isShared { asked = asked || namedOtherUnit }
            else if quantities[q].quantity.currency != "CNY" { asked = true; namesOther = true }
        }
        if asked { settleAsked(&quantities, range: range, original: original, folded: folded, namesOther: namesOther) }
    }

    @inline(never) private mutating func settleAsked(_ quantities: inout [SentenceQuantity], range: Range<Int>, original: [Unicode.Scalar],
                                                   folded: [Unicode.Scalar], namesOther: Bool) {
        if Self.isTraditional(range, original: original, folded: folded) {
            if namesOther { namedOtherUnit = true }
            return
        }
        // (another currency named for 元, or 元 alone, in simplified text: the yuan; the yuan named
        // still names it)
        for q in quantities.indices {
            guard let family = quantities[q].currencyFamily, family.family == 0, family.isShared || quantities[q].quantity.currency != "CNY" else { continue }
            quantities[q].currencyFamily = nil
        }
        quantities.removeAll { $0.date?.isTraditionalQuarter == true }
    }

    /// Whether a character of the sentence at `range`, or of the sentence it goes on from after a
    /// `；`, is written in its traditional form.
    private static func isTraditional(_ range: Range<Int>, original: [Unicode.Scalar], folded: [Unicode.Scalar]) -> Bool {
        var k = range.upperBound
        while k > 0 {
            k -= 1
            let c = original[k]
            if k < range.lowerBound, c == "。" || c == "！" || c == "？" || c == "\n" { return false }
            if isHan(c), c != folded[k] { return true }
        }
        return false
    }
}
