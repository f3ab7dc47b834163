import FoundationEssentials

/// A tab-separated lexicon file: `#` comment lines, a header row naming the columns,
/// then one entry per line.
///
/// The file's bytes are kept with where each field starts and ends; a field becomes a
/// `String` (or code points) only when asked for.
struct TSVFile {
    struct Row {
        let line: Int
        let fields: Fields
    }

    /// The fields of one row, each decoded as UTF-8 on its own when read (invalid bytes
    /// become U+FFFD).
    struct Fields: RandomAccessCollection {
        fileprivate let storage: Storage
        /// Where the row's bounds start in `storage.bounds`.
        fileprivate let base: Int
        let count: Int

        var startIndex: Int { 0 }
        var endIndex: Int { count }

        subscript(i: Int) -> String {
            let (start, end) = storage.range(base + i)
            return storage.bytes.withUnsafeBufferPointer {
                String(decoding: UnsafeBufferPointer(rebasing: $0[start..<end]), as: UTF8.self)
            }
        }

        /// Calls `body` with the bytes of field `i`.
        func withBytes<R>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
            let (start, end) = storage.range(base + i)
            return try storage.bytes.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[start..<end])) }
        }

        /// Whether field `i` is `text`, byte for byte.
        func `is`(_ i: Int, _ text: StaticString) -> Bool {
            withBytes(i) { $0.elementsEqual(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)) }
        }

        /// The code points of field `i`, as `Array(self[i].unicodeScalars)`.
        func scalars(_ i: Int) -> [Unicode.Scalar] {
            var scalars: [Unicode.Scalar] = []
            self.scalars(i, into: &scalars)
            return scalars
        }

        /// Replaces the contents of `scalars` with the code points of field `i`.
        func scalars(_ i: Int, into scalars: inout [Unicode.Scalar]) {
            scalars.removeAll(keepingCapacity: true)
            let wellFormed = withBytes(i) { bytes in
                scalars.reserveCapacity(bytes.count)
                return UTF8Scalars.forEach(in: bytes) { scalars.append($0); return true }
            }
            if !wellFormed { scalars = Array(self[i].unicodeScalars) }
        }
    }

    fileprivate final class Storage {
        let bytes: [UInt8]
        /// Per field of every row: its start and end in `bytes`.
        var bounds: [Int32] = []
        init(bytes: [UInt8]) { self.bytes = bytes }
        @inline(__always) func range(_ field: Int) -> (Int, Int) { (Int(bounds[2 * field]), Int(bounds[2 * field + 1])) }
    }

    let path: String
    let columns: [String]
    let rows: [Row]
    /// `# key: value` comment lines at the top of the file.
    var headerNotes: [String: String] {
        var notes: [String: String] = [:]
        storage.bytes.withUnsafeBufferPointer { bytes in
            var inHeader = true
            FileBytes.forEachLine(bytes) { _, line in
                guard inHeader, !line.isEmpty else { return }
                guard bytes[line.lowerBound] == 35 else { inHeader = false; return } // '#'
                if let colon = bytes[line].firstIndex(of: 58) { // ':'
                    let key = String(decoding: UnsafeBufferPointer(rebasing: bytes[(line.lowerBound + 1)..<colon]), as: UTF8.self)
                    notes[key.trimmed] = String(decoding: UnsafeBufferPointer(rebasing: bytes[(colon + 1)..<line.upperBound]), as: UTF8.self).trimmed
                }
            }
        }
        return notes
    }
    private let storage: Storage

    init(path: String) throws {
        guard let bytes = FileBytes.contents(of: path) else {
            throw LexiconError(path: path, line: 0, message: "cannot be read")
        }
        try self.init(path: path, bytes: bytes)
    }

    init(path: String, text: String) throws {
        try self.init(path: path, bytes: Array(text.utf8))
    }

    /// Lines end at LF (a CR before it is dropped), fields at TAB.
    init(path: String, bytes: [UInt8]) throws {
        self.path = path
        guard bytes.count < Int(Int32.max) else { throw LexiconError(path: path, line: 0, message: "is too large") }
        let storage = Storage(bytes: bytes)
        var columns: [String]? = nil
        var lines: [Int] = []
        var bounds: [Int32] = []
        // two bounds a field, a field some bytes long
        bounds.reserveCapacity(bytes.count / 4)
        try bytes.withUnsafeBufferPointer { bytes in
            try FileBytes.forEachLine(bytes) { number, line in
                let (lineStart, end) = (line.lowerBound, line.upperBound)
                if end == lineStart { return }
                if bytes[lineStart] == 35 { return } // '#'

                let first = bounds.count
                var fieldStart = lineStart
                while true {
                    var k = fieldStart
                    while k < end && bytes[k] != 9 { k &+= 1 }
                    bounds.append(Int32(fieldStart))
                    bounds.append(Int32(k))
                    if k == end { break }
                    fieldStart = k &+ 1
                }
                let found = (bounds.count - first) / 2
                guard let expected = columns?.count else {
                    columns = (0..<found).map { k in
                        String(decoding: UnsafeBufferPointer(rebasing: bytes[Int(bounds[first + 2 * k])..<Int(bounds[first + 2 * k + 1])]), as: UTF8.self)
                    }
                    bounds.removeAll(keepingCapacity: true)
                    return
                }
                guard found == expected else {
                    throw LexiconError(path: path, line: number, message: "expected \(expected) tab-separated fields, found \(found)")
                }
                lines.append(number)
            }
        }
        guard let columns else { throw LexiconError(path: path, line: 0, message: "has no header row") }
        storage.bounds = bounds
        self.columns = columns
        self.rows = lines.indices.map { Row(line: lines[$0], fields: Fields(storage: storage, base: $0 * columns.count, count: columns.count)) }
        self.storage = storage
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
