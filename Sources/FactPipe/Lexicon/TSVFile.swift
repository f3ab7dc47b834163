import FoundationEssentials

/// A tab-separated lexicon file: `#` comment lines, a header row naming the columns,
/// then one entry per line.
struct TSVFile {
    struct Row {
        let line: Int
        let fields: [String]
    }
    let path: String
    let columns: [String]
    let rows: [Row]
    /// `# key: value` comment lines at the top of the file.
    let headerNotes: [String: String]

    init(path: String) throws {
        guard let bytes = FileBytes.contents(of: path) else {
            throw LexiconError(path: path, line: 0, message: "cannot be read")
        }
        try self.init(path: path, bytes: bytes)
    }

    init(path: String, text: String) throws {
        try self.init(path: path, bytes: Array(text.utf8))
    }

    /// Lines end at LF (a CR before it is dropped), fields at TAB; each field is decoded as
    /// UTF-8 on its own (invalid bytes become U+FFFD).
    init(path: String, bytes: [UInt8]) throws {
        self.path = path
        var columns: [String]? = nil
        var rows: [Row] = []
        var notes: [String: String] = [:]
        try bytes.withUnsafeBufferPointer { bytes in
            try FileBytes.forEachLine(bytes) { number, line in
                let (lineStart, end) = (line.lowerBound, line.upperBound)
                if end == lineStart { return }
                if bytes[lineStart] == 35 { // '#'
                    if columns == nil, let colon = bytes[lineStart..<end].firstIndex(of: 58) { // ':'
                        let key = String(decoding: UnsafeBufferPointer(rebasing: bytes[(lineStart + 1)..<colon]), as: UTF8.self)
                        notes[key.trimmed] = String(decoding: UnsafeBufferPointer(rebasing: bytes[(colon + 1)..<end]), as: UTF8.self).trimmed
                    }
                    return
                }
                var fields: [String] = []
                fields.reserveCapacity(columns?.count ?? 8)
                var fieldStart = lineStart
                for k in lineStart...end where k == end || bytes[k] == 9 {
                    fields.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[fieldStart..<k]), as: UTF8.self))
                    fieldStart = k + 1
                }
                if columns == nil { columns = fields; return }
                guard fields.count == columns!.count else {
                    throw LexiconError(path: path, line: number,
                                       message: "expected \(columns!.count) tab-separated fields, found \(fields.count)")
                }
                rows.append(Row(line: number, fields: fields))
            }
        }
        guard let columns else { throw LexiconError(path: path, line: 0, message: "has no header row") }
        self.columns = columns
        self.rows = rows
        self.headerNotes = notes
    }

    func column(_ name: String) throws -> Int {
        guard let index = columns.firstIndex(of: name) else {
            throw LexiconError(path: path, line: 0, message: "has no column '\(name)'")
        }
        return index
    }
}

/// A lexicon or rate file that cannot be used, with the place of the problem.
public struct LexiconError: Error, CustomStringConvertible, Sendable {
    public let path: String
    public let line: Int
    public let message: String
    public var description: String { line > 0 ? "\(path):\(line): \(message)" : "\(path): \(message)" }
}
