import FoundationEssentials

/// Ways of writing numbers with Arabic digits beyond `1,830.5`: scientific notation,
/// powers, digits grouped by spaces, mixed fractions and the vulgar fraction characters.
extension NumberScanner {
    /// `e10`, `E+14`, `e-1`, `x10^6`, `×10^-4` after a number: the power of ten.
    func exponent(after end: Int) -> (power: Int, end: Int)? {
        var j = end
        if let c = at(j), c == "e" || c == "E" {
            j += 1
        } else if let c = at(j), c == "x" || c == "×" || c == "*", at(j + 1) == "1", at(j + 2) == "0", at(j + 3) == "^" {
            j += 4
        } else {
            return nil
        }
        return signedInteger(at: j)
    }

    /// `^23`, `^+23`, `^-1` after a number: the power it is raised to.
    func power(after end: Int) -> (power: Int, end: Int)? {
        guard at(end) == "^" else { return nil }
        return signedInteger(at: end + 1)
    }

    private func signedInteger(at i: Int) -> (power: Int, end: Int)? {
        var j = i
        var sign = 1
        if let c = at(j), c == "+" || c == "-" { sign = c == "-" ? -1 : 1; j += 1 }
        var digits = 0
        var n = 0
        while let c = at(j), isASCIIDigit(c), digits < 3 { n = n * 10 + Int(c.value - 48); j += 1; digits += 1 }
        guard digits > 0, n <= 60, !(at(j).map { isLatinLetter($0) || isASCIIDigit($0) || $0 == "." } ?? false) else { return nil }
        return (sign * n, j)
    }

    /// `1 234 567`, `40 000`: digits in groups of three set apart by spaces. More groups than
    /// ``maxSpacedGroups`` are a run of numbers, not one (`100 101 102 …`): without the cap each
    /// number of such a run was read to the run's end.
    func spaceGroupedNumber(at i: Int, first: (value: Decimal, end: Int, plain: Bool, digits: Int))
        -> (value: Decimal, end: Int, plain: Bool, digits: Int)? {
        guard first.plain, first.digits <= 3, text[i] != "0", startsDigitGroup(at: first.end) else { return nil }
        // (the groups counted before the number's text is made: a run too long is turned down
        // without it)
        var groupsAhead = 0, probe = first.end
        while groupsAhead <= Self.maxSpacedGroups, startsDigitGroup(at: probe) { groupsAhead += 1; probe += 4 }
        guard groupsAhead <= Self.maxSpacedGroups else { return nil }
        var literal = String(String.UnicodeScalarView(text[i..<first.end]))
        var j = first.end
        var groups = 0
        while startsDigitGroup(at: j) {
            literal += String(String.UnicodeScalarView(text[(j + 1)..<(j + 4)])); j += 4; groups += 1
            if at(j) == ".", at(j + 1).map(isASCIIDigit) ?? false, let decimals = arabicNumber(at: j) {
                literal += String(String.UnicodeScalarView(text[j..<decimals.end])); j = decimals.end; break
            }
        }
        // (groups going on in one not of three, `+1 415 555 0142`: a phone number's, not thousands)
        guard groups > 0, !(at(j).map(isASCIIDigit) ?? false), !(at(j) == " " && at(j + 1).map(isASCIIDigit) ?? false),
              let value = Decimal(string: literal) else { return nil }
        return (value, j, false, first.digits + 3 * groups)
    }

    /// The most groups of three after the first digits: with them, 36 digits, which a decimal
    /// holds exactly (it holds 38; and no amount is written with more).
    static let maxSpacedGroups = 11

    /// A space then exactly three digits at `j`.
    private func startsDigitGroup(at j: Int) -> Bool {
        guard let s = at(j), s == " " || s == "\u{A0}" || s == "\u{202F}" || s == "\u{2009}" else { return false }
        return (1...3).allSatisfy({ at(j + $0).map(isASCIIDigit) ?? false }) && !(at(j + 4).map(isASCIIDigit) ?? false)
    }

    /// `2 1/4`, `1 4/3`: a whole number, a space, then a fraction.
    func fractionAfterWhole(_ end: Int) -> (value: Decimal, end: Int)? {
        var j = end
        while let s = at(j), isSpace(s), j - end < 3 { j += 1 }
        guard j > end, let n = arabicNumber(at: j), n.plain, n.digits <= 3, at(n.end) == "/",
              let d = arabicNumber(at: n.end + 1), d.plain, d.digits <= 3, d.value != 0,
              !(at(d.end).map { isASCIIDigit($0) || $0 == "/" } ?? false) else { return nil }
        return (DecimalMath.quotient(n.value, d.value), d.end)
    }

    static let vulgarFractions: [Unicode.Scalar: (Int, Int)] = [
        "½": (1, 2), "⅓": (1, 3), "⅔": (2, 3), "¼": (1, 4), "¾": (3, 4), "⅕": (1, 5), "⅖": (2, 5),
        "⅗": (3, 5), "⅘": (4, 5), "⅙": (1, 6), "⅚": (5, 6), "⅐": (1, 7), "⅛": (1, 8), "⅜": (3, 8),
        "⅝": (5, 8), "⅞": (7, 8), "⅑": (1, 9), "⅒": (1, 10),
    ]

    /// Whether `c` is one of ``vulgarFractions`` (U+BC...U+BE and U+2150...U+215E, every
    /// code point of both), told without hashing it.
    @inline(__always) static func isVulgarFraction(_ c: Unicode.Scalar) -> Bool { isVulgarFraction(value: c.value) }

    /// ``isVulgarFraction(_:)`` told from a code point's value.
    @inline(__always) static func isVulgarFraction(value v: UInt32) -> Bool { (0xBC...0xBE).contains(v) || (0x2150...0x215E).contains(v) }

    func vulgarFraction(at i: Int) -> Decimal? {
        guard let c = at(i), Self.isVulgarFraction(c), let (n, d) = Self.vulgarFractions[c] else { return nil }
        return DecimalMath.quotient(Decimal(n), Decimal(d))
    }
}

/// `base` raised to a whole power, exactly.
func decimalPower(_ base: Decimal, _ n: Int) -> Decimal? {
    guard base != 0 || n > 0 else { return nil }
    var result: Decimal = 1
    for _ in 0..<abs(n) { result *= base }
    return n < 0 ? 1 / result : result
}
