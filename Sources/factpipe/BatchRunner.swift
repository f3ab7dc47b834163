import Dispatch
import FactPipe
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// The outcome of one document.
struct Outcome {
    var doc: String
    /// A failed document's error record (written, and on standard error).
    var records: [Record] = []
    var failed = false
    var replaced = 0
    var encoding: String?
    var facts = 0
    /// A large or special file, to be streamed when its turn comes to be written.
    var streamLater = false
    /// The records as the output's bytes, encoded as they were found, where the document was
    /// read, so that the thread writing the output in order only writes.
    var encoded: [UInt8]?
    /// Written already, by the worker that made it (``BatchRunner/deliver(_:to:)``).
    var delivered = false
}

/// Where the records of a document being read go before its turn to be written comes (on a
/// worker, its batch done): once `limit` bytes of them are held, or all of them as they are
/// found for a document streamed.
struct EarlyWrite {
    let limit: Int
    let sink: OutputSink
    /// Runs `body` with the output to itself, every document before written; false (`body`
    /// not run) once the run has stopped.
    let inTurn: (() -> Void) -> Bool

    /// Writes the records encoded so far (or drops them, once the run has stopped).
    func write(_ bytes: inout [UInt8]) {
        if !inTurn({ sink.writeOut(&bytes) }) { bytes.removeAll(keepingCapacity: true) }
    }
}

/// Runs the extractor over every input and writes records in input order.
struct BatchRunner: @unchecked Sendable {
    let input: InputFormat
    let encoding: String?
    let makeExtractor: () throws -> Extractor
    let workers: Int
    let verbose: Bool

    /// Files up to this size are read whole (the encoding is detected on all of them);
    /// larger ones and pipes are streamed.
    static let wholeFileLimit = 1 << 20
    /// How many documents the workers may run ahead of the writer.
    static let documentsAhead = 64
    /// The most bytes of a document's records a worker holds before it waits for the document's
    /// turn and writes them itself (``heldRecordBytes(textBytes:early:)``).
    static let recordBytesHeldOnWorker = 16 << 20

    func run(_ sources: [InputSource], sink: OutputSink, tally: inout RunTally) throws {
        let extractor = try makeExtractor()
        var pendingFiles: [String] = []
        func drainFiles() throws {
            guard !pendingFiles.isEmpty else { return }
            try runFiles(pendingFiles, sink: sink, tally: &tally, first: extractor)
            pendingFiles.removeAll()
        }
        for source in sources {
            if sink.isClosed || Interrupt.requested { break }
            switch source {
            case .file(let path) where input == .text:
                pendingFiles.append(path)
            case .file(let path):
                try drainFiles()
                let fd = open(path, O_RDONLY)
                if fd < 0 { report(failure(path, "cannot open: \(String(cString: strerror(errno)))"), sink: sink, tally: &tally); continue }
                streamJSONL(fd: fd, name: path, extractor: extractor, sink: sink, tally: &tally)
                close(fd)
            case .standardInput:
                try drainFiles()
                if input == .jsonl { streamJSONL(fd: 0, name: "-", extractor: extractor, sink: sink, tally: &tally) }
                else { report(TextStreamer(extractor: extractor, encoding: encoding, pipelined: workers > 1).stream(fd: 0, doc: "-", sink: sink), sink: sink, tally: &tally) }
            case .unreadable(let path, let reason):
                try drainFiles()
                report(failure(path, reason), sink: sink, tally: &tally)
            }
        }
        try drainFiles()
        tally.interrupted = Interrupt.requested
    }

    private func failure(_ doc: String, _ message: String) -> Outcome {
        Outcome(doc: doc, records: [.error(doc: doc, message: message)], failed: true)
    }

