/// Hadoop Streaming counter lines (`reporter:counter:GROUP,NAME,AMOUNT`) for standard
/// error: the framework adds them up across tasks and shows them with the job.
enum HadoopCounters {
    static func lines(_ tally: RunTally) -> String {
        [("documents", tally.read), ("processed", tally.read - tally.failed), ("failed", tally.failed), ("facts", tally.facts)]
            .map { "reporter:counter:factpipe,\($0.0),\($0.1)\n" }
            .joined()
    }
}
