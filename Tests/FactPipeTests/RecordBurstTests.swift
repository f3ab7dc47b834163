import FactPipe
import Foundation
import Testing

/// Documents whose records far outgrow their text: each record carries its sentence, so a long
/// sentence thick with numbers (a table run into one line) has hundreds of times its bytes of
/// them. They are written as they come, not held until the document is done.
@Suite("Record bursts", .serialized)
struct RecordBurstTests {
    /// One sentence of `items` amounts, some 14 characters each, with no end.
    static func burst(items: Int) -> String {
        (1...items).map { "第\($0)项支出\($0 * 7 % 900 + 10)万美元" }.joined(separator: "，")
    }

    static func articles() throws -> [String] {
        let folder = TestSupport.corpusDirectory.appendingPathComponent("zh")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted().prefix(6)
            .map { try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) }
    }

    @Test("the library's flushed chunks are whole records and add up to the bytes held whole")
    func flushedChunks() {
        let extractor = TestSupport.extractor()
        let text = Array(Self.burst(items: 400).unicodeScalars)
        var whole: [UInt8] = []
        let facts = extractor.encodeRecords(text, doc: "b", with: JSONLEncoder(), into: &whole)
        var chunks: [[UInt8]] = []
        var rest: [UInt8] = []
        let flushedFacts = extractor.encodeRecords(text, doc: "b", with: JSONLEncoder(), into: &rest, flushAt: 1 << 16) { bytes in
            chunks.append(bytes)
            bytes.removeAll(keepingCapacity: true)
        }
        #expect(facts == flushedFacts && facts >= 400)
        #expect(chunks.count > 10)
        #expect(chunks.allSatisfy { $0.last == UInt8(ascii: "\n") && $0.count >= 1 << 16 })
        #expect(chunks.joined() + rest == whole)
    }

    @Test("a folder and jsonl with bursts among articles: the same bytes on one worker and two, every document in order")
    func burstsAmongArticles() throws {
        let articles = try Self.articles()
        // (sizes apart, so that the two workers come to their bursts at different times)
        let bursts = [Self.burst(items: 900), Self.burst(items: 1_500)]
        var documents: [(id: String, text: String)] = []
        for (k, article) in articles.enumerated() {
            documents.append(("a\(k)", article))
            if k % 2 == 1 { documents.append(("b\(k)", bursts[k / 2 % 2])) }
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bursts-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let jsonl = folder.path + ".jsonl"
        defer {
            try? FileManager.default.removeItem(at: folder)
            try? FileManager.default.removeItem(atPath: jsonl)
        }
        for (k, document) in documents.enumerated() {
            let name = (k < 10 ? "0\(k)" : "\(k)") + "-\(document.id).txt"
            try document.text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        var lines = try documents.map { String(decoding: try JSONSerialization.data(withJSONObject: ["id": $0.id, "text": $0.text]), as: UTF8.self) }
        // (a failed line before a burst in the same batch: its error goes out before the burst's records)
        lines.insert("not json", at: 2)
        try (lines.joined(separator: "\n") + "\n").write(toFile: jsonl, atomically: true, encoding: .utf8)
        let expectedOrder = documents.map(\.id)

        for arguments in [[folder.path], ["--input", "jsonl", jsonl], ["--format", "tsv", "--input", "jsonl", jsonl]] {
            let one = try CLIRun.run(["extract", "-j", "1"] + arguments)
            let two = try CLIRun.run(["extract", "-j", "2"] + arguments)
            #expect(one.stdout == two.stdout, "\(arguments)")
            #expect(one.stderr.split(separator: "\n").dropLast() == two.stderr.split(separator: "\n").dropLast())
            #expect(one.stdout.utf8.count > 10_000_000)
            guard arguments.first != "--format" else { continue }
            var order: [String] = []
            for record in two.records {
                let doc = (record["doc"] as? String).map { URL(fileURLWithPath: $0).lastPathComponent } ?? ""
                if order.last != doc { order.append(doc) }
            }
            if arguments == [folder.path] {
                #expect(order.map { String($0.dropFirst(3).dropLast(4)) } == expectedOrder)
            } else {
                #expect(order == Array(expectedOrder[..<2]) + ["\(URL(fileURLWithPath: jsonl).lastPathComponent):3"] + Array(expectedOrder[2...]))
            }
            let burstFacts = two.records.filter { ($0["doc"] as? String).map { $0.hasSuffix("b1") || $0.hasSuffix("b1.txt") } ?? false }.count
            #expect(burstFacts >= 900)
        }
        // a database: the rows written on one worker and on two
        for arguments in [[folder.path], ["--input", "jsonl", jsonl]] {
            var dumps: [String] = []
            for jobs in ["1", "2"] {
                let db = folder.path + "-\(jobs).db"
                defer { try? FileManager.default.removeItem(atPath: db) }
                let run = try CLIRun.run(["extract", "-j", jobs, "--quiet", "--format", "sqlite", "-o", db] + arguments)
                #expect(run.stderr.isEmpty || arguments.first == "--input")
                let dump = try CLIRun.run([], shell: """
                    python3 -c "import sqlite3,sys; db=sqlite3.connect(sys.argv[1]); \\
                    [print(r) for q in ('SELECT * FROM facts ORDER BY doc, seq', 'SELECT * FROM errors ORDER BY doc, seq', \\
                    'SELECT doc, facts, entities, errors FROM documents ORDER BY doc') for r in db.execute(q)]" \(db)
                    """)
                #expect(dump.status == 0)
                dumps.append(dump.stdout)
            }
            #expect(dumps[0].split(separator: "\n").count > 3_000)
            #expect(dumps[1] == dumps[0], "\(arguments)")
        }
    }
}
