import Dispatch
import Foundation
import Testing
@testable import FactPipe

/// A session's two halves, names and quantities found (`recognise`) on one thread while the
/// paragraphs before are linked and written on another, give what the session gives when it
/// does both in turn.
@Suite("A session's halves on two threads")
struct SessionHalvesTests {
    /// The paragraphs of `text`, prepared on this thread, recognised on one of their own, each
    /// linked on this one as soon as it is ready (recognition runs up to all of them ahead).
    static func pipelined(_ text: [Unicode.Scalar], session: DocumentSession,
                          link: (RecognisedParagraph) -> Void) {
        let paragraphs = ParagraphSplitter.paragraphs(text).map { session.prepare(Array(text[$0])) }
        let recognised = Handoff(count: paragraphs.count)
        let recogniser = UncheckedSession(session: session)
        DispatchQueue(label: "recognise").async {
            for (k, paragraph) in paragraphs.enumerated() { recognised.put(k, recogniser.session.recognise(paragraph)) }
        }
        for k in paragraphs.indices { link(recognised.take(k)) }
    }

    @Test("encoded records: the same bytes, with and without entities, on every corpus article")
    func encodedRecords() throws {
        for entities in [false, true] {
            let extractor = TestSupport.extractor(entities: entities)
            for (name, text) in try DocumentMemoryReuseTests.corpusTexts() {
                var inTurn: [UInt8] = [], apart: [UInt8] = []
                let sequential = extractor.session()
                for paragraph in ParagraphSplitter.paragraphs(text) {
                    _ = sequential.encodeRecords(Array(text[paragraph]), doc: name, with: JSONLEncoder(), into: &inTurn)
                }
                let session = extractor.session()
                Self.pipelined(text, session: session) {
                    _ = session.encodeRecords(of: $0, doc: name, with: JSONLEncoder(), into: &apart)
                }
                #expect(!inTurn.isEmpty, "\(name)")
                #expect(apart == inTurn, "\(name), entities \(entities)")
                #expect(session.position == text.count)
            }
        }
    }

    @Test("gathered records and the last paragraph's entities: the same as the session in turn")
    func gatheredRecords() throws {
        let extractor = TestSupport.extractor(entities: true)
        for (name, text) in try DocumentMemoryReuseTests.corpusTexts() {
            var inTurn: [Record] = [], apart: [Record] = []
            let sequential = extractor.session()
            for paragraph in ParagraphSplitter.paragraphs(text) { sequential.feedRecords(Array(text[paragraph]), doc: name, into: &inTurn) }
            let session = extractor.session()
            Self.pipelined(text, session: session) { session.feedRecords(of: $0, doc: name, into: &apart) }
            #expect(apart == inTurn, "\(name)")
            #expect(session.entities == sequential.entities, "\(name)")
        }
    }
}

/// The recognised paragraphs, by index, handed from the recognising thread to the linking one.
private final class Handoff: @unchecked Sendable {
    private let condition = NSCondition()
    private var ready: [RecognisedParagraph?]

    init(count: Int) { ready = Array(repeating: nil, count: count) }

    func put(_ k: Int, _ paragraph: RecognisedParagraph) {
        condition.lock(); ready[k] = paragraph; condition.broadcast(); condition.unlock()
    }

    func take(_ k: Int) -> RecognisedParagraph {
        condition.lock(); defer { condition.unlock() }
        while ready[k] == nil { condition.wait() }
        return ready[k].take()!
    }
}

/// The session lent to the recognising thread, which alone calls its first half. (Unowned: the
/// test keeps it, and lets it go, with the memory it hands back to the extractor, on its own thread.)
private struct UncheckedSession: @unchecked Sendable {
    unowned let session: DocumentSession
}
