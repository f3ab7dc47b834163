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

    /// A database takes records, not bytes.
    var textEncoding: (any RecordEncoding)? { nil }

    func write(encoded bytes: [UInt8]) { preconditionFailure("a database is written record by record") }

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
