import FoundationEssentials

/// Finds number cores in a sentence's folded text: Arabic digits (with separators,
/// decimals, Chinese multipliers and English scale suffixes), Chinese numerals in all
/// their scripts, and English number words.
struct NumberScanner {
    let text: [Unicode.Scalar]
    let limit: Int
    private(set) var shapes: WordShapes

    init(_ text: [Unicode.Scalar]) {
        var storage = WordShapes.Storage()
        self.init(text, reusingShapes: &storage)
    }

    /// A scanner whose word shapes are made in `storage` (see ``WordShapes/Storage``).
    init(_ text: [Unicode.Scalar], reusingShapes storage: inout WordShapes.Storage) {
        self.text = text
        self.limit = text.count
        self.shapes = WordShapes(text, reusing: &storage)
    }

    /// Hands the memory of the word shapes on to the next sentence's scanner.
    mutating func giveBackShapes(to storage: inout WordShapes.Storage) { shapes.giveBack(to: &storage) }

    /// The scalar at `i`, `nil` outside the text (`limit` is the text's length, checked here once).
    @inline(__always) func at(_ i: Int) -> Unicode.Scalar? {
        guard i >= 0 && i < limit else { return nil }
        return text.withUnsafeBufferPointer { $0[i] }
    }

    /// Where a scan that has passed over a word ending at `end` goes on: past the space after
    /// it, where one stands before `limit` (no number, date or phrase starts at a space).
    @inline(__always) func pastSpace(_ end: Int, limit: Int) -> Int {
        end < limit && text.withUnsafeBufferPointer { $0[end] } == " " ? end + 1 : end
    }

    /// Whether the ASCII letters of `word` (lower case) stand at `i`, in either case.
    func hasLetters(_ word: String, at i: Int) -> Bool {
        // (the word's bytes read in place: walking its `utf8` view cost some 100 instructions a
        // call, most of them where the first letter differs; only a bridged string holds no
        // contiguous bytes)
        word.utf8.withContiguousStorageIfAvailable { hasLetters($0, at: i) } ?? Array(word.utf8).withUnsafeBufferPointer { hasLetters($0, at: i) }
    }

    private func hasLetters(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        guard !bytes.isEmpty else { return true }
        guard i >= 0, bytes.count <= limit - i else { return false }
        return text.withUnsafeBufferPointer { t in
            for k in bytes.indices where t[i + k].value | 0x20 != UInt32(bytes[k]) { return false }
            return true
        }
    }

    // MARK: Arabic digits

    /// Reads `1,830.5` (or `.5`) at `i`; returns the value, the end and whether it was a
    /// plain run of digits.
    func arabicNumber(at i: Int) -> (value: Decimal, end: Int, plain: Bool, digits: Int)? {
        var j = i
        var digits = 0
        var plain = true
        var mantissa: UInt64 = 0
        var decimals = 0
        @inline(__always) func take(_ c: Unicode.Scalar) {
            if digits < 19 { mantissa = mantissa &* 10 &+ UInt64(c.value - 48) }
            digits += 1
        }
        while let c = at(j), isASCIIDigit(c) { take(c); j += 1 }
        // 12,34,567.89: lakh grouping, pairs of digits then a final three
        if digits > 0, digits <= 2, let pairsEnd = lakhGroupsEnd(from: j) {
            for k in j..<pairsEnd where isASCIIDigit(text[k]) { take(text[k]) }
            j = pairsEnd
            plain = false
        }
        // thousands separators: exactly three digits after each comma
        while digits > 0, let c = at(j), c == ",",
              let d1 = at(j + 1), isASCIIDigit(d1), let d2 = at(j + 2), isASCIIDigit(d2),
              let d3 = at(j + 3), isASCIIDigit(d3), !(at(j + 4).map(isASCIIDigit) ?? false) {
            take(d1); take(d2); take(d3)
            j += 4
            plain = false
        }
        if let dot = at(j), dot == ".", let d = at(j + 1), isASCIIDigit(d) {
            j += 1
            while let c = at(j), isASCIIDigit(c) { take(c); j += 1; decimals += 1 }
            plain = false
        }
        guard digits > 0 else { return nil }
        if digits < 19 {
            // (fewer than 19 digits fit 63 bits)
            return (DecimalMath.decimal(Int64(mantissa), exponent: -decimals), j, plain, digits)
        }
        // longer than 64 bits hold: the digits as written, separators dropped
        var literal = text[i] == "." ? "0" : ""
        for k in i..<j where text[k] != "," { literal.unicodeScalars.append(text[k]) }
        guard let value = Decimal(string: literal) else { return nil }
        return (value, j, plain, digits)
    }

    /// The value of a plain run of digits (at most 18) that ``arabicNumber(at:)`` read.
    func integerValue(_ digits: Range<Int>) -> Int {
        var v = 0
        for k in digits { v = v * 10 + Int(text[k].value - 48) }
        return v
    }

    /// Where `,dd,dd,ddd` groups starting at `j` end, when they are there.
    private func lakhGroupsEnd(from j: Int) -> Int? {
        var k = j
        var pairs = 0
        while at(k) == ",", at(k + 1).map(isASCIIDigit) ?? false, at(k + 2).map(isASCIIDigit) ?? false, at(k + 3) == "," {
            k += 3; pairs += 1
        }
        guard pairs > 0, at(k) == ",", (1...3).allSatisfy({ at(k + $0).map(isASCIIDigit) ?? false }),
              !(at(k + 4).map(isASCIIDigit) ?? false) else { return nil }
        return k + 4
    }

