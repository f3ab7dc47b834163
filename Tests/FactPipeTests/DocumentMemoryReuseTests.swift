import Foundation
import Testing
@testable import FactPipe

/// One extractor hands the memory of a document's sentences on to the next document: what
/// any document yields must not depend on the documents before it.
@Suite("Documents one after another")
struct DocumentMemoryReuseTests {
    static func corpusTexts() throws -> [(name: String, text: [Unicode.Scalar])] {
        var texts: [(name: String, text: [Unicode.Scalar])] = []
        for language in ["zh", "en"] {
            let folder = TestSupport.corpusDirectory.appendingPathComponent(language)
            for file in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where file.hasSuffix(".txt") {
                let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                texts.append((file, Array(text.unicodeScalars)))
            }
        }
        return texts
    }

    @Test("records of each document are the same from a shared extractor as from its own, in either order")
    func sharedExtractorGivesWhatAFreshOneGives() throws {
        let texts = try Self.corpusTexts()
        #expect(texts.count > 10)
        let shared = TestSupport.extractor()
        for (name, text) in texts + texts.reversed() {
            var reused: [UInt8] = [], fresh: [UInt8] = []
            _ = shared.encodeRecords(text, doc: name, with: JSONLEncoder(), into: &reused)
            _ = TestSupport.extractor().encodeRecords(text, doc: name, with: JSONLEncoder(), into: &fresh)
            #expect(reused == fresh, "\(name)")
        }
    }

    @Test("facts kept from one document are unchanged by the documents extracted after it")
    func keptFactsStayTheSame() throws {
        let texts = try Self.corpusTexts()
        let shared = TestSupport.extractor()
        let kept = texts.map { shared.extract($0.text) }
        for (k, text) in texts.enumerated() {
            let fresh = TestSupport.extractor().extract(text.text)
            #expect(kept[k] == fresh, "\(text.name)")
            #expect(kept[k].map(\.sentence) == fresh.map(\.sentence), "\(text.name)")
        }
    }

    @Test("a whole document's facts are its paragraphs' facts in turn, and the facts of its records")
    func wholeDocumentFactsArePerParagraphFacts() throws {
        let extractor = TestSupport.extractor()
        for (name, text) in try Self.corpusTexts() {
            let whole = extractor.extract(text)
            let session = extractor.session()
            let byParagraph = ParagraphSplitter.paragraphs(text).flatMap { session.feed(Array(text[$0])) }
            let ofRecords = extractor.records(text, doc: name).compactMap { record -> Fact? in
                if case .fact(_, let fact) = record { return fact } else { return nil }
            }
            #expect(!whole.isEmpty, "\(name)")
            #expect(whole == byParagraph, "\(name)")
            #expect(whole == ofRecords, "\(name)")
        }
    }

    @Test("a piece of many paragraphs fed at once, as a stream feeds them, gives the facts of its paragraphs fed one by one")
    func pieceOfManyParagraphs() throws {
        let articles = try Self.corpusTexts().map(\.text)
        let text = Array(articles.joined(separator: Array("\n\n".unicodeScalars)))
        let extractor = TestSupport.extractor()
        let byParagraph = extractor.extract(text)
        #expect(Set(byParagraph.filter(\.quantity.currencyInferred).compactMap(\.quantity.currency)).count >= 2)
        #expect(extractor.session().feed(text) == byParagraph)
    }
}
