import FoundationEssentials

/// Sums, products and comparisons of decimals, on 64-bit integers when both numbers' digits
/// fit in them (as nearly all numbers of a text do) and with Foundation's arithmetic
/// otherwise. The results equal Foundation's: they are exact either way.
enum DecimalMath {
    /// The value as an integer count of 10^exponent, when its digits fit in 63 bits.
    @inline(__always)
    private static func parts(_ x: Decimal) -> (value: Int64, exponent: Int)? {
        guard DecimalText.layoutChecked, let (mantissa, exponent, negative) = DecimalLayout.parts(x),
              mantissa <= UInt64(Int64.max), !(negative && mantissa == 0) else { return nil }
        return (negative ? -Int64(mantissa) : Int64(mantissa), exponent)
    }

    private static let powersOfTen: [Int64] = (0...18).map { n in (0..<n).reduce(1) { x, _ in x * 10 } }

    /// Both values as counts of the same power of ten.
    @inline(__always)
    private static func aligned(_ a: Decimal, _ b: Decimal) -> (Int64, Int64, exponent: Int)? {
        guard let x = parts(a), let y = parts(b) else { return nil }
        if x.exponent == y.exponent { return (x.value, y.value, x.exponent) }
        let shift = abs(x.exponent - y.exponent)
        guard shift <= 18 else { return nil }
        if x.exponent > y.exponent {
            let (v, overflow) = x.value.multipliedReportingOverflow(by: powersOfTen[shift])
            return overflow ? nil : (v, y.value, y.exponent)
        }
        let (v, overflow) = y.value.multipliedReportingOverflow(by: powersOfTen[shift])
        return overflow ? nil : (x.value, v, x.exponent)
    }

    @inline(__always)
    private static func decimal(_ value: Int64, exponent: Int) -> Decimal {
        if value == 0 { return 0 }
        let magnitude = Decimal(value.magnitude)
        // a positive whole number, the most common, is its significand as it stands (the
        // initialiser below, which would leave it so, costs as much again)
        if exponent == 0 && value > 0 { return magnitude }
        return Decimal(sign: value < 0 ? .minus : .plus, exponent: exponent, significand: magnitude)
    }

    static func sum(_ a: Decimal, _ b: Decimal) -> Decimal {
        if let (x, y, exponent) = aligned(a, b) {
            let (s, overflow) = x.addingReportingOverflow(y)
            if !overflow { return decimal(s, exponent: exponent) }
        }
        return a + b
    }

    static func product(_ a: Decimal, _ b: Decimal) -> Decimal {
        if let x = parts(a), let y = parts(b) {
            let (p, overflow) = x.value.multipliedReportingOverflow(by: y.value)
            let exponent = x.exponent + y.exponent
            if !overflow, exponent >= -128, exponent <= 127 { return decimal(p, exponent: exponent) }
        }
        return a * b
    }

    /// `a / b` when the quotient ends within 18 digits more than the dividend has (`3/4`,
    /// cents to dollars, `30/100`) and every number fits 63 bits: the quotient of the integers,
    /// scaled. `nil` otherwise (`1/3`, which only Foundation's division rounds as it does).
    static func terminatingQuotient(_ a: Decimal, _ b: Decimal) -> Decimal? {
        guard let x = parts(a), let y = parts(b), y.value != 0 else { return nil }
        var dividend = x.value
        for k in 0...18 {
            if dividend % y.value == 0 {
                let exponent = x.exponent - y.exponent - k
                guard exponent >= -128, exponent <= 127 else { return nil }
                return decimal(dividend / y.value, exponent: exponent)
            }
            let (next, overflow) = dividend.multipliedReportingOverflow(by: 10)
            if overflow { return nil }
            dividend = next
        }
        return nil
    }

    static func less(_ a: Decimal, _ b: Decimal) -> Bool {
        if let (x, y, _) = aligned(a, b) { return x < y }
        return a < b
    }

    static func equal(_ a: Decimal, _ b: Decimal) -> Bool {
        if let (x, y, _) = aligned(a, b) { return x == y }
        return a == b
    }
}
