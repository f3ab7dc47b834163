import FactPipe
#if canImport(Glibc)
import Glibc
#endif

/// Fact records as CSV (RFC 4180: CRLF line ends, fields quoted when they hold a comma,
/// a quote or a line break) or TSV (`\t`, `\n`, `\r`, `\\` escaped). The one header row is
/// the contract's fields in the contract's order (``JSONLEncoder/factFields``), whatever
/// the data; `null` is an empty cell. Other record types are left out: errors are on
/// standard error, and entities have their own fields.
struct DelimitedEncoding: RecordEncoding {
    enum Style { case csv, tsv }
    let style: Style
    let columns = JSONLEncoder.factFields
    private let columnNames = RecordFields.FieldNames(JSONLEncoder.factFields)
    private let encoder = JSONLEncoder()

    var header: [UInt8] {
        var out: [UInt8] = []
        row(columns.map { RecordFields.Value.string($0) }, into: &out)
        return out
    }

    func encode(_ record: Record, into out: inout [UInt8]) {
        guard case .fact = record else { return }
        var json: [UInt8] = []
        encoder.encode(record, into: &json)
        row(ofJSONObject: json, into: &out)
    }

    /// The fact written as JSON at the end of `out` and taken out again, then its row (no
    /// ``Record`` made to hold the fact, which would copy it).
    func encode(fact: borrowing Fact, doc: String, into out: inout [UInt8]) {
        let start = out.count
        encoder.encode(fact: fact, doc: doc, into: &out)
        let json = Array(out[start...])
        out.removeSubrange(start...)
        row(ofJSONObject: json, into: &out)
    }

    /// The row of the fact record `json`: its fields' bytes copied on as they are read, when they
    /// are the columns in order (as the encoder writes a fact); else each column looked for by
    /// its name.
    private func row(ofJSONObject json: [UInt8], into out: inout [UInt8]) {
        let start = out.count
        let inOrder = json.withUnsafeBytes { bytes in
            RecordFields.forEachField(inJSONObject: bytes, named: columnNames) { column, value in
                if column > 0 { out.append(style == .csv ? UInt8(ascii: ",") : 9) }
                switch value {
                case .null: break
                case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
                case .number(let text): out.append(contentsOf: text)
                case .string(let text), .json(let text): field(text, into: &out)
                }
            }
        }
        if inOrder {
            endRow(&out)
            return
        }
        out.removeSubrange(start...)
        guard let fields = RecordFields(jsonObject: json[...]) else { return }
        row(columns.map { fields[$0] ?? .null }, into: &out)
    }

    private func row(_ values: [RecordFields.Value], into out: inout [UInt8]) {
        for (i, value) in values.enumerated() {
            if i > 0 { out.append(style == .csv ? UInt8(ascii: ",") : 9) }
            switch value {
            case .null: break
            case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
            case .number(let text): out.append(contentsOf: text.utf8)
            case .string(var s), .json(var s): s.withUTF8 { field(UnsafeRawBufferPointer($0), into: &out) }
            }
        }
        endRow(&out)
    }

    private func endRow(_ out: inout [UInt8]) {
        if style == .csv { out.append(13) }
        out.append(10)
    }

    private func field(_ text: UnsafeRawBufferPointer, into out: inout [UInt8]) {
        style == .csv ? csvField(text, into: &out) : tsvField(text, into: &out)
    }

    private func csvField(_ text: UnsafeRawBufferPointer, into out: inout [UInt8]) {
        let needsQuotes = text.isEmpty || text.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13 }
        guard needsQuotes else { out.append(contentsOf: text); return }
        // an empty string is quoted, so that it differs from a null; a quote inside is doubled
        out.append(UInt8(ascii: "\""))
        var runStart = 0
        while runStart < text.count, let quote = memchr(text.baseAddress! + runStart, Int32(UInt8(ascii: "\"")), text.count - runStart) {
            let k = UnsafeRawPointer(quote) - text.baseAddress!
            out.append(contentsOf: UnsafeRawBufferPointer(rebasing: text[runStart...k]))
            out.append(UInt8(ascii: "\""))
            runStart = k + 1
        }
        out.append(contentsOf: UnsafeRawBufferPointer(rebasing: text[runStart...]))
        out.append(UInt8(ascii: "\""))
    }

    private func tsvField(_ text: UnsafeRawBufferPointer, into out: inout [UInt8]) {
        copy(text, escaping: { b in
            switch b {
            case 9: UInt8(ascii: "t")
            case 10: UInt8(ascii: "n")
            case 13: UInt8(ascii: "r")
            case 92: 92
            default: nil
            }
        }, into: &out)
    }

    /// `text` appended to `out`, each byte `escape` gives a letter for written as a backslash and
    /// that letter: the runs between them copied whole.
    @inline(__always)
    private func copy(_ text: UnsafeRawBufferPointer, escaping escape: (UInt8) -> UInt8?, into out: inout [UInt8]) {
        var runStart = 0
        for k in 0..<text.count {
            guard let escaped = escape(text[k]) else { continue }
            out.append(contentsOf: UnsafeRawBufferPointer(rebasing: text[runStart..<k]))
            out.append(92)
            out.append(escaped)
            runStart = k + 1
        }
        out.append(contentsOf: UnsafeRawBufferPointer(rebasing: text[runStart...]))
    }
}
