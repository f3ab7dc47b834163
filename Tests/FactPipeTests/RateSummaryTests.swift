@testable import FactPipe
import Foundation
import Testing

/// A rate table loaded through its summary answers as the table checked row by row does, and
/// a summary is used only for the file it was written for.
@Suite("Rate table summaries")
struct RateSummaryTests {
    static let rows = """
        # source: test table
        date\tcurrency\tusd_per_unit
        2024-03-01\tCNY\t0.139
        2024-03-28\tCNY\t0.138
        2024-06-30\tJPY\t0.0065
        2024-07-01\tXAU1\t2300
        2024-07-02\tcny\t9

        """

    /// A table of `rows` in a file, and a folder for its summaries, both removed after `body`.
    func withTableAndFolder(_ body: (_ path: String, _ folder: String) throws -> Void) throws {
        let path = try TestSupport.temporaryFile("rates", containing: Self.rows)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("summaries-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: path); try? FileManager.default.removeItem(atPath: folder) }
        try body(path, folder)
    }

    func summaryFiles(_ folder: String, ending suffix: String = ".summary") -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(suffix) }
    }

    func answers(_ table: RateTable) -> [String] {
        var answers = [table.lastDate, table.source, table.currencies.joined(separator: ",")]
        for (currency, time) in [("CNY", "2024-03-15"), ("CNY", nil), ("JPY", "2024"), ("XAU1", nil), ("cny", nil), ("EUR", nil), ("USD", nil)] {
            answers.append(table.rate(for: currency, at: time).map { "\($0.rate) \($0.date)" } ?? "none")
        }
        answers.append(table.averageRate(for: "CNY", over: "2024-03").map { "\($0.rate) \($0.date)" } ?? "none")
        return answers
    }

    @Test("a table loaded again is read from its summary and answers the same")
    func sameAnswers() throws {
        try withTableAndFolder { path, folder in
            let summaries = CacheFolder(directory: folder + "/nested", settledSeconds: 0)
            let checked = try RateTable(path: path, cache: summaries)
            #expect(summaryFiles(folder + "/nested").count == 1)
            let summarised = try RateTable(path: path, cache: summaries)
            #expect(answers(summarised) == answers(checked))
            #expect(answers(checked) == answers(try RateTable(path: path)))
        }
    }

    @Test("a table's index is kept beside its summary and read back; a damaged one is made again")
    func keptIndex() throws {
        try withTableAndFolder { path, folder in
            let summaries = CacheFolder(directory: folder, settledSeconds: 0)
            let expected = answers(try RateTable(path: path))
            #expect(answers(try RateTable(path: path, cache: summaries)) == expected)
            let index = folder + "/" + (try #require(summaryFiles(folder, ending: ".index").first))
            #expect(answers(try RateTable(path: path, cache: summaries)) == expected)
            let kept = try Data(contentsOf: URL(fileURLWithPath: index))
            for damaged in [kept.dropLast(3), kept + Data([1, 2, 3, 4, 5, 6, 7, 8]), Data(kept.prefix(20))] {
                try damaged.write(to: URL(fileURLWithPath: index))
                #expect(answers(try RateTable(path: path, cache: summaries)) == expected)
            }
        }
    }

    @Test("a summary read back is the summary written, and only for the same file")
    func roundTrip() throws {
        let path = try TestSupport.temporaryFile("rates", containing: Self.rows)
        defer { try? FileManager.default.removeItem(atPath: path) }
        var info = stat()
        #expect(stat(path, &info) == 0)
        let file = FileIdentity(info)
        let summary = RateTableSummary(rowsStart: 42, lastDay: 20240702, inDateOrder: true, source: "a source, with spaces",
                                       currencies: [.init(name: Array("CNY".utf8), rows: 2), .init(name: Array("x y\u{1}".utf8), rows: 1)])
        let text = summary.encoded(file: file)
        #expect(RateTableSummary(decoding: text, file: file) == summary)
        // a summary that cannot describe the file (rows past its end) is not taken
        #expect(summary.fits(size: 100) && !summary.fits(size: 40) && !summary.fits(size: 2))
        // another file, a cut summary, an unknown header
        info.st_size += 1
        #expect(RateTableSummary(decoding: text, file: FileIdentity(info)) == nil)
        #expect(RateTableSummary(decoding: String(text.dropLast(5)), file: file) == nil)
        #expect(RateTableSummary(decoding: text.replacingOccurrences(of: "summary 1", with: "summary 9"), file: file) == nil)
    }

    @Test("a table written since its summary is checked again")
    func changedTable() throws {
        try withTableAndFolder { path, folder in
            let summaries = CacheFolder(directory: folder, settledSeconds: 0)
            #expect(try RateTable(path: path, cache: summaries).lastDate == "2024-07-02")
            try (Self.rows + "2024-08-01\tCNY\t0.14\n").write(toFile: path, atomically: false, encoding: .utf8)
            #expect(try RateTable(path: path, cache: summaries).lastDate == "2024-08-01")
            try (Self.rows + "2024-08-01\tCNY\t0.1x\nbad row\n").write(toFile: path, atomically: false, encoding: .utf8)
            #expect(throws: LexiconError.self) { try RateTable(path: path, cache: summaries) }
        }
    }

    @Test("no summary is written for a table changed within the last seconds")
    func freshTable() throws {
        try withTableAndFolder { path, folder in
            _ = try RateTable(path: path, cache: CacheFolder(directory: folder))
            #expect(summaryFiles(folder).isEmpty)
        }
    }
}
