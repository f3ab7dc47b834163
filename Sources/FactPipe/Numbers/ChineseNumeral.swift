import FoundationEssentials

/// One piece of a Chinese (or mixed Chinese-Arabic) numeral, as the scanner reads it.
enum NumeralElement: Equatable {
    /// A digit 0-9 written as a Chinese character.
    case digit(Int)
    /// A number written in Arabic digits (`1830`, `10.1`).
    case arabic(Decimal)
    /// 十, 百, 千 (and 拾, 佰, 仟).
    case small(Int)
    /// 万, 亿, 兆.
    case big(Int)
    /// 廿 (20) and 卅 (30), which take a following digit.
    case tens(Int)
    /// 零 or 〇 between groups (`一千零一`).
    case zero
    /// 几 or 数 in place of a digit: a vague amount.
    case some
    /// 点, the decimal point.
    case point
}

/// The elements of a numeral being read, and where each ends in the text: on the stack for
/// the few almost every numeral has (two arrays made for each numeral read cost more than
/// reading it), in arrays once there are more.
struct NumeralElements {
    private var inlineElements = InlineArray<8, NumeralElement>(repeating: .zero)
    private var inlineEnds = InlineArray<8, Int>(repeating: 0)
    /// Every element and end, once there are more than fit inline.
    private var spilled: (elements: [NumeralElement], ends: [Int])? = nil
    private(set) var count = 0

    /// (inlined, the elements are made where the caller keeps them: made by a call, they were
    /// copied there from its result)
    @inline(__always) init() {}

    var isEmpty: Bool { count == 0 }

    /// (Both read with a mutating getter, though it changes nothing, as ``withElements(_:)`` is
    /// mutating: read from a variable through a plain getter, the elements were copied whole.)
    @inline(__always)
    var last: NumeralElement? {
        mutating get {
            if let spilled { return spilled.elements.last }
            // (through a span: the subscript copied all eight elements to read one)
            return count == 0 ? nil : inlineElements.span[count - 1]
        }
    }

    /// Where the last element ends; there must be one.
    @inline(__always)
    var lastEnd: Int { mutating get { spilled?.ends.last ?? inlineEnds.span[count - 1] } }

    @inline(__always)
    mutating func append(_ element: NumeralElement, end: Int) {
        if spilled != nil {
            spilled!.elements.append(element); spilled!.ends.append(end)
        } else if count < inlineElements.count {
            inlineElements[count] = element; inlineEnds[count] = end
        } else {
            var elements: [NumeralElement] = [], ends: [Int] = []
            for k in 0..<count { elements.append(inlineElements[k]); ends.append(inlineEnds[k]) }
            elements.append(element); ends.append(end)
            spilled = (elements, ends)
        }
        count += 1
    }

    @inline(__always)
    mutating func removeLast() {
        precondition(count > 0)
        if spilled != nil { spilled!.elements.removeLast(); spilled!.ends.removeLast() }
        count -= 1
    }

    /// Calls `body` with the elements. (Mutating, though it changes nothing, so that the
    /// elements are lent in place: called on a variable, a non-mutating call copied them all.)
    @inline(__always)
    mutating func withElements<R>(_ body: (Span<NumeralElement>) -> R) -> R {
        if let spilled { return body(spilled.elements.span) }
        return body(inlineElements.span.extracting(0..<count))
    }
}

/// Character classes of the Chinese numeral system, on folded (simplified) text.
enum ChineseNumeralCharacter {
    /// Whether `c` is a numeral character: ``element(_:)`` has one.
    @inline(__always) static func isNumeral(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        guard v >= tableBase, v < tableEnd else { return false }
        return table.codes[Int(v - tableBase)] != 0
    }

    /// Every numeral character.
    static var all: [Unicode.Scalar] { characters.flatMap(\.0.unicodeScalars) }

    static func element(_ c: Unicode.Scalar) -> NumeralElement? {
        let v = c.value
        guard v >= tableBase, v < tableEnd else { return nil }
        let code = table.codes[Int(v - tableBase)]
        return code == 0 ? nil : table.elements[Int(code)]
    }

