import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Dated exchange rates: US dollars per one unit of a currency, from `Lexicons/rates.tsv`
/// (columns `date`, `currency`, `usd_per_unit`).
///
/// Loading reads the file once in pieces and checks every row (a malformed row is an error
/// at once), counting the rows of each currency; the table keeps the file open, not its
/// 5 MB. The first lookup of a currency other than the US dollar indexes the rows of every
/// currency in one more pass (dates and line offsets, 8 bytes a row), unless its rows stand
/// in date order: then lookups read only the rows of the dates they ask for
/// (``SortedRateFile``), until they have read an eighth of the bytes the index would. A rate's
/// digits are read from the file, and become an exact `Decimal`, only when a fact needs
/// them; an index kept in a cache folder also holds running sums of the rates, so that the
/// mean of a month or a year is the difference of two, and is mapped into memory, not read
/// (`MappedFile`). Lookups may come from several threads at once.
public final class RateTable: @unchecked Sendable {
    private typealias Entry = RateIndex.Entry
    private typealias Rows = Slice<ArchivedValues<Entry>>
    private let fd: Int32
    /// The byte offset of the line after the header row.
    private let rowsStart: Int
    private let currencyNumbers: RateCurrencies
    private let lock: UnsafeMutablePointer<pthread_mutex_t>
    /// Made on the first lookup that needs it; guarded by `lock`.
    private var index: RateIndex?
    /// The file read where a lookup needs it, when its rows stand in date order.
    private let sortedFile: SortedRateFile?
    /// How many more bytes lookups may read from `sortedFile` before the rows are indexed;
    /// guarded by `lock`.
    private var sortedFileBudget: Int
    /// The last date (`YYYYMMDD`).
    private let lastDay: Int32
    /// Where the table's summary and index are kept, and the file they describe.
    private let summaries: (cache: CacheFolder, file: FileIdentity)?
    public let path: String
    /// The last date the table has a rate for (`YYYY-MM-DD`).
    public let lastDate: String
    public let source: String

