import FoundationEssentials

/// A quantity found in one sentence, with positions relative to the sentence.
struct SentenceQuantity {
    var quantity: Quantity
    /// A bare amount after a money cue (`投资20亿`): money if the context names a currency.
    var wantsContextCurrency = false
    var date: DateMention? = nil
    /// Where a counter written in the text stands, to report it as written (張, not 张).
    var unitSpan: Range<Int>? = nil
}

/// Recognises the quantities of one sentence: finds number cores, then reads the
/// qualifiers, currency, unit and range around each.
struct QuantityRecognizer {
    let lexicons: Lexicons
    let text: [Unicode.Scalar]
    let scanner: NumberScanner
    /// ICU word boundaries of the sentence, computed on first use.
    let isWordBoundary: (Int) -> Bool
    /// The sentence has Chinese characters (`¥` is then the yuan, not the yen).
    let isChinese: Bool

    init(lexicons: Lexicons, text: [Unicode.Scalar], isWordBoundary: @escaping (Int) -> Bool) {
        self.lexicons = lexicons
        self.text = text
        self.scanner = NumberScanner(text)
        self.isWordBoundary = isWordBoundary
        self.isChinese = text.contains(where: isHan)
    }

    func recognize() -> [SentenceQuantity] {
        var results: [SentenceQuantity] = []
        let dates = DateRecognizer(text, isWordBoundary: isWordBoundary).find()
        var claimed = dates.map(\.span)
        for date in dates {
            results.append(SentenceQuantity(quantity: Quantity(span: date.span, kind: .date, value: nil), date: date))
        }
        var nextClaim = 0
        var i = 0
        let n = text.count
        while i < n {
            if nextClaim < claimed.count, i >= claimed[nextClaim].lowerBound {
                i = max(i, claimed[nextClaim].upperBound); nextClaim += 1; continue
            }
            let limit = nextClaim < claimed.count ? claimed[nextClaim].lowerBound : n
            guard let core = core(at: i, limit: limit) else { i += 1; continue }
            if let q = quantity(from: core, limit: limit) {
                results.append(q)
                i = max(q.quantity.span.upperBound, i + 1)
            } else {
                i = max(core.range.upperBound, i + 1)
            }
        }
        results.append(contentsOf: phrases(claimed: &claimed, existing: results))
        results.sort { $0.quantity.span.lowerBound < $1.quantity.span.lowerBound }
        return results
    }

    // MARK: Cores

    func core(at i: Int, limit: Int) -> NumberCore? {
        let c = text[i]
        let previous = scanner.at(i - 1)
        if isASCIIDigit(c) || (c == "." && (scanner.at(i + 1).map(isASCIIDigit) ?? false)) {
            if let p = previous, isASCIIDigit(p) || p == "." || p == "," && (scanner.at(i - 2).map(isASCIIDigit) ?? false) { return nil }
            return arabicCore(at: i)
        }
        if scanner.chineseNumeralStarts(at: i) {
            if let p = previous, ChineseNumeralCharacter.element(p) != nil, p != "点" { return nil }
            return scanner.chineseNumeral(from: i, leading: nil)
        }
        if isLatinLetter(c), !(previous.map(isLatinLetter) ?? false) {
            return scanner.englishNumber(at: i)
        }
        return nil
    }

