#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A rate table whose rows stand in date order, read where a lookup needs it: the row
/// where a date starts is found by bisecting the file, a few small reads, and only the rows
/// of the dates asked for are read. A run that converts a few amounts reads some kilobytes
/// of the table, not all of it (``RateIndex``).
struct SortedRateFile {
    let fd: Int32
    /// The offset of the first line after the header row.
    let rowsStart: Int
    let size: Int

    /// The rows of the currency numbered `number` dated within `dates`, in file order, and
    /// how many bytes were read for them.
    func rows(of number: Int, dated dates: ClosedRange<Int32>, currencies: RateCurrencies) -> (entries: [RateIndex.Entry], bytesRead: Int) {
        let start = offset(ofFirstRowFrom: dates.lowerBound)
        let end = dates.upperBound == .max ? size : offset(ofFirstRowFrom: dates.upperBound + 1)
        var entries: [RateIndex.Entry] = []
        guard start < end else { return (entries, 0) }
        FileLines.forEachPiece(fd: fd, from: start, until: end) { piece, pieceOffset in
            RateRows.forEachRow(in: piece, at: pieceOffset, currencies: currencies) { rowNumber, date, line, _ in
                if rowNumber == number, line < end { entries.append(RateIndex.Entry(date: date, line: UInt32(truncatingIfNeeded: line))) }
            }
        }
        return (entries, end - start)
    }

    /// The offset of the first row dated `date` or later; the end of the file when none is.
    func offset(ofFirstRowFrom date: Int32) -> Int {
        // every row that starts before `low` is dated before `date`; the answer is at most
        // `high`; both stand at line starts
        var low = rowsStart, high = size
        while low < high {
            let middle = low + (high - low) / 2
            if let row = firstRow(from: middle), row.start < high {
                if row.date < date { low = row.next } else { high = row.start }
                continue
            }
            // no row starts in middle..<high: step from `low`
            guard let row = firstRow(from: low), row.start < high else { return high }
            if row.date < date { low = row.next } else { return row.start }
        }
        return high
    }

    /// The first row whose line starts at `offset` or after it: where it starts, where the
    /// next line starts, and its date.
    private func firstRow(from offset: Int) -> (start: Int, next: Int, date: Int32)? {
        // read from the byte before: the LF there (or in the line it ends) starts the next line
        var at = offset > rowsStart ? offset - 1 : offset
        var inLine = offset > rowsStart
        var capacity = 256
        while at < size {
            let found: (start: Int, next: Int, date: Int32)?? = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer in
                let n = pread(fd, buffer.baseAddress!, capacity, off_t(at))
                guard n > 0 else { return .some(nil) }
                let bytes = UnsafeBufferPointer(rebasing: buffer[..<n])
                let atEnd = at + n >= size
                var i = 0
                while i < n {
                    let end = FileLines.lineEnd(bytes, from: i)
                    // a line cut off by the buffer is read again from its start
                    if end == n && !atEnd { break }
                    if !inLine {
                        let line = FileLines.line(bytes, i, end)
                        if line.first != 35, let row = RateRows.date(line) { return (at + i, min(at + end + 1, size), row.date) }
                    }
                    inLine = false
                    i = end + 1
                }
                if i == 0 { capacity *= 2 }
                at += i
                return nil
            }
            if let found { return found }
        }
        return nil
    }
}