    /// The code points the table covers, U+3000...U+9FFF: constants, so that a character
    /// outside is turned away without reading the table (each read of which costs a `swift_once`).
    private static let tableBase: UInt32 = 0x3000
    private static let tableEnd: UInt32 = 0xA000

    /// The numeral characters, by the element they are.
    private static let characters: [(String, NumeralElement)] = [
        ("零〇", .zero), ("一壹幺", .digit(1)), ("二两贰俩", .digit(2)), ("三叁仨", .digit(3)), ("四肆", .digit(4)),
        ("五伍", .digit(5)), ("六陆", .digit(6)), ("七柒", .digit(7)), ("八捌", .digit(8)), ("九玖", .digit(9)),
        ("十拾", .small(10)), ("百佰", .small(100)), ("千仟", .small(1000)),
        ("万", .big(10_000)), ("亿", .big(100_000_000)), ("兆", .big(1_000_000_000_000)),
        ("廿", .tens(20)), ("卅", .tens(30)), ("卌", .tens(40)), ("几数", .some), ("点", .point),
    ]

    /// Every numeral character (all in ``tableBase``..<``tableEnd``) by the element it is: a
    /// byte per code point, the index of its element.
    private static let table: (codes: [UInt8], elements: [NumeralElement]) = {
        var codes = [UInt8](repeating: 0, count: Int(tableEnd - tableBase))
        var elements: [NumeralElement] = [.zero]
        for (chars, element) in characters {
            elements.append(element)
            for c in chars.unicodeScalars { codes[Int(c.value - tableBase)] = UInt8(elements.count - 1) }
        }
        return (codes, elements)
    }()