    private func report(_ outcome: consuming Outcome, sink: OutputSink, tally: inout RunTally) {
        let stderr = FileDescriptorWriter.standardError
        tally.read += 1
        if outcome.failed { tally.failed += 1 }
        tally.facts += outcome.facts
        tally.replaced += outcome.replaced
        if let e = outcome.encoding { tally.encodings[e, default: 0] += 1 }
        // only a failed outcome holds an error record: the others are not looked into
        if outcome.failed {
            for case .error(let doc, let message) in outcome.records { stderr.write("factpipe: \(doc): \(message)\n") }
        }
        if !outcome.delivered { Self.deliver(&outcome, to: sink) }
        if outcome.replaced > 0 {
            tally.warnings += 1
            stderr.write("factpipe: \(outcome.doc): warning: \(outcome.replaced) invalid byte sequences replaced with U+FFFD\n")
        }
        if verbose && !outcome.failed {
            stderr.write("factpipe: \(outcome.doc): \(outcome.encoding ?? "UTF-8"), \(outcome.facts) facts\n")
        }
    }

    /// A document's records written as they come on the one thread that reads and writes.
    private func written(to sink: OutputSink) -> EarlyWrite {
        EarlyWrite(limit: TextStreamer.recordBytesHeld, sink: sink) { body in body(); return true }
    }

    /// Writes the records of `outcome` and ends its document in the output.
    private static func deliver(_ outcome: inout Outcome, to sink: OutputSink) {
        if let encoded = outcome.encoded.take() { sink.write(encoded: encoded) }
        // (a failed document's error record, kept for standard error: a worker delivers before
        // the report)
        var errors = outcome.records
        sink.write(records: &errors)
        sink.endDocument(outcome.doc)
        sink.flush()
        outcome.delivered = true
    }

    /// The outcomes of `items` (a worker's batch), each from `make`, whose records are written
    /// before the batch is done if one document's outgrow what a worker holds: in the
    /// batch's `turn`, after the outcomes before it in the batch.
    private static func outcomes<Item, Batch>(of items: [Item], turn: OrderedWork<Batch, [Outcome]>.Turn, sink: OutputSink,
                                              _ make: (Item, EarlyWrite) -> Outcome?) -> [Outcome] {
        var outcomes: [Outcome] = []
        var delivered = 0
        let early = EarlyWrite(limit: recordBytesHeldOnWorker, sink: sink) { body in
            guard turn.wait() else { return false }
            while delivered < outcomes.count {
                // (a document streamed here was delivered as it ended)
                if !outcomes[delivered].delivered { deliver(&outcomes[delivered], to: sink) }
                delivered += 1
            }
            body()
            return true
        }
        for item in items {
            if let outcome = make(item, early) { outcomes.append(outcome) }
        }
        return outcomes
    }

    // MARK: files, in parallel, written in order

    private func runFiles(_ paths: [String], sink: OutputSink, tally: inout RunTally, first: Extractor) throws {
        let count = paths.count
        let workerCount = max(1, min(workers, count))
        let streamer = TextStreamer(extractor: first, encoding: encoding, pipelined: workers > 1)
        func finish(_ outcome: Outcome) -> Outcome {
            guard outcome.streamLater else { return outcome }
            let fd = open(outcome.doc, O_RDONLY)
            if fd < 0 { return failure(outcome.doc, "cannot open: \(String(cString: strerror(errno)))") }
            defer { close(fd) }
            return streamer.stream(fd: fd, doc: outcome.doc, sink: sink)
        }
        if workerCount == 1 {
            for path in paths {
                if sink.isClosed || Interrupt.requested { return }
                // (the outcome made first, so that the report holds its only copy)
                let outcome = finish(process(file: path, extractor: first, output: sink.textEncoding, early: written(to: sink)))
                report(outcome, sink: sink, tally: &tally)
            }
            return
        }
        let extractors = try (0..<workerCount).map { _ in try makeExtractor() }
        let output = sink.textEncoding
        let work = OrderedWork<String, [Outcome]>(workerCount: workerCount, maxItems: workerCount * Self.documentsAhead) { worker, path, turn in
            Self.outcomes(of: [path], turn: turn, sink: sink) { path, early in
                self.process(file: path, extractor: extractors[worker], output: output, early: early)
            }
        }
        DispatchQueue(label: "factpipe.paths").async {
            for path in paths where !work.add(path) { break }
            work.endInput()
        }
        write(work, sink: sink, tally: &tally, finish: finish)
    }

