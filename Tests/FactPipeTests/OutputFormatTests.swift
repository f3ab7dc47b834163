import FactPipe
import Foundation
import Testing

/// `--format csv|tsv|sqlite`, read back by the tools users feed them to.
@Suite("Output formats", .serialized)
struct OutputFormatTests {
    static let scratch: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("factpipe-formats-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    static func path(_ name: String) -> String { scratch.appendingPathComponent(name).path }

    static var pythonHasDuckDB: Bool {
        (try? CLIRun.run([], shell: "python3 -c 'import duckdb'"))?.status == 0
    }

    /// The corpus as JSON Lines, the reference every other format is compared with.
    static func corpusJSONL() throws -> String {
        let path = path("corpus.jsonl")
        if !FileManager.default.fileExists(atPath: path) {
            let run = try CLIRun.run(["extract", "--quiet", "-o", path, "Corpus"])
            #expect(run.status == 0)
        }
        return path
    }

    static func schemaRequired(_ type: String) throws -> [String] {
        let url = TestSupport.packageRoot.appendingPathComponent("Schemas/fact-record.schema.json")
        let schema = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
        let defs = schema["$defs"] as! [String: Any]
        return (defs[type] as! [String: Any])["required"] as! [String]
    }

    @Test("the encoder's field list is the JSON Schema's, in order, and every fact has exactly those keys")
    func oneFieldList() throws {
        #expect(JSONLEncoder.factFields == (try Self.schemaRequired("fact")))
        let fact = TestSupport.extractor().extract("融资20亿美元")[0]
        let fields = RecordFields(.fact(doc: "a", fact))
        #expect(fields.fields.map(\.name) == JSONLEncoder.factFields)
        #expect(fields["value"] == .number("2000000000"))
        #expect(fields["currency_inferred"] == .bool(false))
        #expect(fields["subject"] == .null)
    }

    @Test("JSON strings: quotes, backslashes and control characters are escaped wherever they stand")
    func stringEscapes() throws {
        let specials: [Character] = ["\"", "\\", "\n", "\r", "\t", "\u{1}", "\u{1F}"]
        for special in specials {
            for offset in 0..<20 {
                let message = String(repeating: "融", count: offset % 3) + String(repeating: "a", count: offset)
                    + String(special) + "b c 资金"
                let line = JSONLEncoder().line(.error(doc: message, message: message))
                let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
                #expect(object?["message"] as? String == message, "\(line)")
                #expect(object?["doc"] as? String == message, "\(line)")
            }
        }
    }

    @Test("CSV: one fixed header of the contract's fields, RFC 4180 quoting, read back by Python's csv module")
    func csv() throws {
        let csv = Self.path("corpus.csv")
        let run = try CLIRun.run(["extract", "--quiet", "--format", "csv", "-o", csv, "Corpus"])
        #expect(run.status == 0)
        let text = try String(contentsOfFile: csv, encoding: .utf8)
        #expect(text.hasPrefix(JSONLEncoder.factFields.joined(separator: ",") + "\r\n"))
        let check = try CLIRun.run([], shell: "scripts/check-downstream csv \(try Self.corpusJSONL()) \(csv)")
        #expect(check.status == 0, "\(check.stdout)")
        #expect(check.stdout.contains("ok: csv has"))
    }

    @Test("CSV and TSV: quotes, commas, tabs and line breaks survive; no facts still gives the header; errors stay out")
    func delimitedEdges() throws {
        let input = #"{"id": "q,\"1\"\nx", "text": "He said \"up 5%\",\tthen\nrose 7%."}"# + "\n" + "not json\n"
        let csv = try CLIRun.run(["extract", "--quiet", "--input", "jsonl", "--format", "csv"], input: input)
        #expect(csv.status == 1)
        let lines = csv.stdout.components(separatedBy: "\r\n")
        #expect(lines.count == 4 && lines[3].isEmpty)
        #expect(lines[1].hasPrefix("fact,\"q,\"\"1\"\"\nx\",12,14,5%,percent,5,%,,,,,,,,,,"))
        #expect(lines[1].hasSuffix(",\"He said \"\"up 5%\"\",\tthen\",en"))
        #expect(!csv.stdout.contains("error"))
        let tsv = try CLIRun.run(["extract", "--quiet", "--input", "jsonl", "--format", "tsv"], input: input)
        let rows = tsv.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(rows.count == 4 && rows[3].isEmpty)
        #expect(rows[1].hasPrefix("fact\tq,\"1\"\\nx\t12\t14\t5%\t"))
        #expect(rows[1].hasSuffix("\tHe said \"up 5%\",\\tthen\ten"))
        let empty = try CLIRun.run(["extract", "--quiet", "--format", "tsv"], input: "nothing here")
        #expect(empty.stdout == JSONLEncoder.factFields.joined(separator: "\t") + "\n")
    }

    @Test("TSV read back equals the JSON Lines facts")
    func tsv() throws {
        let tsv = Self.path("corpus.tsv")
        let run = try CLIRun.run(["extract", "--quiet", "--format", "tsv", "-o", tsv, "Corpus"])
        #expect(run.status == 0)
        let check = try CLIRun.run([], shell: "scripts/check-downstream tsv \(try Self.corpusJSONL()) \(tsv)")
        #expect(check.status == 0, "\(check.stdout)")
    }

    @Test("SQLite: tables and columns from the same field list; sqlite3 reads back every fact; a re-run replaces, never duplicates")
    func sqlite() throws {
        let db = Self.path("corpus.db")
        try? FileManager.default.removeItem(atPath: db)
        let first = try CLIRun.run(["extract", "--quiet", "--format", "sqlite", "-o", db, "Corpus"])
        #expect(first.status == 0)
        #expect(first.stdout.isEmpty)
        let again = try CLIRun.run(["extract", "--quiet", "--format", "sqlite", "-o", db, "Corpus/zh"])
        #expect(again.status == 0)
        let check = try CLIRun.run([], shell: "scripts/check-downstream sqlite \(try Self.corpusJSONL()) \(db)")
        #expect(check.status == 0, "\(check.stdout)")
        #expect(check.stdout.contains("ok: sqlite holds"))

        let columns = try CLIRun.run([], shell: """
            python3 -c "import sqlite3,sys; db=sqlite3.connect(sys.argv[1]); \
            print(','.join(r[1] for r in db.execute('PRAGMA table_info(entities)'))); \
            print(','.join(r[1] for r in db.execute('PRAGMA table_info(errors)'))); \
            print(','.join(r[1] for r in db.execute('PRAGMA index_list(facts)')))" \(db)
            """)
        let lines = columns.stdout.split(separator: "\n").map(String.init)
        #expect(lines[0] == (try Self.schemaRequired("entity")).dropFirst().joined(separator: ",") + ",seq")
        #expect(lines[1] == (try Self.schemaRequired("error")).dropFirst().joined(separator: ",") + ",seq")
        for column in ["subject", "predicate", "kind", "time"] { #expect(lines[2].contains("facts_\(column)")) }
    }

    @Test("SQLite: a re-processed document's rows are replaced, also when it now fails")
    func sqliteReplaces() throws {
        let db = Self.path("replace.db")
        try? FileManager.default.removeItem(atPath: db)
        _ = try CLIRun.run(["extract", "--quiet", "--input", "jsonl", "--format", "sqlite", "-o", db],
                           input: #"{"id": "a", "text": "融资20亿美元，增长5%"}"# + "\n" + #"{"id": "b", "text": "up 7%"}"#)
        let second = try CLIRun.run(["extract", "--quiet", "--input", "jsonl", "--format", "sqlite", "-o", db],
                                    input: #"{"id": "a", "text": "nothing"}"# + "\n")
        #expect(second.status == 0)
        let query = try CLIRun.run([], shell: """
            python3 -c "import sqlite3,sys; db=sqlite3.connect(sys.argv[1]); \
            print(db.execute('SELECT doc, facts FROM documents ORDER BY doc').fetchall()); \
            print(db.execute('SELECT doc, text, value FROM facts ORDER BY doc, seq').fetchall())" \(db)
            """)
        #expect(query.stdout == "[('a', 0), ('b', 1)]\n[('b', '7%', 7)]\n")
        let bad = try CLIRun.run(["extract", "--quiet", "--format", "sqlite"], input: "x")
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("--format sqlite needs --output FILE"))
    }

    @Test("SQLite: Ctrl-C in the middle of a run leaves whole documents only")
    func sqliteInterrupted() throws {
        let db = Self.path("interrupted.db")
        try? FileManager.default.removeItem(atPath: db)
        let run = try CLIRun.run([], shell: "python3 Tests/FactPipeTests/Fixtures/interrupt-sqlite.py FACTPIPE \(db)")
        #expect(run.stdout == "stopped by SIGINT\nok\nsome documents True, torn 0\n", "\(run.stdout) \(run.stderr)")
    }

    @Test("DuckDB reads the JSON Lines with the README's column types, every value intact",
          .enabled(if: pythonHasDuckDB, "needs the duckdb Python package (pip install duckdb; .ci/run installs it)"))
    func duckdb() throws {
        let check = try CLIRun.run([], shell: "scripts/check-downstream duckdb \(try Self.corpusJSONL()) README.md")
        #expect(check.status == 0, "\(check.stdout) \(check.stderr)")
        #expect(check.stdout.contains("ok: duckdb"))
    }
}
