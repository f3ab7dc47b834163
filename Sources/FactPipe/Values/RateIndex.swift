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

    /// The lines a kept index starts with: this format, and the table it describes.
    private static func header(_ file: FileIdentity) -> String { "factpipe rate index 2\nfile \(file.text)" }

    /// The index as the bytes of a file (``ArchiveWriter``), `file` naming the table it
    /// describes: each currency's range of entries, then every entry.
    func encoded(file: FileIdentity) -> [UInt8] {
        var archive = ArchiveWriter(header: Self.header(file))
        archive.write(ranges.flatMap { [UInt32($0.lowerBound), UInt32($0.upperBound)] })
        archive.write(entries)
        return archive.finished()
    }

    /// The index `bytes` hold for `file`, a table of `currencyCount` currencies; `nil` when they
    /// describe another file, or are not whole and well formed.
    init?(decoding bytes: [UInt8], file: FileIdentity, currencyCount: Int) {
        guard var archive = ArchiveReader(bytes, header: Self.header(file)),
              let bounds = archive.values(UInt32.self), bounds.count == 2 * currencyCount,
              let entries = archive.values(Entry.self), archive.isAtEnd else { return nil }
        func fits(_ k: Int) -> Bool { bounds[2 * k] <= bounds[2 * k + 1] && Int(bounds[2 * k + 1]) <= entries.count }
        guard (0..<currencyCount).allSatisfy(fits) else { return nil }
        ranges = (0..<currencyCount).map { Int(bounds[2 * $0])..<Int(bounds[2 * $0 + 1]) }
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
