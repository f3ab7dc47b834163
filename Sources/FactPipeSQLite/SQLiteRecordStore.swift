import FactPipe

/// Writes records into a SQLite database an analyst can query with `sqlite3`, Datasette or
/// any language: a `documents` table and one table per record type (`facts`, `entities`,
/// `errors`), whose columns are the fields ``JSONLEncoder`` writes, in the same order.
///
/// Each document's rows replace the rows an earlier run wrote for the same `doc`, so
/// running twice into one database never duplicates a document. Writes happen inside
/// transactions that are committed only between documents: a run that is interrupted
/// (Ctrl-C, a crash) leaves the database with whole documents only.
///
/// ```swift
/// let store = try SQLiteRecordStore(path: "facts.sqlite")
/// for fact in extractor.extract(text) { try store.write(.fact(doc: "a.txt", fact)) }
/// try store.endDocument("a.txt")
/// try store.close()
/// ```
public final class SQLiteRecordStore {
    private let db: SQLiteConnection
    private let encoder = JSONLEncoder()
    private var tables: [String: RecordTable] = [:]
    private var current: OpenDocument?
    private var lastCommit = ContinuousClock.now
    /// The longest time between two commits while a run goes on.
    public var commitInterval: Duration = .milliseconds(500)

    private struct OpenDocument {
        let doc: String
        var counts: [String: Int] = [:]
        var next = 0
        /// The JSON of the records not yet inserted, one after another...
        var pendingJSON: [UInt8] = []
        /// ...and each one's table's record type, bytes and `seq`.
        var pending: [(type: String, json: Range<Int>, seq: Int)] = []
    }

    /// Opens (or creates) the database at `path` and starts a transaction.
    public init(path: String) throws {
        db = try SQLiteConnection(path: path)
        try db.execute("""
            CREATE TABLE IF NOT EXISTS documents (
              doc TEXT PRIMARY KEY NOT NULL,
              facts INTEGER NOT NULL DEFAULT 0,
              entities INTEGER NOT NULL DEFAULT 0,
              errors INTEGER NOT NULL DEFAULT 0,
              written_at TEXT NOT NULL)
            """)
        for table in RecordTable.all { try table.create(in: db) }
        // the transaction spans many calls, committed between documents only
        try db.execute("BEGIN IMMEDIATE TRANSACTION")
        for table in RecordTable.all { tables[table.recordType] = table }
    }

    /// Adds a record of the document in progress; a record of another `doc` first ends
    /// the document in progress.
    public func write(_ record: FactPipe.Record) throws {
        let (type, doc) = Self.typeAndDoc(record)
        try add(type, of: doc) { encoder.encode(record, into: &$0) }
    }

    /// Adds a record of `type` to the document `doc` (a record of another first ends the one in
    /// progress): its JSON, which `json` appends to the pending records, inserted a thousand at
    /// a time.
    private func add(_ type: String, of doc: String, json: (inout [UInt8]) -> Void) throws {
        guard let table = tables[type] else { return }
        var open = try document(doc)
        // (taken out while it grows: an append to the copy, `current` holding the same pending
        // records, would copy them all at each record)
        current = nil
        defer { current = open }
        let start = open.pendingJSON.count
        json(&open.pendingJSON)
        open.pending.append((type, start..<open.pendingJSON.count, open.next))
        open.next += 1
        open.counts[table.name, default: 0] += 1
        if open.pending.count >= 1000 {
            try insert(open)
            open.pending.removeAll(keepingCapacity: true)
            open.pendingJSON.removeAll(keepingCapacity: true)
        }
    }

    /// Adds the records in `lines`, JSON Lines as ``JSONLEncoder`` writes them (each line whole),
    /// as ``write(_:)`` adds each: records encoded where they were found (on another thread)
    /// are stored without being made again. A line that is no record is skipped.
    public func write(jsonLines lines: [UInt8]) throws {
        try lines.withUnsafeBytes { bytes in
            var start = 0
            while start < bytes.count {
                let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? bytes.count
                try write(jsonLine: UnsafeRawBufferPointer(rebasing: bytes[start..<end]))
                start = end
            }
        }
    }

    private func write(jsonLine line: UnsafeRawBufferPointer) throws {
        guard let (type, doc) = Self.typeAndDoc(ofJSON: line, current: current?.doc) else { return }
        try add(type, of: doc) { $0.append(contentsOf: line) }
    }

