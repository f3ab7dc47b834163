import FactPipe

/// Where records go, in the chosen format: standard output or a file (text formats), or a
/// SQLite database. (Used by one thread at a time: the one that writes in order, or a worker
/// in its document's turn while that one waits, ``OrderedWork/Turn``.)
final class OutputSink: @unchecked Sendable {
    private let target: any RecordTarget
    /// Called after each document's records, with its `doc` (for the progress line).
    var onDocument: ((String) -> Void)?

    init(path: String?, format: OutputFormat = .jsonl) throws {
        switch format {
        case .jsonl: target = try StreamTarget(path: path, encoding: JSONLEncoder())
        case .csv: target = try StreamTarget(path: path, encoding: DelimitedEncoding(style: .csv))
        case .tsv: target = try StreamTarget(path: path, encoding: DelimitedEncoding(style: .tsv))
        case .sqlite:
            #if SQLite
            target = try SQLiteTarget(path: path ?? "")
            #else
            throw SQLiteLeftOut()
            #endif
        }
    }

    /// The reader closed the pipe (`| head`): not an error.
    var readerWentAway: Bool { target.readerWentAway }
    /// Nothing more can be written.
    var isClosed: Bool { target.isClosed }

    func write(_ record: Record) { target.write(record) }

    /// Writes `records` in order, taking them out of the array.
    func write(records: inout [Record]) { target.write(records: &records) }

    /// The encoding records are written with where they are found (by the worker that made
    /// them), to be written with ``write(encoded:)``: the format's own for text, JSON Lines for
    /// a database (whose store binds each row from that JSON).
    var textEncoding: any RecordEncoding { target.textEncoding }

    /// Writes records already encoded with ``textEncoding``.
    func write(encoded bytes: [UInt8]) { target.write(encoded: bytes) }

    /// Writes `bytes` (records encoded with ``textEncoding``) and empties it, keeping its room:
    /// the records of a document still being read, written before they all are.
    func writeOut(_ bytes: inout [UInt8]) {
        target.write(encoded: bytes)
        bytes.removeAll(keepingCapacity: true)
    }

    /// Flushes at a paragraph boundary, so readers see whole records promptly.
    func flush() { target.flush() }

    /// A document's records are all written.
    func endDocument(_ doc: String) {
        target.endDocument(doc)
        onDocument?(doc)
    }

    /// Completes the output. Returns false if writing failed.
    func finish() -> Bool { target.finish() }

    /// Removes or rolls back a partly written output after a fatal error.
    func abandon() { target.abandon() }

    /// After Ctrl-C: standard output gets the whole records written so far; an output file
    /// is removed and a database rolled back, so none is left half-written.
    func abandonOnInterrupt() { target.abandonOnInterrupt() }
}

/// `--format sqlite` in a binary built without the SQLite trait.
struct SQLiteLeftOut: Error, CustomStringConvertible {
    var description: String { "this factpipe was built without SQLite output (build it with the SQLite trait, the default)" }
}

/// One kind of output behind ``OutputSink``.
protocol RecordTarget: AnyObject {
    var readerWentAway: Bool { get }
    var isClosed: Bool { get }
    func write(_ record: Record)
    func write(records: inout [Record])
    var textEncoding: any RecordEncoding { get }
    func write(encoded bytes: [UInt8])
    func flush()
    func endDocument(_ doc: String)
    func finish() -> Bool
    func abandon()
    func abandonOnInterrupt()
}

extension RecordTarget {
    /// Writes `records` one by one, each taken out of the array, not copied (a fact holds a
    /// dozen strings).
    func write(records: inout [Record]) {
        for k in records.indices { write(records.take(k, leaving: .error(doc: "", message: ""))) }
    }
}
