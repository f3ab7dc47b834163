import FoundationEssentials

/// One piece of a Chinese (or mixed Chinese-Arabic) numeral, as the scanner reads it.
enum NumeralElement: Equatable {
    /// A digit 0-9 written as a Chinese character.
    case digit(Int)
    /// A number written in Arabic digits (`1830`, `10.1`).
    case arabic(Decimal)
    /// 十, 百, 千 (and 拾, 佰, 仟).
    case small(Decimal)
    /// 万, 亿, 兆.
    case big(Decimal)
    /// 廿 (20) and 卅 (30), which take a following digit.
    case tens(Decimal)
    /// 零 or 〇 between groups (`一千零一`).
    case zero
    /// 几 or 数 in place of a digit: a vague amount.
    case some
    /// 点, the decimal point.
    case point
}

/// Character classes of the Chinese numeral system, on folded (simplified) text.
enum ChineseNumeralCharacter {
    static func element(_ c: Unicode.Scalar) -> NumeralElement? {
        let v = c.value
        guard v >= table.base, v < table.base + UInt32(table.codes.count) else { return nil }
        let code = table.codes[Int(v - table.base)]
        return code == 0 ? nil : table.elements[Int(code)]
    }

    /// Every numeral character (all in U+3000...U+9FFF) by the element it is: a byte per
    /// code point, the index of its element.
    private static let table: (base: UInt32, codes: [UInt8], elements: [NumeralElement]) = {
        let characters: [(String, NumeralElement)] = [
            ("零〇", .zero), ("一壹幺", .digit(1)), ("二两贰俩", .digit(2)), ("三叁仨", .digit(3)), ("四肆", .digit(4)),
            ("五伍", .digit(5)), ("六陆", .digit(6)), ("七柒", .digit(7)), ("八捌", .digit(8)), ("九玖", .digit(9)),
            ("十拾", .small(10)), ("百佰", .small(100)), ("千仟", .small(1000)),
            ("万", .big(10_000)), ("亿", .big(100_000_000)), ("兆", .big(Decimal(string: "1000000000000")!)),
            ("廿", .tens(20)), ("卅", .tens(30)), ("卌", .tens(40)), ("几数", .some), ("点", .point),
        ]
        let base: UInt32 = 0x3000
        var codes = [UInt8](repeating: 0, count: 0xA000 - 0x3000)
        var elements: [NumeralElement] = [.zero]
        for (chars, element) in characters {
            elements.append(element)
            for c in chars.unicodeScalars { codes[Int(c.value - base)] = UInt8(elements.count - 1) }
        }
        return (base, codes, elements)
    }()

    /// Capital numerals that are also common characters elsewhere (参加, 陆地): numerals
    /// only when a unit follows.
    /// The financial capitals, also characters of ordinary words when alone (伍仁, 朝花夕拾).
    static func isCapital(_ c: Unicode.Scalar) -> Bool {
        "壹贰叁肆伍陆柒捌玖拾佰仟".unicodeScalars.contains(c)
    }

    static func needsFollowingUnit(_ c: Unicode.Scalar) -> Bool {
        c == "参" || c == "陆" || c == "幺" || c == "俩" || c == "仨"
    }
}

/// The value of a numeral read by ``ChineseNumeralEvaluator``.
struct NumeralValue: Equatable {
    var value: Decimal
    /// Set for `二三十` style ranges.
    var high: Decimal?
    /// `几`/`数` made the amount vague (`数十亿`) or open-ended (`三十几万`).
    var approx: Approximation?
    /// The multiplier that closes the numeral (万, 亿), used to scale the low end of a
    /// range written `20至30亿`.
    var trailingMultiplier: Decimal?
}

/// Evaluates a sequence of numeral elements exactly.
enum ChineseNumeralEvaluator {

    static func evaluate(_ elements: [NumeralElement]) -> NumeralValue? {
        guard !elements.isEmpty else { return nil }
        if elements == [.zero] { return NumeralValue(value: 0) }
        if let index = elements.firstIndex(of: .point) {
            return evaluateDecimal(integer: Array(elements[..<index]),
                                   fraction: Array(elements[(index + 1)...]))
        }
        if let range = evaluateAdjacentDigitRange(elements) { return range }
        if let value = digitByDigit(elements) { return NumeralValue(value: value) }
        return evaluateInteger(elements)
    }

    /// Digit by digit: 一七二零, 二〇二三 (零 reads as a digit there).
    static func digitByDigit(_ elements: [NumeralElement]) -> Decimal? {
        guard elements.count >= 2, elements.first != .zero else { return nil }
        var value: Decimal = 0
        for element in elements {
            switch element {
            case .digit(let d): value = value * 10 + Decimal(d)
            case .zero: value *= 10
            default: return nil
            }
        }
        return value
    }

