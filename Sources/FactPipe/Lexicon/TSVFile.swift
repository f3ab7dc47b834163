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
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LexiconError(path: path, line: 0, message: "cannot be read")
        }
        try self.init(path: path, text: String(decoding: data, as: UTF8.self))
    }

    init(path: String, text: String) throws {
        self.path = path
        var columns: [String]? = nil
        var rows: [Row] = []
        var notes: [String: String] = [:]
        var number = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.isEmpty { continue }
            if line.hasPrefix("#") {
                if columns == nil, let colon = line.firstIndex(of: ":") {
                    let key = line[line.index(after: line.startIndex)..<colon].trimmed
                    notes[key] = line[line.index(after: colon)...].trimmed
                }
                continue
            }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if columns == nil { columns = fields; continue }
            guard fields.count == columns!.count else {
                throw LexiconError(path: path, line: number,
                                   message: "expected \(columns!.count) tab-separated fields, found \(fields.count)")
            }
            rows.append(Row(line: number, fields: fields))
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
