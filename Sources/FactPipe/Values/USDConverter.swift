import FoundationEssentials

/// Converts money amounts to US dollars with a ``RateTable``, exactly: at the rate of the
/// fact's day (or the last before it), at the mean rate of its month or year, or, when the
/// table does not cover its time, at the latest rate.
///
/// Rates already looked up are kept by currency and time, so a document full of amounts
/// in a few currencies reads each rate once. One converter per worker (not thread-safe).
final class USDConverter {
    let rates: RateTable
    private struct Key: Hashable { let currency: String; let time: String? }
    private var known: [Key: (rate: Decimal, date: String)?] = [:]

    init(rates: RateTable) { self.rates = rates }

    func convert(_ quantity: Quantity, at time: String?) -> USDValue? {
        guard quantity.kind == .money, let currency = quantity.currency, let value = quantity.value else { return nil }
        let key = Key(currency: currency, time: time)
        let found: (rate: Decimal, date: String)?
        if let cached = known[key] { found = cached } else {
            let period = time.map(Self.isPeriod) ?? false
            found = (period ? time.flatMap { rates.averageRate(for: currency, over: $0) } : nil) ?? rates.rate(for: currency, at: time)
            if known.count > 4096 { known.removeAll(keepingCapacity: true) }
            known[key] = found
        }
        guard let (rate, date) = found else { return nil }
        return USDValue(usd: DecimalMath.product(value, rate), rate: rate, rateDate: date)
    }

    /// Whether `time` names a year or a month, not a day: fewer than three parts between
    /// dashes (`time.split(separator: "-").count < 3`, counted on the bytes of an ASCII time).
    private static func isPeriod(_ time: String) -> Bool {
        guard time.utf8.allSatisfy({ $0 < 0x80 }) else { return time.split(separator: "-").count < 3 }
        var parts = 0, inPart = false
        for byte in time.utf8 {
            if byte == UInt8(ascii: "-") { inPart = false } else if !inPart { inPart = true; parts += 1 }
        }
        return parts < 3
    }
}
