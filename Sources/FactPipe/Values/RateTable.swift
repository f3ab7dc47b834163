import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// Dated exchange rates: US dollars per one unit of a currency, from `Lexicons/rates.tsv`
/// (columns `date`, `currency`, `usd_per_unit`).
///
/// The file is indexed once (dates and byte positions per currency); a rate's digits are
/// read as an exact `Decimal` only when a fact needs it.
public final class RateTable: @unchecked Sendable {
    private struct Entry { let date: Int32; let valueStart: Int32; let valueEnd: Int32 }
    private let bytes: [UInt8]
    private var byCurrency: [String: [Entry]] = [:]
    public let path: String
    /// The last date the table has a rate for (`YYYY-MM-DD`).
    public private(set) var lastDate: String = ""
    public let source: String

    public init(path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LexiconError(path: path, line: 0, message: "cannot be read")
        }
        self.path = path
        let fileBytes = [UInt8](data)
        self.bytes = fileBytes
        let parsed = try fileBytes.withUnsafeBufferPointer { try Self.index($0, path: path) }
        var byCurrency = parsed.byCurrency
        let (source, sawHeader, maxDate) = (parsed.source, parsed.sawHeader, parsed.maxDate)
        let (names, lists) = (parsed.names, parsed.lists)
        for (name, entries) in zip(names, lists) { byCurrency[name, default: []].append(contentsOf: entries) }
        guard sawHeader, maxDate > 0 else { throw LexiconError(path: path, line: 0, message: "has no rates") }
        for key in byCurrency.keys where !byCurrency[key]!.isSorted(by: { $0.date <= $1.date }) {
            byCurrency[key]!.sort { $0.date < $1.date }
        }
        self.byCurrency = byCurrency
        self.source = source
        self.lastDate = Self.iso(maxDate)
    }

    private struct Index {
        var byCurrency: [String: [Entry]]
        var source: String
        var sawHeader: Bool
        var maxDate: Int32
        var names: [String]
        var lists: [[Entry]]
    }

    /// One pass over the file's bytes: every row checked and filed under its currency.
    private static func index(_ bytes: UnsafeBufferPointer<UInt8>, path: String) throws -> Index {
        var byCurrency: [String: [Entry]] = [:]
        var source = ""
        var sawHeader = false
        var maxDate: Int32 = 0
        // currency codes packed into an integer while reading, named once at the end
        // (rows cycle through the same currencies day after day: a row's currency is guessed
        // to be the one that followed the previous row's currency last time, and looked up
        // only when it is not)
        var keys: [UInt64] = [], names: [String] = [], lists: [[Entry]] = [], successor: [Int] = []
        var slots: [UInt64: Int] = [:]
        var previous = -1
        let count = bytes.count
        var lineStart = 0
        var lineNumber = 0
        while lineStart < count {
            let base = bytes.baseAddress!
            let newline = memchr(base + lineStart, 10, count - lineStart)
            let lineEnd = newline.map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - base } ?? count
            lineNumber += 1
            defer { lineStart = lineEnd + 1 }
            var end = lineEnd
            if end > lineStart && bytes[end - 1] == 13 { end -= 1 }
            if end == lineStart { continue }
            if bytes[lineStart] == 35 { // '#'
                let line = String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStart..<end]), as: UTF8.self)
                if line.hasPrefix("# source:") && source.isEmpty { source = line.dropFirst(9).trimmed }
                continue
            }
            if !sawHeader { sawHeader = true; continue }
            // date \t currency \t value
            let tab1 = lineStart + 10
            var tab2 = tab1 + 1
            while tab2 < end && bytes[tab2] != 9 { tab2 += 1 }
            guard tab1 < end, bytes[tab1] == 9, tab2 < end, tab2 > tab1 + 1 else {
                throw LexiconError(path: path, line: lineNumber, message: "expected date<TAB>currency<TAB>usd_per_unit")
            }
            var date: Int32 = 0
            for k in lineStart..<tab1 where bytes[k] != 45 {
                let d = Int32(bytes[k]) - 48
                guard d >= 0 && d <= 9 else { throw LexiconError(path: path, line: lineNumber, message: "bad date") }
                date = date * 10 + d
            }
            let entry = Entry(date: date, valueStart: Int32(tab2 + 1), valueEnd: Int32(end))
            if tab2 - tab1 - 1 <= 8 {
                var key: UInt64 = 0
                for k in (tab1 + 1)..<tab2 { key = key << 8 | UInt64(bytes[k]) }
                var guess = previous >= 0 ? successor[previous] : -1
                if guess < 0 || keys[guess] != key {
                    if let found = slots[key] { guess = found } else {
                        guess = keys.count
                        slots[key] = guess
                        keys.append(key); lists.append([]); successor.append(-1)
                        names.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[(tab1 + 1)..<tab2]), as: UTF8.self))
                    }
                }
                if previous >= 0 { successor[previous] = guess }
                previous = guess
                lists[guess].append(entry)
            } else {
                byCurrency[String(decoding: UnsafeBufferPointer(rebasing: bytes[(tab1 + 1)..<tab2]), as: UTF8.self), default: []].append(entry)
            }
            maxDate = max(maxDate, date)
        }
        return Index(byCurrency: byCurrency, source: source, sawHeader: sawHeader, maxDate: maxDate, names: names, lists: lists)
    }

    private static func iso(_ date: Int32) -> String {
        let y = date / 10000, m = (date / 100) % 100, d = date % 100
        return "\(y)-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d)"
    }

    private func value(_ entry: Entry) -> Decimal? {
        Decimal(string: String(decoding: bytes[Int(entry.valueStart)..<Int(entry.valueEnd)], as: UTF8.self))
    }

    public var currencies: [String] { byCurrency.keys.sorted() }

    /// The rate for `currency` as of `time` (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`): for a day,
    /// that day or the last one before it; for a month or a year, the last rate in that
    /// period; without a time or outside the table, the latest rate.
    public func rate(for currency: String, at time: String? = nil) -> (rate: Decimal, date: String)? {
        if currency == "USD" { return (1, lastDate) }
        guard let entries = byCurrency[currency], let last = entries.last else { return nil }
        var chosen = last
        if let time, let bound = Self.periodEnd(time) {
            // binary search for the last entry on or before `bound`
            var lo = 0, hi = entries.count
            while lo < hi { let mid = (lo + hi) / 2; if entries[mid].date <= bound { lo = mid + 1 } else { hi = mid } }
            if lo > 0 { chosen = entries[lo - 1] }
        }
        guard let rate = value(chosen) else { return nil }
        return (rate, Self.iso(chosen.date))
    }

    /// The mean of the rates for `currency` within a month (`YYYY-MM`) or a year (`YYYY`), and
    /// the last date averaged; `nil` when the table has no rate in that period.
    public func averageRate(for currency: String, over period: String) -> (rate: Decimal, date: String)? {
        if currency == "USD" { return (1, lastDate) }
        let parts = period.split(separator: "-").compactMap { Int32($0) }
        guard let entries = byCurrency[currency], parts.count == 1 || parts.count == 2 else { return nil }
        let first = parts.count == 1 ? parts[0] * 10000 + 101 : parts[0] * 10000 + parts[1] * 100 + 1
        let last = parts.count == 1 ? parts[0] * 10000 + 1231 : parts[0] * 10000 + parts[1] * 100 + 31
        var lo = 0, hi = entries.count
        while lo < hi { let mid = (lo + hi) / 2; if entries[mid].date < first { lo = mid + 1 } else { hi = mid } }
        var sum: Decimal = 0, count = 0, lastDate: Int32 = 0
        var k = lo
        while k < entries.count, entries[k].date <= last {
            guard let rate = value(entries[k]) else { return nil }
            sum += rate; count += 1; lastDate = entries[k].date
            k += 1
        }
        guard count > 0 else { return nil }
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
