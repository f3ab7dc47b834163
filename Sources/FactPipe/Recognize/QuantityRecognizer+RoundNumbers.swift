extension QuantityRecognizer {
    /// Whether a bare multiplier, 百, 千, 万 or 亿, opens a round number at `i`: after a Chinese
    /// qualifier, 上 or 过 (`近百只`, `上千家`, `超万人`, `近万亿元`, `上亿元`), or before 余 or 多 and
    /// a counter (`百余家`, `千余名`), each followed by a counter, a currency or more of the
    /// numeral. Elsewhere the character is a word's own (百姓, 千万不要, 万一, 百家争鸣).
    func roundNumberStarts(at i: Int) -> Bool {
        guard isBareMultiplier(text[i]), let next = scanner.at(i + 1) else { return false }
        if next == "余" || next == "多" { return countedAfter(i + 2) }
        // (``qualifierBefore(_:)`` reads 上 and 过 before a bare multiplier as qualifiers too)
        guard qualifierBefore(i).map({ isHan(text[$0.start]) }) == true else { return false }
        if let e = ChineseNumeralCharacter.element(next) {
            switch e { case .small, .big: return true; default: return false }
        }
        return countedAfter(i + 1)
    }

    /// 上 or 过 right before a bare multiplier says more than the round number: `上千家`, `过万人`
    /// are over a thousand, ten thousand (before digits 过 is a verb's: `经过3年`, `通过100项`).
    func overBeforeMultiplier(_ i: Int) -> Bool {
        i > 0 && i < text.count && (text[i - 1] == "上" || text[i - 1] == "过") && isBareMultiplier(text[i])
    }

    private func isBareMultiplier(_ c: Unicode.Scalar) -> Bool {
        switch ChineseNumeralCharacter.element(c) {
        case .small(let unit): return unit >= 100
        case .big(let unit): return unit <= 100_000_000
        default: return false
        }
    }

    /// Whether a counter or a currency starts at `j` (`家`, `名员工`, `元`).
    private func countedAfter(_ j: Int) -> Bool {
        guard let c = scanner.at(j), isHan(c) else { return false }
        return lexicons.units.longest(in: text, at: j, limit: text.count) != nil || currencyAfter(j, limit: text.count) != nil
    }
}