    private func arabicCore(at i: Int) -> NumberCore? {
        guard let number = scanner.arabicNumber(at: i) else { return nil }
        var end = number.end
        // identifiers: 192.168.1.2, 1.2.3, 5/17/2018, phone numbers
        if scanner.at(end) == ".", let d = scanner.at(end + 1), isASCIIDigit(d) { return nil }
        if let p = scanner.at(i - 1), isLatinLetter(p) || p == "_" {
            // glued to letters: A380, USD3.14 (a currency code is fine)
            if lexicons.currencyPrefixes.longest(in: text, endingAt: i, floor: 0) == nil { return nil }
        }
        if scanner.at(i - 1) == "-", let p = scanner.at(i - 2), isLatinLetter(p) { return nil }
        if isPhoneNumber(start: i, number: number) { return nil }
        // 4:12 a.m., 10:30: clock times
        if scanner.at(end) == ":", scanner.at(end + 1).map(isASCIIDigit) ?? false { return nil }
        if scanner.at(i - 1) == ":", scanner.at(i - 2).map(isASCIIDigit) ?? false { return nil }
        if scanner.at(end) == "/", let d = scanner.arabicNumber(at: end + 1), number.plain, d.plain, scanner.at(d.end) != "/", d.value != 0 {
            var core = NumberCore(range: i..<d.end, value: number.value / d.value)
            core.isFraction = true
            return core
        }
        // Chinese multipliers and mixed forms: 1830亿, 5万4千, 7 萬
        var k = end
        while let s = scanner.at(k), isSpace(s), k - end < 3 { k += 1 }
        if let c = scanner.at(k), c == "余" || c == "多", let b = scanner.at(k + 1), case .big = ChineseNumeralCharacter.element(b) ?? .zero,
           var core = scanner.chineseNumeral(from: i, leading: (number.value, number.end)), core.range.upperBound > k {
            core.digitCount = number.digits
            return core
        }
        if let c = scanner.at(k), let e = ChineseNumeralCharacter.element(c) {
            var continues = false
            switch e {
            case .small, .big: continues = true
            case .point: continues = k == end
            case .some: continues = k == end && (scanner.at(k + 1).map { ChineseNumeralCharacter.element($0) != nil } ?? false)
            default: continues = false
            }
            if continues, var core = scanner.chineseNumeral(from: i, leading: (number.value, number.end)), core.range.upperBound > k {
                core.digitCount = number.digits
                return core
            }
        }
        var core = NumberCore(range: i..<end, value: number.value)
        core.plainDigits = number.plain
        core.digitCount = number.digits
        // English suffixes glued to the digits: 7bn, 500k, 1.2M; ordinals are not numbers
        if let w = scanner.wordGluedAfterDigits(at: end) {
            if ["st", "nd", "rd", "th", "s"].contains(w.word) { return nil }
            if EnglishNumberWords.digitSuffixes.contains(w.word), let scale = EnglishNumberWords.scales[w.word] {
                core.value *= scale; core.trailingMultiplier = scale; core.range = i..<w.end
                core.plainDigits = false; end = w.end
            }
        }
        // scale words: 1.2 million, 3 hundred
        var cursor = end
        while let next = scanner.nextWord(after: cursor), next.start - cursor <= 1 {
            if next.word == "hundred" { core.value *= 100 }
            else if next.word == "dozen" || next.word == "dozens" { core.value *= 12 }
            else if let scale = EnglishNumberWords.scales[next.word], next.word.count > 2, !next.word.hasSuffix("s") {
                core.value *= scale; core.trailingMultiplier = scale
            } else { break }
            core.range = i..<next.end; core.plainDigits = false; cursor = next.end
        }
        return core
    }

    private func isPhoneNumber(start: Int, number: (value: Decimal, end: Int, plain: Bool, digits: Int)) -> Bool {
        guard number.plain else { return false }
        if scanner.at(start - 1) == "+" { return true }
        var groups = [number.digits]
        // digit groups joined by hyphens before this one (555-0142 inside 1-800-555-0142)
        var b = start
        while scanner.at(b - 1) == "-", let d = scanner.at(b - 2), isASCIIDigit(d) {
            var k = b - 2
            while let e = scanner.at(k - 1), isASCIIDigit(e) { k -= 1 }
            groups.insert(b - 1 - k, at: 0); b = k
        }
        var j = number.end
        while let sep = scanner.at(j), sep == "-" || sep == " ", let n = scanner.arabicNumber(at: j + 1), n.plain {
            if sep == " " && n.digits < 3 { break }
            groups.append(n.digits); j = n.end
        }
        let total = groups.reduce(0, +)
        if groups.count >= 3 && total >= 7 { return true }
        if groups.count == 2 && total >= 7 && (groups[0] >= 3 || text[b] == "0") { return true }
        if groups.count == 1 && number.digits == 11 && text[start] == "1" { return true }
        if scanner.at(start - 1) == "(" , groups.count >= 1, number.digits == 3, scanner.at(number.end) == ")" { return true }
        return false
    }

