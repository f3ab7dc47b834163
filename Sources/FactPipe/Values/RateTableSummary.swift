/// What loading a rate table learns from its whole file: where its rows start, its last
/// date, whether its rows stand in date order, its source, and its currencies with their
/// rows. Kept in a file of its own (``CacheFolder``), it spares the next run that
/// loads the same, unchanged table the check of every row.
struct RateTableSummary: Equatable {
    var rowsStart: Int
    /// The last date (`YYYYMMDD`).
    var lastDay: Int32
    var inDateOrder: Bool
    var source: String
    /// In the order the rows first name them.
    var currencies: [Currency]

    struct Currency: Equatable {
        let name: [UInt8]
        let rows: Int
    }

    fileprivate static let header = "factpipe rate table summary 1"

    /// The summary as the lines of a text file, `file` naming the table it describes (the
    /// source is a line of the table, currencies are written in hexadecimal bytes).
    func encoded(file: FileIdentity) -> String {
        var lines = [Self.header, "file \(file.text)", "rows-start \(rowsStart)", "last-day \(lastDay)",
                     "in-date-order \(inDateOrder ? 1 : 0)", "source \(source)"]
        for currency in currencies { lines.append("currency \(Self.hex(currency.name)) \(currency.rows)") }
        lines.append("end")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Whether the summary can describe a file of `size` bytes: its rows start within it, it
    /// has a date, and it counts no more rows than the file has bytes.
    func fits(size: Int) -> Bool {
        rowsStart <= size && lastDay > 0 && currencies.reduce(0) { $0 + $1.rows } <= size
    }

    private static func hex(_ bytes: [UInt8]) -> String {
        String(decoding: bytes.flatMap { [HexDigits.lower[Int($0 >> 4)], HexDigits.lower[Int($0 & 15)]] }, as: UTF8.self)
    }
}

extension RateTableSummary {
    /// The summary `text` holds for `file`; `nil` when it describes another file, or is not
    /// whole and well formed.
    init?(decoding text: String, file: FileIdentity) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        func field(_ name: String) -> [Substring]? {
            guard let line = lines.popFirst() else { return nil }
            let parts = line.split(separator: " ")
            return parts.first == Substring(name) ? Array(parts.dropFirst()) : nil
        }
        guard lines.popFirst() == Substring(Self.header),
              let fileFields = field("file"), fileFields.joined(separator: " ") == file.text,
              let rowsStart = field("rows-start"), rowsStart.count == 1, let start = Int(rowsStart[0]),
              let lastDay = field("last-day"), lastDay.count == 1, let day = Int32(lastDay[0]),
              let order = field("in-date-order"), order.count == 1, order[0] == "0" || order[0] == "1",
              let sourceLine = lines.popFirst(), sourceLine.hasPrefix("source ") else { return nil }
        var currencies: [Currency] = []
        while let line = lines.popFirst(), line != "end" {
            let parts = line.split(separator: " ")
            guard parts.count == 3, parts[0] == "currency", let name = Self.bytes(hex: parts[1]), !name.isEmpty,
                  let rows = Int(parts[2]), rows >= 0 else { return nil }
            currencies.append(Currency(name: name, rows: rows))
        }
        guard lines == [""] else { return nil }
        self.rowsStart = start
        self.lastDay = day
        self.inDateOrder = order[0] == "1"
        self.source = String(sourceLine.dropFirst("source ".count))
        self.currencies = currencies
    }

    private static func bytes(hex: Substring) -> [UInt8]? {
        let digits = Array(hex.utf8)
        guard digits.count % 2 == 0 else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(digits.count / 2)
        for k in stride(from: 0, to: digits.count, by: 2) {
            guard let high = HexDigits.value(digits[k]), let low = HexDigits.value(digits[k + 1]) else { return nil }
            bytes.append(high << 4 | low)
        }
        return bytes
    }
}
