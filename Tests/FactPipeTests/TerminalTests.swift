import Foundation
import Testing

/// What people at a terminal see: progress and colour there, never on pipes or with NO_COLOR.
@Suite("Terminal", .serialized)
struct TerminalTests {
    struct Captured: Decodable {
        let terminal: String
        let pipe: String
        let status: Int32
    }

    static func onTerminal(_ stream: String, _ command: String) throws -> Captured {
        let run = try CLIRun.run([], shell: "python3 Tests/FactPipeTests/Fixtures/on-terminal.py \(stream) \(command)")
        return try JSONDecoder().decode(Captured.self, from: Data(run.stdout.utf8))
    }

    @Test("a batch run draws files done of total, MB/s, elapsed time and ETA on a terminal, then erases it before the summary")
    func progressOnTerminal() throws {
        let run = try Self.onTerminal("stderr", "env TERM=xterm FACTPIPE extract Corpus")
        #expect(run.status == 0)
        let articles = try FileManager.default.subpathsOfDirectory(atPath: "Corpus").filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }.count
        #expect(run.terminal.contains("\rfactpipe: \(articles)/\(articles) files, "))
        #expect(run.terminal.contains(" MB/s, 0:0"))
        #expect(run.terminal.contains(" elapsed"))
        #expect(run.terminal.contains("\r\u{1B}[Kfactpipe: \(articles) documents read, \(articles) processed"))
        #expect(run.pipe.split(separator: "\n").allSatisfy { $0.hasPrefix("{\"type\":") })
    }

    @Test("no progress on a pipe, with --quiet, for a stream, or for JSON Lines documents")
    func noProgress() throws {
        let piped = try CLIRun.run(["extract", "Corpus"])
        #expect(!piped.stderr.contains("files,"))
        #expect(!piped.stderr.contains("\u{1B}"))
        let quiet = try Self.onTerminal("stderr", "env TERM=xterm FACTPIPE extract --quiet Corpus")
        #expect(quiet.terminal.isEmpty)
        let stream = try Self.onTerminal("stderr", "env TERM=xterm FACTPIPE extract Corpus/zh/ai-funding-round.txt -")
        #expect(stream.terminal.contains("files,") == true)
        let stdinOnly = try Self.onTerminal("stderr", "env TERM=xterm FACTPIPE extract -")
        #expect(!stdinOnly.terminal.contains("files,"))
        let docs = FileManager.default.temporaryDirectory.appendingPathComponent("factpipe-progress-\(getpid()).jsonl").path
        try #"{"id": "a", "text": "up 5%"}"#.write(toFile: docs, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: docs) }
        let jsonl = try Self.onTerminal("stderr", "env TERM=xterm FACTPIPE extract --input jsonl \(docs)")
        #expect(jsonl.terminal.hasPrefix("factpipe: 1 documents read"))
    }

    @Test("lexicon check colours its findings on a terminal only, and never with NO_COLOR")
    func colour() throws {
        let bad = FileManager.default.temporaryDirectory.appendingPathComponent("factpipe-colour-\(getpid())-units.tsv").path
        try "form\tkind\tunit\tfactor\nfoo\tweight\tkg\t1\n".write(toFile: bad, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: bad) }
        let coloured = try Self.onTerminal("stdout", "env -u NO_COLOR TERM=xterm FACTPIPE lexicon check \(bad)")
        #expect(coloured.status == 1)
        #expect(coloured.terminal.contains("\u{1B}[31merror\u{1B}[0m"))
        let plain = try Self.onTerminal("stdout", "env TERM=xterm NO_COLOR=1 FACTPIPE lexicon check \(bad)")
        #expect(!plain.terminal.contains("\u{1B}"))
        #expect(plain.terminal.contains(": error: kind: 'weight' is not one of money"))
        let piped = try CLIRun.run(["lexicon", "check", bad])
        #expect(!piped.stdout.contains("\u{1B}"))
    }

    @Test("--help shows an example per mode; completion scripts come from the command definition")
    func helpAndCompletion() throws {
        let help = try CLIRun.run(["extract", "--help"])
        for example in ["--input jsonl", "--format csv", "--format sqlite", "parallel --pipe -k", "hadoop jar", "--hadoop-counters"] {
            #expect(help.stdout.contains(example), "\(example)")
        }
        for shell in ["bash", "zsh", "fish"] {
            let script = try CLIRun.run(["--generate-completion-script", shell])
            #expect(script.status == 0)
            #expect(script.stdout.contains("lexicon") && script.stdout.contains("sqlite"), "\(shell)")
        }
    }
}
