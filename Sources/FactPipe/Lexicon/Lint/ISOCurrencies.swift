import CICU

/// The ISO 4217 currency codes, current and historic, as ICU knows them.
enum ISOCurrencies {
    static let codes: Set<String> = {
        var buffer = [CChar](repeating: 0, count: 3 * 512)
        var count = Int(fp_iso_currency_codes(&buffer, Int32(buffer.count)))
        if count * 3 > buffer.count {
            buffer = [CChar](repeating: 0, count: 3 * count)
            count = Int(fp_iso_currency_codes(&buffer, Int32(buffer.count)))
        }
        guard count > 0 else { return [] }
        let bytes = buffer.prefix(3 * count).map { UInt8(bitPattern: $0) }
        return Set(stride(from: 0, to: bytes.count, by: 3).map { String(decoding: bytes[$0..<($0 + 3)], as: UTF8.self) })
    }()
}
