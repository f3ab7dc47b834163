import FoundationEssentials

/// Converts money amounts to US dollars with a ``RateTable``, exactly: at the rate of the
/// fact's day (or the last before it), at the mean rate of its month or year, or, when the
/// table does not cover its time, at the latest rate.
struct USDConverter {
    let rates: RateTable

    func convert(_ quantity: Quantity, at time: String?) -> USDValue? {
        guard quantity.kind == .money, let currency = quantity.currency, let value = quantity.value else { return nil }
        let period = time.map { $0.split(separator: "-").count < 3 } ?? false
        guard let (rate, date) = (period ? time.flatMap { rates.averageRate(for: currency, over: $0) } : nil)
                ?? rates.rate(for: currency, at: time) else { return nil }
        return USDValue(usd: value * rate, rate: rate, rateDate: date)
    }
}
