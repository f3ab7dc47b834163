import ArgumentParser
import Dispatch
import FactPipe
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

enum InputFormat: String, ArgumentValues {
    case text, jsonl
}

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Write a fact record (JSON Lines) for every quantity in the inputs.",
        discussion: """
        Examples:
          factpipe extract Corpus/                      # every *.txt and *.md under Corpus/
          cat article.txt | factpipe extract            # one document from standard input
          factpipe extract --input jsonl docs.jsonl     # one {"id","text"} document per line
          factpipe extract Corpus/ | jq -c 'select(.kind == "money")'
          factpipe extract --format csv -o facts.csv Corpus/     # facts as CSV (also: tsv)
          factpipe extract --format sqlite -o facts.db Corpus/   # a re-run replaces a document's rows
          parallel --pipe -k factpipe extract --input jsonl --quiet < docs.jsonl > facts.jsonl
          hadoop jar hadoop-streaming.jar -files factpipe,Lexicons -numReduceTasks 0 \\
            -input docs -output facts -mapper 'factpipe extract --input jsonl --lexicons Lexicons --data-errors-ok --hadoop-counters'

        Exit status: 0 when every input was processed (also when the reader closes the
        pipe), 1 when some input failed (an error record was written for it) or, with
        --strict, gave a warning, 2 for usage errors and when lexicons, rates or the output
        cannot be used, 130 when interrupted (Ctrl-C).
        """
    )

    // Option names are spelled out: derived from the property names, they would be worked
    // out anew at every parse.
    @Argument(help: "Files and folders to read (folders recursively: *.txt, *.md). '-' or nothing reads standard input.")
    var paths: [String] = []

    @Option(name: .customLong("input"), help: "How to read each input: 'text' (one document) or 'jsonl' (one {\"id\", \"text\"} document per line).")
    var input: InputFormat = .text

    @Option(name: [.short, .customLong("output")], help: "Write records to this file (atomically: it appears complete or not at all).")
    var output: String?

    @Option(name: [.customShort("j", allowingJoined: true), .customLong("jobs")], help: "Worker threads for files and JSON Lines documents; with 2 or more, a streamed text document (standard input, a file over 1 MB) runs on two (default: all cores).")
    var jobs: Int?

    @Option(name: .customLong("date"), help: "Resolve relative dates (今年, last year) against this date (YYYY-MM-DD) instead of a date found in each document.")
    var date: String?

    @Option(name: .customLong("rates"), help: "Exchange-rate table to use instead of Lexicons/rates.tsv (date, currency, usd_per_unit).")
    var rates: String?

    @Option(name: .customLong("lexicons"), help: "Folder holding the lexicons (default: $FACTPIPE_LEXICONS, then Lexicons/ next to the binary or in the current folder).")
    var lexicons: String?

    @Option(name: .customLong("encoding"), help: "Decode every input with this encoding (an ICU converter name such as GB18030, Big5, UTF-16LE) instead of detecting it.")
    var encoding: String?

    @Option(name: .customLong("format"), help: "Output format: jsonl (every record), csv or tsv (facts, one fixed header), sqlite (a database; needs --output).")
    var format: OutputFormat = .jsonl

    @Flag(name: .customLong("entities"), help: "Also write an entity record for every name found (organisations, people, products, places).")
    var entities = false

    @Option(name: .customLong("lexicon"), help: "An entity lexicon of your own (the columns of Lexicons/entities.tsv), added to the shipped one.")
    var lexicon: [String] = []

    @Flag(name: .customLong("quiet"), help: "Do not print the run summary (nor the progress line) on standard error.")
    var quiet = false

    @Flag(name: .customLong("data-errors-ok"), help: "Exit 0 even when some documents failed (each is an error record): for mapper runs under Hadoop or Spark.")
    var dataErrorsOk = false

    @Flag(name: .customLong("hadoop-counters"), help: "Write Hadoop Streaming counters (reporter:counter:factpipe,NAME,N) on standard error at the end.")
    var hadoopCounters = false

    @Flag(name: .customLong("verbose"), help: "Print each document's encoding and fact count on standard error.")
    var verbose = false

    @Flag(name: .customLong("strict"), help: "Exit with status 1 on warnings too (such as invalid bytes replaced), not only on failures.")
    var strict = false

    func validate() throws {
        if let date, ReferenceDate(iso: date) == nil { throw ValidationError("--date must be YYYY-MM-DD, got '\(date)'") }
        if let jobs, jobs < 1 { throw ValidationError("-j must be at least 1") }
        if let output, paths.contains(output) { throw ValidationError("--output would overwrite an input: \(output)") }
        if format == .sqlite, output == nil || output == "-" { throw ValidationError("--format sqlite needs --output FILE") }
    }

    func run() throws {
        signal(SIGPIPE, SIG_IGN)
        Interrupt.install()
        let started = DispatchTime.now()
        let stderr = FileDescriptorWriter.standardError

        let resources: Resources
        do {
            resources = try Resources.load(lexicons: lexicons, rates: rates, entityFiles: lexicon)
        } catch {
            stderr.write("factpipe: \(error)\n")
            throw ExitCode(2)
        }
        let options = ExtractionOptions(referenceDate: date.flatMap(ReferenceDate.init(iso:)), entities: entities)

        let sink: OutputSink
        do { sink = try OutputSink(path: output, format: format) } catch {
            stderr.write("factpipe: \(error)\n")
            throw ExitCode(2)
        }
        var tally = RunTally()
        let makeExtractor = { try Extractor(lexicons: resources.lexicons, rates: resources.rates, options: options) }

        let sources = InputWalker.sources(for: paths)
        let progress = input == .text ? ProgressLine.forRun(sources, quiet: quiet) : nil
        sink.onDocument = progress?.documentDone
        do {
            let runner = BatchRunner(input: input, encoding: encoding, makeExtractor: makeExtractor,
                                     workers: jobs ?? ProcessInfo.processInfo.activeProcessorCount, verbose: verbose)
            try runner.run(sources, sink: sink, tally: &tally)
        } catch {
            sink.abandon()
            stderr.write("factpipe: \(error)\n")
            throw ExitCode(2)
        }
        progress?.finish()
        if tally.interrupted {
            sink.abandonOnInterrupt()
            if !quiet { stderr.write("factpipe: interrupted; " + tally.counts + (output == nil ? "" : "; \(output!) not written") + "\n") }
            throw ExitCode(130)
        }
        let outputOK = sink.finish()
        if !outputOK && !sink.readerWentAway {
            stderr.write("factpipe: cannot write the output\n")
            throw ExitCode(2)
        }
        if !quiet {
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
            stderr.write(tally.summary(seconds: seconds, rates: resources.rates) + "\n")
        }
        if hadoopCounters { stderr.write(HadoopCounters.lines(tally)) }
        if sink.readerWentAway { return }
        if tally.failed > 0 && !dataErrorsOk || (strict && tally.warnings > 0) { throw ExitCode(1) }
    }
}

/// Counts for the stderr summary: every document read is accounted for.
struct RunTally {
    var read = 0
    var failed = 0
    var facts = 0
    var replaced = 0
    /// Documents with a warning (invalid bytes replaced).
    var warnings = 0
    var interrupted = false
    var encodings: [String: Int] = [:]

    var counts: String {
        "\(read) documents read, \(read - failed) processed, \(failed) failed, \(facts) facts written"
    }

    func summary(seconds: Double, rates: RateTable) -> String {
        let encodingList = encodings.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        var line = "factpipe: " + counts
        line += " in \(String(seconds: seconds)) s"
        if !encodingList.isEmpty { line += "; encodings: \(encodingList)" }
        if replaced > 0 { line += "; \(replaced) invalid byte sequences replaced in \(warnings) documents" }
        line += "; rates as of \(rates.lastDate)"
        return line
    }
}

extension String {
    init(seconds value: Double) {
        let hundredths = Int((value * 100).rounded())
        let whole = hundredths / 100, frac = hundredths % 100
        self = "\(whole).\(frac < 10 ? "0" : "")\(frac)"
    }
}