    /// Loads the table at `path`. With a `cache` folder, a table loaded before and unchanged since
    /// is not checked again: its summary is read instead, and one is written for a table
    /// checked now; its index too, when a lookup first needs one.
    public init(path: String, cache summaries: CacheFolder? = nil) throws {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw LexiconError(path: path, line: 0, message: "cannot be read") }
        let summary: RateTableSummary
        var size: Int
        var kept: (cache: CacheFolder, file: FileIdentity)? = nil
        do {
            var info = stat()
            guard fstat(fd, &info) == 0 else { throw LexiconError(path: path, line: 0, message: "cannot be read") }
            // the index keeps line offsets in 32 bits
            if Int(info.st_size) > Int(UInt32.max) {
                throw LexiconError(path: path, line: 0, message: "is larger than 4 GiB")
            }
            let file = FileIdentity(info)
            // a summary stands for a plain file only: the size of anything else is not its length
            let summaries = info.st_mode & S_IFMT == S_IFREG ? summaries : nil
            size = file.size
            if let known = summaries?.summary(ofTable: path, file: file), known.fits(size: size) {
                summary = known
            } else {
                (summary, size) = try Self.check(fd: fd, path: path)
                summaries?.remember(summary, ofTable: path, file: file)
            }
            kept = summaries.map { ($0, file) }
        } catch {
            close(fd)
            throw error
        }
        self.fd = fd
        self.path = path
        self.summaries = kept
        rowsStart = summary.rowsStart
        sortedFile = summary.inDateOrder ? SortedRateFile(fd: fd, rowsStart: summary.rowsStart, size: size) : nil
        // an eighth of the file: a short run reads a few windows, a long one soon indexes; a
        // kept index costs about as much to read as a sixteenth of the file read by date
        sortedFileBudget = size / (kept.map { $0.cache.hasIndex(ofTable: path) } == true ? 16 : 8)
        source = summary.source
        lastDay = summary.lastDay
        lastDate = Self.iso(summary.lastDay)
        currencyNumbers = RateCurrencies(summary.currencies)
        lock = .allocate(capacity: 1)
        pthread_mutex_init(lock, nil)
    }

    /// Reads the whole file, checking every row; its summary and its length.
    private static func check(fd: Int32, path: String) throws -> (RateTableSummary, size: Int) {
        var pass = LoadPass(path: path)
        var size = 0
        let read = try FileLines.forEachPiece(fd: fd, from: 0) { piece, pieceOffset in
            size = pieceOffset + piece.count
            try pass.read(piece, at: pieceOffset)
        }
        guard read else { throw LexiconError(path: path, line: 0, message: "cannot be read") }
        guard let rowsStart = pass.rowsStart, pass.maxDate > 0 else { throw LexiconError(path: path, line: 0, message: "has no rates") }
        pass.currencies.finish()
        let summary = RateTableSummary(rowsStart: rowsStart, lastDay: pass.maxDate, inDateOrder: pass.plainInDateOrder, source: pass.source,
                                       currencies: zip(pass.currencies.names, pass.currencies.counts).map { .init(name: $0, rows: $1) })
        return (summary, size)
    }

    deinit {
        close(fd)
        pthread_mutex_destroy(lock)
        lock.deallocate()
    }

    /// The pass that loads the table: every row checked, the last date kept, the rows of
    /// each currency counted.
    private struct LoadPass {
        let path: String
        var source = ""
        var rowsStart: Int? = nil
        /// The last date of the rows read as written plainly, and of the others.
        var latestPlain: (head: UInt64, tail: UInt16) = (0, 0)
        var latestOther: Int32 = 0
        /// Whether every row is written plainly, and no row's date is before the row's above.
        var plainInDateOrder = true
        var number = 0
        let currencies = RateCurrencies()

        init(path: String) { self.path = path }

        var maxDate: Int32 {
            latestPlain.head == 0 ? latestOther : max(latestOther, RateRows.date(ofKey: latestPlain))
        }

        mutating func read(_ piece: UnsafeBufferPointer<UInt8>, at pieceOffset: Int) throws {
            let base = piece.baseAddress!, count = piece.count
            var start = 0
            if rowsStart != nil { start = readPlain(base, count) }
            while start < count {
                number += 1
                let end = RateRows.lineEnd(base, count, from: start)
                let line = FileLines.line(piece, start, end)
                start = end + 1
                guard let first = line.first else { continue }
                if first == 35 { // '#'
                    if source.isEmpty, line.starts(with: "# source:".utf8) {
                        source = String(decoding: UnsafeBufferPointer(rebasing: line[9...]), as: UTF8.self).trimmed
                    }
                    continue
                }
                guard rowsStart != nil else { rowsStart = pieceOffset + end + 1; continue }
                if line.count >= 16, let row = RateRows.plain(line.baseAddress!) {
                    if row.key > latestPlain { latestPlain = row.key } else if row.key < latestPlain { plainInDateOrder = false }
                    currencies.countRow(code: row.code)
                } else {
                    plainInDateOrder = false
                    guard let row = RateRows.date(line) else {
                        throw LexiconError(path: path, line: number, message: RateRows.problem(line))
                    }
                    latestOther = max(latestOther, row.date)
                    currencies.countRow(currency: UnsafeBufferPointer(rebasing: line[11..<row.tab]))
                }
                start = readPlain(base, count, from: start)
            }
        }

        /// Reads the rows written plainly from `start` on; returns where the first other
        /// line starts (or the end).
        @inline(__always)
        private mutating func readPlain(_ base: UnsafePointer<UInt8>, _ count: Int, from start: Int = 0) -> Int {
            var start = start, rows = 0
            var latest = latestPlain
            var inOrder = true
            let currencies = self.currencies
            while count &- start >= 16, let row = RateRows.plain(base + start) {
                if row.key > latest { latest = row.key } else if row.key < latest { inOrder = false }
                currencies.countRow(code: row.code)
                rows &+= 1
                start = RateRows.lineEnd(base, count, from: start &+ 15) &+ 1
            }
            number &+= rows
            latestPlain = latest
            if !inOrder { plainInDateOrder = false }
            return start
        }
    }

    /// The rows of the currency numbered `number` dated within `dates`, in date order, and the
    /// index they are entries of, if they were found there.
    private func rows(of number: Int, dated dates: ClosedRange<Int32>) -> (rows: Rows, index: RateIndex?) {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        if index == nil, let sortedFile, sortedFileBudget > 0 {
            let (rows, bytesRead) = sortedFile.rows(of: number, dated: dates, currencies: currencyNumbers)
            sortedFileBudget -= bytesRead
            return (ArchivedValues(rows)[...], nil)
        }
        if index == nil { index = makeIndex() }
        let rows = index!.rows(of: number)
        // (the rows stand in date order)
        let start = rows.firstIndex(from: rows.startIndex) { $0.date >= dates.lowerBound }
        return (rows[start..<rows.firstIndex(from: start) { $0.date > dates.upperBound }], index)
    }

    /// The index kept from an earlier run, else one made by reading the whole file (and kept).
    private func makeIndex() -> RateIndex {
        if let (cache, file) = summaries,
           let kept = cache.index(ofTable: path, file: file, currencyCount: currencyNumbers.names.count) { return kept }
        let index = RateIndex(fd: fd, rowsStart: rowsStart, currencies: currencyNumbers, summingRates: summaries != nil)
        if let (cache, file) = summaries { cache.remember(index, ofTable: path, file: file) }
        return index
    }

    /// The last row of the currency numbered `number` dated `bound` or before (without a
    /// bound, its last row): looked for within a month of it, then a year, then at any date.
    private func lastRow(of number: Int, onOrBefore bound: Int32?) -> Entry? {
        let top = bound ?? lastDay
        for span: Int32 in [100, 10000] {
            if let last = rows(of: number, dated: (top - span)...top).rows.last { return last }
        }
        return rows(of: number, dated: Int32.min...top).rows.last
    }

    /// Calls `body` with the rate's bytes of each entry in turn, until it returns `false`;
    /// returns `false` when a row cannot be read.
    private func forEachValue<C: Collection>(_ entries: C, nameLength: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool
        where C.Element == Entry {
        guard let first = entries.first else { return true }
        // a currency's rows of a year lie within some hundred KB of a table sorted by date
        let span = entries.count == 1 ? 256 : min(1 << 16, Int(entries.max { $0.line < $1.line }!.line) - Int(first.line) + 256)
        var reader = RateLineReader(fd: fd, size: span)
        let valueStart = 12 + nameLength
        for entry in entries {
            let goOn: Bool? = reader.line(at: Int(entry.line)) { line in
                body(line.count >= valueStart ? UnsafeBufferPointer(rebasing: line[valueStart...]) : UnsafeBufferPointer(start: nil, count: 0))
            }
            guard let goOn else { return false }
            if !goOn { break }
        }
        return true
    }

    private func value(_ entry: Entry, nameLength: Int) -> Decimal? {
        var value: Decimal?
        _ = forEachValue(CollectionOfOne(entry), nameLength: nameLength) { bytes in
            value = Self.scaled(bytes).flatMap(Self.decimal(scaled:)) ?? Decimal(string: String(decoding: bytes, as: UTF8.self))
            return false
        }
        return value
    }

    /// The `Decimal` that `Decimal(string:)` makes of the digits of a rate of `scaled` 10^-12
    /// units: the digits without the zeros that end them, and the exponent that leaves. `nil`
    /// for 0 (whose exponent follows the digits written).
    static func decimal(scaled: Int64) -> Decimal? {
        guard scaled > 0 else { return nil }
        var significand = scaled, exponent = -Self.scale
        while significand % 10 == 0 {
            significand /= 10
            exponent += 1
        }
        return Decimal(sign: .plus, exponent: exponent, significand: Decimal(UInt64(significand)))
    }

    private static func iso(_ date: Int32) -> String {
        let y = date / 10000, m = (date / 100) % 100, d = date % 100
        guard (1000...9999).contains(y) else { return "\(y)-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d)" }
        // a year of four digits: ten bytes, written without interpolating
        return String(unsafeUninitializedCapacity: 10) { bytes in
            func put(_ i: Int, _ digit: Int32) { bytes[i] = UInt8(48 + digit) }
            put(0, y / 1000); put(1, y / 100 % 10); put(2, y / 10 % 10); put(3, y % 10)
            put(5, m / 10); put(6, m % 10)
            put(8, d / 10); put(9, d % 10)
            bytes[4] = UInt8(ascii: "-"); bytes[7] = UInt8(ascii: "-")
            return 10
        }
    }

    /// Fraction digits of the fixed-point sum: the table's rates have at most 12.
    private static let scale = 12

    /// A rate as an integer of 10^-12 units, read straight from its digits (a year of rates
    /// is summed without a `Decimal` per day); `nil` when it has more than 12 fraction
    /// digits or 4 integer digits, or is not plain digits. The fraction's digits are read
    /// eight bytes at a time back from the rate's end: the 16 bytes before its end must be
    /// readable (a row's rate follows at least 13 bytes of date and currency).
    static func scaled(_ bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return nil }
        let count = bytes.count
        var integer: Int64 = 0
        var i = 0
        while i < count, case let digit = base[i] &- 48, digit <= 9 {
            guard i < 4 else { return nil }
            integer = integer &* 10 &+ Int64(digit)
            i &+= 1
        }
        let unit: Int64 = 1_000_000_000_000
        // all digits (at least one, as `count > 0`)
        guard i < count else { return integer &* unit }
        guard base[i] == UInt8(ascii: ".") else { return nil }
        let fractionDigits = count &- i &- 1
        guard fractionDigits <= scale else { return nil }
        guard fractionDigits > 0 else { return i > 0 ? integer &* unit : nil }
        let end = UnsafeRawPointer(base + count)
        let fraction: Int64
        if fractionDigits <= 8 {
            guard let low = lastDigits(end - 8, fractionDigits) else { return nil }
            fraction = low
        } else {
            guard let high = lastDigits(end - 16, fractionDigits &- 8), let low = lastDigits(end - 8, 8) else { return nil }
            fraction = high &* 100_000_000 &+ low
        }
        return integer &* unit &+ fraction &* PowersOfTen.int64[scale &- fractionDigits]
    }

    /// The number the last `count` (1...8) of the eight bytes at `p` write, when they are
    /// digits; else `nil`. The byte before them, if among the eight, is a `.` (so that adding
    /// 6 to each byte carries into none of them).
    @inline(__always)
    private static func lastDigits(_ p: UnsafeRawPointer, _ count: Int) -> Int64? {
        let word = UInt64(littleEndian: p.loadUnaligned(as: UInt64.self))
        // the first byte in the lowest: the digits are the highest `count` bytes
        let kept: UInt64 = ~0 &<< (64 &- 8 &* UInt64(count))
        let zeros = 0x3030_3030_3030_3030 & kept, high = 0xF0F0_F0F0_F0F0_F0F0 & kept
        // a digit is 0x30...0x39: 0x3_ before adding 6 and after
        guard word & high == zeros, (word &+ 0x0606_0606_0606_0606) & high == zeros else { return nil }
        var v = word & kept &- zeros
        v = (v &* 10 &+ (v >> 8)) & 0x00FF_00FF_00FF_00FF
        v = (v &* 100 &+ (v >> 16)) & 0x0000_FFFF_0000_FFFF
        return Int64(truncatingIfNeeded: (v &* 10000 &+ (v >> 32)) & 0xFFFF_FFFF)
    }

    /// Every currency the table has rates for.
    public var currencies: [String] {
        Set(currencyNumbers.names.map { String(decoding: $0, as: UTF8.self) }).sorted()
    }

    /// The rate for `currency` as of `time` (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`): for a day,
    /// that day or the last one before it; for a month or a year, the last rate in that
    /// period; without a time or outside the table, the latest rate.
    public func rate(for currency: String, at time: String? = nil) -> (rate: Decimal, date: String)? {
        if currency == "USD" { return (1, lastDate) }
        guard let number = currencyNumbers.number(of: currency) else { return nil }
        let bound = time.flatMap(Self.periodEnd)
        guard let chosen = bound.flatMap({ lastRow(of: number, onOrBefore: $0) }) ?? lastRow(of: number, onOrBefore: nil),
              let rate = value(chosen, nameLength: currencyNumbers.names[number].count) else { return nil }
        return (rate, Self.iso(chosen.date))
    }

    /// The mean of the rates for `currency` within a month (`YYYY-MM`) or a year (`YYYY`), and
    /// the last date averaged; `nil` when the table has no rate in that period.
    public func averageRate(for currency: String, over period: String) -> (rate: Decimal, date: String)? {
        if currency == "USD" { return (1, lastDate) }
        let parts = Self.numbers(of: period)
        guard parts.count == 1 || parts.count == 2 else { return nil }
        guard let number = currencyNumbers.number(of: currency) else { return nil }
        let nameLength = currencyNumbers.names[number].count
        let first = parts.count == 1 ? parts[0] * 10000 + 101 : parts[0] * 10000 + parts[1] * 100 + 1
        let last = parts.count == 1 ? parts[0] * 10000 + 1231 : parts[0] * 10000 + parts[1] * 100 + 31
        let (period, index) = rows(of: number, dated: first...last)
        let count = period.count
        guard count > 0 else { return nil }
        let lastDate = period.last!.date
        var scaledSum = index?.rateSum(of: period.startIndex..<period.endIndex)
        if scaledSum == nil {
            scaledSum = 0
            guard forEachValue(period, nameLength: nameLength, { bytes in
                guard let scaled = Self.scaled(bytes), let total = scaledSum else { scaledSum = nil; return false }
                scaledSum = total + scaled
                return true
            }) else { return nil }
        }
        // a mean to 8 places, the precision of the published rates and more, rounded half up
        if let scaledSum {
            // on integers: the sum counts 10^-12, the mean 10^-8
            let divisor = Int64(count) * 10_000
            let (quotient, remainder) = scaledSum.quotientAndRemainder(dividingBy: divisor)
            let mean = quotient + (remainder * 2 >= divisor ? 1 : 0)
            return (Decimal(sign: .plus, exponent: -8, significand: Decimal(mean)), Self.iso(lastDate))
        }
        var exact: Decimal? = 0
        guard forEachValue(period, nameLength: nameLength, { bytes in
            guard let rate = Decimal(string: String(decoding: bytes, as: UTF8.self)), let total = exact else { exact = nil; return false }
            exact = total + rate
            return true
        }), let sum = exact else { return nil }
        let mean = Decimal(string: DecimalText.roundedFraction("\(sum / Decimal(count))", digits: 8)) ?? sum / Decimal(count)
        return (mean, Self.iso(lastDate))
    }

    /// The integers among the pieces of `time` split at `-` (`2024-05` is 2024 and 5).
    private static func numbers(of time: String) -> [Int32] {
        digitGroups(time) ?? time.split(separator: "-").compactMap { Int32($0) }
    }

    /// The numbers of `time` when it is groups of one to four digits joined by single `-`s,
    /// read in one pass; `nil` for any other text.
    private static func digitGroups(_ time: String) -> [Int32]? {
        var groups: [Int32] = []
        var value: Int32 = 0, digits = 0
        for byte in time.utf8 {
            if byte == UInt8(ascii: "-"), digits > 0 {
                groups.append(value)
                (value, digits) = (0, 0)
            } else if case let digit = byte &- 48, digit <= 9, digits < 4 {
                value = value * 10 + Int32(digit)
                digits += 1
            } else {
                return nil
            }
        }
        guard digits > 0 else { return nil }
        groups.append(value)
        return groups
    }

    private static func periodEnd(_ time: String) -> Int32? {
        let parts = numbers(of: time)
        switch parts.count {
        case 1: return parts[0] * 10000 + 1231
        case 2: return parts[0] * 10000 + parts[1] * 100 + 31
        case 3: return parts[0] * 10000 + parts[1] * 100 + parts[2]
        default: return nil
        }
    }
}
