#if SQLite
import FactPipe
import FactPipeSQLite

/// Records into a SQLite database (``SQLiteRecordStore``); a database error ends the run.
final class SQLiteTarget: RecordTarget {
    private let store: SQLiteRecordStore
    private var failed = false

    struct CannotOpen: Error, CustomStringConvertible {
        let path: String
        let reason: String
        var description: String { "cannot open the database \(path): \(reason)" }
    }

    init(path: String) throws {
        do { store = try SQLiteRecordStore(path: path) } catch {
            throw CannotOpen(path: path, reason: "\(error)")
        }
    }

    var readerWentAway: Bool { false }
    var isClosed: Bool { failed }

    func write(_ record: Record) {
        guard !failed else { return }
        attempt { try store.write(record) }
    }

    /// Records are encoded as JSON Lines where they are found (on the workers), and the store
    /// binds each row's values from those bytes: a document's records need not be held whole,
    /// nor the encoding done on the one thread that writes.
    var textEncoding: any RecordEncoding { JSONLEncoder() }

    func write(encoded bytes: [UInt8]) {
        guard !failed else { return }
        attempt { try store.write(jsonLines: bytes) }
    }

    func flush() {}

    func endDocument(_ doc: String) {
        guard !failed else { return }
        attempt { try store.endDocument(doc) }
    }

    func finish() -> Bool {
        if failed { store.abandon(); return false }
        attempt { try store.close() }
        return !failed
    }

    func abandon() { store.abandon() }

    /// Ctrl-C comes between documents: the whole ones written so far are kept.
    func abandonOnInterrupt() { _ = finish() }

    private func attempt(_ body: () throws -> Void) {
        do { try body() } catch {
            failed = true
            FileDescriptorWriter.standardError.write("factpipe: sqlite: \(error)\n")
        }
    }
}
#endif