    /// 二三十亿, 五六百: two neighbouring digits before a unit.
    private static func evaluateAdjacentDigitRange(_ elements: [NumeralElement]) -> NumeralValue? {
        for i in 0..<(elements.count - 1) {
            guard case .digit(let a) = elements[i], case .digit(let b) = elements[i + 1],
                  b == a + 1, i + 2 < elements.count else { continue }
            switch elements[i + 2] {
            case .small, .big: break
            default: continue
            }
            var lowElements = elements; lowElements.remove(at: i + 1)
            var highElements = elements; highElements.remove(at: i)
            guard let low = evaluateInteger(lowElements), let high = evaluateInteger(highElements) else { return nil }
            return NumeralValue(value: low.value, high: high.value, approx: nil,
                                trailingMultiplier: low.trailingMultiplier)
        }
        return nil
    }

    private static func evaluateDecimal(integer: [NumeralElement], fraction: [NumeralElement]) -> NumeralValue? {
        let whole: Decimal
        if integer.isEmpty { whole = 0 }
        else if let digits = digitByDigit(integer) { whole = digits }   // 一七二零点一
        else {
            guard let w = evaluateInteger(integer), w.high == nil, w.approx == nil else { return nil }
            whole = w.value
        }
        var fractionDigits = ""
        var multiplier: Decimal = 1
        var seenMultiplier = false
        for element in fraction {
            switch element {
            case .digit(let d) where !seenMultiplier: fractionDigits += String(d)
            case .zero where !seenMultiplier: fractionDigits += "0"
            case .arabic(let a) where !seenMultiplier && fractionDigits.isEmpty:
                let s = "\(a)"
                guard s.allSatisfy(\.isNumber) else { return nil }
                fractionDigits = s
            case .big(let m): multiplier *= m; seenMultiplier = true
            case .small(let m) where fractionDigits.count > 0 && !seenMultiplier && m != 10:
                multiplier *= m; seenMultiplier = true
            default: return nil
            }
        }
        guard !fractionDigits.isEmpty, let fractionValue = Decimal(string: "0." + fractionDigits) else { return nil }
        return NumeralValue(value: (whole + fractionValue) * multiplier, high: nil, approx: nil,
                            trailingMultiplier: seenMultiplier ? multiplier : nil)
    }

    /// The positional algorithm: 十百千 build a section below 万; 万, 亿, 兆 scale the
    /// sections before them (`一万亿` = 10^12, `一亿二千万` = 120,000,000).
    static func evaluateInteger(_ elements: [NumeralElement]) -> NumeralValue? {
        var result: Decimal = 0
        var section: Decimal = 0
        var number: Decimal? = nil
        var lastSmall: Decimal = 10_000
        var lastUnit: Decimal? = nil
        var zeroBeforeNumber = false
        var approx: Approximation? = nil
        var trailingMultiplier: Decimal? = nil
        var previous: NumeralElement? = nil

        for element in elements {
            switch element {
            case .digit(let d):
                if case .tens(let t) = previous { number = t + Decimal(d); break }   // 卅三, 五百卅四
                if number != nil { return nil }
                number = Decimal(d)
                lastUnit = (previous == .zero) ? nil : lastUnit
                zeroBeforeNumber = previous == .zero
            case .arabic(let a):
                if number != nil { return nil }
                number = a
                zeroBeforeNumber = previous == .zero
            case .tens(let t):
                if number != nil { return nil }
                number = t
                lastUnit = nil
            case .some:
                if previous == nil { approx = .vague; number = 1 }
                else if number != nil { approx = .over }
                else { approx = .over; number = 0 }
            case .zero:
                if number != nil { return nil }
                zeroBeforeNumber = true
            case .point:
                return nil
            case .small(let unit):
                guard unit < lastSmall else { return nil }
                if case .tens = previous { return nil }
                // 一百十一: 十 straight after 百 counts one ten
                if unit == 10, number == nil, previous == .small(100) { number = 1 }
                // 十 opens a section on its own: 十九, 二亿十九万
                let opensSection: Bool
                switch previous { case nil, .zero?, .big?: opensSection = true; default: opensSection = false }
                if number == nil, opensSection, unit == 10 || previous == nil || previous == .zero { number = 1 }
                section += (number ?? 0) * unit
                if number == nil && previous != nil && previous != .zero {
                    if case .some = previous ?? .zero {} else { return nil }
                }
                number = nil
                lastSmall = unit
                lastUnit = unit
            case .big(let unit):
                let group = section + (number ?? 0)
                if group == 0 {
                    result = (result == 0 ? 1 : result) * unit
                } else if result != 0 && result < unit {
                    result = (result + group) * unit
                } else {
                    result += group * unit
                }
                section = 0
                number = nil
                lastSmall = 10_000
                lastUnit = unit
                trailingMultiplier = unit
            }
            previous = element
        }
        if var last = number {
            // 三万五 = 35,000 and 一千三 = 1,300: a bare digit right after a unit counts in
            // the next unit down.
            if let unit = lastUnit, !zeroBeforeNumber, unit >= 100, case .digit = previous ?? .zero {
                last *= unit / 10
            }
            section += last
            trailingMultiplier = nil
        } else if case .small = previous ?? .zero {
            trailingMultiplier = nil
        }
        return NumeralValue(value: result + section, high: nil, approx: approx,
                            trailingMultiplier: trailingMultiplier)
    }
}
