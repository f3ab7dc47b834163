import FactPipe

/// The table that holds one record type. Its columns are the record's fields as
/// ``JSONLEncoder`` writes them (less `type`), plus `seq`, the record's place among the
/// rows of its document.
struct RecordTable {
    struct Column: Equatable {
        let name: String
        let type: String
    }

    let recordType: String
    let name: String
    let columns: [Column]
    let indexed: [String]
    /// `type`, then the columns: the fields of a record as the encoder writes it.
    private let fieldNames: RecordFields.FieldNames
    private let columnNames: Set<String>
    private let insertSQL: String

    init(recordType: String, name: String, columns: [Column], indexed: [String]) {
        self.recordType = recordType
        self.name = name
        self.columns = columns
        self.indexed = indexed
        fieldNames = RecordFields.FieldNames(["type"] + columns.map(\.name))
        columnNames = Set(columns.map(\.name))
        insertSQL = "INSERT INTO \(name) (\(columns.map { quotedIdentifier($0.name) }.joined(separator: ", ")), seq) VALUES ("
            + Array(repeating: "?", count: columns.count + 1).joined(separator: ", ") + ")"
    }

    static let facts = RecordTable(
        recordType: "fact", name: "facts",
        columns: JSONLEncoder.factFields.filter { $0 != "type" }.map { Column(name: $0, type: declaredType($0)) },
        indexed: ["subject", "predicate", "kind", "time"])
    static let entities = RecordTable(
        recordType: "entity", name: "entities",
        columns: JSONLEncoder.entityFields.filter { $0 != "type" }.map { Column(name: $0, type: declaredType($0)) },
        indexed: ["name", "entity"])
    static let errors = RecordTable(
        recordType: "error", name: "errors",
        columns: ["doc", "message"].map { Column(name: $0, type: "TEXT") },
        indexed: [])
    static let all = [facts, entities, errors]

    /// SQLite's type for a field of the record contract: integer offsets, exact-decimal
    /// numbers (NUMERIC keeps integers exact), booleans as 0/1, text for the rest.
    static func declaredType(_ field: String) -> String {
        switch field {
        case "start", "end": return "INTEGER"
        case "value", "usd", "usd_rate", "low", "high": return "NUMERIC"
        case "currency_inferred", "known": return "INTEGER"
        default: return "TEXT"
        }
    }

    func create(in db: SQLiteConnection) throws {
        let columnList = columns.map { c in
            c.name == "doc" ? "doc TEXT NOT NULL REFERENCES documents(doc) ON DELETE CASCADE" : "\(quotedIdentifier(c.name)) \(c.type)"
        }
        try db.execute("""
            CREATE TABLE IF NOT EXISTS \(name) (
              \(columnList.joined(separator: ",\n  ")),
              seq INTEGER NOT NULL,
              PRIMARY KEY (doc, seq))
            """)
        for column in indexed {
            try db.execute("CREATE INDEX IF NOT EXISTS \(name)_\(column) ON \(name) (\(quotedIdentifier(column)))")
        }
        // a database written by an earlier version may lack columns added to the contract since
        _ = try addMissing(columns, in: db)
    }

    /// This table with a column for every field of `fields`, adding to the database the
    /// ones it lacks (a field the encoder writes that is newer than this table's list).
    func addMissingColumns(for fields: RecordFields, in db: SQLiteConnection) throws -> RecordTable {
        guard fields.fields.contains(where: { $0.name != "type" && !columnNames.contains($0.name) }) else { return self }
        let extra = fields.fields.filter { $0.name != "type" && !columnNames.contains($0.name) }.map { field in
            Column(name: field.name, type: Self.type(of: field.value))
        }
        guard !extra.isEmpty else { return self }
        _ = try addMissing(extra, in: db)
        return RecordTable(recordType: recordType, name: name, columns: columns + extra, indexed: indexed)
    }

    private func addMissing(_ wanted: [Column], in db: SQLiteConnection) throws -> Bool {
        let present = Set(try db.columnNames(of: name))
        var added = false
        for column in wanted where !present.contains(column.name) {
            try db.execute("ALTER TABLE \(name) ADD COLUMN \(quotedIdentifier(column.name)) \(column.type)")
            added = true
        }
        return added
    }

    private static func type(of value: RecordFields.Value) -> String {
        switch value {
        case .number: return "NUMERIC"
        case .bool: return "INTEGER"
        default: return "TEXT"
        }
    }

    func insert(_ fields: RecordFields, seq: Int, in db: SQLiteConnection) throws {
        let byName = Dictionary(fields.fields.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
        var values = columns.map { Self.sqliteValue(byName[$0.name]) }
        values.append(.integer(Int64(seq)))
        try db.run(insertSQL, values)
    }

    /// Inserts the record whose JSON is `json` (as the encoder writes it) when its fields are
    /// `type` and then this table's columns, in order: each value bound from its bytes where
    /// they stand. Returns false, inserting nothing, for any other fields.
    func insert(json: UnsafeRawBufferPointer, seq: Int, in db: SQLiteConnection) throws -> Bool {
        try db.run(insertSQL) { parameters in
            // (`type`, the first field, is the table's, not a column: each column's parameter is numbered as its field)
            let inOrder = try RecordFields.forEachField(inJSONObject: json, named: fieldNames) { field, value in
                guard field > 0 else { return }
                let index = Int32(field)
                switch value {
                case .null: try parameters.bindNull(index)
                case .bool(let b): try parameters.bind(index, b ? 1 : 0)
                // (numbers as their decimal text: see `sqliteValue`; a string unescaped into
                // the reader's buffer is copied, one read where it stands in `json` is not)
                case .number(let text), .string(let text), .json(let text):
                    try parameters.bind(index, text: text, lasts: Self.lies(text, in: json))
                }
            }
            guard inOrder else { return false }
            try parameters.bind(Int32(columns.count + 1), Int64(seq))
            return true
        }
    }

    private static func lies(_ part: UnsafeRawBufferPointer, in whole: UnsafeRawBufferPointer) -> Bool {
        guard let start = part.baseAddress, let wholeStart = whole.baseAddress else { return false }
        return start >= wholeStart && start + part.count <= wholeStart + whole.count
    }

    /// Numbers are bound as their decimal text: NUMERIC affinity stores integers exactly
    /// and other values as the nearest double.
    private static func sqliteValue(_ value: RecordFields.Value?) -> SQLiteValue {
        switch value {
        case .none, .null?: return .null
        case .bool(let b)?: return .integer(b ? 1 : 0)
        case .number(let text)?: return .text(text)
        case .string(let s)?, .json(let s)?: return .text(s)
        }
    }
}