import FactPipe
#if canImport(Glibc)
import Glibc
#endif

/// Reads one plain-text document from a file descriptor (standard input, a large file, a
/// pipe) and writes its facts paragraph by paragraph as they arrive, so memory stays bounded
/// however long the stream is.
///
/// With `pipelined`, the names and quantities of the pieces read are found on a thread of
/// their own while this one reads the stream, folds each piece and cuts it into sentences, and
/// links and writes the pieces before (``DocumentSession/recognise(_:)``): one document then
/// runs on two cores, with the same records in the same order.
struct TextStreamer {
    let extractor: Extractor
    let encoding: String?
    var pipelined = false

    /// How many pieces may be in flight (read ahead of the one being linked), when pipelined:
    /// four of the usual pieces (a read's whole paragraphs)...
    static let piecesAhead = 4
    /// ...but no more code points than this once two are (one recognised while the other is
    /// linked): four of the longest pieces (text with no blank line is cut only at
    /// ``LongParagraphCut/limit``), so that the memory held stays near what one thread holds.
    static let scalarsAhead = 4 * LongParagraphCut.limit
    /// The most bytes of a piece's records held before they are written, about: a piece of
    /// ``LongParagraphCut/limit`` code points of dense Chinese text has some 1.5 MB of them.
    static let recordBytesHeld = 1 << 18

    /// Streams the document read from `fd`, decoded as it comes.
    func stream(fd: Int32, doc: String, sink: OutputSink) -> Outcome {
        var source = DecodedStream(fd: fd, decoder: StreamingTextDecoder(encoding: encoding))
        var outcome = stream(&source, doc: doc, sink: sink, hasInput: { Self.hasInput(fd) })
        let decoder = source.decoder
        outcome.encoding = outcome.failed && decoder.encoding == nil ? nil : decoder.encoding ?? "UTF-8"
        outcome.replaced = decoder.replacedSequences
        return outcome
    }

    /// Streams the text of a JSON Lines document too long to hold decoded whole.
    func stream(_ line: StreamedJSONLine, sink: OutputSink) -> Outcome {
        var source = JSONTextStream(pieces: line.pieces())
        var outcome = stream(&source, doc: line.id, sink: sink, hasInput: { true })
        outcome.encoding = "UTF-8"
        return outcome
    }

    /// Streams the text `source` gives; `hasInput()` says whether its next piece comes at once.
    private func stream(_ source: inout some TextSource, doc: String, sink: OutputSink, hasInput: () -> Bool) -> Outcome {
        let session = extractor.session()
        var outcome = Outcome(doc: doc)
        let output = sink.textEncoding
        /// The bytes of a piece's records (the room kept from piece to piece).
        var encoded: [UInt8] = []
        /// Writes the records of a piece, each encoded as it is found by `encode` (none is made
        /// to be encoded later).
        func write(encode: (any RecordEncoding, inout [UInt8]) -> Int) {
            outcome.facts += encode(output, &encoded)
            sink.writeOut(&encoded)
            sink.flush()
        }
        /// Writes the records encoded so far of a piece still being linked.
        let writeOut: (inout [UInt8]) -> Void = { sink.writeOut(&$0) }
        func stopped() -> Bool { sink.isClosed || Interrupt.requested }
        let failure: String?
        if pipelined {
            failure = Self.readOnTwoThreads(&source, session: session, stopped: stopped, hasInput: hasInput) { recognised in
                // (moved into the call that links it: a copy kept here would make the linker copy
                // the quantities it takes out of it)
                var next = Optional(consume recognised)
                write { session.encodeRecords(of: next.take()!, doc: doc, with: $0, into: &$1, flushAt: Self.recordBytesHeld, flush: writeOut) }
            }
        } else {
            failure = Self.readPieces(&source, session: session, stopped: stopped, beforeRead: {}) { piece in
                write { session.encodeRecords(piece, doc: doc, with: $0, into: &$1, flushAt: Self.recordBytesHeld, flush: writeOut) }
                return !stopped()
            }
        }
        if let failure {
            outcome.failed = true
            outcome.records = [.error(doc: doc, message: failure)]
        }
        return outcome
    }

