import Foundation
import Testing

/// `--input jsonl` as a stateless mapper: exit status, Hadoop counters, GNU parallel.
@Suite("Scale-out", .serialized)
struct ScaleOutTests {
    static var hasParallel: Bool { (try? CLIRun.run([], shell: "command -v parallel"))?.status == 0 }

    @Test("--hadoop-counters writes reporter:counter lines on stderr; --data-errors-ok keeps status 0 for data errors only")
    func countersAndStatus() throws {
        let input = #"{"id": "a", "text": "融资20亿美元，增长5%"}"# + "\nnot json\n"
        let strict = try CLIRun.run(["extract", "--input", "jsonl", "--quiet", "--hadoop-counters"], input: input)
        #expect(strict.status == 1)
        let counters = strict.stderr.split(separator: "\n").filter { $0.hasPrefix("reporter:") }
        #expect(counters == ["reporter:counter:factpipe,documents,2", "reporter:counter:factpipe,processed,1",
                             "reporter:counter:factpipe,failed,1", "reporter:counter:factpipe,facts,2"])
        let tolerant = try CLIRun.run(["extract", "--input", "jsonl", "--quiet", "--data-errors-ok"], input: input)
        #expect(tolerant.status == 0)
        #expect(tolerant.records.count == 3)
        #expect(!tolerant.stderr.contains("reporter:"))
        let fatal = try CLIRun.run(["extract", "--input", "jsonl", "--data-errors-ok", "--lexicons", "/nonexistent"], input: input)
        #expect(fatal.status == 2)
        #expect(fatal.stderr.contains("cannot find the lexicons"))
    }

    @Test("jsonl on two workers: the bytes of one worker, in input order, every line accounted for")
    func jsonlWorkers() throws {
        let articles = try FileManager.default.contentsOfDirectory(atPath: TestSupport.packageRoot.appendingPathComponent("Corpus/zh").path)
            .filter { $0.hasSuffix(".txt") }.sorted()
            .map { try String(contentsOf: TestSupport.packageRoot.appendingPathComponent("Corpus/zh/\($0)"), encoding: .utf8) }
        var lines: [String] = []
        for k in 0..<120 {
            let text = articles[k % articles.count]
            let encoded = String(decoding: try JSONSerialization.data(withJSONObject: ["id": "d\(k)", "text": text]), as: UTF8.self)
            lines.append(k % 17 == 5 ? "not json" : k % 13 == 0 ? "" : k % 11 == 0 ? encoded + "\r" : encoded)
        }
        let input = lines.joined(separator: "\n") + "\n"
        let one = try CLIRun.run(["extract", "--input", "jsonl", "-j", "1"], input: input)
        let two = try CLIRun.run(["extract", "--input", "jsonl", "-j", "2"], input: input)
        #expect(one.status == 1 && two.status == 1)
        #expect(one.stdout == two.stdout)
        // the error messages in the same order; the summary (with its time) last
        #expect(one.stderr.split(separator: "\n").dropLast() == two.stderr.split(separator: "\n").dropLast())
        #expect(two.stderr.contains("111 documents read, 104 processed, 7 failed"))
        #expect(two.records.filter { $0["type"] as? String == "error" }.count == 7)
    }

    @Test("jsonl on two workers: a document's records are out before the next line comes")
    func jsonlWorkersKeepUp() throws {
        let run = try CLIProcess(["extract", "--input", "jsonl", "-j", "2", "--quiet"])
        run.send(Array((#"{"id": "a", "text": "融资20亿美元"}"# + "\n").utf8))
        #expect(run.wait(seconds: 30) { run.stdoutSoFar.contains("\n") })
        run.send(Array((#"{"id": "b", "text": "up 12.5 percent"}"# + "\n").utf8))
        #expect(run.wait(seconds: 30) { run.stdoutSoFar.split(separator: "\n").count == 2 })
        let done = run.finish()
        #expect(done.status == 0)
        #expect(done.records.compactMap { $0["doc"] as? String } == ["a", "b"])
    }

    @Test("GNU parallel --pipe -k over many blocks gives the single-process output byte for byte",
          .enabled(if: hasParallel, "needs GNU parallel (apt-get install parallel; .ci/run installs it)"))
    func gnuParallel() throws {
        let run = try CLIRun.run([], shell: "scripts/check-parallel FACTPIPE")
        #expect(run.status == 0, "\(run.stdout) \(run.stderr)")
        #expect(run.stdout.hasPrefix("ok: parallel --pipe -k"))
    }
}
