import FoundationEssentials

/// Converts money amounts to US dollars with a ``RateTable``, exactly.
struct USDConverter {
    let rates: RateTable

    func convert(_ quantity: Quantity, at time: String?) -> USDValue? {
        guard quantity.kind == .money, let currency = quantity.currency, let value = quantity.value,
              let (rate, date) = rates.rate(for: currency, at: time) else { return nil }
        return USDValue(usd: value * rate, rate: rate, rateDate: date)
    }
}