    /// ``readPieces(_:session:stopped:beforeRead:take:)`` with each piece prepared on this
    /// thread, recognised on a thread of its own, and handed to `link` on this thread again, in
    /// order, while the next pieces are read and recognised; returns why the reading failed, or nil.
    private static func readOnTwoThreads(_ source: inout some TextSource, session: DocumentSession, stopped: () -> Bool,
                                         hasInput: () -> Bool, link: (consuming RecognisedParagraph) -> Void) -> String? {
        let recogniser = Recogniser(session: session)
        let work = OrderedWork<PreparedParagraph, RecognisedParagraph>(workerCount: 1, maxItems: piecesAhead) { _, piece, _ in
            recogniser.session.recognise(piece)
        }
        defer { work.cancel(); work.waitForWorkers() }
        /// The length of each piece in flight, in order.
        var inFlight: [Int] = []
        /// Links the next piece recognised; false once the run should stop.
        func linkNext() -> Bool {
            guard let next = work.next() else { return false }
            inFlight.removeFirst()
            link(next)
            return !stopped()
        }
        // (before a read that would wait, the pieces in flight are written: a stream that
        // pauses, a pipe from a program still running, has the records of what came so far)
        let failure = readPieces(&source, session: session, stopped: stopped,
                                 beforeRead: { while !inFlight.isEmpty, !hasInput(), linkNext() {} }) { piece in
            while inFlight.count >= piecesAhead || inFlight.count >= 2 && inFlight.reduce(piece.count, +) > scalarsAhead {
                guard linkNext() else { return false }
            }
            // (folded and cut into sentences here: the thread that recognises has more to do)
            guard work.add(session.prepare(piece)) else { return false }
            inFlight.append(piece.count)
            return true
        }
        work.endInput()
        // (the pieces read before the reading ended or failed, unless the run stops)
        while !inFlight.isEmpty, !stopped(), linkNext() {}
        return failure
    }

    /// Reads `source` to its end, handing `take` each piece of whole paragraphs (a paragraph
    /// too long to hold cut where `session` finds a sentence starts) in turn, until `take`
    /// returns false or `stopped()` is true before a read (after `beforeRead()`); returns why
    /// the reading failed, or nil.
    private static func readPieces(_ source: inout some TextSource, session: DocumentSession, stopped: () -> Bool, beforeRead: () -> Void,
                                   take: (Scalars) -> Bool) -> String? {
        var pending = Scalars()
        var scanned = 0
        while true {
            beforeRead()
            if stopped() { return nil }
            do {
                guard let more = try source.next() else {
                    // (the end of the text, or a read cut short by Ctrl-C)
                    guard !stopped() else { return nil }
                    pending.append(contentsOf: try source.finish())
                    if !pending.isEmpty { _ = takePieces(pending.count, from: &pending, session: session, take: take) }
                    return nil
                }
                pending.append(contentsOf: more)
            } catch {
                return "\(error)"
            }
            while let cut = ParagraphCut.next(in: pending, scanned: scanned, sentenceStart: session.sentenceCut(in:)) {
                guard takePieces(cut, from: &pending, session: session, take: take) else { return nil }
                scanned = 0
            }
            scanned = pending.count
        }
    }

    /// Whether a read of `fd` would return at once (input waiting, its end, or an error to report).
    private static func hasInput(_ fd: Int32) -> Bool {
        var waiting = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        return poll(&waiting, 1, 0) != 0
    }

    /// Hands `take` the first `count` scalars of `pending` (whole paragraphs, or the first cut of
    /// one), taken out of it, in the pieces a document read whole is fed in
    /// (``LongParagraphCut/pieces(of:sentenceStart:)``); returns false when `take` does.
    private static func takePieces(_ count: Int, from pending: inout Scalars, session: DocumentSession,
                                   take: (Scalars) -> Bool) -> Bool {
        let pieces = LongParagraphCut.pieces(of: pending[..<count], sentenceStart: session.sentenceCut(in:))
        if pieces.count == 1 { return take(Self.take(count, from: &pending)) }
        defer { pending.removeSubrange(..<count) }
        return pieces.allSatisfy { take(Array(pending[$0])) }
    }

    /// The first `count` scalars of `pending`, taken out of it: the rest, after the last
    /// paragraph end and mostly short, is what is copied.
    private static func take(_ count: Int, from pending: inout Scalars) -> Scalars {
        var piece = Array(pending[count...])
        swap(&piece, &pending)
        piece.removeSubrange(count...)
        return piece
    }
}

/// The session's first half, lent to the thread that recognises: that thread alone calls
/// ``DocumentSession/recognise(_:)``, and the streamer's thread alone prepares and links, so the
/// session, whose halves share no memory, is never used by two threads for the same half.
/// (Unowned: the streamer keeps the session, and waits for the thread before it lets it go.)
private struct Recogniser: @unchecked Sendable {
    unowned let session: DocumentSession
}
