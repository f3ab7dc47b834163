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
