#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
        fields = Self.fields(ofJSONObject: bytes[...]) ?? []
    }

    /// Parses one flat JSON object (one line of JSON Lines); `nil` when it is not one.
    public init?(jsonObject bytes: ArraySlice<UInt8>) {
        guard let fields = Self.fields(ofJSONObject: bytes) else { return nil }
        self.fields = fields
    }

    private static func fields(ofJSONObject bytes: ArraySlice<UInt8>) -> [Field]? {
        var fields: [Field] = []
        let whole = bytes.withUnsafeBytes { raw in
            forEachField(inJSONObject: raw) { name, value in
                fields.append(Field(name: String(decoding: name, as: UTF8.self), value: Value(value)))
            }
        }
        return whole ? fields : nil
    }

    /// Calls `body` with the name and value of each field of the flat JSON object in `bytes`,
    /// in turn, as their bytes (valid during the call): the fields ``init(jsonObject:)`` reads,
    /// with no `String` made for them, for an output that copies them on (CSV). Returns whether
    /// `bytes` hold one whole flat object (`body` has then seen all its fields).
    public static func forEachField(inJSONObject bytes: UnsafeRawBufferPointer,
                                    _ body: (_ name: UnsafeRawBufferPointer, _ value: FieldBytes) throws -> Void) rethrows -> Bool {
        var scanner = FlatJSONScanner(bytes)
        return try scanner.forEachField(body)
    }

    /// ``forEachField(inJSONObject:_:)`` for an object whose fields are to be `names`, in order,
    /// as the encoder writes a record's: `body` gets each field's place among them and its value,
    /// and is called no more from the first field that is not the next name. Returns whether
    /// `bytes` hold one whole flat object with just those fields.
    public static func forEachField(inJSONObject bytes: UnsafeRawBufferPointer, named names: FieldNames,
                                    _ body: (_ index: Int, _ value: FieldBytes) throws -> Void) rethrows -> Bool {
        var next = 0, inOrder = true
        let whole = try forEachField(inJSONObject: bytes) { name, value in
            guard inOrder, next < names.utf8.count, names.is(name, at: next) else { inOrder = false; return }
            try body(next, value)
            next += 1
        }
        return whole && inOrder && next == names.utf8.count
    }

    /// Field names as ``forEachField(inJSONObject:named:_:)`` compares them: their UTF-8, made once.
    public struct FieldNames: Sendable {
        fileprivate let utf8: [[UInt8]]

        public init(_ names: [String]) {
            utf8 = names.map { Array($0.utf8) }
        }

        fileprivate func `is`(_ bytes: UnsafeRawBufferPointer, at index: Int) -> Bool {
            let name = utf8[index]
            return bytes.count == name.count && (name.isEmpty || name.withUnsafeBytes { memcmp($0.baseAddress!, bytes.baseAddress!, name.count) == 0 })
        }
    }

    /// A field's value as its bytes (``forEachField(inJSONObject:_:)``).
    public enum FieldBytes {
        case null
        case bool(Bool)
        /// A JSON number's text.
        case number(UnsafeRawBufferPointer)
        /// A string's UTF-8, unescaped.
        case string(UnsafeRawBufferPointer)
        /// A nested array or object, as its JSON text.
        case json(UnsafeRawBufferPointer)
    }
}

extension RecordFields.Value {
    init(_ value: RecordFields.FieldBytes) {
        switch value {
        case .null: self = .null
        case .bool(let b): self = .bool(b)
        case .number(let text): self = .number(String(decoding: text, as: UTF8.self))
        case .string(let text): self = .string(String(decoding: text, as: UTF8.self))
        case .json(let text): self = .json(String(decoding: text, as: UTF8.self))
        }
    }
}

/// Reads the flat objects the encoder writes: string keys, and strings, numbers, booleans
/// or nulls as values (a nested value is kept as its JSON text), handed on as bytes where
/// they stand (a string with escapes is unescaped into a buffer of the scanner's).
struct FlatJSONScanner {
    private let bytes: UnsafeRawBufferPointer
    private var i = 0

    /// Where a string read stands: in the bytes read, or unescaped into a buffer.
    private enum ScannedString {
        case inPlace(Range<Int>)
        case unescaped
    }