    // MARK: Chinese numerals (mixed with Arabic digits)

    /// Whether a Chinese numeral may start at `i`.
    func chineseNumeralStarts(at i: Int) -> Bool {
        guard let c = at(i), let element = ChineseNumeralCharacter.element(c) else {
            if let c = at(i), ChineseNumeralCharacter.needsFollowingUnit(c), let n = at(i + 1) {
                switch ChineseNumeralCharacter.element(n) { case .small, .big: return true; default: return false }
            }
            return false
        }
        switch element {
        case .digit, .zero, .tens: return true
        case .small(let unit):
            if unit == 10 { return true }
            if let n = at(i + 1), let next = ChineseNumeralCharacter.element(n) {
                if case .big = next { return true }
                if case .small = next { return true }
            }
            return false
        case .some:
            if let n = at(i + 1), let next = ChineseNumeralCharacter.element(n) {
                if case .small = next { return true }
                if case .big = next { return true }
            }
            return false
        case .big, .point, .arabic: return false
        }
    }

    /// The most elements a numeral is read to; a longer run is none. A run of numeral
    /// characters is shortened until it reads as a numeral, each length evaluated, so a run
    /// thousands long (numerals in a table with no space between) cost millions of steps.
    /// The longest numerals, `九千九百九十九万九千九百九十九亿…` or a long decimal, have some 40.
    static let longestNumeral = 64

    /// Reads a numeral that may mix Chinese characters and Arabic digits (`5万4千6百`,
    /// `一百点123`, `3.5万亿`). `leading` is an Arabic number already read at the start.
    func chineseNumeral(from start: Int, leading: (value: Decimal, end: Int)?) -> NumberCore? {
        var elements = NumeralElements()
        var j = start
        if let leading {
            j = leading.end; elements.append(.arabic(leading.value), end: j)
        }
        while j < limit, elements.count < Self.longestNumeral {
            let c = text[j]
            if isASCIIDigit(c) {
                // an Arabic group inside: 5万4千, 一百点123, 1千零1
                guard !elements.isEmpty, let n = arabicNumber(at: j) else { break }
                if let last = elements.last, case .point = last {} else if case .arabic = elements.last! { break }
                j = n.end; elements.append(.arabic(n.value), end: j)
                continue
            }
            if isSpace(c), !elements.isEmpty {
                // spacing inside a numeral: `7 萬5 千`, `一百 五 十 二`
                var k = j
                while let s = at(k), isSpace(s), k - j < 3 { k += 1 }
                if let n = at(k), ChineseNumeralCharacter.element(n) != nil || (n == "余" || n == "多") && at(k + 1).map({ ChineseNumeralCharacter.element($0) != nil }) == true {
                    if case .some = ChineseNumeralCharacter.element(n) ?? .zero, n == "数" { break }
                    j = k; continue
                }
                break
            }
            var element = ChineseNumeralCharacter.element(c)
            if element == nil, ChineseNumeralCharacter.needsFollowingUnit(c) {
                let next = at(j + 1).flatMap(ChineseNumeralCharacter.element)
                let unitFollows: Bool
                switch next { case .small, .big: unitFollows = true; default: unitFollows = false }
                // 贰佰零参, 叁拾参: after a unit, at the end of the numeral
                let afterUnit: Bool
                switch elements.last { case .small, .big, .zero: afterUnit = next == nil && !(at(j + 1).map(isHan) ?? false); default: afterUnit = false }
                if unitFollows || afterUnit { element = c == "参" ? .digit(3) : c == "陆" ? .digit(6) : c == "仨" ? .digit(3) : c == "俩" ? .digit(2) : .digit(1) }
            }
            guard let element else {
                // 3000多亿, 一百多万: 多/余 between a number and its multiplier
                if (c == "多" || c == "余"), !elements.isEmpty, let n = at(j + 1),
                   let e = ChineseNumeralCharacter.element(n), case .big = e {
                    elements.append(.some, end: j + 1); j += 1; continue
                }
                break
            }
            if case .point = element {
                guard let n = at(j + 1), isASCIIDigit(n) || {
                    switch ChineseNumeralCharacter.element(n) { case .digit, .zero: return true; default: return false }
                }(), !elements.isEmpty else { break }
            }
            j += 1; elements.append(element, end: j)
        }
        // a run longer than any numeral is none (numerals in a table with no space between)
        if elements.count == Self.longestNumeral, let c = at(j), ChineseNumeralCharacter.element(c) != nil { return nil }
        // shorten until the elements make a valid numeral
        while !elements.isEmpty {
            let digitByDigit = elements.withElements(ChineseNumeralEvaluator.readsDigitByDigit)
            // a trailing point is not part of the number, nor a trailing zero, but in a
            // digit-by-digit reading (一七二零) and alone (零)
            if let last = elements.last, last == .point || last == .zero && elements.count > 1 && !digitByDigit {
                elements.removeLast(); continue
            }
            // 两 is never read digit by digit (两两)
            if digitByDigit, text[start..<elements.lastEnd].contains("两") {
                elements.removeLast(); continue
            }
            if let v = elements.withElements(ChineseNumeralEvaluator.evaluate) {
                let end = elements.lastEnd
                var core = NumberCore(range: start..<end, value: v.value)
                core.high = v.high
                core.approx = v.approx
                core.trailingMultiplier = v.trailingMultiplier
                core.startsWithHan = isHan(text[start])
                core.endsWithHan = isHan(text[end - 1])
                core.isSingleOne = elements.count == 1 && elements.last == .digit(1)
                return core
            }
            elements.removeLast()
        }
        return nil
    }
}
