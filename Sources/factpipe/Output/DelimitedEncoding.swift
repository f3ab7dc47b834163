import FactPipe

/// Fact records as CSV (RFC 4180: CRLF line ends, fields quoted when they hold a comma,
/// a quote or a line break) or TSV (`\t`, `\n`, `\r`, `\\` escaped). The one header row is
/// the contract's fields in the contract's order (``JSONLEncoder/factFields``), whatever
/// the data; `null` is an empty cell. Other record types are left out: errors are on
/// standard error, and entities have their own fields.
struct DelimitedEncoding: RecordEncoding {
    enum Style { case csv, tsv }
    let style: Style
    let columns = JSONLEncoder.factFields
    private let encoder = JSONLEncoder()

    var header: [UInt8] {
        var out: [UInt8] = []
        row(columns.map { RecordFields.Value.string($0) }, into: &out)
        return out
    }

    func encode(_ record: Record, into out: inout [UInt8]) {
        guard case .fact = record else { return }
        row(RecordFields(record, encoder: encoder), into: &out)
    }

    /// The fact written as JSON at the end of `out`, its fields read back from there and the
    /// JSON replaced by the row (no ``Record`` made to hold the fact, which would copy it).
    func encode(fact: borrowing Fact, doc: String, into out: inout [UInt8]) {
        let start = out.count
        encoder.encode(fact: fact, doc: doc, into: &out)
        let fields = RecordFields(jsonObject: out[start...])
        out.removeSubrange(start...)
        if let fields { row(fields, into: &out) }
    }

    private func row(_ fields: RecordFields, into out: inout [UInt8]) {
        // (the encoder writes a fact's fields in the columns' order: they are then taken in turn,
        // not each looked for by its name)
        let inOrder = fields.fields.count == columns.count && zip(fields.fields, columns).allSatisfy { $0.name == $1 }
        row(inOrder ? fields.fields.map(\.value) : columns.map { fields[$0] ?? .null }, into: &out)
    }

    private func row(_ values: [RecordFields.Value], into out: inout [UInt8]) {
        for (i, value) in values.enumerated() {
            if i > 0 { out.append(style == .csv ? UInt8(ascii: ",") : 9) }
            switch value {
            case .null: break
            case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
            case .number(let text): out.append(contentsOf: text.utf8)
            case .string(let s), .json(let s): style == .csv ? csvField(s, into: &out) : tsvField(s, into: &out)
            }
        }
        if style == .csv { out.append(13) }
        out.append(10)
    }

    private func csvField(_ s: String, into out: inout [UInt8]) {
        // an empty string is quoted, so that it differs from a null
        let needsQuotes = s.isEmpty || s.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13 }
        guard needsQuotes else { out.append(contentsOf: s.utf8); return }
        out.append(UInt8(ascii: "\""))
        for b in s.utf8 {
            if b == UInt8(ascii: "\"") { out.append(b) }
            out.append(b)
        }
        out.append(UInt8(ascii: "\""))
    }

    private func tsvField(_ s: String, into out: inout [UInt8]) {
        for b in s.utf8 {
            switch b {
            case 9: out.append(92); out.append(UInt8(ascii: "t"))
            case 10: out.append(92); out.append(UInt8(ascii: "n"))
            case 13: out.append(92); out.append(UInt8(ascii: "r"))
            case 92: out.append(92); out.append(92)
            default: out.append(b)
            }
        }
    }
}
