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
            let first = results[k - 1].quantity, second = results[k].quantity
            guard first.kind == second.kind, first.kind != .date, first.span.upperBound < second.span.lowerBound, first.kind != .multiple,
                  first.high == nil, second.high == nil, first.unit != nil, first.unit == second.unit,
                  let low = first.value, let high = second.value, DecimalMath.less(low, high),
                  results[k - 1].wantsContextCurrency == results[k].wantsContextCurrency else { continue }
            let gap = first.span.upperBound..<second.span.lowerBound
            let before = wordBefore(first.span.lowerBound)
            // `between 4% and 6%`: the range takes in `between`
            let betweenStart = before?.word == "between" ? before?.start : nil
            guard isRangeConnector(gap) || betweenStart != nil && text[gap].elementsEqual(" and ".unicodeScalars) else { continue }
            // `from 3% to 5%`, `by €2 to €11.99`: a change, not a range
            if before?.word == "from" || before?.word == "by" { continue }
            var joined = first
            joined.span = (betweenStart ?? first.span.lowerBound)..<second.span.upperBound
            joined.low = low
            joined.high = high
            joined.approx = first.approx ?? second.approx
            results[k - 1].quantity = joined
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
