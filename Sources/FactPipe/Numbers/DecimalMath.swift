import FoundationEssentials

/// Sums, products and comparisons of decimals, on 64-bit integers when both numbers' digits
/// fit in them (as nearly all numbers of a text do) and with Foundation's arithmetic
/// otherwise. The results equal Foundation's: they are exact either way.
enum DecimalMath {
    /// The value as an integer count of 10^exponent, when its digits fit in 63 bits. (Every
    /// fast path goes through here: none is taken unless the layout is proved.)
    @inline(__always)
    private static func parts(_ x: Decimal) -> (value: Int64, exponent: Int)? {
        guard layoutProved, let (mantissa, exponent, negative) = DecimalLayout.wordParts(x),
              mantissa <= UInt64(Int64.max), !(negative && mantissa == 0) else { return nil }
        return (negative ? -Int64(mantissa) : Int64(mantissa), exponent)
    }

    /// Whether decimals are read and written here as Foundation lays them out: checked once,
    /// on the reading (``DecimalText/layoutChecked``) and on decimals written here compared
    /// byte for byte with the ones Foundation makes of the same numbers.
    static let layoutProved = DecimalText.layoutChecked && writtenSamples.allSatisfy { value, exponent in
        let decimal = written(value, exponent: exponent), foundation = foundationDecimal(value, exponent: exponent)
        return withUnsafeBytes(of: decimal) { d in withUnsafeBytes(of: foundation) { d.elementsEqual($0) } }
    }

    /// Numbers whose trailing zeros, length in words, sign and exponent each take every form.
    private static let writtenSamples: [(Int64, Int)] = [
        (0, 0), (0, -3), (1, 0), (7, 0), (10, 0), (1500, 0), (1500, -2), (15, 5), (-1, 0), (-1500, 0), (-25, -1), (65535, 0),
        (65536, 0), (123_456_789, 0), (1_000_000_000_000, 0), (4_294_967_296, -3), (Int64.max, 0), (-Int64.max, 7),
        (281_474_976_710_656, 0), (120, 125), (3, -128), (30, -129), (1, 127), (10, 126),
    ]

    /// Both values as counts of the same power of ten.
    @inline(__always)
    private static func aligned(_ a: Decimal, _ b: Decimal) -> (Int64, Int64, exponent: Int)? {
        guard let x = parts(a), let y = parts(b) else { return nil }
        return aligned(x, y)
    }

    @inline(__always)
    private static func aligned(_ x: (value: Int64, exponent: Int), _ y: (value: Int64, exponent: Int)) -> (Int64, Int64, exponent: Int)? {
        if x.exponent == y.exponent { return (x.value, y.value, x.exponent) }
        let shift = abs(x.exponent - y.exponent)
        guard shift <= 18 else { return nil }
        if x.exponent > y.exponent {
            let (v, overflow) = x.value.multipliedReportingOverflow(by: PowersOfTen.int64[shift])
            return overflow ? nil : (v, y.value, y.exponent)
        }
        let (v, overflow) = y.value.multipliedReportingOverflow(by: PowersOfTen.int64[shift])
        return overflow ? nil : (x.value, v, x.exponent)
    }

    /// `value` × 10^`exponent`, the decimal Foundation makes of it (``foundationDecimal(_:exponent:)``),
    /// written straight into its memory once the layout is proved.
    static func decimal(_ value: Int64, exponent: Int = 0) -> Decimal {
        layoutProved ? written(value, exponent: exponent) : foundationDecimal(value, exponent: exponent)
    }

    /// The decimal Foundation makes of `value` × 10^`exponent`, written straight into its
    /// memory: Foundation's `Decimal(UInt64)` moves the trailing zeros of the digits into the
    /// exponent and marks the number compact, in as few 16-bit words as hold it, and
    /// `Decimal(sign:exponent:significand:)` adds to that exponent and sets the sign. An
    /// exponent that leaves -128...127 is left to Foundation (which makes zero or NaN of it).
    @inline(__always)
    private static func written(_ value: Int64, exponent: Int) -> Decimal {
        var digits = value.magnitude
        var shift = exponent
        if digits != 0 && digits % 10 == 0 {
            // eight, four, two and one zeros at a time (at most 19 end a 64-bit number)
            if digits % 100_000_000 == 0 { digits /= 100_000_000; shift += 8 }
            if digits % 100_000_000 == 0 { digits /= 100_000_000; shift += 8 }
            if digits % 10_000 == 0 { digits /= 10_000; shift += 4 }
            if digits % 100 == 0 { digits /= 100; shift += 2 }
            if digits % 10 == 0 { digits /= 10; shift += 1 }
        }
        guard shift >= -128, shift <= 127 else { return foundationDecimal(value, exponent: exponent) }
        // the exponent's byte, then the length in words, the sign and the compact mark; the
        // mantissa's words after them (zero: all bits clear)
        let length = (digits.bitWidth - digits.leadingZeroBitCount + 15) / 16
        let flags = UInt32(length << 4) | (value < 0 ? 0x08 : 0) | 0x04
        let head = digits == 0 ? 0 : UInt32(UInt8(bitPattern: Int8(shift))) | flags << 8
        return unsafeBitCast((head, UInt32(truncatingIfNeeded: digits), UInt32(truncatingIfNeeded: digits >> 32), UInt32(0), UInt32(0)),
                             to: Decimal.self)
    }

    /// `value` × 10^`exponent` as Foundation makes it (a whole number straight from its digits).
    static func foundationDecimal(_ value: Int64, exponent: Int) -> Decimal {
        let magnitude = Decimal(value.magnitude)
        if exponent == 0 && value >= 0 { return magnitude }
        return Decimal(sign: value < 0 ? .minus : .plus, exponent: exponent, significand: magnitude)
    }

    static func sum(_ a: Decimal, _ b: Decimal) -> Decimal {
        if let x = parts(a), let y = parts(b), let (p, q, exponent) = aligned(x, y) {
            // a zero adds nothing: the other's own digits make the decimal its aligned ones
            // make (`written` moves every trailing zero into the exponent)
            if x.value == 0 { return written(y.value, exponent: y.exponent) }
            if y.value == 0 { return written(x.value, exponent: x.exponent) }
            let (s, overflow) = p.addingReportingOverflow(q)
            if !overflow { return written(s, exponent: exponent) }
        }
        return a + b
    }

    static func product(_ a: Decimal, _ b: Decimal) -> Decimal {
        if let x = parts(a), let y = parts(b) {
            let (p, overflow) = x.value.multipliedReportingOverflow(by: y.value)
            let exponent = x.exponent + y.exponent
            if !overflow, exponent >= -128, exponent <= 127 { return written(p, exponent: exponent) }
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
                return written(dividend / y.value, exponent: exponent)
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

extension DecimalLayout {
    /// ``parts(_:)`` of a decimal whose mantissa takes at most four 16-bit words, read in one
    /// load (the words past its length masked off); `nil` for a longer one.
    @inline(__always)
    static func wordParts(_ value: Decimal) -> (mantissa: UInt64, exponent: Int, negative: Bool)? {
        withUnsafeBytes(of: value) { raw in
            guard raw.count == 20 else { return nil }
            let flags = raw[1]
            let length = Int(flags >> 4)
            guard length <= 4 else { return nil }
            let words = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 4, as: UInt64.self))
            let mantissa = length == 4 ? words : words & ((1 << (16 * length)) - 1)
            return (mantissa, Int(Int8(bitPattern: raw[0])), flags & 0x08 != 0)
        }
    }
}
