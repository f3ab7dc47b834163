/// A rate table's summary (``RateTableSummary``) and index (``RateIndex``), kept in a cache
/// folder as `rates-<hash of the table's path>.summary` and `.index`.
extension CacheFolder {
    func summary(ofTable path: String, file: FileIdentity) -> RateTableSummary? {
        guard let bytes = read("rates.summary", of: path) else { return nil }
        return RateTableSummary(decoding: String(decoding: bytes, as: UTF8.self), file: file)
    }

    func remember(_ summary: RateTableSummary, ofTable path: String, file: FileIdentity) {
        store(Array(summary.encoded(file: file).utf8), as: "rates.summary", of: path, changed: file.changed)
    }

    /// The index kept for the table, mapped into memory: a run reads the pages of the few
    /// currencies and dates its text names.
    func index(ofTable path: String, file: FileIdentity, currencyCount: Int) -> RateIndex? {
        guard var archive = mappedArchive("rates.index", of: path, header: RateIndex.header(file)) else { return nil }
        return RateIndex(reading: &archive, currencyCount: currencyCount)
    }

    /// Whether an index is kept for the table at `path` (for this file or another).
    func hasIndex(ofTable path: String) -> Bool {
        has("rates.index", of: path)
    }

    func remember(_ index: RateIndex, ofTable path: String, file: FileIdentity) {
        store(index.encoded(file: file), as: "rates.index", of: path, changed: file.changed)
    }
}