    // MARK: Quantities

    static let rankWords: Set<String> = ["no.", "no", "#", "number", "rank", "ranked"]

    private func quantity(from first: NumberCore, limit: Int) -> SentenceQuantity? {
        var core = first
        var start = core.range.lowerBound
        var end = core.range.upperBound
        var approx = core.approx
        var currency: String? = nil
        var currencyPrefix: String? = nil
        var kind: QuantityKind = core.isFraction ? .fraction : .number
        var unit: String? = nil
        var value = core.value
        var low: Decimal? = nil
        var high: Decimal? = core.high
        var unitSpan: Range<Int>? = nil
        if high != nil { low = value }

        // --- what stands before the number
        if text.indices.contains(start - 1), text[start - 1] == "第" { return nil }
        if precededBy(Self.rankWords, at: start) && !core.isEnglish { return nil }
        var negative = false
        if scanner.at(start - 1) == "负" { negative = true; start -= 1 }
        else if scanner.at(start - 1) == "-", !(scanner.at(start - 2).map { isASCIIDigit($0) || isLatinLetter($0) } ?? false) {
            negative = true; start -= 1
        } else if let w = wordBefore(start), w.word == "minus" || w.word == "negative" {
            negative = true; start = w.start
        }
        // 百分之三十, 千分之五, 万分之三: parts per 10^n, given in percent
        var perPower: Decimal = 100
        for (prefix, per) in [("百万分之", Decimal(1_000_000)), ("千万分之", Decimal(10_000_000)), ("万万分之", Decimal(100_000_000)),
                              ("百分之", Decimal(100)), ("千分之", Decimal(1000)), ("万分之", Decimal(10_000))] where matchesBackward(prefix, endingAt: start) {
            kind = .percent; unit = "%"; perPower = per; start -= prefix.unicodeScalars.count
            break
        }
        if kind == .percent { value = value * 100 / perPower; low = low.map { $0 * 100 / perPower }; high = high.map { $0 * 100 / perPower } }
        else if notQuantityCovers(core.range) { return nil }
        // X分之Y: a fraction
        if kind == .number, scanner.at(end) == "分", scanner.at(end + 1) == "之",
           let numerator = self.core(at: end + 2, limit: limit), numerator.range.lowerBound == end + 2, core.value != 0 {
            if core.value == 100 && text[core.range.lowerBound] == "百" {
                kind = .percent; unit = "%"; value = numerator.value
            } else {
                kind = .fraction; value = numerator.value / core.value
            }
            end = numerator.range.upperBound
            core.trailingMultiplier = nil
            core.isSingleOne = false
        }
        // ranges: 20至30亿, $2-3 billion, between 2 and 3 billion
        var between = false
        if let w = wordBefore(start), w.word == "between" { between = true }
        if kind == .number, high == nil, let (second, secondEnd) = rangeEnd(after: end, limit: limit, between: between) {
            var lowValue = value
            if core.trailingMultiplier == nil, let m = second.trailingMultiplier, lowValue * m <= second.value {
                lowValue *= m
            }
            if lowValue < second.value {
                low = lowValue; value = lowValue; high = second.value; end = secondEnd
                core.trailingMultiplier = second.trailingMultiplier
                core.isSingleOne = false
                if between, let w = wordBefore(start) { start = w.start }
            }
        }
        if negative {
            value = -value
            if let l = low, let h = high { low = -h; high = -l; value = -h } 
        }

        // currency before: $, US$, HK$, RMB, 人民币
        var prefixStart = start
        if let p = currencyBefore(prefixStart) { currencyPrefix = p.code; prefixStart = p.start }
        // qualifiers before: 近, 超过, about, more than
        if let q = qualifierBefore(prefixStart) { approx = approx ?? q.approx; prefixStart = q.start }
        else if currencyPrefix == nil, let q = qualifierBefore(start) { approx = approx ?? q.approx; prefixStart = q.start }
        if currencyPrefix != nil || approx != nil { start = min(start, prefixStart) }

        // --- what follows
        if let q = lexicons.qualifiersInside.longest(in: text, at: end, limit: limit), kind == .number,
           followsQuantityWord(q.end, limit: limit) {
            approx = approx ?? q.payload; end = q.end
        }
        if kind == .number, let c = scanner.at(end), c == "成" || c == "折", !(c == "折" && value == 10),
           !("为功本长立交员果熟绩品".unicodeScalars.contains(scanner.at(end + 1) ?? " ")) {
            if c == "成" && value <= 10 {
                kind = .percent; unit = "%"; value *= 10; end += 1
                // 七成五 = 75 %, 三成半 = 35 %
                if let d = scanner.at(end), case .digit(let digit) = ChineseNumeralCharacter.element(d) ?? .zero,
                   !(scanner.at(end + 1).map { ChineseNumeralCharacter.element($0) != nil } ?? false) { value += Decimal(digit); end += 1 }
                else if scanner.at(end) == "半" { value += 5; end += 1 }
            }
            else if c == "折" && value < 100 { kind = .percent; unit = "%"; value = value < 10 ? value * 10 : value; end += 1 }
            low = low.map { $0 * 10 }; high = high.map { $0 * 10 }
        }
        if kind == .number || kind == .fraction {
            if let s = currencyAfter(end, limit: limit) {
                let generic = s.code == "CNY" && currencyPrefix != nil
                currency = generic ? currencyPrefix : s.code
                end = s.end
                if s.code == "CNY", let sub = chineseSubunits(after: end, limit: limit) { value += sub.value; end = sub.end }
            } else if let p = currencyPrefix {
                currency = p
            }
            if currency != nil, high == nil, let cents = centsAfter(end, limit: limit) { value += cents.value; end = cents.end }
        }
        if currency != nil { kind = .money; unit = currency }
        if kind == .number, let u = unitAfter(end, limit: limit, english: core.isEnglish || !core.endsWithHan) {
            kind = u.entry.kind
            if u.entry.kind == .number {
                unit = u.form
                unitSpan = u.start..<u.end
            } else {
                unit = u.entry.unit
            }
            value *= u.entry.factor
            low = low.map { $0 * u.entry.factor }; high = high.map { $0 * u.entry.factor }
            end = u.end
        }
        if let q = qualifierAfter(end, limit: limit) { approx = approx ?? q.approx; end = q.end }

        // --- what cannot be a quantity
        if let next = scanner.at(end), isLatinLetter(next), !(core.isEnglish) { return nil }
        // 一家公司, a company, one of: an article, not a count
        if kind == .number && approx == nil && core.isSingleOne && high == nil { return nil }
        if kind == .number, unit == nil, currency == nil, isVersionName(core) { return nil }
        // a prefix we read ourselves (近, 超过) may stand inside an ICU word; a bare numeral may not
        if isHan(text[start]) && !isWordBoundary(start) && start == core.range.lowerBound { return nil }
        if kind == .number, unit == nil, isHan(text[end - 1]), !isWordBoundary(end) { return nil }
        if core.isEnglish, kind == .number, unit == nil, core.trailingMultiplier == nil, value == 0 { return nil }

        var quantity = Quantity(span: start..<end, kind: kind, value: value, unit: unit, currency: currency,
                                currencyInferred: false, approx: approx, low: low, high: high)
        if kind == .number, unit == nil, core.isEnglish || !core.endsWithHan, let noun = countedNoun(after: end, limit: limit) {
            quantity.unit = noun
        }
        var result = SentenceQuantity(quantity: quantity)
        result.unitSpan = unitSpan
        if kind == .number, quantity.unit == nil, moneyCueBefore(start) { result.wantsContextCurrency = true }
        return result
    }

