import FactPipe
import Foundation
import Testing

/// Documents spliced from the corpus: its clauses shuffled and rejoined, some wrapped in title
/// marks, brackets or quotes, so that names, figures and dates meet in orders no article has
/// (a title holding a comma once crashed the linker). Seeded: a failure names its seed.
@Suite("Spliced corpus")
struct SplicedCorpusTests {
    static let pieces: [String] = {
        var result: [String] = []
        for article in CorpusArticle.all {
            guard let text = try? String(contentsOf: article.path, encoding: .utf8) else { continue }
            var piece = ""
            for c in text {
                piece.append(c)
                if "，。；：、,.;:\n".contains(c) {
                    let trimmed = piece.trimmingCharacters(in: .whitespacesAndNewlines)
                    if !trimmed.isEmpty { result.append(trimmed) }
                    piece = ""
                }
            }
        }
        return result
    }()

    static let wrappers: [(String, String)] = [("", ""), ("", ""), ("", ""), ("《", "》"), ("（", "）"), ("“", "”"), ("(", ")"), ("\"", "\""), ("据", "统计，"), ("", "数据显示，")]

    static func document(seed: UInt64) -> String {
        var g = SeededGenerator(seed: seed)
        var text = ""
        for _ in 0..<Int.random(in: 3...30, using: &g) {
            let (open, close) = wrappers.randomElement(using: &g)!
            text += open + pieces.randomElement(using: &g)! + close
            if Int.random(in: 0..<8, using: &g) == 0 { text += "\n\n" }
        }
        return text
    }

    @Test("spliced documents: no crash, every record's text is the document's text at its span")
    func spliced() {
        #expect(Self.pieces.count > 500)
        let extractor = try! Extractor(lexicons: TestSupport.lexicons, rates: TestSupport.fixedRates, options: ExtractionOptions(entities: true))
        for seed in 1...300 as ClosedRange<UInt64> {
            let scalars = Array(Self.document(seed: seed).unicodeScalars)
            for record in extractor.records(scalars, doc: "spliced") {
                let (span, text): (Range<Int>, String)
                switch record {
                case .fact(_, let fact): (span, text) = (fact.quantity.span, fact.text)
                case .entity(_, let mention): (span, text) = (mention.span, mention.text)
                default: continue
                }
                guard span.lowerBound >= 0, span.lowerBound < span.upperBound, span.upperBound <= scalars.count else {
                    Issue.record("seed \(seed): span \(span) outside the text"); continue
                }
                #expect(String(String.UnicodeScalarView(scalars[span])) == text, "seed \(seed)")
            }
        }
    }
}