    /// The financial capitals, also characters of ordinary words when alone (伍仁, 朝花夕拾).
    /// (compared, not looked for in a string's scalars: asked at every numeral of one character)
    static func isCapital(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖", "拾", "佰", "仟": true
        default: false
        }
    }

    /// Capital numerals that are also common characters elsewhere (参加, 陆地): numerals
    /// only when a unit follows.
    @inline(__always) static func needsFollowingUnit(_ c: Unicode.Scalar) -> Bool { followingUnit.contains(c) }

    static let followingUnitCharacters = Array("参陆幺俩仨".unicodeScalars)
    private static let followingUnit = ScalarBitSet(followingUnitCharacters)
    /// The numerals and the characters that need a unit after them: where a Chinese number
    /// may start, told by one bit test.
    static let numberStarts = ScalarBitSet(all + followingUnitCharacters)
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

    static func evaluate(_ elements: [NumeralElement]) -> NumeralValue? { evaluate(elements.span) }

    /// (on a span: the scanner keeps a numeral's elements on the stack, ``NumeralElements``)
    static func evaluate(_ elements: borrowing Span<NumeralElement>) -> NumeralValue? {
        guard !elements.isEmpty else { return nil }
        if let common = commonReading(elements) { return common }
        if elements.count == 1 && elements[0] == .zero { return NumeralValue(value: 0) }
        if let index = firstIndex(of: .point, in: elements) {
            let all = array(elements)
            return evaluateDecimal(integer: Array(all[..<index]), fraction: Array(all[(index + 1)...]))
        }
        if let range = evaluateAdjacentDigitRange(elements) { return range }
        if let value = digitByDigit(elements) { return NumeralValue(value: value) }
        return evaluateInteger(elements)
    }

    /// The readings most numerals take, made straight as the positional reading makes them
    /// (some 600 instructions less a numeral): one digit (`三`), and a figure before one
    /// multiplier (`20亿`, `3.5万`) where its integers fit; `nil` for any other numeral. (No
    /// earlier reading of ``evaluate(_:)`` takes either: neither holds a point, a zero or two
    /// digits.)
    private static func commonReading(_ elements: borrowing Span<NumeralElement>) -> NumeralValue? {
        switch elements.count {
        case 1:
            guard case .digit(let d) = elements[0] else { return nil }
            return NumeralValue(value: DecimalMath.decimal(Int64(d)))
        case 2:
            // (a zero figure, `0万`, the positional reading takes apart)
            guard case .arabic(let figure) = elements[0], case .big(let unit) = elements[1], let a = ScaledIntegers(elements),
                  let n = a.arabic(figure), n != 0, let product = a.multiply(n, by: unit) else { return nil }
            return NumeralValue(value: a.decimal(product), trailingMultiplier: DecimalMath.decimal(Int64(unit)))
        default:
            return nil
        }
    }

    /// Whether the elements read digit by digit (``digitByDigit(_:)`` has a value).
    static func readsDigitByDigit(_ elements: borrowing Span<NumeralElement>) -> Bool {
        guard elements.count >= 2, elements[0] != .zero else { return false }
        for k in elements.indices {
            switch elements[k] {
            case .digit, .zero: continue
            default: return false
            }
        }
        return true
    }

    /// Digit by digit: 一七二零, 二〇二三 (零 reads as a digit there).
    static func digitByDigit(_ elements: borrowing Span<NumeralElement>) -> Decimal? {
        guard readsDigitByDigit(elements) else { return nil }
        if elements.count <= 18 {
            var value: Int64 = 0
            for k in elements.indices {
                if case .digit(let d) = elements[k] { value = value * 10 + Int64(d) } else { value *= 10 }
            }
            return Decimal(value)
        }
        var value: Decimal = 0
        for k in elements.indices {
            if case .digit(let d) = elements[k] { value = value * 10 + Decimal(d) } else { value *= 10 }
        }
        return value
    }

    /// 二三十亿, 五六百: two neighbouring digits before a unit; 三四 alone (`三四个月`): three or four,
    /// not 34 read digit by digit.
    private static func evaluateAdjacentDigitRange(_ elements: borrowing Span<NumeralElement>) -> NumeralValue? {
        if elements.count == 2, case .digit(let a) = elements[0], case .digit(let b) = elements[1], b == a + 1 {
            return NumeralValue(value: DecimalMath.decimal(Int64(a)), high: DecimalMath.decimal(Int64(b)), approx: nil, trailingMultiplier: nil)
        }
        for i in 0..<(elements.count - 1) {
            guard case .digit(let a) = elements[i], case .digit(let b) = elements[i + 1],
                  b == a + 1, i + 2 < elements.count else { continue }
            switch elements[i + 2] {
            case .small, .big: break
            default: continue
            }
            var lowElements = array(elements); lowElements.remove(at: i + 1)
            var highElements = array(elements); highElements.remove(at: i)
            guard let low = evaluateInteger(lowElements), let high = evaluateInteger(highElements) else { return nil }
            return NumeralValue(value: low.value, high: high.value, approx: nil,
                                trailingMultiplier: low.trailingMultiplier)
        }
        return nil
    }

    private static func firstIndex(of element: NumeralElement, in elements: Span<NumeralElement>) -> Int? {
        for k in elements.indices where elements[k] == element { return k }
        return nil
    }

    /// The elements of a span in an array (for the rare readings that rearrange them).
    private static func array(_ elements: borrowing Span<NumeralElement>) -> [NumeralElement] {
        var array: [NumeralElement] = []
        array.reserveCapacity(elements.count)
        for k in elements.indices { array.append(elements[k]) }
        return array
    }

    private static func evaluateDecimal(integer: [NumeralElement], fraction: [NumeralElement]) -> NumeralValue? {
        let whole: Decimal
        if integer.isEmpty { whole = 0 }
        else if let digits = digitByDigit(integer.span) { whole = digits }   // 一七二零点一
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
            case .big(let m): multiplier *= Decimal(m); seenMultiplier = true
            case .small(let m) where fractionDigits.count > 0 && !seenMultiplier && m != 10:
                multiplier *= Decimal(m); seenMultiplier = true
            default: return nil
            }
        }
        guard !fractionDigits.isEmpty, let fractionValue = Decimal(string: "0." + fractionDigits) else { return nil }
        return NumeralValue(value: (whole + fractionValue) * multiplier, high: nil, approx: nil,
                            trailingMultiplier: seenMultiplier ? multiplier : nil)
    }

    /// The positional algorithm: 十百千 build a section below 万; 万, 亿, 兆 scale the
    /// sections before them (`一万亿` = 10^12, `一亿二千万` = 120,000,000). Read in 64-bit
    /// integers where the numbers fit, in decimals where they do not.
    static func evaluateInteger(_ elements: [NumeralElement]) -> NumeralValue? { evaluateInteger(elements.span) }

    static func evaluateInteger(_ elements: borrowing Span<NumeralElement>) -> NumeralValue? {
        if let arithmetic = ScaledIntegers(elements) {
            switch positional(elements, arithmetic) {
            case .value(let v): return v
            case .invalid: return nil
            case .tooLarge: break
            }
        }
        if case .value(let v) = positional(elements, DecimalNumbers()) { return v }
        return nil
    }

    private enum Reading {
        case value(NumeralValue)
        case invalid
        case tooLarge
    }

    private static func positional<A: NumeralArithmetic>(_ elements: Span<NumeralElement>, _ a: A) -> Reading {
        var result = a.zero
        var section = a.zero
        var number: A.Number? = nil
        var lastSmall = 10_000
        var lastUnit: Int? = nil
        var zeroBeforeNumber = false
        var approx: Approximation? = nil
        var trailingMultiplier: Int? = nil
        var previous: NumeralElement? = nil

        for k in elements.indices {
            let element = elements[k]
            switch element {
            case .digit(let d):
                if case .tens(let t) = previous {   // 卅三, 五百卅四
                    guard let n = a.whole(t + d) else { return .tooLarge }
                    number = n; break
                }
                if number != nil { return .invalid }
                guard let n = a.whole(d) else { return .tooLarge }
                number = n
                lastUnit = (previous == .zero) ? nil : lastUnit
                zeroBeforeNumber = previous == .zero
            case .arabic(let value):
                if number != nil { return .invalid }
                guard let n = a.arabic(value) else { return .tooLarge }
                number = n
                zeroBeforeNumber = previous == .zero
            case .tens(let t):
                if number != nil { return .invalid }
                guard let n = a.whole(t) else { return .tooLarge }
                number = n
                lastUnit = nil
            case .some:
                if previous == nil { approx = .vague; number = a.one }
                else if number != nil { approx = .over }
                else { approx = .over; number = a.zero }
            case .zero:
                if number != nil { return .invalid }
                zeroBeforeNumber = true
            case .point:
                return .invalid
            case .small(let unit):
                guard unit < lastSmall else { return .invalid }
                if case .tens = previous { return .invalid }
                // 一百十一: 十 straight after 百 counts one ten
                if unit == 10, number == nil, previous == .small(100) { number = a.one }
                // 十 opens a section on its own: 十九, 二亿十九万
                let opensSection: Bool
                switch previous { case nil, .zero?, .big?: opensSection = true; default: opensSection = false }
                if number == nil, opensSection, unit == 10 || previous == nil || previous == .zero { number = a.one }
                if let number {
                    guard let product = a.multiply(number, by: unit), let sum = a.add(section, product) else { return .tooLarge }
                    section = sum
                }
                if number == nil && previous != nil && previous != .zero {
                    if case .some = previous ?? .zero {} else { return .invalid }
                }
                number = nil
                lastSmall = unit
                lastUnit = unit
            case .big(let unit):
                var group = section
                if let number {
                    guard let sum = a.add(section, number) else { return .tooLarge }
                    group = sum
                }
                let next: A.Number?
                var resultBelowUnit = false
                if !a.isZero(result) {
                    guard let less = a.isLess(result, thanWhole: unit) else { return .tooLarge }
                    resultBelowUnit = less
                }
                if a.isZero(group) {
                    next = a.multiply(a.isZero(result) ? a.one : result, by: unit)
                } else if resultBelowUnit {
                    next = a.add(result, group).flatMap { a.multiply($0, by: unit) }
                } else {
                    next = a.multiply(group, by: unit).flatMap { a.add(result, $0) }
                }
                guard let next else { return .tooLarge }
                result = next
                section = a.zero
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
                guard let scaled = a.multiply(last, by: unit / 10) else { return .tooLarge }
                last = scaled
            }
            guard let sum = a.add(section, last) else { return .tooLarge }
            section = sum
            trailingMultiplier = nil
        } else if case .small = previous ?? .zero {
            trailingMultiplier = nil
        }
        guard let total = a.add(result, section) else { return .tooLarge }
        return .value(NumeralValue(value: a.decimal(total), high: nil, approx: approx,
                                   trailingMultiplier: trailingMultiplier.map { DecimalMath.decimal(Int64($0)) }))
    }
}

