import FoundationEssentials

/// A quantity found in one sentence, with positions relative to the sentence.
struct SentenceQuantity {
    var quantity: Quantity
    /// A bare amount after a money cue (`投资20亿`): money if the context names a currency.
    var wantsContextCurrency = false
    var date: DateMention? = nil
    /// Where a counter written in the text stands, to report it as written (張, not 张).
    var unitSpan: Range<Int>? = nil
    /// The family of the currency's word, if it has one (`Norwegian crowns`, `crowns`).
    var currencyFamily: CurrencyFamilyWord? = nil
}

/// A currency's word that names one of a family (``CurrencyFamilies``): in full, or shared.
struct CurrencyFamilyWord: Equatable {
    let family: UInt8
    let isShared: Bool

    init?(_ form: CurrencyForm) {
        guard form.family != 0 else { return nil }
        family = form.family
        isShared = form.isSharedWord
    }

    private init(family: UInt8, isShared: Bool) { (self.family, self.isShared) = (family, isShared) }

    /// 元 (块, 圆) is the unit of the writer's own currency: the one an amount names before it
    /// (`新台币2600亿元`, `42.8亿港元`, `人民币…元`: ``QuantityRecognizer/isYuanCurrency(_:)``)
    /// is what a bare `18元` after it is in (a Taiwan report's `每股盈余18元`: TWD). Family 0,
    /// which no family of the lexicon takes.
    static let localUnitNamed = CurrencyFamilyWord(family: 0, isShared: false)
    static let localUnit = CurrencyFamilyWord(family: 0, isShared: true)
}

/// Recognises the quantities of one sentence: finds number cores, then reads the
/// qualifiers, currency, unit and range around each.
struct QuantityRecognizer {
    let lexicons: Lexicons
    let text: [Unicode.Scalar]
    private(set) var scanner: NumberScanner
    /// ICU word boundaries of the sentence, computed on first use.
    let isWordBoundary: (Int) -> Bool
    /// The sentence has Chinese characters (`¥` is then the yuan, not the yen).
    let isChinese: Bool

    let compacted: CompactedText

    /// `holdsHan`: whether a Han character stands in `text`.
    /// `isWordBoundary`: the ICU word boundaries of `text`, true at its ends and outside it.
    /// `wordShapes`: memory for the scanner's word shapes, to give back after recognising
    /// (``giveBackWordShapes(to:)``).
    /// `mayHoldWrap`: whether the sentence's paragraph has a line end read as nothing
    /// (``WrappedLines``).
    init(lexicons: Lexicons, text: [Unicode.Scalar], holdsHan isChinese: Bool, mayHoldWrap: Bool = false,
         isWordBoundary: @escaping (Int) -> Bool, wordShapes: inout WordShapes.Storage) {
        let compacted = CompactedText(text, hasHan: isChinese, mayHoldWrap: mayHoldWrap)
        self.compacted = compacted
        self.lexicons = lexicons
        self.text = compacted.scalars
        self.scanner = NumberScanner(compacted.scalars, reusingShapes: &wordShapes)
        // where no space was dropped, the positions are the sentence's: its closure serves as it
        // is (one made for each sentence is allocated, and freed after it)
        self.isWordBoundary = compacted.keepsPositions ? isWordBoundary : Self.wordBoundaries(of: compacted, from: isWordBoundary)
        self.isChinese = isChinese
    }

    /// The word boundaries at the positions of `compacted`: those of the sentence, `isWordBoundary`,
    /// at the positions they stand for.
    private static func wordBoundaries(of compacted: CompactedText, from isWordBoundary: @escaping (Int) -> Bool) -> (Int) -> Bool {
        { isWordBoundary(compacted.original($0)) }
    }

    /// Hands the memory of the scanner's word shapes on to the next sentence's recogniser.
    mutating func giveBackWordShapes(to storage: inout WordShapes.Storage) { scanner.giveBackShapes(to: &storage) }

    /// The quantities of the sentence, with positions in the sentence as given.
    func recognize() -> [SentenceQuantity] {
        var found = recognizeCompacted()
        if compacted.keepsPositions { return found }
        for k in found.indices {
            found[k].quantity.span = compacted.original(found[k].quantity.span)
            found[k].unitSpan = found[k].unitSpan.map(compacted.original)
            if let span = found[k].date?.span { found[k].date?.span = compacted.original(span) }
        }
        return found
    }

    private func recognizeCompacted() -> [SentenceQuantity] {
        var results: [SentenceQuantity] = []
        let dates = DateRecognizer(scanner: scanner, holdsHan: isChinese, isWordBoundary: isWordBoundary).find()
        var claimed = dates.map(\.span)
        // (every web address opens with Latin letters: `http`, `www`)
        if scanner.holdsLatinLetters, mayHoldAddress() {
            claimed.append(contentsOf: addressRanges())
            claimed.sort { $0.lowerBound < $1.lowerBound }
        }
        for date in dates {
            Self.add(SentenceQuantity(quantity: Quantity(span: date.span, kind: .date, value: nil), date: date), to: &results)
        }
        var nextClaim = 0
        var i = 0
        let n = text.count
        // where the next claimed span starts, the text's end after the last: no number reaches
        // past it (kept as the claims are passed, not read from them at every position)
        var limit = claimed.isEmpty ? n : claimed[0].lowerBound
        let coreStarts = Self.coreStarts
        while i < n {
            if i >= limit {
                i = max(i, claimed[nextClaim].upperBound); nextClaim += 1
                limit = nextClaim < claimed.count ? claimed[nextClaim].lowerBound : n
                continue
            }
            // across Chinese text, the positions no number starts at passed over in one scan (in
            // Latin text the next word is too near to gain)
            guard coreStarts.contains(text[i]) else {
                i = isChinese ? coreStarts.firstPosition(in: text, from: i + 1, to: limit) : i + 1
                continue
            }
            // a Latin word that opens no English number is passed over without reading it (its
            // shape read once for both)
            if isLatinLetter(text[i]) {
                let shape = scanner.wordShape(at: i)
                guard NumberScanner.mayStartEnglishNumber(shape) else {
                    i = scanner.pastSpace(min(scanner.letterRunEnd(from: i, shape: shape), limit), limit: limit); continue
                }
            }
            guard let core = core(at: i, limit: limit) else {
                // no number starts inside a Latin word
                i = isLatinLetter(text[i]) ? min(scanner.letterRunEnd(from: i), limit) : i + 1
                continue
            }
            if let end = quantity(from: core, limit: limit, into: &results) {
                i = max(end, i + 1)
            } else {
                i = max(core.range.upperBound, i + 1)
            }
        }
        joinRangesWithRepeatedUnit(&results)
        phrases(into: &results)
        results.sort { $0.quantity.span.lowerBound < $1.quantity.span.lowerBound }
        return results
    }

