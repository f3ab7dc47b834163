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
/// at once); the table keeps the file open, not its 5 MB. The rows of a currency (dates and
/// the digits of the rates) are read on its first lookup, and a rate's digits become an
/// exact `Decimal` only when a fact needs it. Lookups may come from several threads at once.
public final class RateTable: @unchecked Sendable {
    private struct Entry { let date: Int32; let valueStart: Int32; let valueEnd: Int32 }
    /// The rows of one currency, by date; each entry's value is a range of `values`.
    private struct Rows {
        var entries: [Entry] = []
        var values: [UInt8] = []
    }
    private let fd: Int32
    /// The byte offset of the line after the header row.
    private let rowsStart: Int
    private let lock: UnsafeMutablePointer<pthread_mutex_t>
    /// The rows of each currency looked up so far; guarded by `lock`.
    private var byCurrency: [String: Rows] = [:]
    public let path: String
    /// The last date the table has a rate for (`YYYY-MM-DD`).
    public let lastDate: String
    public let source: String

    public init(path: String) throws {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw LexiconError(path: path, line: 0, message: "cannot be read") }
        var source = "", rowsStart: Int? = nil, maxDate: Int32 = 0
        var maxKey = Key()
        var number = 0
        do {
            let read = try FileLines.forEachPiece(fd: fd, from: 0) { piece, pieceOffset in
                var start = 0
                while start < piece.count {
                    number += 1
                    if rowsStart != nil, let row = Self.plainRow(piece, at: start) {
                        if row.key > maxKey { maxKey = row.key }
                        start = row.next
                        continue
                    }
                    let end = FileLines.lineEnd(piece, from: start)
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
                    guard let date = Self.rowDate(line) else {
                        throw LexiconError(path: path, line: number, message: Self.rowProblem(line))
                    }
                    if date > maxDate { maxDate = date }
                }
            }
            guard read else { throw LexiconError(path: path, line: 0, message: "cannot be read") }
            if maxKey > Key() { maxDate = max(maxDate, maxKey.date) }
            guard let rowsStart, maxDate > 0 else { throw LexiconError(path: path, line: 0, message: "has no rates") }
            self.rowsStart = rowsStart
        } catch {
            close(fd)
            throw error
        }
        self.fd = fd
        self.path = path
        self.source = source
        self.lastDate = Self.iso(maxDate)
        lock = .allocate(capacity: 1)
        pthread_mutex_init(lock, nil)
    }

    deinit {
        close(fd)
        pthread_mutex_destroy(lock)
        lock.deallocate()
    }

    /// For a row as nearly all are written (`YYYY-MM-DD`, a tab, three capital letters, a
    /// tab) starting at `start`: its date, checked eight bytes at a time, and where the next
    /// line starts; `nil` for any other line.
    @inline(__always)
    private static func plainRow(_ piece: UnsafeBufferPointer<UInt8>, at start: Int) -> (key: Key, next: Int)? {
        guard piece.count - start >= 16 else { return nil }
        let p = UnsafeRawPointer(piece.baseAddress! + start)
        let w = UInt64(littleEndian: p.loadUnaligned(as: UInt64.self))
        let d = UInt64(UInt16(littleEndian: p.loadUnaligned(fromByteOffset: 8, as: UInt16.self)))
        let code = UInt32(littleEndian: p.loadUnaligned(fromByteOffset: 10, as: UInt32.self))
        guard w & 0xFF00_00FF_0000_0000 == 0x2D00_002D_0000_0000 else { return nil }
        // digits become 0...9 in their bytes; any other byte leaves a bit in 0xF0 or,
        // after adding 6, in 0x10
        let x = (w ^ 0x3030_3030_3030_3030) & 0x00FF_FF00_FFFF_FFFF
        let y = d ^ 0x3030
        guard (x | y) & 0xF0F0_F0F0_F0F0_F0F0 == 0,
              ((x &+ 0x0606_0606_0606_0606) | (y &+ 0x0606)) & 0x1010_1010_1010_1010 == 0,
              code & 0xFF == 9, p.load(fromByteOffset: 14, as: UInt8.self) == 9,
              UInt8(truncatingIfNeeded: code >> 8) &- 65 < 26, UInt8(truncatingIfNeeded: code >> 16) &- 65 < 26,
              UInt8(truncatingIfNeeded: code >> 24) &- 65 < 26 else { return nil }
        let next = FileLines.lineEnd(piece, from: start + 15) + 1
        // the first eight bytes, most significant first, then the last two
        return (Key(head: w.byteSwapped, tail: UInt16(truncatingIfNeeded: d).byteSwapped), next)
    }

    /// The bytes of a `YYYY-MM-DD` date, in an order that compares as the dates do.
    private struct Key: Comparable {
        var head: UInt64 = 0
        var tail: UInt16 = 0
        static func < (a: Key, b: Key) -> Bool { a.head < b.head || (a.head == b.head && a.tail < b.tail) }

        var date: Int32 {
            var date: Int32 = 0
            for shift in [56, 48, 40, 32, 16, 8] as [UInt64] { date = date * 10 + Int32(head >> shift & 0xFF) - 48 }
            return date * 100 + Int32(tail >> 8) * 10 + Int32(tail & 0xFF) - 48 * 11
        }
    }

    /// The date of a well-formed row (ten bytes of digits and `-`, a tab, a currency of at
    /// least one byte, a tab, the rate); `nil` for any other line.
    @inline(__always)
    private static func rowDate(_ line: UnsafeBufferPointer<UInt8>) -> Int32? {
        let end = line.count
        guard end > 12, line[10] == 9, line[11] != 9 else { return nil }
        var tab2 = 12
        while tab2 < end && line[tab2] != 9 { tab2 += 1 }
        guard tab2 < end else { return nil }
        let p = line.baseAddress!
        if p[4] == 45 && p[7] == 45 {
            let (y0, y1, y2, y3) = (p[0] &- 48, p[1] &- 48, p[2] &- 48, p[3] &- 48)
            let (m0, m1, d0, d1) = (p[5] &- 48, p[6] &- 48, p[8] &- 48, p[9] &- 48)
            guard y0 <= 9, y1 <= 9, y2 <= 9, y3 <= 9, m0 <= 9, m1 <= 9, d0 <= 9, d1 <= 9 else { return nil }
            let year = Int32(y0) * 1000 + Int32(y1) * 100 + Int32(y2) * 10 + Int32(y3)
            return year * 10000 + (Int32(m0) * 10 + Int32(m1)) * 100 + Int32(d0) * 10 + Int32(d1)
        }
        var date: Int32 = 0
        for k in 0..<10 where p[k] != 45 {
            let d = p[k] &- 48
            if d > 9 { return nil }
            date = date * 10 + Int32(d)
        }
        return date
    }

    private static func rowProblem(_ line: UnsafeBufferPointer<UInt8>) -> String {
        guard line.count > 12, line[10] == 9, line[11] != 9, line[12...].contains(9) else {
            return "expected date<TAB>currency<TAB>usd_per_unit"
        }
        return "bad date"
    }

    /// The rows of `currency`, read from the file on its first lookup.
    private func rows(for currency: String) -> Rows {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        if let known = byCurrency[currency] { return known }
        let code = Array(currency.utf8)
        var found = Rows()
        if let lead = code.first, !code.contains(where: { $0 == 9 || $0 == 10 }) {
            let codeEnd = 11 + code.count
            FileLines.forEachPiece(fd: fd, from: rowsStart) { piece, _ in
                // the currency is the only place a row has letters: jump from one of its
                // first letter to the next; a row's currency starts 11 bytes into its line
                let base = piece.baseAddress!
                var from = 0
                while from < piece.count, let hit = memchr(base + from, Int32(lead), piece.count - from) {
                    let at = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self)) - base
                    let start = at - 11
                    from = at + 1
                    guard start >= 0, start == 0 || piece[start - 1] == 10, piece[start + 10] == 9,
                          start + codeEnd < piece.count, piece[start + codeEnd] == 9,
                          code.withUnsafeBufferPointer({ memcmp(base + at, $0.baseAddress!, code.count) == 0 }),
                          !piece[start..<at].contains(10) else { continue }
                    let end = FileLines.lineEnd(piece, from: at)
                    from = end + 1
                    let line = FileLines.line(piece, start, end)
                    guard line.count > codeEnd, line.first != 35, let date = Self.rowDate(line) else { continue }
                    let valueStart = found.values.count
                    found.values.append(contentsOf: line[(codeEnd + 1)...])
                    found.entries.append(Entry(date: date, valueStart: Int32(valueStart), valueEnd: Int32(found.values.count)))
                }
            }
        }
        if !found.entries.isSorted(by: { $0.date <= $1.date }) { found.entries.sort { $0.date < $1.date } }
        byCurrency[currency] = found
        return found
    }

    private static func iso(_ date: Int32) -> String {
        let y = date / 10000, m = (date / 100) % 100, d = date % 100
        return "\(y)-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d)"
    }

    /// Fraction digits of the fixed-point sum: the table's rates have at most 12.
    private static let scale = 12

    /// The sum of the rates as an integer of 10^-12 units, read straight from their digits
    /// (a year of rates is summed without a `Decimal` per day); `nil` when a rate has more
    /// than 12 fraction digits or 4 integer digits, or is not plain digits.
    private static func scaledSum(_ entries: ArraySlice<Entry>, in rows: Rows) -> Int64? {
        var sum: Int64 = 0
        for entry in entries {
            var integer: Int64 = 0, fraction: Int64 = 0, fractionDigits = 0, integerDigits = 0, seenPoint = false
            for k in Int(entry.valueStart)..<Int(entry.valueEnd) {
                let byte = rows.values[k]
                if byte == UInt8(ascii: ".") && !seenPoint { seenPoint = true; continue }
                guard byte >= 48 && byte <= 57 else { return nil }
                if seenPoint {
                    fractionDigits += 1
                    guard fractionDigits <= scale else { return nil }
                    fraction = fraction * 10 + Int64(byte - 48)
                } else {
                    integerDigits += 1
                    guard integerDigits <= 4 else { return nil }
                    integer = integer * 10 + Int64(byte - 48)
                }
            }
            guard integerDigits + fractionDigits > 0 else { return nil }
            var scaled = integer
            for _ in 0..<scale { scaled *= 10 }
            var part = fraction
            for _ in fractionDigits..<scale { part *= 10 }
            sum += scaled + part
        }
        return sum
    }

    private static func value(_ entry: Entry, in rows: Rows) -> Decimal? {
        Decimal(string: String(decoding: rows.values[Int(entry.valueStart)..<Int(entry.valueEnd)], as: UTF8.self))
    }

    /// Every currency the table has rates for (a pass over the whole file).
    public var currencies: [String] {
        var names: Set<String> = []
        FileLines.forEach(fd: fd, from: rowsStart) { line, _, _ in
            guard line.first != 35, Self.rowDate(line) != nil, let tab2 = line[12...].firstIndex(of: 9) else { return }
            names.insert(String(decoding: UnsafeBufferPointer(rebasing: line[11..<tab2]), as: UTF8.self))
        }
        return names.sorted()
    }

    /// The rate for `currency` as of `time` (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`): for a day,
    /// that day or the last one before it; for a month or a year, the last rate in that
    /// period; without a time or outside the table, the latest rate.
    public func rate(for currency: String, at time: String? = nil) -> (rate: Decimal, date: String)? {
        if currency == "USD" { return (1, lastDate) }
        let rows = rows(for: currency)
        let entries = rows.entries
        guard let last = entries.last else { return nil }
        var chosen = last
        if let time, let bound = Self.periodEnd(time) {
            // binary search for the last entry on or before `bound`
            var lo = 0, hi = entries.count
            while lo < hi { let mid = (lo + hi) / 2; if entries[mid].date <= bound { lo = mid + 1 } else { hi = mid } }
            if lo > 0 { chosen = entries[lo - 1] }
        }
        guard let rate = Self.value(chosen, in: rows) else { return nil }
        return (rate, Self.iso(chosen.date))
    }

    /// The mean of the rates for `currency` within a month (`YYYY-MM`) or a year (`YYYY`), and
    /// the last date averaged; `nil` when the table has no rate in that period.
    public func averageRate(for currency: String, over period: String) -> (rate: Decimal, date: String)? {
        if currency == "USD" { return (1, lastDate) }
        let parts = period.split(separator: "-").compactMap { Int32($0) }
        guard parts.count == 1 || parts.count == 2 else { return nil }
        let rows = rows(for: currency)
        let entries = rows.entries
        guard !entries.isEmpty else { return nil }
        let first = parts.count == 1 ? parts[0] * 10000 + 101 : parts[0] * 10000 + parts[1] * 100 + 1
        let last = parts.count == 1 ? parts[0] * 10000 + 1231 : parts[0] * 10000 + parts[1] * 100 + 31
        var lo = 0, hi = entries.count
        while lo < hi { let mid = (lo + hi) / 2; if entries[mid].date < first { lo = mid + 1 } else { hi = mid } }
        var end = lo
        while end < entries.count, entries[end].date <= last { end += 1 }
        let count = end - lo
        guard count > 0 else { return nil }
        let lastDate = entries[end - 1].date
        let sum: Decimal
        if let scaled = Self.scaledSum(entries[lo..<end], in: rows) {
            sum = Decimal(sign: .plus, exponent: -Self.scale, significand: Decimal(scaled))
        } else {
            var exact: Decimal = 0
            for entry in entries[lo..<end] {
                guard let rate = Self.value(entry, in: rows) else { return nil }
                exact += rate
            }
            sum = exact
        }
        // a mean to 8 places, the precision of the published rates and more
        let mean = Decimal(string: DecimalText.roundedFraction("\(sum / Decimal(count))", digits: 8)) ?? sum / Decimal(count)
        return (mean, Self.iso(lastDate))
    }

    private static func periodEnd(_ time: String) -> Int32? {
        let parts = time.split(separator: "-").compactMap { Int32($0) }
        switch parts.count {
        case 1: return parts[0] * 10000 + 1231
        case 2: return parts[0] * 10000 + parts[1] * 100 + 31
        case 3: return parts[0] * 10000 + parts[1] * 100 + parts[2]
        default: return nil
        }
    }
}

extension Array {
    func isSorted(by inOrder: (Element, Element) -> Bool) -> Bool {
        var i = 1
        while i < count { if !inOrder(self[i - 1], self[i]) { return false }; i += 1 }
        return true
    }
}
