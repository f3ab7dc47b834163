import CICU
import FactPipe
import Foundation
import Testing

/// ICU spells numbers out with its own rules (rule-based number format); whatever it
/// writes, the recognisers must read back to the same value.
@Suite("Numbers spelled out by ICU read back exactly")
struct SpelloutPropertyTests {
    static func spellout(_ value: Int64, locale: String, ruleSet: String?) -> String {
        var buffer = [UInt16](repeating: 0, count: 512)
        var status: Int32 = 0
        let length = fp_spellout(value, locale, ruleSet, &buffer, Int32(buffer.count), &status)
        precondition(status <= 0, "ICU spellout failed with status \(status)")
        return String(decoding: buffer[..<Int(length)], as: UTF16.self)
    }

    /// Numbers of every magnitude up to a trillion, small ones more often.
    static func samples(count: Int, seed: UInt64) -> [Int64] {
        var generator = SeededGenerator(seed: seed)
        return (0..<count).map { _ in
            let digits = Int.random(in: 1...12, using: &generator)
            var upper: Int64 = 1
            for _ in 0..<digits { upper *= 10 }
            return Int64.random(in: 2..<upper, using: &generator)
        }
    }

    struct Style: Sendable, CustomTestStringConvertible {
        let locale: String
        let ruleSet: String?
        let sentence: @Sendable (String) -> String
        var testDescription: String { locale + (ruleSet ?? "") }
    }

    static let styles: [Style] = [
        Style(locale: "en", ruleSet: nil) { "The archive now holds \($0) records, the report said." },
        Style(locale: "zh", ruleSet: nil) { "该平台目前存有\($0)条记录。" },
        Style(locale: "zh_Hant", ruleSet: nil) { "該平台目前存有\($0)條記錄。" },
        Style(locale: "zh", ruleSet: "%spellout-cardinal-financial") { "合同金额为\($0)元整。" },
    ]

    @Test(arguments: styles)
    func readsBackWhatICUWrites(style: Style) {
        let extractor = TestSupport.extractor()
        var failures: [String] = []
        for n in Self.samples(count: 400, seed: 20261129) {
            let words = Self.spellout(n, locale: style.locale, ruleSet: style.ruleSet)
            let text = style.sentence(words)
            let facts = extractor.extract(text)
            let expected = Decimal(n)
            if !facts.contains(where: { $0.quantity.value == expected && $0.text.contains(words) }) {
                failures.append("\(n) \(words) -> \(facts.map { "\($0.text)=\($0.quantity.value.map { "\($0)" } ?? "nil")" })")
            }
        }
        #expect(failures.isEmpty, "\(failures.count) of 400 misread, first: \(failures.prefix(5))")
    }
}
