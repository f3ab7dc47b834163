import Dispatch
import FactPipe
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// The outcome of one document.
struct Outcome {
    var doc: String
    var records: [Record] = []
    var failed = false
    var replaced = 0
    var encoding: String?
    var facts = 0
    /// A large or special file, to be streamed when its turn comes to be written.
    var streamLater = false
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
                else { report(TextStreamer(extractor: extractor, encoding: encoding).stream(fd: 0, doc: "-", sink: sink), sink: sink, tally: &tally) }
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

    private func report(_ outcome: Outcome, sink: OutputSink, tally: inout RunTally) {
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
        for record in outcome.records { sink.write(record) }
        sink.endDocument(outcome.doc)
        sink.flush()
        if outcome.replaced > 0 {
            tally.warnings += 1
            stderr.write("factpipe: \(outcome.doc): warning: \(outcome.replaced) invalid byte sequences replaced with U+FFFD\n")
        }
        if verbose && !outcome.failed {
            stderr.write("factpipe: \(outcome.doc): \(outcome.encoding ?? "UTF-8"), \(outcome.facts) facts\n")
        }
    }

    // MARK: files, in parallel, written in order

    private func runFiles(_ paths: [String], sink: OutputSink, tally: inout RunTally, first: Extractor) throws {
        let count = paths.count
        let workerCount = max(1, min(workers, count))
        let streamer = TextStreamer(extractor: first, encoding: encoding)
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
                report(finish(process(file: path, extractor: first)), sink: sink, tally: &tally)
            }
            return
        }
        let results = ResultSlots<Outcome>(count: count)
        let next = Counter()
        let group = DispatchGroup()
        let ahead = workerCount * Self.documentsAhead
        let window = DispatchSemaphore(value: ahead)
        // the writer thread keeps `first` for streamed files; each worker has its own
        let extractors = try (0..<workerCount).map { _ in try makeExtractor() }
        for w in 0..<workerCount {
            let extractor = extractors[w]
            DispatchQueue.global().async(group: group) {
                while true {
                    window.wait()
                    guard !results.cancelled, let index = next.take(below: count) else { window.signal(); break }
                    results.put(index, self.process(file: paths[index], extractor: extractor))
                }
            }
        }
        for index in 0..<count {
            let outcome = results.wait(index)
            window.signal()
            report(finish(outcome), sink: sink, tally: &tally)
            if sink.isClosed || Interrupt.requested {
                results.cancel()
                for _ in 0..<workerCount { window.signal() }
                break
            }
        }
        group.wait()
        for _ in 0..<ahead { window.signal() }
    }

    private func process(file path: String, extractor: Extractor) -> Outcome {
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
        bytes.reserveCapacity(Int(info.st_size))
        while let chunk = reader.next() {
            switch chunk {
            case .bytes(let b): bytes.append(contentsOf: b)
            case .failure(let message): return failure(path, message)
            }
        }
        do {
            let decoded = try TextDecoder.decode(bytes, encoding: encoding)
            let records = extractor.records(decoded.scalars, doc: path)
            return Outcome(doc: path, records: records, replaced: decoded.replacedSequences,
                           encoding: decoded.encoding, facts: records.factCount)
        } catch {
            return failure(path, "\(error)")
        }
    }

    // MARK: JSON Lines

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
                report(self.failure(fallbackID, failure.message), sink: sink, tally: &tally)
            case .success(let document):
                let records = extractor.records(Array(document.text.unicodeScalars), doc: document.id)
                report(Outcome(doc: document.id, records: records, encoding: "UTF-8", facts: records.factCount), sink: sink, tally: &tally)
            }
        }
        while !sink.isClosed && !Interrupt.requested {
            guard let chunk = reader.next() else { break }
            if case .failure(let message) = chunk {
                report(failure(name, message), sink: sink, tally: &tally); break
            }
            guard case .bytes(let bytes) = chunk else { break }
            pending.append(contentsOf: bytes)
            var start = 0
            while let newline = pending[start...].firstIndex(of: 10) {
                handle(pending[start..<newline]); start = newline + 1
                if sink.isClosed || Interrupt.requested { return }
            }
            pending.removeFirst(start)
            if pending.count > JSONLDocument.maximumLineBytes {
                report(failure("\(name):\(lineNumber + 1)", "line longer than \(JSONLDocument.maximumLineBytes) bytes"), sink: sink, tally: &tally)
                // skip to the end of this line
                lineNumber += 1
                pending.removeAll()
                while let chunk = reader.next(), case .bytes(let more) = chunk {
                    if let newline = more.firstIndex(of: 10) { pending = Array(more[(newline + 1)...]); break }
                }
            }
        }
        if !pending.isEmpty && !sink.isClosed && !Interrupt.requested { handle(pending[...]) }
    }
}

extension Array where Element == Record {
    var factCount: Int { reduce(0) { if case .fact = $1 { return $0 + 1 } else { return $0 } } }
}
