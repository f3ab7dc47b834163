import FoundationEssentials

/// Where a currency form stands relative to the amount.
enum FormPosition: String { case before, after, inside, prefix, suffix, both }

/// The currency a written form stands for, by the language of the sentence.
struct CurrencyForm: Sendable {
    var chinese: String?
    var english: String?
    /// The family of currencies the form names one of (``CurrencyFamilies``), 0 for none.
    var family: UInt8 = 0
    /// Whether the form is the word the family's currencies share (`crowns`), not a full name
    /// (`Norwegian crowns`).
    var isSharedWord = false

    mutating func set(_ code: String, for language: String) {
        if language != "en" { chinese = code }
        if language != "zh" { english = code }
    }

    func code(chinese isChinese: Bool) -> String? { isChinese ? chinese ?? english : english ?? chinese }
}

/// What a unit after a number makes of it.
struct UnitEntry: Sendable {
    let kind: QuantityKind
    /// The record's unit; `nil` to keep the form as written.
    let unit: String?
    let keepsForm: Bool
    let factor: Decimal
}

/// Every lexicon the recognisers use, loaded from the plain-text files in `Lexicons/`.
///
/// The tables are shared by every copy (a recogniser made per sentence copies one
/// reference); adding entities to a copy gives it tables of its own.
public struct Lexicons: Sendable {
    private var tables: LexiconTables

    var currencyPrefixes: FormTable<CurrencyForm> { tables.currencyPrefixes }
    var currencySuffixes: FormTable<CurrencyForm> { tables.currencySuffixes }
    var qualifiersBefore: FormTable<Approximation> { tables.qualifiersBefore }
    var qualifiersAfter: FormTable<Approximation> { tables.qualifiersAfter }
    var qualifiersInside: FormTable<Approximation> { tables.qualifiersInside }
    var units: FormTable<UnitEntry> { tables.units }
    var moneyCues: FormTable<Bool> { tables.moneyCues }
    var notQuantities: FormTable<Bool> { tables.notQuantities }
    /// ISO codes the currency table knows.
    public var currencyCodes: Set<String> { tables.currencyCodes }
    /// Entities, name rules and predicate triggers.
    public internal(set) var linking: LinkLexicons {
        get { tables.linking }
        set {
            if !isKnownUniquelyReferenced(&tables) { tables = LexiconTables(copying: tables) }
            tables.linking = newValue
        }
    }
    /// Traditional to simplified characters (`simplified.tsv`); `nil` when the folder has
    /// no such file, and ICU's transliterator is used instead.
    var simplified: [UInt32: UInt32]? { tables.simplified }

    /// Loads `currencies.tsv`, `currency-families.tsv` (if there is one), `qualifiers.tsv`, `units.tsv`, `money-cues.tsv`,
    /// `not-quantities.tsv` and the linking lexicons from `directory`. With a `cache` folder,
    /// the entity lexicon built by an earlier run from the same files is read back from it
    /// (and kept there when built now).
    public init(directory: String, cache: CacheFolder? = nil) throws {
        tables = try LexiconTables(directory: directory, cache: cache)
    }
}

/// The tables behind ``Lexicons``; only a uniquely held instance is ever changed.
final class LexiconTables: @unchecked Sendable {
    let currencyPrefixes: FormTable<CurrencyForm>
    let currencySuffixes: FormTable<CurrencyForm>
    let qualifiersBefore: FormTable<Approximation>
    let qualifiersAfter: FormTable<Approximation>
    let qualifiersInside: FormTable<Approximation>
    let units: FormTable<UnitEntry>
    let moneyCues: FormTable<Bool>
    let notQuantities: FormTable<Bool>
    let currencyCodes: Set<String>
    var linking: LinkLexicons
    let simplified: [UInt32: UInt32]?

    init(copying other: LexiconTables) {
        currencyPrefixes = other.currencyPrefixes
        currencySuffixes = other.currencySuffixes
        qualifiersBefore = other.qualifiersBefore
        qualifiersAfter = other.qualifiersAfter
        qualifiersInside = other.qualifiersInside
        units = other.units
        moneyCues = other.moneyCues
        notQuantities = other.notQuantities
        currencyCodes = other.currencyCodes
        linking = other.linking
        simplified = other.simplified
    }

