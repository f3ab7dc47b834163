import FactPipe
#if canImport(Glibc)
import Glibc
#endif

/// Reads one plain-text document from a file descriptor (standard input, a large file, a
/// pipe) and writes its facts paragraph by paragraph as they arrive, so memory stays bounded
/// however long the stream is.
struct TextStreamer {
    let extractor: Extractor
    let encoding: String?

    func stream(fd: Int32, doc: String, sink: OutputSink) -> Outcome {
        let session = extractor.session()
        let decoder = StreamingTextDecoder(encoding: encoding)
        var reader = ChunkReader(fd: fd)
        var outcome = Outcome(doc: doc)
        var pending = Scalars()
        var scanned = 0
        let output = sink.textEncoding
        /// The bytes of a piece's records, for a text output (the room kept from piece to piece).
        var encoded: [UInt8] = []
        func feed(_ piece: Scalars) {
            if let output {
                // each record encoded as it is found (none is made to be encoded later)
                outcome.facts += session.encodeRecords(piece, doc: doc, with: output, into: &encoded)
                sink.write(encoded: encoded)
                encoded.removeAll(keepingCapacity: true)
            } else {
                var records = session.feedRecords(piece, doc: doc)
                outcome.facts += records.factCount
                // (taken out of the array as they are written: lent one by one, each was copied)
                sink.write(records: &records)
            }
            sink.flush()
        }
        func fail(_ message: String) {
            outcome.failed = true
            outcome.records = [.error(doc: doc, message: message)]
        }
        reading: while !sink.isClosed && !Interrupt.requested {
            switch reader.next() {
            case nil:
                break reading
            case .failure(let message)?:
                fail(message)
                break reading
            case .bytes(let bytes)?:
                do { pending.append(contentsOf: try decoder.decode(bytes, final: false)) }
                catch { fail("\(error)"); break reading }
                while let cut = ParagraphCut.lastCut(in: pending, scanned: scanned, force: pending.count >= ParagraphCut.limit) {
                    feed(Self.take(cut, from: &pending))
                    scanned = 0
                    if sink.isClosed || Interrupt.requested { break reading }
                }
                scanned = pending.count
            }
        }
        if !outcome.failed && !sink.isClosed && !Interrupt.requested {
            do { pending.append(contentsOf: try decoder.decode([], final: true)) }
            catch { fail("\(error)") }
            if !outcome.failed && !pending.isEmpty { feed(pending) }
        }
        outcome.encoding = outcome.failed && decoder.encoding == nil ? nil : decoder.encoding ?? "UTF-8"
        outcome.replaced = decoder.replacedSequences
        return outcome
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