    /// Writes the outcomes of `work` in order until the last, or until the reader goes away or
    /// Ctrl-C; then waits for the workers.
    private func write<Item>(_ work: OrderedWork<Item, [Outcome]>, sink: OutputSink, tally: inout RunTally,
                             finish: (Outcome) -> Outcome = { $0 }) {
        writing: while let outcomes = work.next() {
            for outcome in outcomes {
                report(finish(outcome), sink: sink, tally: &tally)
                if sink.isClosed || Interrupt.requested { work.cancel(); break writing }
            }
        }
        work.waitForWorkers()
    }

    private func process(file path: String, extractor: Extractor, output: any RecordEncoding, early: EarlyWrite) -> Outcome {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return failure(path, "cannot open: \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return failure(path, "cannot stat: \(String(cString: strerror(errno)))") }
        if info.st_mode & S_IFMT == S_IFDIR { return failure(path, "is a directory") }
        if info.st_mode & S_IFMT != S_IFREG || Int(info.st_size) > Self.wholeFileLimit {
            return Outcome(doc: path, streamLater: true)
        }
        var reader = ChunkReader(fd: fd)
        var bytes: [UInt8] = []
        // (one byte more than the size: the read that finds the end then needs no more room)
        bytes.reserveCapacity(Int(info.st_size) + 1)
        reading: while true {
            switch reader.next(appendingTo: &bytes) {
            case .bytes: continue
            case .end: break reading
            case .failure(let message): return failure(path, message)
            }
        }
        do {
            let decoded = try TextDecoder.decode(bytes, encoding: encoding)
            var outcome = outcome(of: decoded.scalars, doc: path, textBytes: bytes.count, extractor: extractor, output: output, early: early)
            outcome.replaced = decoded.replacedSequences
            outcome.encoding = decoded.encoding
            return outcome
        } catch {
            return failure(path, "\(error)")
        }
    }

    // MARK: JSON Lines

    /// JSON Lines: every line one document `{"id": ..., "text": ...}`, run on the workers when
    /// there are several, written in input order.
    private func streamJSONL(fd: Int32, name: String, extractor: Extractor, sink: OutputSink, tally: inout RunTally) {
        guard workers > 1 else {
            var lines = JSONLLines(fd: fd)
            while !sink.isClosed && !Interrupt.requested, let line = lines.next() {
                if let outcome = outcome(of: line, in: name, extractor: extractor, output: sink.textEncoding, early: written(to: sink)) {
                    report(outcome, sink: sink, tally: &tally)
                }
            }
            return
        }
        let extractors: [Extractor]
        do { extractors = try [extractor] + (1..<workers).map { _ in try makeExtractor() } }
        catch { report(failure(name, "\(error)"), sink: sink, tally: &tally); return }
        let output = sink.textEncoding
        // lines go to the workers in batches of those already read, to pass work between
        // threads less often
        let work = OrderedWork<[JSONLLines.Line], [Outcome]>(workerCount: workers, maxItems: workers * Self.batchesAhead,
                                                             maxBytes: Self.jsonlBytesAhead) { worker, lines, turn in
            Self.outcomes(of: lines, turn: turn, sink: sink) { line, early in
                self.outcome(of: line, in: name, extractor: extractors[worker], output: output, early: early)
            }
        }
        // the reader has a thread of its own: while it waits for input, what is done is written
        let reader = DispatchGroup()
        DispatchQueue(label: "factpipe.lines").async(group: reader) {
            var lines = JSONLLines(fd: fd)
            while !Interrupt.requested {
                let batch = lines.nextBatch(maxLines: Self.batchLines, maxBytes: Self.batchBytes)
                if batch.isEmpty || !work.add(batch, bytes: batch.reduce(0) { $0 + $1.byteCount }) { break }
            }
            work.endInput()
        }
        write(work, sink: sink, tally: &tally)
        // a file is closed next, so its reader must be done with it; standard input may never
        // end, and is never closed
        if fd != 0 { reader.wait() }
    }

    /// The room a document's encoded records are given to start with: they run to some six
    /// times the bytes of its text, and were copied at each doubling of less room.
    static func encodedRoom(textBytes: Int) -> Int { max(64 << 10, 8 * textBytes) }
    /// How many bytes of a document's records are held before they are written (`early`), at
    /// most: twice their room, so a usual document's are held whole and workers do not wait
    /// for each other, but no more however many numbers its sentences hold (each record
    /// carries its sentence: a sentence of 2,000 characters thick with numbers has hundreds of
    /// times its bytes of them).
    static func heldRecordBytes(textBytes: Int, early: EarlyWrite) -> Int { min(early.limit, 2 * encodedRoom(textBytes: textBytes)) }

    /// A batch of JSON Lines documents: at most so many, of about so many bytes.
    static let batchLines = 32
    static let batchBytes = 64 << 10
    /// How many batches, and about how many bytes of them, the reader and the workers may run
    /// ahead of the writer: enough to keep the workers busy, little to hold.
    static let batchesAhead = 4
    static let jsonlBytesAhead = 8 << 20

    /// The outcome of one line of JSON Lines input; `nil` for a blank line.
    private func outcome(of line: JSONLLines.Line, in name: String, extractor: Extractor, output: any RecordEncoding,
                         early: EarlyWrite) -> Outcome? {
        switch line {
        case .failure(let message):
            return failure(name, message)
        case .tooLong(let number):
            return failure("\(name):\(number)", "line longer than \(JSONLDocument.maximumLineBytes) bytes")
        case .text(let bytes, let number):
            // (the CR of a CR LF line end left out of a view, not removed from a copy of the line;
            // for the readers it is whitespace after the object anyway)
            let content = bytes.last == 13 ? bytes.dropLast() : bytes[...]
            if content.allSatisfy({ $0 == 32 || $0 == 9 }) { return nil }
            // a long document is streamed, as a large file is, its text decoded a piece at a time
            if bytes.count > Self.wholeFileLimit, let line = StreamedJSONLine(bytes) {
                return streamed(line, extractor: extractor, early: early)
            }
            // the common shape read straight to scalars; the JSON decoder for every other line
            if let line = PlainJSONLine(content) {
                return outcome(of: line.text, doc: line.id, textBytes: content.count, extractor: extractor, output: output, early: early)
            }
            switch JSONLDocument.parse(content) {
            case .failure(let failure):
                return self.failure("\(name):\(number)", failure.message)
            case .success(let document):
                return outcome(of: Array(document.text.unicodeScalars), doc: document.id, textBytes: content.count, extractor: extractor,
                               output: output, early: early)
            }
        }
    }

    /// The outcome of a document streamed in its turn (its records written as they are found,
    /// and the document ended in the output: delivered).
    private func streamed(_ line: StreamedJSONLine, extractor: Extractor, early: EarlyWrite) -> Outcome {
        // (if the run stops before its turn, nothing is to be written)
        var outcome = Outcome(doc: line.id, delivered: true)
        _ = early.inTurn {
            outcome = TextStreamer(extractor: extractor, encoding: nil, pipelined: workers > 1).stream(line, sink: early.sink)
            Self.deliver(&outcome, to: early.sink)
        }
        return outcome
    }

    /// The outcome of a document's text, as UTF-8: its records' bytes, each record encoded with
    /// `output` as it is found (none is made to be encoded later).
    private func outcome(of text: [Unicode.Scalar], doc: String, textBytes: Int, extractor: Extractor, output: any RecordEncoding,
                         early: EarlyWrite) -> Outcome {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Self.encodedRoom(textBytes: textBytes))
        let facts = extractor.encodeRecords(text, doc: doc, with: output, into: &bytes,
                                            flushAt: Self.heldRecordBytes(textBytes: textBytes, early: early), flush: early.write)
        return Outcome(doc: doc, encoding: "UTF-8", facts: facts, encoded: bytes)
    }
}

extension Array {
    /// The element at `k`, moved out and replaced by `placeholder`: taken without a copy.
    mutating func take(_ k: Int, leaving placeholder: Element) -> Element {
        var element = placeholder
        swap(&element, &self[k])
        return element
    }
}
