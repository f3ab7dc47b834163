#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The currencies of a rate table, numbered in the order its rows name them, and the rows
/// of each. A currency of three capital letters is found through tables over all such
/// codes, any other through a dictionary of its bytes. Filled while the table loads
/// (``finish()`` ends that), read-only after.
final class RateCurrencies: @unchecked Sendable {
    /// Per three-capital code (``RateRows/code(_:)``): its currency's number plus one, or 0.
    private let byCode: UnsafeMutablePointer<Int32>
    /// Per three-capital code: its rows so far.
    private let rowsByCode: UnsafeMutablePointer<Int32>
    private var byBytes: [[UInt8]: Int] = [:]
    /// The bytes of each currency, by number.
    private(set) var names: [[UInt8]] = []
    /// The rows of each currency, by number (once finished).
    private(set) var counts: [Int] = []

    init() {
        // zeroed by calloc: the pages of codes never met are never touched
        byCode = calloc(RateRows.codeCount, MemoryLayout<Int32>.stride)!.bindMemory(to: Int32.self, capacity: RateRows.codeCount)
        rowsByCode = calloc(RateRows.codeCount, MemoryLayout<Int32>.stride)!.bindMemory(to: Int32.self, capacity: RateRows.codeCount)
    }

    /// The currencies of a table summed up before, in their order.
    convenience init(_ currencies: [RateTableSummary.Currency]) {
        self.init()
        for currency in currencies {
            if let code = currency.name.withUnsafeBufferPointer(RateRows.code) {
                byCode[code] = Int32(names.count + 1)
            } else {
                byBytes[currency.name] = names.count
            }
            names.append(currency.name)
            counts.append(currency.rows)
        }
    }

    deinit {
        free(byCode)
        free(rowsByCode)
    }

    /// Counts a row of the currency numbered `code` by ``RateRows/code(_:)``.
    @inline(__always) func countRow(code: Int) {
        if byCode[code] == 0 { add(code: code) }
        rowsByCode[code] &+= 1
    }

    private func add(code: Int) {
        names.append(RateRows.letters(ofCode: code))
        counts.append(0)
        byCode[code] = Int32(names.count)
    }

    /// Counts a row whose currency is `bytes`.
    func countRow(currency bytes: UnsafeBufferPointer<UInt8>) {
        if let code = RateRows.code(bytes) { countRow(code: code); return }
        if let known = byBytes[Array(bytes)] { counts[known] += 1; return }
        names.append(Array(bytes))
        counts.append(1)
        byBytes[Array(bytes)] = names.count - 1
    }

    /// Ends the counting.
    func finish() {
        for (number, name) in names.enumerated() {
            if let code = name.withUnsafeBufferPointer(RateRows.code) { counts[number] = Int(rowsByCode[code]) }
        }
    }

    /// The number of the currency written `code` (three capitals), if a row names it.
    @inline(__always) func number(code: Int) -> Int? {
        let known = Int(byCode[code])
        return known == 0 ? nil : known - 1
    }

    /// The number of the currency whose bytes are `bytes`, if a row names it.
    func number(currency bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        if let code = RateRows.code(bytes) { return number(code: code) }
        return byBytes[Array(bytes)]
    }

    /// The number of `currency`, if a row names it.
    func number(of currency: String) -> Int? {
        Array(currency.utf8).withUnsafeBufferPointer { number(currency: $0) }
    }
}
