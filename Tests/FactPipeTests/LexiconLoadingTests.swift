import CICU
@testable import FactPipe
import Foundation
import Testing

/// The loaders read lexicons and rates as bytes; they must read them as the text they are.
@Suite("Loading lexicons and rates")
struct LexiconLoadingTests {
    @Test("alias fields split as their characters do: at a | of its own, parts trimmed, empty and - left out")
    func aliasFields() {
        let fields = ["谷歌|Google", " Alpha | beta\u{3000}|-||  ", "A|\u{301}B|C", "\u{600}|x", "e\u{301}|é|-x", "", "|", "-"]
        for field in fields {
            let expected = field.split(separator: "|").map { $0.trimmed }.filter { !$0.isEmpty && $0 != "-" }
            var found: [String] = []
            AliasField.forEachAlias(in: Array(field.unicodeScalars)) { found.append(String(String.UnicodeScalarView($0))) }
            #expect(found == expected, "\(field)")
        }
    }

    @Test("a field's code points are those of its text, also where its bytes are not UTF-8")
    func fieldScalars() throws {
        let bytes: [UInt8] = Array("a\tb\n".utf8) + [0xE4, 0xB8, 0x87, 9, 0xFF, 0x41, 0xE4, 0xB8, 10, 0xF0, 0x9F, 0x98, 0x80, 9, 0xC0, 0xAF, 10]
        let file = try TSVFile(path: "test.tsv", bytes: bytes)
        #expect(file.rows.count == 2)
        for row in file.rows {
            for i in 0..<2 {
                #expect(row.fields.scalars(i) == Array(row.fields[i].unicodeScalars))
            }
        }
        #expect(file.rows[0].fields[0] == "万")
    }

    @Test("NFKC leaves every CJK unified ideograph as it is (the fold skips ICU for them)")
    func ideographsAreTheirOwnNFKC() {
        var changed: [UInt32] = []
        for value in Array(0x3400...0x4DBF) + Array(0x4E00...0x9FFF) {
            var source = [UInt16(value)]
            var dest = [UInt16](repeating: 0, count: 8)
            var status: Int32 = 0
            let length = fp_nfkc(&source, 1, &dest, Int32(dest.count), &status)
            if status > 0 || length != 1 || dest[0] != UInt16(value) { changed.append(UInt32(value)) }
        }
        #expect(changed.isEmpty)
    }

    static let rates = """
        # source: test table
        date\tcurrency\tusd_per_unit
        2024-03-28\tCNY\t0.138\r
        2015-06-30\tCNY\t0.16
        2024-03-01\tCNY\t0.139
        # a comment
        2015-12-31\tCNY\t0.15

        2024-06-30\tJPY\t0.0065
        2024-07-01\tXAU1\t2300
        2024-07-02\tcny\t9
        """

    @Test("rows in any order, CRLF and comments between rows; currencies of any spelling")
    func rateTable() throws {
        let path = try TestSupport.temporaryFile("rates", containing: Self.rates)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let table = try RateTable(path: path)
        #expect(table.source == "test table")
        #expect(table.lastDate == "2024-07-02")
        #expect(table.currencies == ["CNY", "JPY", "XAU1", "cny"])
        #expect(table.rate(for: "CNY", at: "2024-03-15")! == (Decimal("0.139"), "2024-03-01"))
        #expect(table.rate(for: "CNY")! == (Decimal("0.138"), "2024-03-28"))
        #expect(table.rate(for: "CNY", at: "2010")! == (Decimal("0.138"), "2024-03-28"))
        #expect(table.averageRate(for: "CNY", over: "2015")! == (Decimal("0.155"), "2015-12-31"))
        #expect(table.averageRate(for: "CNY", over: "2024-03")! == (Decimal("0.1385"), "2024-03-28"))
        #expect(table.averageRate(for: "CNY", over: "2020") == nil)
        // a time is the integers among its pieces split at `-`
        #expect(table.rate(for: "CNY", at: "2024-3-15")! == (Decimal("0.139"), "2024-03-01"))
        #expect(table.rate(for: "CNY", at: "+2024-03--15")! == (Decimal("0.139"), "2024-03-01"))
        #expect(table.rate(for: "CNY", at: "2015-06-x")! == (Decimal("0.16"), "2015-06-30"))
        #expect(table.averageRate(for: "CNY", over: "02015")! == (Decimal("0.155"), "2015-12-31"))
        #expect(table.rate(for: "XAU1")! == (Decimal(2300), "2024-07-01"))
        #expect(table.rate(for: "cny")! == (Decimal(9), "2024-07-02"))
        #expect(table.rate(for: "EUR") == nil)
        #expect(table.rate(for: "USD")! == (Decimal(1), "2024-07-02"))
    }

    @Test("a malformed row is an error at load, with its line")
    func malformedRows() throws {
        for (row, message) in [("2024-3-28\tCNY\t1", "expected date<TAB>currency<TAB>usd_per_unit"), ("2024/03/28\tCNY\t1", "bad date")] {
            let path = try TestSupport.temporaryFile("rates", containing: "date\tcurrency\tusd_per_unit\n2024-03-27\tCNY\t1\n\(row)\n")
            defer { try? FileManager.default.removeItem(atPath: path) }
            #expect { try RateTable(path: path) } throws: { ($0 as? LexiconError)?.description == "\(path):3: \(message)" }
        }
    }
}
