import FoundationEssentials

/// What one kind of lexicon file holds: the columns it needs, what each column may contain,
/// and which keys each row claims, so that two rows claiming one key can be caught.
struct LexiconKind: Sendable {
    /// A row's cells by column name.
    typealias Row = [String: String]
    /// A key a row claims (`display` is how a message names it) and what it maps the key to.
    struct Claim: Hashable {
        let key: String
        let display: String
        let value: String
    }

    let name: String
    let columns: [String]
    let validators: [String: @Sendable (String) -> String?]
    let claims: @Sendable (Row) -> [Claim]

    /// The kind for a file, by its name first, then by its header row; `nil` for a file
    /// this checker does not know (it is then checked as plain TSV).
    static func detect(fileName: String, header: [String]) -> LexiconKind? {
        let base = fileName.hasSuffix(".tsv") ? String(fileName.dropLast(4)) : fileName
        if let kind = all.first(where: { $0.name == base }) { return kind }
        if base.contains("entit") { return entities(header) }
        if base.contains("predicate") || header.contains("predicate") { return predicates(header) }
        return all.first { kind in kind.columns.allSatisfy(header.contains) && (kind.columns.count > 1 || header.count == 1) }
    }

    static let all: [LexiconKind] = [currencies, currencyFamilies, qualifiers, units, rates, placeAdjectives, formList("money-cues"), formList("not-quantities")]

    static let currencies = LexiconKind(
        name: "currencies", columns: ["form", "code", "position"],
        validators: ["code": isoCode, "position": oneOf(["prefix", "suffix", "both"]), "lang": oneOf(["zh", "en", "*"])],
        claims: { row in
            let form = folded(row["form"] ?? "")
            let sides = row["position"] == "both" ? ["prefix", "suffix"] : [row["position"] ?? ""]
            let lang = row["lang"] ?? "*"
            let langs = lang == "*" ? ["zh", "en"] : [lang]
            return sides.flatMap { side in
                langs.map { Claim(key: "\(form)\t\(side)\t\($0)", display: "'\(row["form"] ?? "")' (\(side), \($0))", value: row["code"] ?? "") }
            }
        })

    static let currencyFamilies = LexiconKind(
        name: "currency-families", columns: ["word", "family"],
        validators: ["family": nonEmpty],
        claims: { row in
            [Claim(key: folded(row["word"] ?? ""), display: "'\(row["word"] ?? "")'", value: row["family"] ?? "")]
        })

    static let placeAdjectives = LexiconKind(
        name: "place-adjectives", columns: ["form", "place"],
        validators: ["place": nonEmpty],
        claims: { row in
            [Claim(key: folded(row["form"] ?? ""), display: "'\(row["form"] ?? "")'", value: row["place"] ?? "")]
        })

    static let qualifiers = LexiconKind(
        name: "qualifiers", columns: ["form", "approx", "position"],
        validators: ["approx": oneOf(Approximation.allCases.map(\.rawValue)), "position": oneOf(["before", "after", "inside"])],
        claims: { row in
            [Claim(key: "\(folded(row["form"] ?? ""))\t\(row["position"] ?? "")",
                   display: "'\(row["form"] ?? "")' (\(row["position"] ?? ""))", value: row["approx"] ?? "")]
        })

    static let units = LexiconKind(
        name: "units", columns: ["form", "kind", "unit", "factor"],
        validators: ["kind": oneOf(QuantityKind.allCases.map(\.rawValue)), "factor": nonNegativeDecimal, "unit": nonEmpty],
        claims: { row in
            [Claim(key: folded(row["form"] ?? ""), display: "'\(row["form"] ?? "")'",
                   value: "\(row["kind"] ?? "") \(row["unit"] ?? "") \(row["factor"] ?? "")")]
        })

    static let rates = LexiconKind(
        name: "rates", columns: ["date", "currency", "usd_per_unit"],
        validators: ["date": isoDate, "currency": isoCode, "usd_per_unit": positiveDecimal],
        claims: { row in
            [Claim(key: "\(row["date"] ?? "")\t\(row["currency"] ?? "")",
                   display: "\(row["currency"] ?? "") on \(row["date"] ?? "")", value: row["usd_per_unit"] ?? "")]
        })

