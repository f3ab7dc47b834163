import FactPipe
import Foundation

/// Paths and shared resources for the tests.
enum TestSupport {
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static var lexiconDirectory: String { packageRoot.appendingPathComponent("Lexicons").path }
    static var corpusDirectory: URL { packageRoot.appendingPathComponent("Corpus") }
    static var fixedRatesPath: String { packageRoot.appendingPathComponent("Tests/FactPipeTests/Fixtures/rates.tsv").path }

    static let lexicons: Lexicons = try! Lexicons(directory: lexiconDirectory)
    static let shippedRates: RateTable = try! RateTable(path: lexiconDirectory + "/rates.tsv")
    static let fixedRates: RateTable = try! RateTable(path: fixedRatesPath)

    /// Writes `text` to a new file in the temporary folder and returns its path; the caller
    /// removes it.
    static func temporaryFile(_ stem: String, containing text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("\(stem)-\(UUID()).tsv").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    static func extractor(date: ReferenceDate? = nil, entities: Bool = false) -> Extractor {
        try! Extractor(lexicons: lexicons, rates: fixedRates, options: ExtractionOptions(referenceDate: date, entities: entities))
    }

    /// Facts of `text`, checking the span invariant on every one.
    static func facts(_ text: String, date: ReferenceDate? = nil) -> [Fact] {
        let scalars = Array(text.unicodeScalars)
        let facts = extractor(date: date).extract(scalars)
        for fact in facts {
            let slice = String(String.UnicodeScalarView(scalars[fact.quantity.span]))
            precondition(slice == fact.text, "text \(fact.text) != document[\(fact.quantity.span)] \(slice)")
        }
        return facts
    }
}

extension Decimal {
    init(_ literal: String) { self = Decimal(string: literal)! }
}
