import FactPipe
import Foundation
import Testing

/// A table in date order is read where a lookup needs it, any other is indexed whole: both
/// must give the same rates.
@Suite("Rates read by date and rates indexed agree")
struct RateFileOrderTests {
    /// The shipped table, and a copy with its rows in reverse order (and a comment among them).
    static func tables() throws -> (inOrder: RateTable, reversed: RateTable) {
        let shipped = TestSupport.lexiconDirectory + "/rates.tsv"
        let lines = try String(contentsOfFile: shipped, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let header = lines.firstIndex { $0.hasPrefix("date\t") }!
        let rows = lines[(header + 1)...].filter { !$0.isEmpty }
        let reversed = lines[...header] + ["# rows in reverse order"] + rows.reversed()
        let path = try TestSupport.temporaryFile("rates-reversed", containing: reversed.joined(separator: "\n") + "\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        return (try RateTable(path: shipped), try RateTable(path: path))
    }

    @Test("days, months, years, dates before a currency's first rate and none")
    func sameRates() throws {
        let (first, reversed) = try Self.tables()
        #expect(first.currencies == reversed.currencies)
        var times: [String?] = [nil, "1998", "1998-12-31", "2031", "2031-01-05"]
        for year in stride(from: 1999, through: 2026, by: 3) {
            times.append("\(year)")
            times.append("\(year)-02")
            times.append("\(year)-07-04")
            times.append("\(year)-12-31")
        }
        times += ["2007-12", "2008-01-01", "2020-03-15", "2026-10", "2026-10-30", "2026-10-31", "2026-11"]
        // lookups read the file until they have read as much as an index would: some
        // currencies get a table of their own, so that most of their lookups read the file
        let ownTable: Set<String> = ["CNY", "EUR", "GBP", "JPY", "TWD", "CYP"]
        for currency in first.currencies + ["XYZ"] {
            let inOrder = ownTable.contains(currency) ? try RateTable(path: TestSupport.lexiconDirectory + "/rates.tsv") : first
            for time in times {
                let (a, b) = (inOrder.rate(for: currency, at: time), reversed.rate(for: currency, at: time))
                #expect(a?.rate == b?.rate && a?.date == b?.date, "\(currency) at \(time ?? "none")")
                guard let time, !time.contains("-") || time.count == 7 else { continue }
                let (x, y) = (inOrder.averageRate(for: currency, over: time), reversed.averageRate(for: currency, over: time))
                #expect(x?.rate == y?.rate && x?.date == y?.date, "\(currency) over \(time)")
            }
        }
    }

    @Test("a currency's last rates are found however far back they stand")
    func endedCurrency() throws {
        let (inOrder, reversed) = try Self.tables()
        // the Cypriot pound's rates end in 2007
        let ended = try #require(inOrder.rate(for: "CYP", at: "2026-06-30"))
        #expect(ended.date.hasPrefix("2007-12"))
        #expect(reversed.rate(for: "CYP", at: "2026-06-30")?.rate == ended.rate)
    }
}
