@testable import FactPipe
import Foundation
import Testing

@Suite("Decimal arithmetic on 64-bit integers")
struct DecimalMathTests {
    static let values: [Decimal] = [
        "0", "1", "-1", "0.5", "12.340", "3.5", "100", "10000", "100000000", "1000000000000", "-7.25",
        "0.000001", "0.333333333333333333333333333333333333", "123456789012345678", "9223372036854775807",
        "18446744073709551615", "99999999999999999999", "1e20", "2.5e-10", "-0.001",
    ].map { Decimal(string: $0)! }

    @Test func resultsEqualFoundations() {
        for a in Self.values {
            for b in Self.values {
                #expect(DecimalMath.sum(a, b) == a + b, "\(a) + \(b)")
                #expect(DecimalMath.product(a, b) == a * b, "\(a) * \(b)")
                #expect(DecimalMath.less(a, b) == (a < b), "\(a) < \(b)")
                #expect(DecimalMath.equal(a, b) == (a == b), "\(a) == \(b)")
            }
        }
    }

    @Test("decimals written from their digits are Foundation's, byte for byte")
    func writtenDecimalsAreFoundations() {
        #expect(DecimalMath.layoutProved)
        var generator = SystemRandomNumberGenerator()
        var samples: [(Int64, Int)] = []
        for digits in 0...18 {
            for zeros in 0...3 {
                let value = Int64.random(in: 0...Int64.max, using: &generator) % (digits == 18 ? Int64.max : Int64(pow(10.0, Double(digits + 1))))
                let scaled = value.multipliedReportingOverflow(by: Int64(pow(10.0, Double(zeros))))
                guard !scaled.overflow else { continue }
                for exponent in [-140, -129, -128, -20, -3, 0, 2, 19, 120, 127, 130] {
                    samples.append((scaled.partialValue, exponent)); samples.append((-scaled.partialValue, exponent))
                }
            }
        }
        for (value, exponent) in samples {
            #expect(Self.sameBytes(DecimalMath.decimal(value, exponent: exponent), DecimalMath.foundationDecimal(value, exponent: exponent)),
                    "\(value)e\(exponent)")
            // a whole number is also what the integer initialiser and the literal make
            if exponent == 0 { #expect(Self.sameBytes(DecimalMath.decimal(value), Decimal(value)), "\(value)") }
        }
        #expect(Self.sameBytes(DecimalMath.decimal(0), 0) && Self.sameBytes(DecimalMath.decimal(1000), 1000))
    }

    static func sameBytes(_ a: Decimal, _ b: Decimal) -> Bool {
        withUnsafeBytes(of: a) { x in withUnsafeBytes(of: b) { x.elementsEqual($0) } }
    }

    @Test("quotients remembered are Foundation's, digit for digit, asked once or again")
    func quotientsEqualFoundations() {
        // `1.0` and `1` are equal but written apart: each keeps its own quotient
        let values = Self.values + ["1.0", "3", "0.50", "4"].map { Decimal(string: $0)! }
        for _ in 0..<2 {
            for a in values {
                for b in values where !b.isZero {
                    let q = DecimalMath.quotient(a, b), foundation = a / b
                    #expect(q == foundation && q.description == foundation.description, "\(a) / \(b)")
                }
            }
        }
    }

    @Test func numeralsReadInIntegersEqualTheirDecimalReading() {
        let scanner = NumberScanner(Array("3.5万亿，一千零一亿一千零一万一千零一，12.25万，五百卅四，二三十亿".unicodeScalars))
        #expect(scanner.chineseNumeral(from: 0, leading: (Decimal(string: "3.5")!, 3))?.value == Decimal(string: "3500000000000"))
        #expect(scanner.chineseNumeral(from: 6, leading: nil)?.value == Decimal(string: "100110011001"))
        #expect(scanner.chineseNumeral(from: 21, leading: (Decimal(string: "12.25")!, 26))?.value == Decimal(string: "122500"))
        #expect(scanner.chineseNumeral(from: 28, leading: nil)?.value == Decimal(string: "534"))
        let range = scanner.chineseNumeral(from: 33, leading: nil)
        #expect(range?.value == Decimal(string: "2000000000") && range?.high == Decimal(string: "3000000000"))
    }
}
