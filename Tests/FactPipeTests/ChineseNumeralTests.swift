@testable import FactPipe
import Foundation
import Testing

@Suite("Chinese numerals")
struct ChineseNumeralTests {
    static let cases: [(String, String)] = [
        ("一千零一亿一千零一万一千零一", "100110011001"), ("三万五", "35000"), ("两千六", "2600"),
        ("一七二零", "1720"), ("二〇二三", "2023"), ("一七二零点一", "1720.1"), ("十万零一十", "100010"),
        ("卅三", "33"), ("五百卅四", "534"), ("一百十一", "111"), ("贰佰零叁", "203"), ("零点零零一", "0.001"),
        ("3.5万亿", "3500000000000"), ("1830亿", "183000000000"), ("10.1万", "101000"), ("7万5千4百", "75400"),
        ("一万亿", "1000000000000"), ("一亿二千万", "120000000"), ("壹佰贰拾叁万肆仟伍佰陆拾柒", "1234567"),
    ]

    @Test(arguments: cases)
    func readsTheValue(text: String, expected: String) {
        let scalars = Array(text.unicodeScalars)
        let scanner = NumberScanner(scalars)
        let core: NumberCore?
        if let first = scalars.first, isASCIIDigit(first), let n = scanner.arabicNumber(at: 0) {
            core = scanner.chineseNumeral(from: 0, leading: (n.value, n.end))
        } else {
            core = scanner.chineseNumeral(from: 0, leading: nil)
        }
        #expect(core?.value == Decimal(string: expected))
        #expect(core?.range == 0..<scalars.count)
    }

    /// Read to at most 64 elements: a run of numeral characters is shortened until it reads,
    /// each length evaluated, and thousands of them (a table with no space between) cost
    /// millions of steps. The longest numerals still read whole; a longer run is none.
    @Test func aRunLongerThanAnyNumeralIsNone() {
        let longest = "九千九百九十九万九千九百九十九亿九千九百九十九万九千九百九十九点一二三四五六七八九"
        let scanner = NumberScanner(Array(longest.unicodeScalars))
        #expect(scanner.chineseNumeral(from: 0, leading: nil)?.value == Decimal(string: "9999999999999999.123456789"))
        let run = String(repeating: "一二三四五六七八九十百千万亿", count: 300)
        let text = "营收一百二十亿美元，" + run + "，利润三十亿美元。"
        #expect(TestSupport.facts(text).map(\.text) == ["一百二十亿美元", "三十亿美元"])
        let scalars = Array(run.unicodeScalars)
        #expect(NumberScanner(scalars).chineseNumeral(from: 0, leading: nil) == nil)
        #expect(NumberScanner(Array(scalars[..<64])).chineseNumeral(from: 0, leading: nil) != nil)
    }

    @Test func adjacentDigitsBeforeAUnitAreARange() {
        let value = ChineseNumeralEvaluator.evaluate([.digit(2), .digit(3), .small(10), .big(100_000_000)])
        #expect(value?.value == Decimal(string: "2000000000"))
        #expect(value?.high == Decimal(string: "3000000000"))
    }

    @Test func invalidOrdersAreRejected() {
        #expect(ChineseNumeralEvaluator.evaluateInteger([.small(10), .small(100)]) == nil)
        #expect(ChineseNumeralEvaluator.evaluateInteger([.digit(3), .digit(4), .small(100)]) == nil)
    }
}
