import Foundation
import Testing

/// One text document streamed (standard input, or a file over the size read whole) with more
/// than one worker: its names and quantities are found on a thread of their own while the
/// pieces before are linked and written. What comes out must be what one thread writes.
@Suite("A text stream on two threads", .serialized)
struct PipelinedStreamTests {
    /// The corpus articles, Chinese and English, one after another `times` times.
    static func articles(times: Int) throws -> String {
        let texts = try DocumentMemoryReuseTests.corpusTexts().map { String(String.UnicodeScalarView($0.text)) }
        return Array(repeating: texts.joined(separator: "\n\n"), count: times).joined(separator: "\n\n")
    }

    @Test("a file larger than is read whole, and standard input: the bytes one thread writes, with and without entities")
    func sameBytes() throws {
        let dir = try EncodingFixtures.temporaryDirectory("pipelined")
        defer { try? FileManager.default.removeItem(at: dir) }
        var text = try Self.articles(times: 1)
        text = Array(repeating: text, count: (1_200_000 / text.utf8.count) + 1).joined(separator: "\n\n")
        let path = dir.appendingPathComponent("long.txt")
        try Data(text.utf8).write(to: path)
        for extra in [[], ["--entities"]] {
            let one = try CLIRun.run(["extract", "-j", "1"] + extra + [path.path])
            let two = try CLIRun.run(["extract", "-j", "2"] + extra + [path.path])
            #expect(one.status == 0 && two.status == 0)
            #expect(!one.stdout.isEmpty)
            #expect(two.stdout == one.stdout, "\(extra)")
            #expect(one.stderr.split(separator: " ").prefix(9) == two.stderr.split(separator: " ").prefix(9))
        }
        let input = Array(try Self.articles(times: 2).utf8)
        let one = try CLIProcess.run(["extract", "-j", "1"], input: input)
        let two = try CLIProcess.run(["extract", "-j", "2"], input: input)
        #expect(one.status == 0 && two.status == 0)
        #expect(!one.records.isEmpty)
        #expect(two.stdout == one.stdout)
    }

    @Test("SQLite (records encoded as JSON Lines, bound from those bytes): the rows one thread writes")
    func sqliteRows() throws {
        let dir = try EncodingFixtures.temporaryDirectory("pipelined-sqlite")
        defer { try? FileManager.default.removeItem(at: dir) }
        var rows: [String] = []
        for jobs in ["1", "2"] {
            let db = dir.appendingPathComponent("facts-\(jobs).db").path
            let run = try CLIProcess.run(["extract", "-j", jobs, "--quiet", "--entities", "--format", "sqlite", "-o", db],
                                         input: Array(try Self.articles(times: 1).utf8))
            #expect(run.status == 0)
            let dump = try CLIRun.run([], shell: """
                python3 -c "import sqlite3,sys; db=sqlite3.connect(sys.argv[1]); \
                [print(r) for r in db.execute('SELECT * FROM facts ORDER BY seq')]; \
                [print(r) for r in db.execute('SELECT * FROM entities ORDER BY seq')]" \(db)
                """)
            #expect(dump.status == 0)
            rows.append(dump.stdout)
        }
        #expect(rows[0].split(separator: "\n").count > 100)
        #expect(rows[1] == rows[0])
    }

    @Test("standard input on two threads: what came so far is written while the stream pauses")
    func keepsUp() throws {
        let run = try CLIProcess(["extract", "-j", "2", "--quiet"])
        run.send(Array("公司去年融资20亿美元。\n\n".utf8))
        #expect(run.wait(seconds: 30) { run.stdoutSoFar.contains("\n") })
        run.send(Array("Revenue rose 12.5 percent.\n\n".utf8))
        #expect(run.wait(seconds: 30) { run.stdoutSoFar.split(separator: "\n").count == 3 })
        let done = run.finish()
        #expect(done.status == 0)
        #expect(done.records.compactMap { $0["text"] as? String } == ["去年", "20亿美元", "12.5 percent"])
    }
}
