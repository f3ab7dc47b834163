import SQLiteSystem

/// A value read from a result row, with the storage class SQLite gave it.
enum StoredValue: Equatable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
}

struct SQLiteReadError: Error, CustomStringConvertible {
    let description: String
}

/// The rows `sql` returns from the database at `path`, opened read-only.
func storedRows(_ path: String, _ sql: String) throws -> [[StoredValue]] {
    var db: OpaquePointer?
    defer { sqlite3_close(db) }
    guard sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, nil) == SQLITE_OK, let db else {
        throw SQLiteReadError(description: "cannot open \(path)")
    }
    var statement: OpaquePointer?
    defer { sqlite3_finalize(statement) }
    guard sqlite3_prepare_v2(db, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
        throw SQLiteReadError(description: String(cString: sqlite3_errmsg(db)))
    }
    var rows: [[StoredValue]] = []
    var code = sqlite3_step(statement)
    while code == SQLITE_ROW {
        rows.append((0..<sqlite3_column_count(statement)).map { column in
            switch sqlite3_column_type(statement, column) {
            case SQLITE_INTEGER: return .integer(sqlite3_column_int64(statement, column))
            case SQLITE_FLOAT: return .real(sqlite3_column_double(statement, column))
            case SQLITE_NULL: return .null
            default: return .text(String(cString: sqlite3_column_text(statement, column)))
            }
        })
        code = sqlite3_step(statement)
    }
    guard code == SQLITE_DONE else { throw SQLiteReadError(description: String(cString: sqlite3_errmsg(db))) }
    return rows
}