    /// Appends `quantity` to `results`, with room for the few a sentence holds made once at the
    /// first (grown from one, the array is copied three times; many sentences hold none, and
    /// make no array).
    private static func add(_ quantity: consuming SentenceQuantity, to results: inout [SentenceQuantity]) {
        if results.isEmpty { results.reserveCapacity(4) }
        results.append(quantity)
    }

    // MARK: Cores

    /// The code points `core(at:)` can find a number starting at: ASCII digits, `.`, Latin
    /// letters, the Chinese numerals (and the characters that are numerals before a unit) and
    /// the vulgar fractions (the ranges ``NumberScanner/vulgarFraction(at:)`` reads).
    private static let coreStarts: ScalarBitSet = {
        var starts = ChineseNumeralCharacter.numberStarts
        starts.insertASCIIDigitsAndLetters()
        starts.insert(Unicode.Scalar(".").value)
        for v in UInt32(0xBC)...0xBE { starts.insert(v) }
        for v in UInt32(0x2150)...0x215E { starts.insert(v) }
        return starts
    }()

    /// The number that starts at `i`, if one does; `nil` past the end of the text, where the
    /// rules that look for a number after a word (`3分之`, `one in `, `7又`) may ask.
    func core(at i: Int, limit: Int) -> NumberCore? {
        guard i < text.count else { return nil }
        let c = text[i]
        let previous = scanner.at(i - 1)
        if isASCIIDigit(c) || (c == "." && previous != "." && (scanner.at(i + 1).map(isASCIIDigit) ?? false)) {
            if let p = previous, isASCIIDigit(p) { return nil }
            // the decimals or the thousands of a number read already: 1.5, 1,500 (not `...9`, `22,24`)
            if previous == ".", scanner.at(i - 2).map(isASCIIDigit) ?? false { return nil }
            if previous == ",", scanner.at(i - 2).map(isASCIIDigit) ?? false, scanner.arabicNumber(at: i)?.digits == 3 { return nil }
            return arabicCore(at: i)
        }
        // every Chinese numeral character lies beyond ASCII
        if !c.isASCII, scanner.chineseNumeralStarts(at: i) || roundNumberStarts(at: i) {
            if let p = previous, ChineseNumeralCharacter.element(p) != nil, p != "点" { return nil }
            return scanner.chineseNumeral(from: i, leading: nil)
        }
        if isLatinLetter(c), !(previous.map(isLatinLetter) ?? false) {
            // the common article alone, before no currency, stops before the number reader (`A$6.12`:
            // a letter glued to a currency's sign is the sign's own, no article)
            if let end = scanner.bareArticleEnd(at: i), scanner.at(end) != " " || currencyAfter(end, limit: text.count) == nil { return nil }
            guard let core = scanner.englishNumber(at: i) else { return nil }
            // `a`/`an` is an amount only before a currency: most articles stop here
            if core.isArticle, currencyAfter(core.range.upperBound, limit: text.count) == nil { return nil }
            // `$1.78 a pound`: after a figure the article says `per`, and a pound is a weight
            if core.isArticle, i >= 2, scanner.at(i - 1) == " ", scanner.at(i - 2).map(isASCIIDigit) == true { return nil }
            return core
        }
        if let v = scanner.vulgarFraction(at: i) {
            var core = NumberCore(range: i..<(i + 1), value: v)
            core.isFraction = true
            return core
        }
        return nil
    }

