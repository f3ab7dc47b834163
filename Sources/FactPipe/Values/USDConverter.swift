import FoundationEssentials

/// Converts money amounts to US dollars with a ``RateTable``, exactly: at the rate of the
/// fact's day (or the last before it), at the mean rate of its month or year, or, when the
/// table does not cover its time, at the latest rate.
///
/// Rates already looked up are kept by currency and time, so a document full of amounts
/// in a few currencies reads each rate once. One converter per worker (not thread-safe).
///
/// The rates it keeps are not checked for exclusive access at run time (some hundred
/// instructions a conversion): no access to them is held across a call that could reach
/// them again, since the table lent to ``rate(_:_:key:in:)`` is held only while it reads
/// the rate table, which holds no converter.
final class USDConverter {
    let rates: RateTable
    private typealias Found = (rate: Decimal, date: String)?
    /// The rates looked up, by currency and time packed into one integer (``packed(_:_:)``):
    /// hashed as two strings, a key cost more than the conversion.
    @exclusivity(unchecked) private var known: [UInt64: Found] = [:]
    /// … and by the strings, for a currency or time of another form.
    private struct Key: Hashable { let currency: String; let time: String? }
    @exclusivity(unchecked) private var knownByText: [Key: Found] = [:]

    init(rates: RateTable) { self.rates = rates }

    /// The money amount `value` in `currency` at `time` in US dollars. (Given the fields of the
    /// amount, read in place: a quantity lent out of an array is copied whole.)
    func convert(_ value: Decimal?, in currency: String?, at time: String?) -> USDValue? {
        guard let currency, let value else { return nil }
        let found = if let key = Self.packed(currency, time) { rate(currency, time, key: key, in: &known) }
            else { rate(currency, time, key: Key(currency: currency, time: time), in: &knownByText) }
        guard let (rate, date) = found else { return nil }
        return USDValue(usd: DecimalMath.product(value, rate), rate: rate, rateDate: date)
    }

    /// The rate of `currency` at `time`, kept in `table` under `key` once looked up.
    private func rate<K: Hashable>(_ currency: String, _ time: String?, key: K, in table: inout [K: Found]) -> Found {
        if let cached = table[key] { return cached }
        let period = time.map(Self.isPeriod) ?? false
        let found = (period ? time.flatMap { rates.averageRate(for: currency, over: $0) } : nil) ?? rates.rate(for: currency, at: time)
        if table.count > 4096 { table.removeAll(keepingCapacity: true) }
        table[key] = found
        return found
    }

    /// `currency` and `time` as one integer when they have the usual forms: three ASCII
    /// capitals (5 bits each, 1...26), a bit for whether a time is given, and the time's
    /// digits and dashes, at most ten (4 bits each, 1...11, zeros after its end); `nil` for
    /// any other (and for a string whose UTF-8 is not stored in one piece).
    private static func packed(_ currency: String, _ time: String?) -> UInt64? {
        guard let letters = currency.utf8.withContiguousStorageIfAvailable(packed(currency:)), let key = letters else { return nil }
        guard let time else { return key }
        return time.utf8.withContiguousStorageIfAvailable { packed(time: $0, after: key) } ?? nil
    }

    private static func packed(currency: UnsafeBufferPointer<UInt8>) -> UInt64? {
        guard currency.count == 3 else { return nil }
        var key: UInt64 = 0
        for byte in currency {
            guard byte >= UInt8(ascii: "A"), byte <= UInt8(ascii: "Z") else { return nil }
            key = key << 5 | UInt64(byte - 64)
        }
        return key
    }

    private static func packed(time: UnsafeBufferPointer<UInt8>, after currency: UInt64) -> UInt64? {
        guard time.count <= 10 else { return nil }
        var key = currency | 1 << 15
        var place = 16
        for byte in time {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): key |= UInt64(byte - 47) << place
            case UInt8(ascii: "-"): key |= 11 << place
            default: return nil
            }
            place += 4
        }
        return key
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