    /// `20至30亿`: the connector and the number after it.
    private func rangeEnd(after end: Int, limit: Int, between: Bool) -> (NumberCore, Int)? {
        var j = end
        if let s = scanner.at(j), isSpace(s) { j += 1 }
        guard let c = scanner.at(j) else { return nil }
        var k: Int
        if c == "至" || c == "到" || c == "-" || c == "~" || c == "～" || c == "〜" { k = j + 1 }
        else if let w = scanner.word(at: j), (w.word == "to" && !between) || (w.word == "and" && between) { k = w.end }
        else { return nil }
        if c == "-" || c == "~", (scanner.at(end - 1).map(isHan) ?? false) == false, j != end && scanner.at(k).map(isSpace) == false { return nil }
        if let s = scanner.at(k), isSpace(s) { k += 1 }
        // the second end may repeat the currency sign: $2-$3 billion
        if let p = lexicons.currencyPrefixes.longest(in: text, at: k, limit: limit) { k = p.end }
        guard k < limit, let second = core(at: k, limit: limit), second.range.lowerBound == k else { return nil }
        return (second, second.range.upperBound)
    }

    private func chineseSubunits(after end: Int, limit: Int) -> (value: Decimal, end: Int)? {
        var j = end
        var total: Decimal = 0
        var found = false
        for (marks, scale) in [(["角", "毛"], Decimal(string: "0.1")!), (["分"], Decimal(string: "0.01")!)] {
            guard let c = scanner.at(j), let e = ChineseNumeralCharacter.element(c) ?? (isASCIIDigit(c) ? .digit(Int(c.value - 48)) : nil),
                  case .digit(let d) = e, let m = scanner.at(j + 1), marks.contains(String(m)) else { continue }
            total += Decimal(d) * scale; j += 2; found = true
        }
        if !found, let c = scanner.at(j), let e = ChineseNumeralCharacter.element(c), case .digit(let d) = e,
           scanner.at(j + 1).map({ ChineseNumeralCharacter.element($0) == nil && !isASCIIDigit($0) }) ?? true,
           text[end - 1] == "块" {
            return (Decimal(d) * Decimal(string: "0.1")!, j + 1)
        }
        return found ? (total, j) : nil
    }

