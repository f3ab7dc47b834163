import FoundationEssentials

extension DecimalText {
    /// The text of `value` rounded half up to `digits` places after the point, as
    /// ``roundedFraction(_:digits:)`` makes it of the value's description (a value written
    /// with fewer places keeps them), read from the value's digits without its description.
    static func rounded(_ value: Decimal, fractionDigits digits: Int) -> String {
        guard layoutChecked, let (mantissa, exponent, negative) = DecimalLayout.parts(value), !negative, mantissa != 0, exponent <= 0,
              -exponent - digits <= 38 else {
            return roundedFraction(value.description, digits: digits)
        }
        var m = mantissa
        var fraction = -exponent
        if fraction > digits {
            var scale: UInt128 = 1
            for _ in 1..<(fraction - digits) { scale *= 10 }
            let kept = m / scale
            m = kept / 10 + (kept % 10 >= 5 ? 1 : 0)
            fraction = digits
        }
        // written backwards: fraction digits, the point, then at least one integer digit
        var reversed: [UInt8] = []
        reversed.reserveCapacity(fraction + 41)
        var written = 0
        repeat {
            reversed.append(UInt8(48 + m % 10)); m /= 10; written += 1
            if written == fraction { reversed.append(UInt8(ascii: ".")) }
        } while m > 0
        while written < fraction {
            reversed.append(48); written += 1
            if written == fraction { reversed.append(UInt8(ascii: ".")) }
        }
        if reversed.last == UInt8(ascii: ".") { reversed.append(48) }
        return String(decoding: reversed.reversed(), as: UTF8.self)
    }
}