/// The arithmetic the positional reading of a numeral needs: whole numbers, the Arabic
/// numbers inside, sums and products by a unit. `nil` where a result does not fit.
private protocol NumeralArithmetic {
    associatedtype Number
    var zero: Number { get }
    var one: Number { get }
    func whole(_ n: Int) -> Number?
    func arabic(_ value: Decimal) -> Number?
    func add(_ x: Number, _ y: Number) -> Number?
    func multiply(_ x: Number, by unit: Int) -> Number?
    func isZero(_ x: Number) -> Bool
    func isLess(_ x: Number, thanWhole n: Int) -> Bool?
    func decimal(_ x: Number) -> Decimal
}

/// Decimals: every numeral fits.
private struct DecimalNumbers: NumeralArithmetic {
    var zero: Decimal { 0 }
    var one: Decimal { 1 }
    func whole(_ n: Int) -> Decimal? { Decimal(n) }
    func arabic(_ value: Decimal) -> Decimal? { value }
    func add(_ x: Decimal, _ y: Decimal) -> Decimal? { x + y }
    func multiply(_ x: Decimal, by unit: Int) -> Decimal? { x * Decimal(unit) }
    func isZero(_ x: Decimal) -> Bool { x == 0 }
    func isLess(_ x: Decimal, thanWhole n: Int) -> Bool? { x < Decimal(n) }
    func decimal(_ x: Decimal) -> Decimal { x }
}

