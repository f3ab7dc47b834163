import ArgumentParser
import FactPipe

/// `factpipe lexicon ...`: tools for the lexicon files.
struct LexiconCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lexicon",
        abstract: "Work with the lexicon files (the plain-text TSV tables in Lexicons/).",
        subcommands: [LexiconCheck.self]
    )
}

/// `factpipe lexicon check [FILE...]`: lints the shipped lexicons and a user's own.
struct LexiconCheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check lexicon files: every line parses, no duplicate or conflicting entries, ISO 4217 codes, dated rates.",
        discussion: """
        Each problem is printed as FILE:LINE: error|warning|note: message. The kind of a file
        (currencies, currency-families, qualifiers, units, money-cues, not-quantities, rates,
        entities, predicates) is known by its name or its header row; other files are checked
        as plain TSV.

        Examples:
          factpipe lexicon check                         # every *.tsv of the lexicon folder
          factpipe lexicon check my-currencies.tsv       # a user's own file
          factpipe lexicon check --lexicons ~/lex        # another lexicon folder

        Exit status: 0 when no file has an error, 1 when one has, 2 when a file cannot be found.
        """
    )

    @Argument(help: "Lexicon files to check (default: every *.tsv of the lexicon folder).")
    var files: [String] = []

    @Option(help: "Folder holding the lexicons (default: $FACTPIPE_LEXICONS, then Lexicons/ next to the binary or in the current folder).")
    var lexicons: String?

    @Flag(help: "Print only the summary line when there are no errors.")
    var quiet = false

    func run() throws {
        let stderr = FileDescriptorWriter.standardError
        var paths = files
        if paths.isEmpty {
            do { paths = LexiconLinter.files(in: try LexiconLocator.find(explicit: lexicons)) } catch {
                stderr.write("factpipe: \(error)\n")
                throw ExitCode(2)
            }
        }
        let color = Terminal.colorEnabled(1)
        let stdout = FileDescriptorWriter(fd: 1)
        var errors = 0, warnings = 0
        for path in paths {
            let problems = LexiconLinter.check(path: path)
            errors += problems.filter { $0.severity == .error }.count
            warnings += problems.filter { $0.severity == .warning }.count
            for problem in problems where !(quiet && problem.severity != .error) {
                stdout.write(Self.line(problem, color: color) + "\n")
            }
        }
        let summary = "\(paths.count) lexicon files checked: \(errors) errors, \(warnings) warnings"
        stdout.write((errors > 0 ? Terminal.paint(summary, .red, enabled: color) : summary) + "\n")
        stdout.flush()
        if errors > 0 { throw ExitCode(1) }
    }

    static func line(_ problem: LexiconProblem, color: Bool) -> String {
        let place = problem.line > 0 ? "\(problem.path):\(problem.line)" : problem.path
        let severity: String
        switch problem.severity {
        case .error: severity = Terminal.paint("error", .red, enabled: color)
        case .warning: severity = Terminal.paint("warning", .yellow, enabled: color)
        case .note: severity = Terminal.paint("note", .dim, enabled: color)
        }
        return Terminal.paint(place, .bold, enabled: color) + ": \(severity): \(problem.message)"
    }
}
