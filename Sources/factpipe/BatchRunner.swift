import Dispatch
import FactPipe
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// Runs the extractor over every input and writes records in input order.
struct BatchRunner: @unchecked Sendable {
    let input: InputFormat
    let encoding: String?
    let makeExtractor: () throws -> Extractor
    let workers: Int

    /// The outcome of one document.
    struct Outcome {
        var records: [Record] = []
        var failed = false
        var replaced = 0
        var encoding: String?
        var facts = 0
        /// The document, when it produced no error record naming it.
        var doc: String? = nil
    }

    func run(_ sources: [InputSource], sink: OutputSink, tally: inout RunTally) throws {
        let extractor = try makeExtractor()
        var pendingFiles: [String] = []
        func drainFiles() throws {
            guard !pendingFiles.isEmpty else { return }
            try runFiles(pendingFiles, sink: sink, tally: &tally, first: extractor)
            pendingFiles.removeAll()
        }
        for source in sources {
            if sink.isClosed { return }
            switch source {
            case .file(let path) where input == .text:
                pendingFiles.append(path)
            case .file(let path):
                try drainFiles()
                let fd = open(path, O_RDONLY)
                if fd < 0 { report(Outcome(records: [.error(doc: path, message: "cannot open: \(String(cString: strerror(errno)))")], failed: true), sink: sink, tally: &tally); continue }
                streamJSONL(fd: fd, name: path, extractor: extractor, sink: sink, tally: &tally)
                close(fd)
            case .standardInput:
                try drainFiles()
                if input == .jsonl { streamJSONL(fd: 0, name: "-", extractor: extractor, sink: sink, tally: &tally) }
                else { streamText(fd: 0, extractor: extractor, sink: sink, tally: &tally) }
            case .unreadable(let path, let reason):
                try drainFiles()
                report(Outcome(records: [.error(doc: path, message: reason)], failed: true), sink: sink, tally: &tally)
            }
        }
        try drainFiles()
    }

    private func report(_ outcome: Outcome, sink: OutputSink, tally: inout RunTally) {
        tally.read += 1
        if outcome.failed { tally.failed += 1 }
        tally.facts += outcome.facts
        tally.replaced += outcome.replaced
        if let e = outcome.encoding { tally.encodings[e, default: 0] += 1 }
        for record in outcome.records {
            if case .error(let doc, let message) = record {
                FileDescriptorWriter.standardError.write("factpipe: \(doc): \(message)\n")
            }
            sink.write(record)
        }
        sink.endDocument(outcome.doc ?? outcome.records.first.map { RecordFields($0).doc } ?? "")
    }

    // MARK: files, in parallel, written in order

    private func runFiles(_ paths: [String], sink: OutputSink, tally: inout RunTally, first: Extractor) throws {
        let count = paths.count
        let workerCount = max(1, min(workers, count))
        if workerCount == 1 {
            for path in paths {
                if sink.isClosed { return }
                report(process(file: path, extractor: first), sink: sink, tally: &tally)
            }
            return
        }
        let results = ResultSlots<Outcome>(count: count)
        let next = Counter()
        let group = DispatchGroup()
        var extractors: [Extractor] = [first]
        for _ in 1..<workerCount { extractors.append(try makeExtractor()) }
        for w in 0..<workerCount {
            let extractor = extractors[w]
            DispatchQueue.global().async(group: group) {
                while let index = next.take(below: count), !results.cancelled {
                    results.put(index, self.process(file: paths[index], extractor: extractor))
                }
            }
        }
        for index in 0..<count {
            let outcome = results.wait(index)
            report(outcome, sink: sink, tally: &tally)
            if sink.isClosed { results.cancel(); break }
        }
        group.wait()
    }

    private func process(file path: String, extractor: Extractor) -> Outcome {
        let bytes: [UInt8]
        do { bytes = try readFile(path) } catch {
            return Outcome(records: [.error(doc: path, message: "\(error)")], failed: true)
        }
        return process(bytes: bytes, doc: path, extractor: extractor)
    }

    private func process(bytes: [UInt8], doc: String, extractor: Extractor) -> Outcome {
        do {
            let decoded = try TextDecoder.decode(bytes, encoding: encoding)
            let records = extractor.records(decoded.scalars, doc: doc)
            var outcome = Outcome(records: records, replaced: decoded.replacedSequences,
                                  encoding: decoded.encoding, facts: records.factCount, doc: doc)
            if decoded.replacedSequences > 0 {
                FileDescriptorWriter.standardError.write("factpipe: \(doc): warning: \(decoded.replacedSequences) invalid byte sequences replaced\n")
            }
            outcome.failed = false
            return outcome
        } catch {
            return Outcome(records: [.error(doc: doc, message: "\(error)")], failed: true)
        }
    }

    // MARK: streams