/// Numbers as 64-bit integers counting units of 10^-scale, where `scale` is the most
/// decimal places of an Arabic number in the numeral (`3.5万` counts tenths).
private struct ScaledIntegers: NumeralArithmetic {
    let scale: Int
    let one: Int64
    var zero: Int64 { 0 }

    /// `nil` when an Arabic number of the numeral cannot be read as such an integer.
    init?(_ elements: borrowing Span<NumeralElement>) {
        var scale = 0
        for k in elements.indices {
            guard case .arabic(let value) = elements[k] else { continue }
            guard let (_, exponent) = Self.parts(value) else { return nil }
            scale = max(scale, -exponent)
        }
        guard scale <= 18 else { return nil }
        self.scale = scale
        one = PowersOfTen.int64[scale]
    }

    private static func parts(_ value: Decimal) -> (mantissa: Int64, exponent: Int)? {
        guard DecimalText.layoutChecked, let (mantissa, exponent, negative) = DecimalLayout.wordParts(value),
              !negative, mantissa <= UInt64(Int64.max), exponent >= -18, exponent <= 18 else { return nil }
        return (Int64(mantissa), exponent)
    }

    func whole(_ n: Int) -> Int64? { multiply(one, by: n) }

    func arabic(_ value: Decimal) -> Int64? {
        guard let (mantissa, exponent) = Self.parts(value) else { return nil }
        let shift = scale + exponent
        guard shift >= 0, shift <= 18 else { return nil }
        let (m, overflow) = mantissa.multipliedReportingOverflow(by: PowersOfTen.int64[shift])
        return overflow ? nil : m
    }

    func add(_ x: Int64, _ y: Int64) -> Int64? {
        let (sum, overflow) = x.addingReportingOverflow(y)
        return overflow ? nil : sum
    }

    func multiply(_ x: Int64, by unit: Int) -> Int64? {
        let (product, overflow) = x.multipliedReportingOverflow(by: Int64(unit))
        return overflow ? nil : product
    }

    func isZero(_ x: Int64) -> Bool { x == 0 }

    func isLess(_ x: Int64, thanWhole n: Int) -> Bool? { whole(n).map { x < $0 } }

    func decimal(_ x: Int64) -> Decimal { DecimalMath.decimal(x, exponent: -scale) }
}