    init(directory: String, cache: CacheFolder?) throws {
        func file(_ name: String) throws -> TSVFile { try TSVFile(path: directory + "/" + name) }
        let simplified = try SimplifiedTable.load(directory + "/simplified.tsv")
        // the entity lexicon, the largest, loads on another thread while the others do
        let entities = LinkLexicons.entities(directory: directory, simplified: simplified, cache: cache)

        let currencies = try file("currencies.tsv")
        let (form, code, position) = (try currencies.column("form"), try currencies.column("code"), try currencies.column("position"))
        let lang = currencies.columns.firstIndex(of: "lang")
        var prefixes: [String: CurrencyForm] = [:]
        var suffixes: [String: CurrencyForm] = [:]
        var codes: Set<String> = []
        prefixes.reserveCapacity(currencies.rows.count)
        suffixes.reserveCapacity(currencies.rows.count)
        for row in currencies.rows {
            guard row.fields.withBytes(code, { $0.count == 3 && $0.allSatisfy { $0 >= 65 && $0 <= 90 } }) else {
                throw LexiconError(path: currencies.path, line: row.line, message: "'\(row.fields[code])' is not an ISO 4217 code")
            }
            let iso = row.fields[code]
            codes.insert(iso)
            let language: String
            if let lang {
                guard row.fields.is(lang, "*") || row.fields.is(lang, "zh") || row.fields.is(lang, "en") else {
                    throw LexiconError(path: currencies.path, line: row.line, message: "lang must be zh, en or *")
                }
                language = row.fields[lang]
            } else { language = "*" }
            let written = row.fields[form]
            switch FormPosition(rawValue: row.fields[position]) {
            case .prefix: prefixes[written, default: CurrencyForm()].set(iso, for: language)
            case .suffix: suffixes[written, default: CurrencyForm()].set(iso, for: language)
            case .both:
                prefixes[written, default: CurrencyForm()].set(iso, for: language)
                suffixes[written, default: CurrencyForm()].set(iso, for: language)
            default: throw LexiconError(path: currencies.path, line: row.line, message: "position must be prefix, suffix or both")
            }
        }
        try CurrencyFamilies.assign(path: directory + "/currency-families.tsv", to: &suffixes)
        currencyPrefixes = FormTable(byForm: prefixes)
        currencySuffixes = FormTable(byForm: suffixes)
        currencyCodes = codes

        let qualifiers = try file("qualifiers.tsv")
        let (qForm, qApprox, qPosition) = (try qualifiers.column("form"), try qualifiers.column("approx"), try qualifiers.column("position"))
        var before: [(String, Approximation)] = [], after: [(String, Approximation)] = [], inside: [(String, Approximation)] = []
        for row in qualifiers.rows {
            guard let approx = Approximation(rawValue: row.fields[qApprox]) else {
                throw LexiconError(path: qualifiers.path, line: row.line, message: "unknown approx '\(row.fields[qApprox])'")
            }
            switch FormPosition(rawValue: row.fields[qPosition]) {
            case .before: before.append((row.fields[qForm], approx))
            case .after: after.append((row.fields[qForm], approx))
            case .inside: inside.append((row.fields[qForm], approx))
            default: throw LexiconError(path: qualifiers.path, line: row.line, message: "position must be before, after or inside")
            }
        }
        qualifiersBefore = FormTable(before)
        qualifiersAfter = FormTable(after)
        qualifiersInside = FormTable(inside)

        let unitFile = try file("units.tsv")
        let (uForm, uKind, uUnit, uFactor) = (try unitFile.column("form"), try unitFile.column("kind"), try unitFile.column("unit"), try unitFile.column("factor"))
        var unitEntries: [(String, UnitEntry)] = []
        for row in unitFile.rows {
            guard let kind = QuantityKind(rawValue: row.fields[uKind]), let factor = Decimal(string: row.fields[uFactor]) else {
                throw LexiconError(path: unitFile.path, line: row.line, message: "bad kind or factor")
            }
            let unit = row.fields[uUnit]
            unitEntries.append((row.fields[uForm], UnitEntry(kind: kind, unit: unit == "=" || unit == "-" ? nil : unit,
                                                             keepsForm: unit == "=", factor: factor)))
        }
        units = FormTable(unitEntries)

        moneyCues = FormTable(try file("money-cues.tsv").rows.map { ($0.fields[0], true) })
        notQuantities = FormTable(try file("not-quantities.tsv").rows.map { ($0.fields[0], true) })
        self.simplified = simplified
        linking = try LinkLexicons(directory: directory, simplified: simplified, entities: entities)
    }
}
