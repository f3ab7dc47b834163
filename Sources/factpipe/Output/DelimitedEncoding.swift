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
        let fields = RecordFields(record, encoder: encoder)
        row(columns.map { fields[$0] ?? .null }, into: &out)
    }

    private func row(_ values: [RecordFields.Value], into out: inout [UInt8]) {
        for (i, value) in values.enumerated() {
            if i > 0 { out.append(style == .csv ? UInt8(ascii: ",") : 9) }
            switch value {
            case .null: break
            case .bool(let b): out.append(contentsOf: Array((b ? "true" : "false").utf8))
            case .number(let text): out.append(contentsOf: Array(text.utf8))
            case .string(let s), .json(let s): style == .csv ? csvField(s, into: &out) : tsvField(s, into: &out)
            }
        }
        out.append(contentsOf: style == .csv ? [13, 10] : [10])
    }

    private func csvField(_ s: String, into out: inout [UInt8]) {
        let bytes = Array(s.utf8)
        // an empty string is quoted, so that it differs from a null
        let needsQuotes = bytes.isEmpty || bytes.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13 }
        guard needsQuotes else { out.append(contentsOf: bytes); return }
        out.append(UInt8(ascii: "\""))
        for b in bytes {
            if b == UInt8(ascii: "\"") { out.append(b) }
            out.append(b)
        }
        out.append(UInt8(ascii: "\""))
    }

    private func tsvField(_ s: String, into out: inout [UInt8]) {
        for b in s.utf8 {
            switch b {
            case 9: out.append(contentsOf: [92, UInt8(ascii: "t")])
            case 10: out.append(contentsOf: [92, UInt8(ascii: "n")])
            case 13: out.append(contentsOf: [92, UInt8(ascii: "r")])
            case 92: out.append(contentsOf: [92, 92])
            default: out.append(b)
            }
        }
    }
}