    private func arabicCore(at i: Int) -> NumberCore? {
        guard var number = scanner.arabicNumber(at: i) else { return nil }
        if let grouped = scanner.spaceGroupedNumber(at: i, first: number) { number = grouped }
        if let notation = writtenWithPower(number.value, at: i, end: number.end) { return notation }
        var end = number.end
        // identifiers: 192.168.1.2, 1.2.3, 5/17/2018, phone numbers
        if scanner.at(end) == ".", let d = scanner.at(end + 1), isASCIIDigit(d) { return nil }
        if let p = scanner.at(i - 1), isLatinLetter(p) || p == "_" {
            // glued to letters: A380, USD3.14 (a currency code is fine)
            if lexicons.currencyPrefixes.longest(in: text, endingAt: i, floor: 0) == nil { return nil }
        }
        if scanner.at(i - 1) == "-", let p = scanner.at(i - 2), isLatinLetter(p) || isASCIIDigit(p) && continuesModelCode(before: i - 1) { return nil }
        if isPhoneNumber(start: i, number: number) { return nil }
        // 4:12 a.m., 10:30: clock times
        if scanner.at(end) == ":", scanner.at(end + 1).map(isASCIIDigit) ?? false { return nil }
        if scanner.at(i - 1) == ":", scanner.at(i - 2).map(isASCIIDigit) ?? false { return nil }
        if scanner.at(end) == "/", let d = scanner.arabicNumber(at: end + 1), number.plain, d.plain, scanner.at(d.end) != "/", d.value != 0 {
            var core = NumberCore(range: i..<d.end, value: DecimalMath.quotient(number.value, d.value))
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
        // `50兆瓦`, `300千瓦`: a unit that opens with a multiplier (megawatts) is read as a unit
        if let c = scanner.at(k), let e = ChineseNumeralCharacter.element(c), !unitOpensWithMultiplier(at: k) {
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
        // 2 1/4, 2½: a whole number and a fraction
        if number.plain, number.digits <= 3 {
            if let f = scanner.vulgarFraction(at: end) {
                core.value += f; core.range = i..<(end + 1); core.isFraction = true; core.plainDigits = false
                return core
            }
            if let f = scanner.fractionAfterWhole(end) {
                core.value += f.value; core.range = i..<f.end; core.isFraction = true; core.plainDigits = false
                return core
            }
        }
        // English suffixes glued to the digits: 7bn, 500k, 1.2M; ordinals are not numbers
        if let w = scanner.wordGluedAfterDigits(at: end) {
            switch w.word { case "st", "nd", "rd", "th", "s": return nil; default: break }
            if EnglishNumberWords.digitSuffixes.contains(w.word), let scale = EnglishNumberWords.scales[w.word] {
                core.value = DecimalMath.product(core.value, scale); core.trailingMultiplier = scale; core.range = i..<w.end
                core.plainDigits = false; end = w.end
            }
        }
        // number words after the digits: 1.2 million, 4 thousand 3 hundred and 21
        if let words = scanner.englishNumber(continuing: core.value, range: i..<end) {
            core.value = words.value; core.range = words.range; core.plainDigits = false
            core.trailingMultiplier = words.trailingMultiplier ?? core.trailingMultiplier
            core.isFraction = words.isFraction
        }
        return core
    }

    private func unitOpensWithMultiplier(at k: Int) -> Bool {
        guard let unit = lexicons.units.longest(in: text, at: k, limit: scanner.limit) else { return false }
        return unit.end - k > 1
    }

    /// `1.3e6`, `6.23x10^-4`, `2^5`, `1.1^23`: a number with a power written after it.
    private func writtenWithPower(_ value: Decimal, at i: Int, end: Int) -> NumberCore? {
        let raised: (value: Decimal, end: Int)?
        if let e = scanner.exponent(after: end), let p = decimalPower(10, e.power) { raised = (value * p, e.end) }
        else if let e = scanner.power(after: end), let p = decimalPower(value, e.power) { raised = (p, e.end) }
        else { raised = nil }
        guard let raised else { return nil }
        return NumberCore(range: i..<raised.end, value: raised.value)
    }

    /// Where the first of the groups of digits set apart by single spaces before `start` begins,
    /// when there are any: at most five back, more than a phone number has (a list of numbers,
    /// `1 2 3 …`, is not walked back at each of them).
    private func firstGroup(before start: Int) -> Int? {
        var g = start
        var groups = 0
        while groups < 5, scanner.at(g - 1) == " ", let d = scanner.at(g - 2), isASCIIDigit(d) {
            g -= 1
            while let e = scanner.at(g - 1), isASCIIDigit(e) { g -= 1 }
            groups += 1
        }
        return g < start ? g : nil
    }

    private func isPhoneNumber(start: Int, number: (value: Decimal, end: Int, plain: Bool, digits: Int)) -> Bool {
        guard number.plain else { return false }
        let international = scanner.at(start - 1) == "+"
        // a later group of a number after a plus sign (`0958` of `+44 20 7946 0958`) is a phone
        // number's when the number is
        if !international, let opening = firstGroup(before: start), scanner.at(opening - 1) == "+",
           let number = scanner.arabicNumber(at: opening) {
            return isPhoneNumber(start: opening, number: number)
        }
        // `T+0`, `第N+1次`: a sum's term, not a quantity
        if international, let p = scanner.at(start - 2), isAlphanumeric(p) { return true }
        // the digit groups: how many, their digits together and the first one's (counted, not kept)
        var groups = 1, total = number.digits, first = number.digits
        // digit groups joined by hyphens before this one (555-0142 inside 1-800-555-0142); both
        // counts only grow, so the walks stop once they make a phone number (each number of a
        // long chain, `10-20-30-…`, walked the whole chain)
        var b = start
        while scanner.at(b - 1) == "-", let d = scanner.at(b - 2), isASCIIDigit(d) {
            var k = b - 2
            while let e = scanner.at(k - 1), isASCIIDigit(e) { k -= 1 }
            first = b - 1 - k; groups += 1; total += first; b = k
            if groups >= 3 && total >= 7 { return true }
        }
        var j = number.end
        while let sep = scanner.at(j), sep == "-" || sep == " ", let n = scanner.arabicNumber(at: j + 1), n.plain {
            if sep == " " && n.digits < 3 && !international { break }
            groups += 1; total += n.digits; j = n.end
            if groups >= 3 && total >= 7 { return true }
        }
        // `+8613800138000`, `+44 20 7946 0958`; not the sign of `+5%` or `同比+12亿元`
        if international && total >= 7 { return true }
        if groups == 2 && total >= 7 && (first >= 3 || text[b] == "0") { return true }
        if groups == 1 && number.digits == 11 && text[start] == "1" { return true }
        if scanner.at(start - 1) == "(" , groups >= 1, number.digits == 3, scanner.at(number.end) == ")" { return true }
        return false
    }

    // MARK: Quantities

    private static let partsPer: [([Unicode.Scalar], Decimal)] = {
        let list: [(String, Decimal)] = [
            ("百万分之", 1_000_000), ("千万分之", 10_000_000), ("万万分之", 100_000_000), ("百分之", 100), ("千分之", 1000),
            ("万分之", 10_000), ("佰分之", 100), ("仟分之", 1000),
        ]
        return list.map { (Array($0.0.unicodeScalars), $0.1) }
    }()

    /// (`#1` and `No.1` are read by their marks)
    static let rankWords = WordKeys(["no", "number", "rank", "ranked"])

    /// Reads the quantity whose number is `first` into `results`: where it ends, or `nil` where
    /// the number is no quantity. (Appended here, not returned: an optional quantity returned
    /// was copied out of the optional, then into the array.)
    private func quantity(from first: NumberCore, limit: Int, into results: inout [SentenceQuantity]) -> Int? {
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
        var currencyFamily: CurrencyFamilyWord? = nil
        if high != nil { low = value }
        // whether the sentence holds a Latin letter: the rules that read a Latin word (`minus`,
        // `between`, `MUSD`, `cents`) are asked only then (most Chinese sentences hold none)
        let latin = scanner.holdsLatinLetters

        // --- what stands before the number
        if text.indices.contains(start - 1), text[start - 1] == "第" { return nil }
        // 翻了两番 is a multiple, read as a phrase
        if scanner.at(end) == "番", scanner.at(start - 1) == "翻" || scanner.at(start - 1) == "了" && scanner.at(start - 2) == "翻" { return nil }
        // the Latin word before the number, read once for the rank, the sign and the range
        // (a sentence without Latin letters has none: a word's key is read from its letters)
        let wordBeforeNumber = latin ? wordKeyBefore(start) : nil
        if precededBy(Self.rankWords, at: start, word: wordBeforeNumber?.key) && !core.isEnglish { return nil }
        // `每百万tokens 2元`, `per 100,000 residents`: what a rate is per, no figure of its own
        if scanner.at(start - 1) == "每" { return nil }
        // an identifier after its label, a stock code in brackets after a name: no figure (the mark before read once)
        if isChinese, let c = scanner.at(start - 1) {
            switch c {
            case ":", "：", "号", "码": if followsIdentifierLabel(start) { return nil }
            case "(", "（": if isStockCode(start, end) { return nil }
            default: break
            }
        }
        if let w = wordBeforeNumber, w.key == WordKey.per { return nil }
        var negative = false
        if scanner.at(start - 1) == "负" { negative = true; start -= 1; core.isSingleOne = false }
        // (after a figure's digits, letters or percent sign a hyphen joins a range: `3.50%-3.75%`)
        else if scanner.at(start - 1) == "-", !(scanner.at(start - 2).map { isASCIIDigit($0) || isLatinLetter($0) || $0 == "%" || $0 == "％" } ?? false) {
            negative = true; start -= 1; core.isSingleOne = false
        } else if let w = wordBeforeNumber, w.key == WordKey.minus || w.key == WordKey.negative,
                  !(wordKeyBefore(w.start)?.key == WordKey.or && wordKeyBefore(wordKeyBefore(w.start)!.start)?.key == WordKey.plus) {
            negative = true; start = w.start; core.isSingleOne = false
        }
        // 百分之三十, 千分之五, 万分之三: parts per 10^n, given in percent
        var perPower: Decimal? = nil
        if scanner.at(start - 1) == "之" {
            for (prefix, per) in Self.partsPer where matchesBackward(prefix, endingAt: start) {
                kind = .percent; unit = "%"; perPower = per; start -= prefix.count
                break
            }
        }
        if kind == .percent {
            if let perPower, perPower != 100 { value = value * 100 / perPower; low = low.map { $0 * 100 / perPower }; high = high.map { $0 * 100 / perPower } }
        } else if notQuantityCovers(core.range) { return nil }
        // X分之Y: a fraction; 百分之/百万分之 written as one numeral: parts per that power
        if kind == .number, let f = fractionTail(after: core.range.upperBound, denominator: core.value, limit: limit) {
            if let c = scanner.at(core.range.lowerBound), c == "百" || c == "千" || c == "万", core.high == nil, isPowerOfTen(core.value) {
                kind = .percent; unit = "%"; value = DecimalMath.quotient(f.numerator * 100, core.value)
            } else {
                kind = .fraction; value = DecimalMath.quotient(f.numerator, core.value)
            }
            end = f.end
            core.trailingMultiplier = nil
            core.isSingleOne = false
        }
        // 三百五又三分之一, 3又一千分之23: a whole number and a fraction
        if kind == .number, core.high == nil, scanner.at(end) == "又",
           let denominator = self.core(at: end + 1, limit: limit), denominator.range.lowerBound == end + 1,
           let f = fractionTail(after: denominator.range.upperBound, denominator: denominator.value, limit: limit) {
            value += DecimalMath.quotient(f.numerator, denominator.value)
            kind = .fraction; end = f.end
            core.trailingMultiplier = nil; core.isSingleOne = false
        }
        // one in five, three out of four, 1 over 3: a share
        // (its word stands one space after the number: most numbers, in Chinese text, have no space after them)
        if kind == .number, core.high == nil, scanner.at(end).map(isSpace) == true,
           let share = shareDenominator(after: end, numerator: value, limit: limit) {
            value = DecimalMath.quotient(value, share.value); kind = .fraction; end = share.end
            core.isSingleOne = false; core.trailingMultiplier = nil
        }
        // ranges: 20至30亿, $2-3 billion, between 2 and 3 billion
        // `between $40 billion and $42 billion`: `between` may stand before a currency sign
        var between = false
        var betweenStart: Int? = nil
        // the sign before the number, read once: it opens a range and gives the currency
        let signBefore = currencyBefore(start)
        let beforeSign = signBefore?.start ?? start
        let wordBeforeSign = latin ? (beforeSign == first.range.lowerBound ? wordBeforeNumber : wordKeyBefore(beforeSign))?.key ?? nil : nil
        if wordBeforeSign == WordKey.between { between = true }
        // `raised the price by €2 to €11.99`, `fell by about $1 billion to $41.2 billion`: a change and
        // the level it reached; but ends close together (at most twice apart) make a range of the
        // change (`cut costs by $5 billion to $7 billion`)
        if kind == .number, high == nil, let connector = rangeConnector(after: end),
           let (second, secondEnd) = rangeEnd(after: end, connector: connector, limit: limit, between: between) {
            var lowValue = value
            if core.trailingMultiplier == nil, let m = second.trailingMultiplier, !DecimalMath.less(second.value, DecimalMath.product(lowValue, m)) {
                lowValue = DecimalMath.product(lowValue, m)
            }
            let change = latin && isLatinLetter(connector.first)
                && (qualifierBefore(beforeSign).map { wordKeyBefore($0.start)?.key } ?? wordBeforeSign) == WordKey.by
            if DecimalMath.less(lowValue, second.value), !change || !DecimalMath.less(DecimalMath.product(lowValue, 2), second.value) {
                low = lowValue; value = lowValue; high = second.value; end = secondEnd
                core.trailingMultiplier = second.trailingMultiplier
                core.isSingleOne = false
                if between, let w = wordKeyBefore(beforeSign) { betweenStart = w.start }
            }
        }
        if negative {
            value = -value
            if let l = low, let h = high { low = -h; high = -l; value = -h } 
        }

        // currency before: $, US$, HK$, RMB, 人民币
        var prefixStart = start
        var prefixInMillions = false
        if let p = signBefore { currencyPrefix = p.code; prefixStart = p.start }
        else if latin, let p = millionsCodeBefore(prefixStart) { currencyPrefix = p.code; prefixStart = p.start; prefixInMillions = true }
        // qualifiers before: 近, 超过, about, more than
        if let q = qualifierBefore(prefixStart) { approx = approx ?? q.approx; prefixStart = q.start }
        if currencyPrefix != nil || approx != nil { start = min(start, prefixStart) }
        if let betweenStart { start = min(start, betweenStart) }

        // --- what follows
        if let q = lexicons.qualifiersInside.longest(in: text, at: end, limit: limit), kind == .number,
           followsQuantityWord(q.end, limit: limit) {
            approx = approx ?? q.payload; end = q.end
        }
        // 成为 (become) after a bare numeral is a word of its own; after 超过, 近 the share reads first
        // (`超过六成为小微企业主`)
        // (compared and scaled through `DecimalMath`: Foundation's operators cost thousands of instructions)
        if kind == .number, let c = scanner.at(end), c == "成" || c == "折", !(c == "折" && DecimalMath.equal(value, 10)),
           !("为功本长立交员果熟绩品".unicodeScalars.contains(scanner.at(end + 1) ?? " ")) || (c == "成" && scanner.at(end + 1) == "为" && approx != nil) {
            if c == "成" && !DecimalMath.less(10, value) {
                kind = .percent; unit = "%"; value = DecimalMath.product(value, 10); end += 1
                // 七成五 = 75 %, 三成半 = 35 %
                if let d = scanner.at(end), case .digit(let digit) = ChineseNumeralCharacter.element(d) ?? .zero,
                   !(scanner.at(end + 1).map { ChineseNumeralCharacter.element($0) != nil } ?? false) { value = DecimalMath.sum(value, Decimal(digit)); end += 1 }
                else if scanner.at(end) == "半" { value = DecimalMath.sum(value, 5); end += 1 }
            }
            else if c == "折" && DecimalMath.less(value, 100) {
                kind = .percent; unit = "%"; value = DecimalMath.less(value, 10) ? DecimalMath.product(value, 10) : value; end += 1
            }
            low = low.map { DecimalMath.product($0, 10) }; high = high.map { DecimalMath.product($0, 10) }
        }
        if kind == .number || kind == .fraction {
            if let s = currencyAfter(end, limit: limit) {
                let generic = s.code == "CNY" && currencyPrefix != nil
                currency = generic ? currencyPrefix : s.code
                // (a word a family shares and no currency of its own has counts what it names
                // until the text's context tells the currency: `crowns`)
                if currency == nil { unit = text.text(s.start..<s.end); unitSpan = s.start..<s.end }
                currencyFamily = s.family
                // (Chinese text only: `HK$18.4 billion` in English names no 元)
                if isChinese, s.family == nil, let currency {
                    if s.code == "CNY", isLocalUnit(s.start..<s.end) { currencyFamily = generic ? .localUnitNamed : .localUnit }
                    else if Self.isYuanCurrency(currency) { currencyFamily = .localUnitNamed }
                }
                end = s.end
                if Self.isYuan(text[end - 1]), let sub = chineseSubunits(after: end, limit: limit) { value += sub.value; end = sub.end }
            } else if latin, let m = millionsCodeAfter(end, limit: limit) {
                currency = m.code; end = m.end
                value = DecimalMath.product(value, 1_000_000); low = low.map { DecimalMath.product($0, 1_000_000) }; high = high.map { DecimalMath.product($0, 1_000_000) }
            } else if let p = currencyPrefix {
                currency = p
                if prefixInMillions { value = DecimalMath.product(value, 1_000_000) }
            }
            let wholeAmount = core.trailingMultiplier == nil && !core.isFraction && !text[core.range].contains(".")
            if currency != nil, high == nil, let cents = centsAfter(end, limit: limit, bare: wholeAmount) { value = DecimalMath.sum(value, cents.value); end = cents.end }
        }
        // 24 cents: hundredths of the currency the text is about, US dollars when it names none; pence of the pound
        var centsOnly = false
        if currency == nil, kind == .number, high == nil, latin, let w = scanner.nextWordShape(after: end), w.start == end + 1 {
            // (`56.3 US cents`, `72.15 U.S. cents`: named)
            let dotted = w.end == w.start + 1 && scanner.at(w.start) == "U" && scanner.at(w.start + 1) == "." && scanner.at(w.start + 2) == "S"
                && scanner.at(w.start + 3) == "."
            let named = w.key == WordKey.us || dotted
            let namedEnd = dotted ? w.start + 4 : w.end
            let word = named ? scanner.nextWordShape(after: namedEnd).flatMap { $0.start == namedEnd + 1 ? $0 : nil } : w
            if let word, word.key == WordKey.cents || word.key == WordKey.cent {
                currency = "USD"; value = DecimalMath.quotient(value, 100); end = word.end; centsOnly = !named
            } else if !named, w.key == WordKey.pence {
                // `312 pence`: hundredths of the pound, as a London share price is quoted
                currency = "GBP"; value = DecimalMath.quotient(value, 100); end = w.end
            }
        }
        // `4p a share`, `fell 9pc to 212p` in a sentence that writes pounds or London's market:
        // pence glued to the number (not `1080p`, a screen's lines)
        if currency == nil, kind == .number, high == nil, latin, scanner.at(end) == "p", !(scanner.at(end + 1).map(isAlphanumeric) ?? false),
           isPerShare(at: end + 1) || namesPounds() {
            currency = "GBP"; value = DecimalMath.quotient(value, 100); end += 1
        }
        if currency != nil { kind = .money; unit = currency }
        else if core.isArticle { return nil }
        // 两个半月, 一个半小时: a half before a unit of time
        if kind == .number, high == nil, !core.isFraction, let h = halfBeforeUnitOfTime(end, limit: limit) {
            value += DecimalMath.quotient(5, 10); end = h
        }
        // (the entry bound apart from its span, not copied out of the found tuple)
        if kind == .number || kind == .fraction,
           case let (entry, formStart, formEnd)? = unitAfter(end, limit: limit, english: core.isEnglish || !core.endsWithHan),
           kind == .number || entry.kind != .number {
            kind = entry.kind
            // 三年半: a half after it
            var unitEnd = formEnd
            if entry.kind == .duration, high == nil, let h = halfAfterUnitOfTime(formEnd, limit: limit) {
                value += DecimalMath.quotient(5, 10); unitEnd = h
            }
            if entry.kind == .number && entry.keepsForm {
                unit = text.text(formStart..<formEnd)
                unitSpan = formStart..<formEnd
            } else {
                unit = entry.unit
            }
            if !DecimalMath.equal(entry.factor, Self.one) {
                value = DecimalMath.product(value, entry.factor)
                core.isSingleOne = false
                low = low.map { DecimalMath.product($0, entry.factor) }; high = high.map { DecimalMath.product($0, entry.factor) }
            }
            end = unitEnd
            // 点 as a counter (an index's points): not a clock's hour, nor after a decimal 点 (一点一点)
            if entry.kind == .number, text[end - 1] == "点",
               text[core.range].contains("点") || isClockTime(start: start, end: end, hour: value, whole: !text[core.range].contains(".")) { return nil }
            // 10点30分: the hour and its minutes, not ten point three
            if text[end - 1] == "分", text[core.range].contains("点") { return nil }
        }
        // `over three years`, `over 48 weeks`: over a period says when, not how long (`for over
        // three years` is more than three)
        if kind == .duration, approx == .over, start < core.range.lowerBound, scanner.word(at: start)?.word == "over",
           wordBefore(start)?.word != "for" {
            approx = nil; start = core.range.lowerBound
        }
        // 四倍多, 一年多: more than four times, more than a year
        if kind == .multiple || kind == .duration, approx == nil, scanner.at(end) == "多",
           !(scanner.at(end + 1).map(isHan) ?? false) || scanner.at(end + 1) == "的" {
            approx = .over; end += 1
        }
        if let q = qualifierAfter(end, limit: limit) { approx = approx ?? q.approx; end = q.end }
        // `不到OpenAI同类模型的1/10`, `近全年收入的四成`: a qualifier before what a share or a ratio is of
        if approx == nil, kind == .fraction || kind == .multiple || kind == .percent { approx = qualifierBeforeOwner(of: start..<end) }

        // --- what cannot be a quantity
        // (not after a Chinese counter or currency: `15亿元B轮融资` names its round after the amount)
        if let next = scanner.at(end), isLatinLetter(next), !(core.isEnglish),
           !((kind == .number && unit != nil || kind == .money) && isHan(text[end - 1])) {
            // `42万亿tokens`: a lower-case Latin noun glued to a Chinese multiplier is what is counted
            // (after a Chinese counter the Latin word is the noun counted: `2048个GPU`, `500台AI服务器`)
            guard kind == .number, unit == nil, core.endsWithHan, let noun = gluedLowercaseNoun(at: end, limit: limit) else { return nil }
            unit = noun.word; end = noun.end
        }
        // 一家公司, a company, one of: an article, not a count
        if kind == .number && approx == nil && core.isSingleOne && high == nil && !standsAlone(start..<end) { return nil }
        // 沪深两市, “三下乡”, 二是: a Chinese numeral of one character counts nothing without a
        // counter; it is a character of a word, or a list's number (after 是, 为, 前 it is a value:
        // `答案是四`, `排名前三`)
        if kind == .number, end == core.range.upperBound, approx == nil, high == nil, core.range.count == 1, isHan(text[core.range.lowerBound]),
           !(scanner.at(start - 1).map { Self.beforeBareNumeral.contains($0) } ?? false), !standsAlone(start..<end) { return nil }
        // 上一年, 同一天, 这一个月: one period picked out (the year before, the same day), not one that
        // lasts; the word must be one of its own (`提前一个月`, `以前一个月` last a month)
        if kind == .duration, core.range.count == 1, text[core.range.lowerBound] == "一", start == core.range.lowerBound,
           let before = scanner.at(start - 1), Self.periodPickers.contains(before), isWordBoundary(start - 1) { return nil }
        // 伍仁, 朝花夕拾: one capital numeral alone is a character of a word
        if kind == .number, unit == nil, core.range.count == 1, ChineseNumeralCharacter.isCapital(text[core.range.lowerBound]),
           !standsAlone(start..<end) { return nil }
        if kind == .number, unit == nil, currency == nil, isVersionName(core) || isQuotedName(core, start..<end) || isHanNameNumber(core, start..<end) { return nil }
        // a prefix we read ourselves (近, 超过) may stand inside an ICU word; a bare numeral may not
        // (ICU may join 了 to a numeral, `了一 / 百家`: after 了, or written with places, it is one)
        // (the boundary asked last: the first question segments the clause)
        if start == core.range.lowerBound && isHan(text[start]) && !(start > 0 && text[start - 1] == "了")
            && !isPositionalNumeral(core.range) && !isWordBoundary(start) { return nil }
        if kind == .number, unit == nil, isHan(text[end - 1]), !isPositionalNumeral(core.range), !isWordBoundary(end) { return nil }

        // a bare count's unit is the noun after it (`5 employees`)
        if kind == .number, unit == nil, core.isEnglish || !core.endsWithHan { unit = countedNoun(after: end, limit: limit) }
        let wantsContextCurrency = centsOnly || kind == .number && unit == nil && (moneyCueBefore(start) || moneyNounAfterOf(end))
        // made in the appended value at once (a `SentenceQuantity` made, then changed and
        // appended, was copied whole into the result), its strings moved into it, not copied
        Self.add(SentenceQuantity(quantity: Quantity(span: start..<end, kind: kind, value: value, unit: consume unit, currency: consume currency,
                                                      currencyInferred: centsOnly, approx: approx, low: low, high: high),
                                  wantsContextCurrency: wantsContextCurrency, unitSpan: unitSpan, currencyFamily: currencyFamily), to: &results)
        return end
    }

    /// Where the connector of a range may stand after a number that ends at `end` (past one
    /// space) and its first character: a sign, or a letter (`to`, `and`). Told before the
    /// range is read: most numbers are followed by neither.
    @inline(__always)
    private func rangeConnector(after end: Int) -> (start: Int, first: Unicode.Scalar)? {
        var j = end
        if let s = scanner.at(j), isSpace(s) { j += 1 }
        guard let c = scanner.at(j), Self.isRangeSign(c) || isLatinLetter(c) else { return nil }
        return (j, c)
    }

    /// `20至30亿`: the connector (``rangeConnector(after:)``) and the number after it.
    private func rangeEnd(after end: Int, connector: (start: Int, first: Unicode.Scalar), limit: Int, between: Bool) -> (NumberCore, Int)? {
        let (j, c) = connector
        var k: Int
        if Self.isRangeSign(c) { k = j + 1 }
        // `and` after `between`, else `to`
        else if let e = scanner.end(ofWord: between ? WordKey.and : WordKey.to, at: j) { k = e }
        else { return nil }
        if c == "-" || c == "~", (scanner.at(end - 1).map(isHan) ?? false) == false, j != end && scanner.at(k).map(isSpace) == false { return nil }
        if let s = scanner.at(k), isSpace(s) { k += 1 }
        // the second end may repeat the currency sign: $2-$3 billion
        if let p = lexicons.currencyPrefixes.longest(in: text, at: k, limit: limit) { k = p.end }
        guard k < limit, let second = core(at: k, limit: limit), second.range.lowerBound == k else { return nil }
        return (second, second.range.upperBound)
    }

    /// 元, 块, 蚊, 圆: the yuan (or dollar) in Chinese, which its sub-units may follow (compared,
    /// not looked for in a string's scalars).
    private static func isYuan(_ c: Unicode.Scalar) -> Bool {
        switch c { case "元", "块", "蚊", "圆": true; default: false }
    }

    /// `代号：1387`, `股票代码600519`, `编号: 12`: an identifier after its label, no figure.
    private func followsIdentifierLabel(_ start: Int) -> Bool {
        var k = start - 1
        if let c = scanner.at(k), c == ":" || c == "：" { k -= 1 }
        guard let mark = scanner.at(k), mark == "号" || mark == "码", let before = scanner.at(k - 1) else { return false }
        return before == "代" || before == "编"
    }

    /// `恒生銀行（00011）`, `贵州茅台(600519)`, `腾讯控股（00700.HK）`: a listed company's stock code in
    /// brackets after its name (four to six digits, a leading zero or six), no figure.
    private func isStockCode(_ start: Int, _ end: Int) -> Bool {
        let digits = end - start
        guard digits >= 4, digits <= 6, text[start] == "0" || digits == 6, (start..<end).allSatisfy({ isASCIIDigit(text[$0]) }),
              let name = scanner.at(start - 2), isHan(name) || isLatinLetter(name), let close = scanner.at(end) else { return false }
        return close == ")" || close == "）" || close == "." && scanner.at(end + 1).map(isLatinLetter) ?? false
    }

    /// Whether ` a share` or ` per share` (``PredicateChoice/perSharePhrases``) stands at `k`.
    private func isPerShare(at k: Int) -> Bool {
        PredicateChoice.perSharePhrases.contains { phrase in
            k + phrase.unicodeScalars.count <= text.count && zip(phrase.unicodeScalars, text[k...]).allSatisfy { $0 == $1 }
        }
    }

    /// The currencies whose unit is 元 where they are spent (the mainland's, Hong Kong's, Taiwan's,
    /// Macau's): one of them named (`42.8億港元`, `新台幣…元`, `人民幣…元`) is what 元 alone after it
    /// is in (``CurrencyFamilyWord/localUnit``).
    /// (compared, not hashed: a set's hashing cost more than the four comparisons)
    static func isYuanCurrency(_ code: String) -> Bool { code == "CNY" || code == "HKD" || code == "TWD" || code == "MOP" }

    /// Whether the currency's word at `range` is the yuan's unit alone (`元`, `块钱`), which
    /// stands for whatever currency the writer counts in; not `元人民币`, which names its own.
    private func isLocalUnit(_ range: Range<Int>) -> Bool {
        Self.isYuan(text[range.lowerBound]) && text[range].allSatisfy { Self.isYuan($0) || $0 == "钱" }
    }

    private static let subunits: [([Unicode.Scalar], Decimal)] = [(["角", "毛", "毫"], Decimal(string: "0.1")!), (["分"], Decimal(string: "0.01")!)]
    private static let one = DecimalMath.decimal(1)
    /// What picks one period out before 一 and its unit of time (上一年, 同一天): no duration.
    private static let periodPickers = ScalarBitSet("上下前同这那每".unicodeScalars)
    /// What a Chinese numeral of one character may follow as a value (`答案是四`, `排名前三`).
    private static let beforeBareNumeral = ScalarBitSet("是为前".unicodeScalars)
    /// The last characters of a time of day (上午, 中午, 凌晨, 傍晚, 晚上, 深夜, 明早), and the
    /// prepositions of time (到, 至, 从, 在, 于).
    private static let beforeHour = ScalarBitSet("午晨晚上夜早到至从在于".unicodeScalars)
    /// What follows an hour: 半, 钟, 整, 过 (四点过五分), 前, 后, 左右, 多, 上班, 下班, 到.
    private static let afterHour = ScalarBitSet("半钟整过前后左多上下到".unicodeScalars)
    private static let lastHour = DecimalMath.decimal(24)

    /// Whether the number at `start` with 点 at `end - 1` tells the hour (a whole number up to
    /// 24, after a time of day or a preposition, or before a word that follows an hour), or
    /// comes with its minutes (`10点30分`).
    private func isClockTime(start: Int, end: Int, hour: Decimal, whole: Bool) -> Bool {
        var k = end
        while let c = scanner.at(k), isASCIIDigit(c) || ChineseNumeralCharacter.element(c) != nil { k += 1 }
        if k > end && scanner.at(k) == "分" { return true }
        guard whole, !DecimalMath.less(Self.lastHour, hour) else { return false }
        if let before = scanner.at(start - 1), Self.beforeHour.contains(before) { return true }
        return scanner.at(end).map { Self.afterHour.contains($0) } ?? false
    }
    private static let million = DecimalMath.decimal(1_000_000)
    private static let tenth = Decimal(string: "0.1")!
    private static let hundredth = Decimal(string: "0.01")!

    private func chineseSubunits(after end: Int, limit: Int) -> (value: Decimal, end: Int)? {
        // every sub-unit amount opens with a digit, or 零 before one: most amounts have neither after them
        guard let first = scanner.at(end), isASCIIDigit(first) || ChineseNumeralCharacter.element(first) != nil else { return nil }
        var j = end
        var total: Decimal = 0
        var found = false
        for (marks, scale) in Self.subunits {
            guard let c = scanner.at(j), let e = ChineseNumeralCharacter.element(c) ?? (isASCIIDigit(c) ? .digit(Int(c.value - 48)) : nil),
                  case .digit(let d) = e, let m = scanner.at(j + 1), marks.contains(m) else { continue }
            total += Decimal(d) * scale; j += 2; found = true
        }
        // 三块五 (3.5), 三块零四 (3.04): the digit after 块 counts tenths, after 零 hundredths
        if !found, text[end - 1] == "块" || text[end - 1] == "蚊", let c = scanner.at(j) {
            let hundredths = c == "零"
            let k = hundredths ? j + 1 : j
            if let digit = scanner.at(k), case .digit(let d) = ChineseNumeralCharacter.element(digit) ?? .zero,
               scanner.at(k + 1).map({ ChineseNumeralCharacter.element($0) == nil && !isASCIIDigit($0) }) ?? true {
                return (Decimal(d) * (hundredths ? Self.hundredth : Self.tenth), k + 1)
            }
        }
        // 五蚊六毫七: a digit after the tenths counts hundredths
        if found, let c = scanner.at(j), case .digit(let d) = ChineseNumeralCharacter.element(c) ?? .zero,
           scanner.at(j - 1) == "毫" || scanner.at(j - 1) == "角" || scanner.at(j - 1) == "毛",
           scanner.at(j + 1).map({ ChineseNumeralCharacter.element($0) == nil && !isASCIIDigit($0) }) ?? true {
            return (total + Decimal(d) * Self.hundredth, j + 1)
        }
        return found ? (total, j) : nil
    }

    /// Whether the sentence writes `£`, `pound`, `sterling` or `London` (asked only of a number
    /// glued to a `p`).
    private func namesPounds() -> Bool {
        text.indices.contains { i in
            switch text[i] {
            case "£": true
            case "p": text.has(Self.pound, at: i)
            case "s": text.has(Self.sterling, at: i)
            case "L": text.has(Self.london, at: i)
            default: false
            }
        }
    }
    private static let pound = Array("pound".unicodeScalars), sterling = Array("sterling".unicodeScalars), london = Array("London".unicodeScalars)

    /// `20 dollars 43 cents`, `$20 and 43c`, `3 GBP 1 pence`: an amount in hundredths; with
    /// `bare`, also without the cents word where nothing else claims the number
    /// (`15 dollars 50`, `thirteen dollars forty five`, `17 USD 25`).
    private func centsAfter(_ end: Int, limit: Int, bare: Bool) -> (value: Decimal, end: Int)? {
        var j = end
        if let w = scanner.nextWordShape(after: j), w.key == WordKey.and { j = w.end }
        var k = j
        while let s = scanner.at(k), isSpace(s) { k += 1 }
        guard k > j, k < limit else { return nil }
        var amount: Decimal
        var afterAmount: Int
        if let n = scanner.arabicNumber(at: k), n.plain, n.digits <= 2 { amount = n.value; afterAmount = n.end }
        else if let w = scanner.englishNumber(at: k), !w.isFraction, !w.isArticle, w.value < 100, w.value >= 1 { amount = w.value; afterAmount = w.range.upperBound }
        else { return nil }
        guard afterAmount <= limit else { return nil }
        let unitStart = scanner.at(afterAmount).map(isSpace) == true ? afterAmount + 1 : afterAmount
        if let w = scanner.word(at: unitStart) ?? (scanner.at(afterAmount).map(isLatinLetter) == true ? scanner.wordGluedAfterDigits(at: afterAmount) : nil),
           Self.centWords.contains(w.word) {
            return (amount / 100, w.end)
        }
        guard bare, endsBareAmount(at: afterAmount) else { return nil }
        return (amount / 100, afterAmount)
    }

    private static let centWords: WordSet = [
        "c", "cent", "cents", "pence", "penny", "p", "paise", "fen", "sen", "sens", "kopiyka", "kopiykas", "kopecks", "kopeks",
    ]
    private static let wordsAfterBareCents: WordSet = ["and", "or", "but", "for", "to", "in", "on", "at", "each", "per", "a", "an", "the"]

    /// Nothing after a bare sub-unit amount makes it a count of something else.
    private func endsBareAmount(at j: Int) -> Bool {
        var k = j
        while let s = scanner.at(k), isSpace(s) { k += 1 }
        guard let c = scanner.at(k) else { return true }
        if isLatinLetter(c) { return k > j && (scanner.word(at: k).map { Self.wordsAfterBareCents.contains($0.word) } ?? false) }
        return !(isASCIIDigit(c) || isHan(c) || c == "%" || lexicons.currencySuffixes.longest(in: text, at: k, limit: text.count) != nil)
    }

    /// 一千八百零三 (before 章中): three or more characters with a unit among them read as a
    /// number even where the dictionary joins the last one to the next word.
    private func isPositionalNumeral(_ range: Range<Int>) -> Bool {
        range.count >= 3 && text[range].contains { c in
            switch ChineseNumeralCharacter.element(c) { case .small, .big: return true; default: return false }
        }
    }

    /// Four digits alone, 1900 to 2099 (`in 2025`).
    private func isYearWritten(_ range: Range<Int>) -> Bool {
        guard range.count == 4, text[range].allSatisfy(isASCIIDigit) else { return false }
        let (first, second) = (text[range.lowerBound], text[range.lowerBound + 1])
        return first == "1" && second == "9" || first == "2" && second == "0"
    }

    /// `in five`, `out of four`, `over 3` after a number: the whole it is a share of.
    private func shareDenominator(after end: Int, numerator: Decimal, limit: Int) -> (value: Decimal, end: Int)? {
        guard let w = scanner.nextWordShape(after: end), w.start == end + 1, let word = w.key else { return nil }
        var k = w.end
        switch word {
        case WordKey.in, WordKey.over: break
        case WordKey.out:
            guard let of = scanner.nextWordShape(after: w.end), of.key == WordKey.of else { return nil }
            k = of.end
        default: return nil
        }
        guard scanner.at(k).map(isSpace) == true, let d = self.core(at: k + 1, limit: limit), d.range.lowerBound == k + 1,
              d.high == nil, !d.isFraction, !d.isArticle, DecimalMath.less(Decimal(), d.value) else { return nil }
        let dEnd = d.range.upperBound
        if unitAfter(dEnd, limit: limit, english: true) != nil || currencyAfter(dEnd, limit: limit) != nil { return nil }
        switch word {
        // (compared through `DecimalMath`, which answers as Foundation's operators)
        // (`handing over 766 in 2025`: a year of four plain digits is when, not a whole)
        case WordKey.in: guard DecimalMath.less(numerator, d.value), !DecimalMath.less(Self.million, d.value),
                               !isYearWritten(d.range) else { return nil }
        case WordKey.out: guard !DecimalMath.less(d.value, numerator) else { return nil }
        default:
            // `1 over 3` only as an expression of its own, never `over 3 years`
            var j = dEnd
            while let s = scanner.at(j), isSpace(s) { j += 1 }
            if let c = scanner.at(j), Self.isWordish(c) { return nil }
        }
        return (d.value, dEnd)
    }

    /// `分之Y` after a denominator that ends at `end`: the numerator and where it ends.
    /// (Given the denominator's end and value, not its core: a core lent from a variable was
    /// copied for every number read.)
    private func fractionTail(after end: Int, denominator: Decimal, limit: Int) -> (numerator: Decimal, end: Int)? {
        // (the characters first: the value's test builds a decimal zero)
        guard scanner.at(end) == "分", scanner.at(end + 1) == "之", denominator != 0,
              let numerator = self.core(at: end + 2, limit: limit), numerator.range.lowerBound == end + 2 else { return nil }
        return (numerator.value, numerator.range.upperBound)
    }

    private func isPowerOfTen(_ value: Decimal) -> Bool {
        var v = value
        while v >= 10 { v /= 10 }
        return v == 1 && value >= 100
    }

    /// The number is all the sentence says (`一`, `壹`, `one`), or is quoted alone (`“一”`):
    /// a numeral named, not an article.
    /// (the quotes compared, not hashed into sets)
    private static func isOpeningQuote(_ c: Unicode.Scalar) -> Bool {
        switch c { case "“", "「", "『", "\"", "'", "‘": true; default: false }
    }
    private static func isClosingQuote(_ c: Unicode.Scalar) -> Bool {
        switch c { case "”", "」", "』", "\"", "'", "’": true; default: false }
    }

    func standsAlone(_ range: Range<Int>) -> Bool {
        if let b = scanner.at(range.lowerBound - 1), Self.isOpeningQuote(b),
           let a = scanner.at(range.upperBound), Self.isClosingQuote(a) { return true }
        return !text[..<range.lowerBound].contains(where: Self.isWordish) && !text[range.upperBound...].contains(where: Self.isWordish)
    }

    /// Whether `c` is alphabetic or numeric. ASCII and the main block of ideographs are told
    /// without the scalar's properties, which answer the same there (a letter or digit of
    /// ASCII, and every ideograph of U+4E00–U+9FFF; no other ASCII), at some 350 instructions
    /// a character.
    static func isWordish(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII { return isLatinLetter(c) || isASCIIDigit(c) }
        if c.value &- 0x4E00 < 0x5200 { return true }
        return c.properties.isAlphabetic || c.properties.numericType != nil
    }

    private func followsQuantityWord(_ j: Int, limit: Int) -> Bool {
        currencyAfter(j, limit: limit) != nil || unitAfter(j, limit: limit, english: false) != nil
    }
}
