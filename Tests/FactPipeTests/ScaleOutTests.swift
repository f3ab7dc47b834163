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

    @Test("GNU parallel --pipe -k over many blocks gives the single-process output byte for byte",
          .enabled(if: hasParallel, "needs GNU parallel (apt-get install parallel; .ci/run installs it)"))
    func gnuParallel() throws {
        let run = try CLIRun.run([], shell: "scripts/check-parallel FACTPIPE")
        #expect(run.status == 0, "\(run.stdout) \(run.stderr)")
        #expect(run.stdout.hasPrefix("ok: parallel --pipe -k"))
    }
}
