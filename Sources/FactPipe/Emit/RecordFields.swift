/// A record as named fields, in the order and with the exact values ``JSONLEncoder`` writes.
///
/// Tabular outputs (CSV, TSV, SQLite) are built from this, so that JSON Lines stays the one
/// description of a record: a field the encoder writes is a field every format sees, under
/// the same name and with the same number text.
public struct RecordFields: Sendable, Equatable {
    /// One field's value as written in JSON.
    public enum Value: Sendable, Equatable {
        case null
        case bool(Bool)
        /// A JSON number, as its exact decimal text (`183000000000`, `0.125`).
        case number(String)
        case string(String)
        /// A nested array or object, as its JSON text.
        case json(String)
    }

    /// A named value.
    public struct Field: Sendable, Equatable {
        /// The JSON key (`doc`, `value`, ...).
        public let name: String
        /// The value, exactly as written.
        public let value: Value
    }

    /// The fields in the order they are written, `type` first.
    public let fields: [Field]

    /// The record's `type` (`fact`, `entity`, `error`, or a type added later).
    public var type: String {
        if case .string(let t)? = self["type"] { return t }
        return ""
    }

    /// The record's `doc`.
    public var doc: String {
        if case .string(let d)? = self["doc"] { return d }
        return ""
    }

    /// The value of the field `name`, or `nil` when the record has no such field.
    public subscript(name: String) -> Value? {
        fields.first { $0.name == name }?.value
    }

    /// The fields of `record` as `encoder` writes them.
    public init(_ record: Record, encoder: JSONLEncoder = JSONLEncoder()) {
        var bytes: [UInt8] = []
        encoder.encode(record, into: &bytes)
        var scanner = FlatJSONScanner(bytes[...])
        fields = scanner.object() ?? []
    }

    /// Parses one flat JSON object (one line of JSON Lines); `nil` when it is not one.
    public init?(jsonObject bytes: ArraySlice<UInt8>) {
        var scanner = FlatJSONScanner(bytes)
        guard let fields = scanner.object() else { return nil }
        self.fields = fields
    }
}

/// Reads the flat objects the encoder writes: string keys, and strings, numbers, booleans
/// or nulls as values (a nested value is kept as its JSON text).
struct FlatJSONScanner {
    private let bytes: ArraySlice<UInt8>
    private var i: Int

    init(_ bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        self.i = bytes.startIndex
    }

    mutating func object() -> [RecordFields.Field]? {
        skipSpace()
        guard take(UInt8(ascii: "{")) else { return nil }
        var fields: [RecordFields.Field] = []
        skipSpace()
        if take(UInt8(ascii: "}")) { return fields }
        while true {
            skipSpace()
            guard let name = string() else { return nil }
            skipSpace()
            guard take(UInt8(ascii: ":")) else { return nil }
            skipSpace()
            guard let value = value() else { return nil }
            fields.append(RecordFields.Field(name: name, value: value))
            skipSpace()
            if take(UInt8(ascii: ",")) { continue }
            guard take(UInt8(ascii: "}")) else { return nil }
            return fields
        }
    }

    private mutating func value() -> RecordFields.Value? {
        guard i < bytes.endIndex else { return nil }
        switch bytes[i] {
        case UInt8(ascii: "\""): return string().map { .string($0) }
        case UInt8(ascii: "t"): return literal("true") ? .bool(true) : nil
        case UInt8(ascii: "f"): return literal("false") ? .bool(false) : nil
        case UInt8(ascii: "n"): return literal("null") ? .null : nil
        case UInt8(ascii: "{"), UInt8(ascii: "["): return nested().map { .json($0) }
        default:
            let start = i
            while i < bytes.endIndex, Self.isNumberByte(bytes[i]) { i += 1 }
            return i > start ? .number(String(decoding: bytes[start..<i], as: UTF8.self)) : nil
        }
    }

    private static func isNumberByte(_ b: UInt8) -> Bool {
        (b >= 48 && b <= 57) || b == UInt8(ascii: "-") || b == UInt8(ascii: "+") || b == UInt8(ascii: ".")
            || b == UInt8(ascii: "e") || b == UInt8(ascii: "E")
    }

    private mutating func nested() -> String? {
        let start = i
        var depth = 0
        while i < bytes.endIndex {
            switch bytes[i] {
            case UInt8(ascii: "\""): guard string() != nil else { return nil }; continue
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if depth == 0 { i += 1; return String(decoding: bytes[start..<i], as: UTF8.self) }
            default: break
            }
            i += 1
        }
        return nil
    }

    private mutating func string() -> String? {
        guard take(UInt8(ascii: "\"")) else { return nil }
        // (a string without escapes, as most are, is made from its bytes at once)
        let start = i
        while i < bytes.endIndex, bytes[i] != UInt8(ascii: "\""), bytes[i] != UInt8(ascii: "\\") { i += 1 }
        guard i < bytes.endIndex else { return nil }
        if bytes[i] == UInt8(ascii: "\"") {
            i += 1
            return String(decoding: bytes[start..<(i - 1)], as: UTF8.self)
        }
        var out = Array(bytes[start..<i])
        while i < bytes.endIndex {
            let b = bytes[i]
            i += 1
            switch b {
            case UInt8(ascii: "\""): return String(decoding: out, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard i < bytes.endIndex else { return nil }
                let e = bytes[i]
                i += 1
                switch e {
                case UInt8(ascii: "n"): out.append(10)
                case UInt8(ascii: "r"): out.append(13)
                case UInt8(ascii: "t"): out.append(9)
                case UInt8(ascii: "b"): out.append(8)
                case UInt8(ascii: "f"): out.append(12)
                case UInt8(ascii: "u"):
                    guard var code = hex4() else { return nil }
                    if (0xD800..<0xDC00).contains(code), literal("\\u"), let low = hex4(), (0xDC00..<0xE000).contains(low) {
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    }
                    out.append(contentsOf: String(Unicode.Scalar(code) ?? "\u{FFFD}").utf8)
                default: out.append(e)
                }
            default: out.append(b)
            }
        }
        return nil
    }

    private mutating func hex4() -> UInt32? {
        guard i + 4 <= bytes.endIndex else { return nil }
        var v: UInt32 = 0
        for _ in 0..<4 {
            guard let d = HexDigits.value(bytes[i]) else { return nil }
            v = v << 4 | UInt32(d)
            i += 1
        }
        return v
    }


    private mutating func literal(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard i + count <= bytes.endIndex,
              word.withUTF8Buffer({ bytes[i..<(i + count)].elementsEqual($0) }) else { return false }
        i += count
        return true
    }

    private mutating func take(_ b: UInt8) -> Bool {
        guard i < bytes.endIndex, bytes[i] == b else { return false }
        i += 1
        return true
    }

    private mutating func skipSpace() {
        while i < bytes.endIndex, bytes[i] == 32 || bytes[i] == 9 || bytes[i] == 10 || bytes[i] == 13 { i += 1 }
    }
}
