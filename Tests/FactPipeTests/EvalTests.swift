import FactPipe
import Foundation
import Testing

/// The corpus scored the way `factpipe eval` scores a user's annotated data.
@Suite("Evaluation against the corpus gold")
struct EvalTests {
    static func scores() throws -> [String: Scoreboard] {
        let extractor = try Extractor(lexicons: TestSupport.lexicons, rates: TestSupport.fixedRates,
                                      options: ExtractionOptions(entities: true))
        let evaluator = Evaluator(extractor: extractor)
        var boards: [String: Scoreboard] = [:]
        for article in CorpusArticle.all {
            let goldPath = article.path.deletingPathExtension().appendingPathExtension("gold.jsonl").path
            let scored = try evaluator.score(try GoldArticle(goldPath: goldPath))
            boards[scored.lang, default: Scoreboard()] += scored.scores
        }
        return boards
    }

    @Test("quantity F1 ≥ 0.97, entity F1 ≥ 0.95, subject and predicate ≥ 0.90 on the gold facts that have them, per language")
    func meetsTheTargets() throws {
        for (lang, board) in try Self.scores() {
            #expect(board.quantities.f1 >= 0.97, "\(lang) quantities \(board.quantities)")
            #expect(board.entities.f1 >= 0.95, "\(lang) entities \(board.entities)")
            #expect(board.subject.recall >= 0.90, "\(lang) subject \(board.subject)")
            #expect(board.predicate.recall >= 0.90, "\(lang) predicate \(board.predicate)")
            #expect(board.subject.precision >= 0.90 && board.predicate.precision >= 0.90 && board.object.precision >= 0.90,
                    "\(lang): a wrong link is worse than none")
        }
    }

    @Test("factpipe eval prints the table per language and fails on a gold file it cannot read")
    func command() throws {
        let run = try CLIRun.run(["eval", "Corpus"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("zh: ") && run.stdout.contains("en: ") && run.stdout.contains("all: "))
        #expect(run.stdout.contains("  quantities  P 1.000  R 1.000  F1 1.000"))
        let missing = try CLIRun.run(["eval", "no-such.gold.jsonl"])
        #expect(missing.status != 0)
    }
}
