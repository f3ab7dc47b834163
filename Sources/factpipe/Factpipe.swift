import ArgumentParser

@main
struct Factpipe: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "factpipe",
        abstract: "Extract quantity facts (money, percent, counts, dates, ...) from Chinese and English text as JSON Lines.",
        subcommands: [Extract.self, LexiconCommand.self, EvalCommand.self],
        defaultSubcommand: Extract.self
    )

    /// Usage errors exit with status 2 (grep's and ripgrep's convention), not 64.
    static func main() {
        Resources.prefetch(arguments: Array(CommandLine.arguments.dropFirst()))
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileDescriptorWriter.standardError.write(fullMessage(for: error) + "\n")
                exit(withError: ExitCode(2))
            }
            exit(withError: error)
        }
    }
}
