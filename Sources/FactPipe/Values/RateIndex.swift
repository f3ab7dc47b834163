/// Where the rows of every currency stand in a rate file: each row's date and the offset
/// of its line, a currency's rows together, in the order of the file (sorted by date where
/// the file has them out of order). Made in one pass over the file, the rows of each
/// currency counted beforehand (``RateCurrencies``).
struct RateIndex: Sendable {
    struct Entry: Sendable {
        let date: Int32
        /// The offset of the row's line in the file.
        let line: UInt32
    }
    private let entries: [Entry]
    /// Per currency, the range of `entries` holding its rows.
    private let ranges: [Range<Int>]

    /// Reads the rows from `rowsStart` on; rows that are not as they were counted (the file
    /// changed since) are left out.
    init(fd: Int32, rowsStart: Int, currencies: RateCurrencies) {
        var starts: [Int] = []
        var total = 0
        for count in currencies.counts { starts.append(total); total += count }
        var ends = starts
        var entries = [Entry](repeating: Entry(date: 0, line: 0), count: total)
        let limits = starts.indices.map { $0 + 1 < starts.count ? starts[$0 + 1] : total }
        entries.withUnsafeMutableBufferPointer { entries in
            ends.withUnsafeMutableBufferPointer { ends in
                limits.withUnsafeBufferPointer { limits in
                    @inline(__always) func add(_ number: Int?, _ date: Int32, _ line: Int) {
                        guard let number, ends[number] < limits[number] else { return }
                        entries[ends[number]] = Entry(date: date, line: UInt32(truncatingIfNeeded: line))
                        ends[number] &+= 1
                    }
                    FileLines.forEachPiece(fd: fd, from: rowsStart) { piece, pieceOffset in
                        RateRows.forEachRow(in: piece, at: pieceOffset, currencies: currencies, add)
                    }
                }
            }
        }
        ranges = starts.indices.map { starts[$0]..<ends[$0] }
        for range in ranges where !entries[range].isSorted(by: { $0.date <= $1.date }) {
            entries[range].sort { $0.date < $1.date }
        }
        self.entries = entries
    }

    /// The rows of the currency numbered `number`.
    func rows(of number: Int) -> ArraySlice<Entry> { entries[ranges[number]] }

    private static let header = "factpipe rate index 1"

    /// The index as the bytes of a file, `file` naming the table it describes: three lines
    /// (this format, the table, the counts), then each currency's range of entries and every
    /// entry, as 32-bit little-endian numbers.
    func encoded(file: FileIdentity) -> [UInt8] {
        var bytes = Array("\(Self.header)\nfile \(file.text)\ncurrencies \(ranges.count) entries \(entries.count)\n".utf8)
        bytes.reserveCapacity(bytes.count + 8 * (ranges.count + entries.count))
        func append(_ n: UInt32) { withUnsafeBytes(of: n.littleEndian) { bytes.append(contentsOf: $0) } }
        for range in ranges { append(UInt32(range.lowerBound)); append(UInt32(range.upperBound)) }
        for entry in entries { append(UInt32(bitPattern: entry.date)); append(entry.line) }
        return bytes
    }

    /// The index `bytes` hold for `file`, a table of `currencyCount` currencies; `nil` when they
    /// describe another file, or are not whole and well formed.
    init?(decoding bytes: [UInt8], file: FileIdentity, currencyCount: Int) {
        var lines: [Substring] = []
        var start = 0
        for (k, byte) in bytes.enumerated() where byte == 10 {
            lines.append(Substring(decoding: bytes[start..<k], as: UTF8.self))
            start = k + 1
            if lines.count == 3 { break }
        }
        let counts = lines.count == 3 ? lines[2].split(separator: " ") : []
        guard lines.count == 3, lines[0] == Self.header, lines[1] == "file \(file.text)", counts.count == 4,
              counts[0] == "currencies", counts[1] == "\(currencyCount)", counts[2] == "entries",
              let entryCount = Int(counts[3]), bytes.count - start == 8 * (currencyCount + entryCount) else { return nil }
        let (bounds, entries) = bytes[start...].withUnsafeBytes { raw in
            @inline(__always) func number(_ k: Int) -> UInt32 { UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 4 * k, as: UInt32.self)) }
            let bounds = (0..<currencyCount).map { (Int(number(2 * $0)), Int(number(2 * $0 + 1))) }
            let entries = [Entry](unsafeUninitializedCapacity: entryCount) { buffer, initialized in
                guard entryCount > 0, let base = raw.baseAddress else { return }
                // each entry's date and line as one 64-bit number, the date in the low half
                let pairs = base + 8 * currencyCount
                for k in 0..<entryCount {
                    let pair = UInt64(littleEndian: pairs.loadUnaligned(fromByteOffset: 8 * k, as: UInt64.self))
                    buffer.initializeElement(at: k, to: Entry(date: Int32(truncatingIfNeeded: pair), line: UInt32(truncatingIfNeeded: pair >> 32)))
                }
                initialized = entryCount
            }
            return (bounds, entries)
        }
        guard bounds.allSatisfy({ $0.0 <= $0.1 && $0.1 <= entryCount }) else { return nil }
        ranges = bounds.map { $0.0..<$0.1 }
        self.entries = entries
    }
}

extension Collection {
    func isSorted(by inOrder: (Element, Element) -> Bool) -> Bool {
        guard !isEmpty else { return true }
        var previous = startIndex
        var i = index(after: previous)
        while i < endIndex {
            if !inOrder(self[previous], self[i]) { return false }
            previous = i
            i = index(after: i)
        }
        return true
    }
}