    /// The `type` and `doc` of a record's JSON (its first two fields, as the encoder writes
    /// them); `current`, the document in progress, is returned as it is when the line names it.
    private static func typeAndDoc(ofJSON line: UnsafeRawBufferPointer, current: String?) -> (type: String, doc: String)? {
        var type: String?, doc: String?
        // (the rest of the line is not read: the table reads it as it inserts it)
        struct Read: Error {}
        _ = try? RecordFields.forEachField(inJSONObject: line, named: typeAndDocNames) { field, value in
            guard case .string(let text) = value else { throw Read() }
            if field == 0 {
                type = recordTypes.first { $0.utf8.elementsEqual(text) }
            } else {
                doc = current.flatMap { $0.utf8.elementsEqual(text) ? $0 : nil } ?? String(decoding: text, as: UTF8.self)
                throw Read()
            }
        }
        guard let type, let doc else { return nil }
        return (type, doc)
    }

    private static let typeAndDocNames = RecordFields.FieldNames(["type", "doc"])
    private static let recordTypes = RecordTable.all.map(\.recordType)

    /// The record's `type` and `doc`, as the encoder writes them.
    private static func typeAndDoc(_ record: FactPipe.Record) -> (type: String, doc: String) {
        switch record {
        case .fact(let doc, _): ("fact", doc)
        case .entity(let doc, _): ("entity", doc)
        case .error(let doc, _): ("error", doc)
        }
    }

    /// Inserts the pending records of `open`: each from its JSON's bytes where they are its
    /// table's columns in order, as the encoder writes them; else by the names of its fields,
    /// the columns the table lacks added first.
    private func insert(_ open: OpenDocument) throws {
        try open.pendingJSON.withUnsafeBytes { json in
            for (type, range, seq) in open.pending {
                guard let table = tables[type] else { continue }
                let bytes = UnsafeRawBufferPointer(rebasing: json[range])
                if try table.insert(json: bytes, seq: seq, in: db) { continue }
                guard let fields = RecordFields(jsonObject: Array(bytes)[...]) else { continue }
                let added = try table.addMissingColumns(for: fields, in: db)
                if added.columns.count != table.columns.count { tables[type] = added }
                try added.insert(fields, seq: seq, in: db)
            }
        }
    }

    /// Marks `doc` as complete (also when it had no records): its row in `documents` gets
    /// its counts, and the transaction is committed if the commit interval has passed.
    public func endDocument(_ doc: String) throws {
        let open = try document(doc)
        current = nil
        try insert(open)
        let counts = ["facts", "entities", "errors"].map { SQLiteValue.integer(Int64(open.counts[$0] ?? 0)) }
        try db.run("UPDATE documents SET facts = ?, entities = ?, errors = ? WHERE doc = ?", counts + [.text(doc)])
        try db.run("RELEASE SAVEPOINT document")
        if ContinuousClock.now - lastCommit >= commitInterval {
            try db.execute("COMMIT TRANSACTION")
            try db.execute("BEGIN IMMEDIATE TRANSACTION")
            lastCommit = .now
        }
    }

    /// Commits the documents that were ended and closes the database. A document still in
    /// progress is dropped, and its rows from an earlier run are kept.
    public func close() throws {
        let unfinished = current != nil
        current = nil
        if unfinished { try db.execute("ROLLBACK TO SAVEPOINT document; RELEASE SAVEPOINT document") }
        try db.execute("COMMIT TRANSACTION")
        try db.close()
    }

    /// Discards everything since the last commit and closes the database.
    public func abandon() {
        if db.isInsideTransaction { try? db.execute("ROLLBACK TRANSACTION") }
        try? db.close()
    }

    /// The document in progress if it is `doc`; else ends that one and starts `doc`.
    private func document(_ doc: String) throws -> OpenDocument {
        if let open = current {
            if open.doc == doc { return open }
            try endDocument(open.doc)
        }
        try db.run("SAVEPOINT document")
        // the documents row cascades to the rows an earlier run wrote for it
        try db.run("DELETE FROM documents WHERE doc = ?", [.text(doc)])
        try db.run("INSERT INTO documents (doc, written_at) VALUES (?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))", [.text(doc)])
        let open = OpenDocument(doc: doc)
        current = open
        return open
    }
}
