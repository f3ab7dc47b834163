import SQLiteSystem

/// A value bound to a statement's parameter.
enum SQLiteValue {
    case null
    case integer(Int64)
    case text(String)
}

/// An error SQLite reported, with its message (`sqlite3_errmsg`) and the SQL it came from.
public struct SQLiteError: Error, CustomStringConvertible {
    public let code: Int32
    public let message: String
    public let sql: String?

    public var description: String {
        "SQLite error \(code): \(message)" + (sql.map { " - while executing `\($0)`" } ?? "")
    }
}

/// One connection to a database file through the system's libsqlite3, with foreign keys
/// enforced and prepared statements cached by their SQL text. Not for use from two threads at once.
final class SQLiteConnection {
    private var handle: OpaquePointer?
    private var statements: [String: OpaquePointer] = [:]
    private var last: (sql: String, statement: OpaquePointer)?

    /// Opens (or creates) the database at `path`.
    init(path: String) throws {
        var db: OpaquePointer?
        let code = sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nil)
        guard code == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(code))
            sqlite3_close(db)
            throw SQLiteError(code: code, message: message, sql: nil)
        }
        handle = db
        do {
            try execute("PRAGMA foreign_keys = ON")
            // reads the file's header: a file that is not a database fails here, at open
            try execute("SELECT * FROM sqlite_master LIMIT 1")
        } catch {
            sqlite3_close(db)
            handle = nil
            throw error
        }
    }

    deinit {
        guard let handle else { return }
        for statement in statements.values { sqlite3_finalize(statement) }
        sqlite3_close_v2(handle)
    }

    /// Whether a transaction is open (the connection is not in autocommit mode).
    var isInsideTransaction: Bool {
        guard let handle else { return false }
        return sqlite3_get_autocommit(handle) == 0
    }

    /// Runs one or more `;`-separated statements that take no parameters.
    func execute(_ sql: String) throws {
        let db = try open(for: sql)
        var message: UnsafeMutablePointer<CChar>?
        let code = sqlite3_exec(db, sql, nil, nil, &message)
        guard code == SQLITE_OK else {
            let text = message.map { String(cString: $0) } ?? String(cString: sqlite3_errmsg(db))
            sqlite3_free(message)
            throw SQLiteError(code: code, message: text, sql: sql)
        }
    }

    /// Runs the statement `sql` (prepared once, then taken from the cache) with `values`
    /// bound to its parameters, to its end.
    func run(_ sql: String, _ values: [SQLiteValue] = []) throws {
        _ = try run(sql) { parameters in
            for (offset, value) in values.enumerated() {
                let index = Int32(offset + 1)
                switch value {
                case .null: try parameters.bindNull(index)
                case .integer(let n): try parameters.bind(index, n)
                // (the whole string, also past a NUL, copied by SQLite)
                case .text(var s): try s.withUTF8 { try parameters.bind(index, text: UnsafeRawBufferPointer($0), lasts: false) }
                }
            }
            return true
        }
    }

    /// Runs the statement `sql` with the parameters `bind` sets, to its end, unless `bind`
    /// returns false; whether it ran. Text bound through ``SQLiteParameters`` is not copied: its
    /// bytes must stay where they are until this returns.
    func run(_ sql: String, binding bind: (SQLiteParameters) throws -> Bool) throws -> Bool {
        let statement = try prepared(sql)
        defer { sqlite3_reset(statement); sqlite3_clear_bindings(statement) }
        guard try bind(SQLiteParameters(statement: statement, connection: self, sql: sql)) else { return false }
        var code = sqlite3_step(statement)
        while code == SQLITE_ROW { code = sqlite3_step(statement) }
        guard code == SQLITE_DONE else { throw error(code, sql) }
        return true
    }

    /// The names of the columns of `table`, in order (`PRAGMA table_info`).
    func columnNames(of table: String) throws -> [String] {
        let sql = "PRAGMA table_info(\(quotedIdentifier(table)))"
        let statement = try prepared(sql)
        defer { sqlite3_reset(statement) }
        var names: [String] = []
        var code = sqlite3_step(statement)
        while code == SQLITE_ROW {
            if let name = sqlite3_column_text(statement, 1) { names.append(String(cString: name)) }
            code = sqlite3_step(statement)
        }
        guard code == SQLITE_DONE else { throw error(code, sql) }
        return names
    }

    /// Finalizes the cached statements and closes the database.
    func close() throws {
        guard let db = handle else { return }
        for statement in statements.values { sqlite3_finalize(statement) }
        statements.removeAll()
        last = nil
        let code = sqlite3_close(db)
        guard code == SQLITE_OK else { throw error(code, nil) }
        handle = nil
    }

    private func open(for sql: String) throws -> OpaquePointer {
        guard let handle else { throw SQLiteError(code: SQLITE_MISUSE, message: "the database is closed", sql: sql) }
        return handle
    }

    private func prepared(_ sql: String) throws -> OpaquePointer {
        // (the statement run last asked again, as a run of inserts does, is known without hashing
        // its text: the same string compares equal at once)
        if let last, last.sql == sql { return last.statement }
        if let statement = statements[sql] { last = (sql, statement); return statement }
        let db = try open(for: sql)
        var statement: OpaquePointer?
        let code = sqlite3_prepare_v2(db, sql, -1, &statement, nil)
        guard code == SQLITE_OK, let statement else { throw error(code, sql) }
        statements[sql] = statement
        last = (sql, statement)
        return statement
    }

    fileprivate func error(_ code: Int32, _ sql: String?) -> SQLiteError {
        let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(code))
        return SQLiteError(code: code, message: message, sql: sql)
    }
}

/// The parameters of a statement being run (``SQLiteConnection/run(_:binding:)``), numbered from 1.
struct SQLiteParameters {
    let statement: OpaquePointer
    fileprivate let connection: SQLiteConnection
    fileprivate let sql: String

    func bindNull(_ index: Int32) throws {
        try check(sqlite3_bind_null(statement, index))
    }

    func bind(_ index: Int32, _ value: Int64) throws {
        try check(sqlite3_bind_int64(statement, index, value))
    }

    /// UTF-8 bound where it stands (`SQLITE_STATIC`: not copied) when it `lasts` until the
    /// statement has run, else copied.
    func bind(_ index: Int32, text: UnsafeRawBufferPointer, lasts: Bool) throws {
        // (an empty text at no address would be bound as NULL)
        guard let base = text.baseAddress, text.count > 0 else { return try check(sqlite3_bind_text(statement, index, "", 0, sqliteTransient)) }
        try check(sqlite3_bind_text(statement, index, base.assumingMemoryBound(to: CChar.self), Int32(text.count), lasts ? nil : sqliteTransient))
    }

    private func check(_ code: Int32) throws {
        guard code == SQLITE_OK else { throw connection.error(code, sql) }
    }
}

/// SQLite copies a value bound with this destructor (`SQLITE_TRANSIENT`).
private let sqliteTransient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

/// An SQL identifier in double quotes (`end` is a keyword).
func quotedIdentifier(_ name: String) -> String {
    "\"" + String(name.flatMap { $0 == "\"" ? ["\"", "\""] : [$0] }) + "\""
}