    static func formList(_ name: String) -> LexiconKind {
        LexiconKind(name: name, columns: ["form"], validators: [:], claims: { row in
            [Claim(key: folded(row["form"] ?? ""), display: "'\(row["form"] ?? "")'", value: "")]
        })
    }

    /// Entities: the first column is the canonical name; a `type` column says what it is;
    /// every other cell holds aliases (several separated by `|`). An alias (or name) that
    /// stands for two different entities is a conflict.
    static func entities(_ header: [String]) -> LexiconKind {
        let typeColumn = header.first { ["type", "entity", "kind"].contains($0) } ?? "type"
        let nameColumn = header.first ?? "name"
        let aliasColumns = header.filter { $0 != typeColumn && $0 != nameColumn && $0 != "owner" }
        return LexiconKind(
            name: "entities", columns: [nameColumn, typeColumn],
            validators: [typeColumn: oneOf(["org", "person", "product", "place"]), nameColumn: nonEmpty],
            claims: { row in
                let canonical = row[nameColumn] ?? ""
                var names = [canonical]
                for column in aliasColumns {
                    names += (row[column] ?? "").split(separator: "|").map { $0.trimmed }.filter { !$0.isEmpty }
                }
                var seen: Set<String> = []
                return names.compactMap { alias in
                    guard seen.insert(folded(alias)).inserted else { return nil }
                    return Claim(key: folded(alias), display: "alias '\(alias)'", value: canonical)
                }
            })
    }

    /// Predicates: a `predicate` column (else the last one) is what the row's other cells
    /// (the trigger form and its context) map to.
    static func predicates(_ header: [String]) -> LexiconKind {
        let valueColumn = header.contains("predicate") ? "predicate" : header.last ?? "predicate"
        let keyColumns = header.filter { $0 != valueColumn }
        return LexiconKind(
            name: "predicates", columns: [valueColumn],
            validators: [valueColumn: { value in
                // (`-`: a phrase that holds a trigger and names nothing)
                value == PredicateLexicon.noPredicate || value.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || $0 == "_" } && !value.isEmpty
                    ? nil : "predicate '\(value)' must be lower-case snake_case (market_share) or -"
            }],
            claims: { row in
                let key = keyColumns.map { folded(row[$0] ?? "") }.joined(separator: "\t")
                return [Claim(key: key, display: "'" + keyColumns.map { row[$0] ?? "" }.joined(separator: "', '") + "'",
                              value: row[valueColumn] ?? "")]
            })
    }

    // MARK: cell checks

    /// Lexicons match Latin letters case-insensitively.
    static func folded(_ s: String) -> String { s.lowercased() }

    static func oneOf(_ allowed: [String]) -> @Sendable (String) -> String? {
        { value in allowed.contains(value) ? nil : "'\(value)' is not one of \(allowed.joined(separator: ", "))" }
    }

    static let nonEmpty: @Sendable (String) -> String? = { $0.isEmpty ? "is empty" : nil }

    static let isoCode: @Sendable (String) -> String? = { code in
        ISOCurrencies.codes.contains(code) ? nil : "'\(code)' is not an ISO 4217 currency code"
    }

    static let positiveDecimal: @Sendable (String) -> String? = { text in
        guard isPlainDecimal(text), let d = Decimal(string: text), d > 0 else { return "'\(text)' is not a positive decimal number" }
        return nil
    }

    static let nonNegativeDecimal: @Sendable (String) -> String? = { text in
        guard isPlainDecimal(text), let d = Decimal(string: text), d >= 0 else { return "'\(text)' is not a decimal number ≥ 0" }
        return nil
    }

    static func isPlainDecimal(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return !text.isEmpty && parts.count <= 2 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
    }

    static let isoDate: @Sendable (String) -> String? = { text in
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]), (1...12).contains(m) else {
            return "'\(text)' is not a date (YYYY-MM-DD)"
        }
        let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
        return (1...days).contains(d) ? nil : "'\(text)' is not a day of the calendar"
    }
}