    /// `20 dollars 43 cents`, `$20 and 43c`, `3 GBP 1 pence`: an amount in hundredths.
    private func centsAfter(_ end: Int, limit: Int) -> (value: Decimal, end: Int)? {
        var j = end
        if let w = scanner.nextWord(after: j), w.word == "and" { j = w.end }
        var k = j
        while let s = scanner.at(k), isSpace(s) { k += 1 }
        guard k > j, k < limit else { return nil }
        var amount: Decimal
        var afterAmount: Int
        if let n = scanner.arabicNumber(at: k), n.plain, n.digits <= 2 { amount = n.value; afterAmount = n.end }
        else if let w = scanner.word(at: k), let c = EnglishNumberWords.cardinal(w.word), c < 100 { amount = Decimal(c); afterAmount = w.end }
        else { return nil }
        let unitStart = scanner.at(afterAmount).map(isSpace) == true ? afterAmount + 1 : afterAmount
        guard let w = scanner.word(at: unitStart) ?? (scanner.at(afterAmount).map(isLatinLetter) == true ? scanner.wordGluedAfterDigits(at: afterAmount) : nil),
              ["c", "cent", "cents", "pence", "penny", "p", "paise", "fen"].contains(w.word) else { return nil }
        return (amount / 100, w.end)
    }

    private func followsQuantityWord(_ j: Int, limit: Int) -> Bool {
        currencyAfter(j, limit: limit) != nil || unitAfter(j, limit: limit, english: false) != nil
    }
}
