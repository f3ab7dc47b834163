extension QuantityRecognizer {
    /// Whether `c` is a sign that joins the two ends of a range (`20至30亿`, `$2-3 billion`):
    /// 至, 到, `-`, `~`, `～`, `〜` (compared, not hashed into a set: asked after every number).
    static func isRangeSign(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "至", "到", "-", "~", "～", "〜": true
        default: false
        }
    }

    /// `约3元至5元`, `20%到30%`: two figures of one kind and unit, each written with it and
    /// joined by a range connector, are one range (`$2-$3 billion`, where the unit comes
    /// once, is read as a range as the number is read).
    func joinRangesWithRepeatedUnit(_ results: inout [SentenceQuantity]) {
        var k = results.count - 1
        while k > 0 {
            defer { k -= 1 }
            // most neighbours differ in kind or have no unit: that is read before either is copied
            guard results[k - 1].quantity.kind == results[k].quantity.kind, results[k - 1].quantity.unit != nil else { continue }
            // (each field read in place: a quantity copied out of the array is copied whole, and
            // few pairs join)
            let kind = results[k].quantity.kind
            let firstSpan = results[k - 1].quantity.span, secondSpan = results[k].quantity.span
            guard kind != .date, firstSpan.upperBound < secondSpan.lowerBound, kind != .multiple,
                  results[k - 1].quantity.high == nil, results[k].quantity.high == nil, results[k - 1].quantity.unit == results[k].quantity.unit,
                  let low = results[k - 1].quantity.value, let high = results[k].quantity.value, DecimalMath.less(low, high),
                  results[k - 1].wantsContextCurrency == results[k].wantsContextCurrency else { continue }
            let gap = firstSpan.upperBound..<secondSpan.lowerBound
            let before = wordBefore(firstSpan.lowerBound)
            // `between 4% and 6%`: the range takes in `between`
            let betweenStart = before?.word == "between" ? before?.start : nil
            guard isRangeConnector(gap) || betweenStart != nil && text[gap].elementsEqual(" and ".unicodeScalars) else { continue }
            // `from 3% to 5%`, `by €2 to €11.99`: a change, not a range
            if before?.word == "from" || before?.word == "by" { continue }
            // the first becomes the range, in place
            results[k - 1].quantity.span = (betweenStart ?? firstSpan.lowerBound)..<secondSpan.upperBound
            results[k - 1].quantity.low = low
            results[k - 1].quantity.high = high
            if results[k - 1].quantity.approx == nil { results[k - 1].quantity.approx = results[k].quantity.approx }
            results.remove(at: k)
        }
    }

    private func isRangeConnector(_ between: Range<Int>) -> Bool {
        var lower = between.lowerBound, upper = between.upperBound
        while lower < upper, isSpace(text[lower]) { lower += 1 }
        while upper > lower, isSpace(text[upper - 1]) { upper -= 1 }
        // a sign (or an en dash, between figures each with its unit) stands alone; `to` between spaces
        if upper - lower == 1 { return Self.isRangeSign(text[lower]) || text[lower] == "–" }
        return upper - lower == 2 && text[lower] == "t" && text[lower + 1] == "o" && lower > between.lowerBound && upper < between.upperBound
    }
}
