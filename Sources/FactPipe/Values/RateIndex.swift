/// Where the rows of every currency stand in a rate file: each row's date and the offset
/// of its line, a currency's rows together, in the order of the file (sorted by date where
/// the file has them out of order), and the sums of their rates. Made in one pass over the
/// file, the rows of each currency counted beforehand (``RateCurrencies``).
struct RateIndex: Sendable {
    struct Entry: Sendable {
        let date: Int32
        /// The offset of the row's line in the file.
        let line: UInt32
    }
    private let entries: ArchivedValues<Entry>
    /// Per currency, the range of `entries` holding its rows.
    private let ranges: [Range<Int>]
    /// Before each entry and after the last, the sum of the rates of the entries before it in
    /// 10^-12 units (``RateTable/scaled(_:)``), wrapping past 64 bits; a rate not read so adds 0.
    /// `nil` when not made.
    private let rateSums: ArchivedValues<Int64>?
    /// The entries whose rate ``RateTable/scaled(_:)`` does not read, in order.
    private let unscaled: [UInt32]

    /// Reads the rows from `rowsStart` on; rows that are not as they were counted (the file
    /// changed since) are left out. The sums of the rates, which cost as much as the rest, are
    /// made only `summingRates`: for an index kept for later runs.
    init(fd: Int32, rowsStart: Int, currencies: RateCurrencies, summingRates: Bool) {
        var starts: [Int] = []
        var total = 0
        for count in currencies.counts { starts.append(total); total += count }
        var ends = starts
        var entries = [Entry](repeating: Entry(date: 0, line: 0), count: total)
        // each entry's rate in 10^-12 units, -1 for one not read so
        var rates = [Int64](repeating: 0, count: summingRates ? total : 0)
        let limits = starts.indices.map { $0 + 1 < starts.count ? starts[$0 + 1] : total }
        entries.withUnsafeMutableBufferPointer { entries in
            rates.withUnsafeMutableBufferPointer { rates in
                ends.withUnsafeMutableBufferPointer { ends in
                    limits.withUnsafeBufferPointer { limits in
                        @inline(__always) func add(_ number: Int?, _ date: Int32, _ line: Int, _ rate: UnsafeBufferPointer<UInt8>) {
                            guard let number, ends[number] < limits[number] else { return }
                            entries[ends[number]] = Entry(date: date, line: UInt32(truncatingIfNeeded: line))
                            if summingRates { rates[ends[number]] = RateTable.scaled(rate) ?? -1 }
                            ends[number] &+= 1
                        }
                        FileLines.forEachPiece(fd: fd, from: rowsStart) { piece, pieceOffset in
                            RateRows.forEachRow(in: piece, at: pieceOffset, currencies: currencies, add)
                        }
                    }
                }
            }
        }
        ranges = starts.indices.map { starts[$0]..<ends[$0] }
        for range in ranges where !entries[range].isSorted(by: { $0.date <= $1.date }) {
            guard summingRates else { entries[range].sort { $0.date < $1.date }; continue }
            // the same order as the entries sorted alone: the sort compares the same dates
            let sorted = zip(entries[range], rates[range]).sorted { $0.0.date < $1.0.date }
            entries.replaceSubrange(range, with: sorted.map(\.0))
            rates.replaceSubrange(range, with: sorted.map(\.1))
        }
        self.entries = ArchivedValues(entries)
        var unscaled: [UInt32] = []
        if summingRates {
            let sums = [Int64](unsafeUninitializedCapacity: total + 1) { sums, count in
                var sum: Int64 = 0
                sums[0] = 0
                for k in 0..<total {
                    if rates[k] < 0 { unscaled.append(UInt32(k)) } else { sum &+= rates[k] }
                    sums[k &+ 1] = sum
                }
                count = total + 1
            }
            rateSums = ArchivedValues(sums)
        } else {
            rateSums = nil
        }
        self.unscaled = unscaled
    }

    /// The rows of the currency numbered `number`.
    func rows(of number: Int) -> Slice<ArchivedValues<Entry>> { entries[ranges[number]] }

    /// The most rates whose sum surely fits in 64 bits: each is below 10^16 10^-12 units (at
    /// most four digits before the point, ``RateTable/scaled(_:)``).
    private static let rowsSummedExactly = Int(Int64.max / 10_000_000_000_000_000)

    /// The sum of the rates of `rows` (indices of ``rows(of:)``) in 10^-12 units, as
    /// ``RateTable/scaled(_:)`` reads each; `nil` when it reads one of them not, or when they
    /// are too many for their sum to be sure to fit in 64 bits. (The sum of at most
    /// `rowsSummedExactly` rates lies in 0..<2^63, and the difference of two wrapping sums
    /// is the sum between them modulo 2^64: so it is that sum.)
    func rateSum(of rows: Range<Int>) -> Int64? {
        guard let rateSums, rows.count <= Self.rowsSummedExactly else { return nil }
        // (none of the entries listed apart lies in `rows`)
        let next = unscaled.firstIndex(from: 0) { Int($0) >= rows.lowerBound }
        guard next == unscaled.count || Int(unscaled[next]) >= rows.upperBound else { return nil }
        return rateSums[rows.upperBound] &- rateSums[rows.lowerBound]
    }

    /// The lines a kept index starts with: this format, and the table it describes.
    static func header(_ file: FileIdentity) -> String { "factpipe rate index 3\nfile \(file.text)" }

    /// The index, made with its sums, as the bytes of a file (``ArchiveWriter``), `file` naming
    /// the table it describes: each currency's range of entries, every entry, the sums of
    /// their rates and the entries whose rates are not summed.
    func encoded(file: FileIdentity) -> [UInt8] {
        var archive = ArchiveWriter(header: Self.header(file))
        archive.write(ranges.flatMap { [UInt32($0.lowerBound), UInt32($0.upperBound)] })
        archive.write(entries)
        archive.write(rateSums!)
        archive.write(unscaled)
        return archive.finished()
    }

    /// The index `archive` holds (written under ``header(_:)``) for a table of `currencyCount`
    /// currencies; `nil` when it is not whole and well formed.
    init?(reading archive: inout ArchiveReader, currencyCount: Int) {
        guard let bounds = archive.values(UInt32.self), bounds.count == 2 * currencyCount,
              let entries = archive.valuesInPlace(Entry.self), let rateSums = archive.valuesInPlace(Int64.self), let unscaled = archive.values(UInt32.self),
              archive.isAtEnd, rateSums.count == entries.count + 1, unscaled.isSorted(by: <), unscaled.allSatisfy({ $0 < entries.count })
        else { return nil }
        func fits(_ k: Int) -> Bool { bounds[2 * k] <= bounds[2 * k + 1] && Int(bounds[2 * k + 1]) <= entries.count }
        guard (0..<currencyCount).allSatisfy(fits) else { return nil }
        ranges = (0..<currencyCount).map { Int(bounds[2 * $0])..<Int(bounds[2 * $0 + 1]) }
        self.entries = entries
        self.rateSums = rateSums
        self.unscaled = unscaled
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