    init(_ bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    mutating func forEachField(_ body: (UnsafeRawBufferPointer, RecordFields.FieldBytes) throws -> Void) rethrows -> Bool {
        // (strings with escapes are unescaped into these)
        var unescapedName: [UInt8] = [], unescapedValue: [UInt8] = []
        skipSpace()
        guard take(UInt8(ascii: "{")) else { return false }
        skipSpace()
        if take(UInt8(ascii: "}")) { return true }
        while true {
            skipSpace()
            guard let name = string(unescapingInto: &unescapedName) else { return false }
            skipSpace()
            guard take(UInt8(ascii: ":")) else { return false }
            skipSpace()
            guard i < bytes.count else { return false }
            let valueStart = i
            // (a string's bytes, which may stand in a buffer, are made into a value where they are handed on)
            let value: RecordFields.FieldBytes?
            var text = ScannedString.unescaped
            switch bytes[i] {
            case UInt8(ascii: "\""):
                guard let read = string(unescapingInto: &unescapedValue) else { return false }
                text = read
                value = nil
            case UInt8(ascii: "t"): guard literal("true") else { return false }; value = .bool(true)
            case UInt8(ascii: "f"): guard literal("false") else { return false }; value = .bool(false)
            case UInt8(ascii: "n"): guard literal("null") else { return false }; value = .null
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                guard skipNested() else { return false }
                value = .json(UnsafeRawBufferPointer(rebasing: bytes[valueStart..<i]))
            default:
                while i < bytes.count, Self.isNumberByte(bytes[i]) { i += 1 }
                guard i > valueStart else { return false }
                value = .number(UnsafeRawBufferPointer(rebasing: bytes[valueStart..<i]))
            }
            try withBytes(of: name, unescaped: unescapedName) { name in
                if let value { return try body(name, value) }
                try withBytes(of: text, unescaped: unescapedValue) { try body(name, .string($0)) }
            }
            skipSpace()
            if take(UInt8(ascii: ",")) { continue }
            return take(UInt8(ascii: "}"))
        }
    }

    private func withBytes(of string: ScannedString, unescaped: [UInt8], _ body: (UnsafeRawBufferPointer) throws -> Void) rethrows {
        switch string {
        case .inPlace(let range): try body(UnsafeRawBufferPointer(rebasing: bytes[range]))
        case .unescaped: try unescaped.withUnsafeBytes(body)
        }
    }

    private static func isNumberByte(_ b: UInt8) -> Bool {
        (b >= 48 && b <= 57) || b == UInt8(ascii: "-") || b == UInt8(ascii: "+") || b == UInt8(ascii: ".")
            || b == UInt8(ascii: "e") || b == UInt8(ascii: "E")
    }

    /// Passes over a nested array or object.
    private mutating func skipNested() -> Bool {
        var depth = 0
        var ignored: [UInt8] = []
        while i < bytes.count {
            switch bytes[i] {
            case UInt8(ascii: "\""): guard string(unescapingInto: &ignored) != nil else { return false }; continue
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if depth == 0 { i += 1; return true }
            default: break
            }
            i += 1
        }
        return false
    }

    /// The string at `i`: where its bytes stand when it has no escape (most), else unescaped into
    /// `unescaped`.
    private mutating func string(unescapingInto unescaped: inout [UInt8]) -> ScannedString? {
        guard take(UInt8(ascii: "\"")) else { return nil }
        let start = i
        // (the closing quote found by `memchr`, then a backslash looked for before it the same way)
        guard let base = bytes.baseAddress, let quote = memchr(base + i, Int32(UInt8(ascii: "\"")), bytes.count - i) else { return nil }
        let end = UnsafeRawPointer(quote) - base
        if let backslash = memchr(base + i, Int32(UInt8(ascii: "\\")), end - i) {
            i = UnsafeRawPointer(backslash) - base
        } else {
            i = end + 1
            return .inPlace(start..<end)
        }
        unescaped.removeAll(keepingCapacity: true)
        unescaped.append(contentsOf: bytes[start..<i])
        while i < bytes.count {
            let b = bytes[i]
            i += 1
            switch b {
            case UInt8(ascii: "\""): return .unescaped
            case UInt8(ascii: "\\"):
                guard i < bytes.count else { return nil }
                let e = bytes[i]
                i += 1
                switch e {
                case UInt8(ascii: "n"): unescaped.append(10)
                case UInt8(ascii: "r"): unescaped.append(13)
                case UInt8(ascii: "t"): unescaped.append(9)
                case UInt8(ascii: "b"): unescaped.append(8)
                case UInt8(ascii: "f"): unescaped.append(12)
                case UInt8(ascii: "u"):
                    guard var code = hex4() else { return nil }
                    if (0xD800..<0xDC00).contains(code), literal("\\u"), let low = hex4(), (0xDC00..<0xE000).contains(low) {
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    }
                    unescaped.append(contentsOf: String(Unicode.Scalar(code) ?? "\u{FFFD}").utf8)
                default: unescaped.append(e)
                }
            default: unescaped.append(b)
            }
        }
        return nil
    }

    private mutating func hex4() -> UInt32? {
        guard i + 4 <= bytes.count else { return nil }
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
        guard i + count <= bytes.count, word.withUTF8Buffer({ memcmp(bytes.baseAddress! + i, $0.baseAddress!, count) == 0 }) else { return false }
        i += count
        return true
    }

    private mutating func take(_ b: UInt8) -> Bool {
        guard i < bytes.count, bytes[i] == b else { return false }
        i += 1
        return true
    }

    private mutating func skipSpace() {
        while i < bytes.count, bytes[i] == 32 || bytes[i] == 9 || bytes[i] == 10 || bytes[i] == 13 { i += 1 }
    }
}
