import ArgumentParser
import FactPipe
import FoundationEssentials

/// `factpipe eval`: scores the pipeline against annotated articles.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score factpipe against gold files: precision, recall and F1 per language.",
        discussion: """
        Each gold file is NAME.gold.jsonl (one expected fact per line, fields as in the fact
        records: start, end, text, kind, value, unit, currency, time, subject, predicate,
        object), beside the article NAME.txt and, optionally, NAME.entities.jsonl (start, end,
        name, entity). docs/corpus-annotation.md describes the format.

        Quantities match on span, kind, value, unit and currency; entities on span, name and
        type. Subject, predicate, object and time are scored on the gold facts that are not
        dates: precision over the fields factpipe filled, recall over the fields the gold fills.
        A product's owner is scored the same way over the gold products.

        Examples:
          factpipe eval Corpus/                          # every *.gold.jsonl below Corpus/
          factpipe eval my-annotations/report.gold.jsonl
        """
    )

    @Argument(help: "Gold files (NAME.gold.jsonl) or folders to search for them.")
    var paths: [String] = ["Corpus"]

    @Option(help: "Folder holding the lexicons (as for extract).")
    var lexicons: String?

    @Option(help: "Exchange-rate table to use instead of Lexicons/rates.tsv.")
    var rates: String?

    func run() throws {
        let stderr = FileDescriptorWriter.standardError
        let resources: Resources
        do { resources = try Resources.load(lexicons: lexicons, rates: rates) } catch {
            stderr.write("factpipe: \(error)\n")
            throw ExitCode(2)
        }
        let evaluator = Evaluator(extractor: try Extractor(lexicons: resources.lexicons, rates: resources.rates,
                                                           options: ExtractionOptions(entities: true)))
        var boards: [String: Scoreboard] = [:]
        var failed = false
        for path in goldFiles() {
            do {
                let scored = try evaluator.score(try GoldArticle(goldPath: path))
                boards[scored.lang, default: Scoreboard()] += scored.scores
            } catch {
                stderr.write("factpipe: \(error)\n")
                failed = true
            }
        }
        guard !boards.isEmpty else {
            stderr.write("factpipe: no gold files (NAME.gold.jsonl) found\n")
            throw ExitCode(2)
        }
        var all = Scoreboard()
        for board in boards.values { all += board }
        var out = ""
        for lang in ["zh", "en"] where boards[lang] != nil { out += Self.table(lang, boards[lang]!) }
        if boards.count > 1 { out += Self.table("all", all) }
        print(out, terminator: "")
        if failed { throw ExitCode(1) }
    }

    private func goldFiles() -> [String] {
        var result: [String] = []
        for path in paths {
            guard (try? FileManager.default.contentsOfDirectory(atPath: path)) != nil else { result.append(path); continue }
            let below = ((try? FileManager.default.subpathsOfDirectory(atPath: path)) ?? []).filter { $0.hasSuffix(".gold.jsonl") }.sorted()
            result += below.map { path.hasSuffix("/") ? path + $0 : path + "/" + $0 }
        }
        return result
    }

    static func table(_ lang: String, _ b: Scoreboard) -> String {
        func f(_ x: Double) -> String {
            let r = Int((x * 1000).rounded())
            return "\(r / 1000).\(String(r % 1000).leftPadded(to: 3))"
        }
        func row(_ name: String, _ s: Score, f1: Bool) -> String {
            name + String(repeating: " ", count: max(0, 14 - name.count))
                + "P \(f(s.precision))  R \(f(s.recall))" + (f1 ? "  F1 \(f(s.f1))" : "          ")
                + "  (\(s.hits) right of \(s.predicted) given, \(s.expected) in gold)\n"
        }
        return "\(lang): \(b.articles) articles\n" + row("  quantities", b.quantities, f1: true) + row("  entities", b.entities, f1: true)
            + row("  subject", b.subject, f1: false) + row("  predicate", b.predicate, f1: false)
            + row("  object", b.object, f1: false) + row("  time", b.time, f1: false)
            + row("  owner", b.owner, f1: false)
    }
}

private extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
