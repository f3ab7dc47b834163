import FactPipe
import Foundation
import Testing

@Suite("Money at the fact's time")
struct RateAtTimeTests {
    static func table() throws -> RateTable {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("rates-\(UUID()).tsv").path
        try """
        date\tcurrency\tusd_per_unit
        2015-06-30\tCNY\t0.16
        2015-12-31\tCNY\t0.15
        2024-03-01\tCNY\t0.139
        2024-03-28\tCNY\t0.138
        2024-04-02\tCNY\t0.137
        2026-10-30\tCNY\t0.14

        """.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try RateTable(path: path)
    }

    func money(_ text: String) throws -> Fact {
        let extractor = try Extractor(lexicons: TestSupport.lexicons, rates: try Self.table(),
                                      options: ExtractionOptions(referenceDate: ReferenceDate(year: 2026, month: 11, day: 1)))
        return try #require(extractor.extract(text).first { $0.quantity.kind == .money })
    }

    @Test("a year or a month converts at the mean rate of that period, dated by its last rate")
    func periods() throws {
        let year = try money("2015年，该公司营收为人民币10亿元。")
        #expect(year.usd?.rate == Decimal(string: "0.155"))
        #expect(year.usd?.rateDate == "2015-12-31")
        #expect(year.usd?.usd == Decimal(155_000_000))
        let month = try money("2024年3月，该公司营收为人民币10亿元。")
        #expect(month.usd?.rate == Decimal(string: "0.1385"))
        #expect(month.usd?.rateDate == "2024-03-28")
    }

    @Test("a day converts at that day's rate or the last before it; no time, at the latest")
    func daysAndNone() throws {
        let day = try money("2024年4月1日，该公司营收为人民币10亿元。")
        #expect(day.usd?.rate == Decimal(string: "0.138"))
        #expect(day.usd?.rateDate == "2024-03-28")
        let undated = try money("该公司营收为人民币10亿元。")
        #expect(undated.usd?.rateDate == "2026-10-30")
    }
}