    /// Plain text on a stream: one document, processed paragraph by paragraph as it arrives.
    private func streamText(fd: Int32, extractor: Extractor, sink: OutputSink, tally: inout RunTally) {
        let session = extractor.session()
        var reader = ChunkReader(fd: fd)
        var facts = 0
        var replaced = 0
        var pending: [UInt8] = []
        var failedMessage: String? = nil
        var first = true
        func emit(_ bytes: [UInt8]) {
            var bytes = bytes
            if first { first = false; if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) } }
            let decoded = TextDecoder.decodeStreamingUTF8(bytes)
            replaced += decoded.replacedSequences
            let records = session.feedRecords(decoded.scalars, doc: "-")
            for record in records { sink.write(record) }
            facts += records.factCount
            sink.flush()
        }
        while !sink.isClosed {
            guard let chunk = reader.next() else { break }
            if case .failure(let message) = chunk { failedMessage = message; break }
            guard case .bytes(let bytes) = chunk else { break }
            pending.append(contentsOf: bytes)
            // cut at the last paragraph break, or, past 1 MiB, at the last line end or
            // UTF-8 character boundary, so memory stays bounded
            if let cut = ParagraphCut.lastCut(in: pending, force: pending.count > 1 << 20) {
                emit(Array(pending[..<cut]))
                pending.removeFirst(cut)
            }
        }
        if !pending.isEmpty && !sink.isClosed { emit(pending) }
        var outcome = Outcome(facts: facts, doc: "-")
        outcome.replaced = replaced
        outcome.encoding = "UTF-8"
        if let failedMessage { outcome.failed = true; outcome.records = [.error(doc: "-", message: failedMessage)] }
        else if replaced > 0 { FileDescriptorWriter.standardError.write("factpipe: -: warning: \(replaced) invalid byte sequences replaced\n") }
        report(outcome, sink: sink, tally: &tally)
    }

    /// JSON Lines: every line one document `{"id": ..., "text": ...}`.
    private func streamJSONL(fd: Int32, name: String, extractor: Extractor, sink: OutputSink, tally: inout RunTally) {
        var reader = ChunkReader(fd: fd)
        var pending: [UInt8] = []
        var lineNumber = 0
        func handle(_ line: ArraySlice<UInt8>) {
            lineNumber += 1
            var line = line
            if line.last == 13 { line = line.dropLast() }
            if line.allSatisfy({ $0 == 32 || $0 == 9 }) { return }
            let fallbackID = "\(name):\(lineNumber)"
            switch JSONLDocument.parse(line) {
            case .failure(let failure):
                report(Outcome(records: [.error(doc: fallbackID, message: failure.message)], failed: true), sink: sink, tally: &tally)
            case .success(let document):
                let records = extractor.records(Array(document.text.unicodeScalars), doc: document.id)
                report(Outcome(records: records, encoding: "UTF-8", facts: records.factCount, doc: document.id), sink: sink, tally: &tally)
            }
        }
        while !sink.isClosed {
            guard let chunk = reader.next() else { break }
            if case .failure(let message) = chunk {
                report(Outcome(records: [.error(doc: name, message: message)], failed: true), sink: sink, tally: &tally); break
            }
            guard case .bytes(let bytes) = chunk else { break }
            pending.append(contentsOf: bytes)
            var start = 0
            while let newline = pending[start...].firstIndex(of: 10) {
                handle(pending[start..<newline]); start = newline + 1
                if sink.isClosed { return }
            }
            pending.removeFirst(start)
            if pending.count > JSONLDocument.maximumLineBytes {
                report(Outcome(records: [.error(doc: "\(name):\(lineNumber + 1)", message: "line longer than \(JSONLDocument.maximumLineBytes) bytes")], failed: true), sink: sink, tally: &tally)
                // skip to the end of this line
                lineNumber += 1
                while let chunk = reader.next(), case .bytes(let more) = chunk {
                    if let newline = more.firstIndex(of: 10) { pending = Array(more[(newline + 1)...]); break }
                }
                if pending.count > JSONLDocument.maximumLineBytes { pending.removeAll() }
            }
        }
        if !pending.isEmpty && !sink.isClosed { handle(pending[...]) }
    }
}

extension Array where Element == Record {
    var factCount: Int { reduce(0) { if case .fact = $1 { return $0 + 1 } else { return $0 } } }
}

private func readFile(_ path: String) throws -> [UInt8] {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { throw DecodeError(message: "cannot open: \(String(cString: strerror(errno)))") }
    defer { close(fd) }
    var reader = ChunkReader(fd: fd)
    var bytes: [UInt8] = []
    while let chunk = reader.next() {
        switch chunk {
        case .bytes(let b): bytes.append(contentsOf: b)
        case .failure(let message): throw DecodeError(message: message)
        }
    }
    return bytes
}
