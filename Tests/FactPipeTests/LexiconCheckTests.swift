import FactPipe
import Foundation
import Testing

/// `factpipe lexicon check` and the linter behind it.
@Suite("Lexicon check")
struct LexiconCheckTests {
    static func problems(_ name: String, _ text: String) -> [String] {
        LexiconLinter.check(bytes: Array(text.utf8), path: name).map(\.description)
    }

    @Test("the shipped lexicons are clean")
    func shipped() throws {
        let run = try CLIRun.run(["lexicon", "check", "--lexicons", "Lexicons"])
        #expect(run.status == 0, "\(run.stdout)")
        #expect(run.stdout.hasSuffix("lexicon files checked: 0 errors, 0 warnings\n"))
    }

    @Test("currency families: a word in two families, a family left empty, a file known by its header")
    func currencyFamilies() {
        let text = "word\tfamily\ncrowns\tcrown\nCrowns\tkrone\nkroner\t\n"
        #expect(Self.problems("my-families.tsv", text) == [
            "my-families.tsv:3: error: 'Crowns' means 'krone' here but 'crown' on line 2",
            "my-families.tsv:4: error: family: is empty",
        ])
    }

    @Test("currencies: duplicates, conflicts (also through both and *), ISO codes, positions, languages")
    func currencies() {
        let text = """
        # a comment
        form\tcode\tposition\tlang
        美元\tUSD\tsuffix\t*
        美元\tUSD\tsuffix\t*
        ¥\tCNY\tprefix\tzh
        ¥\tJPY\tprefix\ten
        $\tUSD\tboth\t*
        $\tHKD\tprefix\ten
        Rs\tINR\tafter\t*
        Bitcoin\tBTC\tsuffix\tfr

        """
        #expect(Self.problems("currencies.tsv", text) == [
            "currencies.tsv:4: error: repeats line 3",
            "currencies.tsv:8: error: '$' (prefix, en) means 'HKD' here but 'USD' on line 7",
            "currencies.tsv:9: error: position: 'after' is not one of prefix, suffix, both",
            "currencies.tsv:10: error: code: 'BTC' is not an ISO 4217 currency code",
            "currencies.tsv:10: error: lang: 'fr' is not one of zh, en, *",
        ])
    }

    @Test("rates: real dates, positive decimals, one rate per currency and day")
    func rates() {
        let text = """
        date\tcurrency\tusd_per_unit
        2025-02-28\tEUR\t1.04
        2025-02-29\tEUR\t1.05
        2025-03-01\tEUR\t-1
        2025-03-02\tEUR\t1e3
        2025-02-28\tEUR\t1.06
        2025-02-28\tEURO\t1.06
        2025-3-3\tCNY\t0.14
        """
        #expect(Self.problems("rates.tsv", text) == [
            "rates.tsv:3: error: date: '2025-02-29' is not a day of the calendar",
            "rates.tsv:4: error: usd_per_unit: '-1' is not a positive decimal number",
            "rates.tsv:5: error: usd_per_unit: '1e3' is not a positive decimal number",
            "rates.tsv:6: error: EUR on 2025-02-28 means '1.06' here but '1.04' on line 2",
            "rates.tsv:7: error: currency: 'EURO' is not an ISO 4217 currency code",
            "rates.tsv:8: error: date: '2025-3-3' is not a date (YYYY-MM-DD)",
        ])
    }

    @Test("structure: field counts, stray and full-width spaces, missing columns, bad UTF-8, no header")
    func structure() {
        #expect(Self.problems("qualifiers.tsv", "form\tapprox\tposition\n约\tabout\n 近\tunder\tbefore\n约\u{3000}\tabout\tbefore\n左右\tnear\tafter\n") == [
            "qualifiers.tsv:2: error: expected 3 tab-separated fields (form, approx, position), found 2",
            "qualifiers.tsv:3: error: form: stray white space around '近'",
            "qualifiers.tsv:4: error: form: stray white space around '约'",
            "qualifiers.tsv:5: error: approx: 'near' is not one of about, over, under, at_least, at_most, up_to, vague",
        ])
        #expect(Self.problems("units.tsv", "form\tkind\nx\tnumber\n") == [
            "units.tsv:1: error: units file without the column 'unit'",
            "units.tsv:1: error: units file without the column 'factor'",
        ])
        let invalid = LexiconLinter.check(bytes: Array("form\n".utf8) + [0xE4, 0xB8, 0x0A], path: "money-cues.tsv")
        #expect(invalid.map(\.description) == ["money-cues.tsv:2: error: not valid UTF-8"])
        #expect(Self.problems("not-quantities.tsv", "# only comments\n") == ["not-quantities.tsv: error: has no header row"])
    }

    @Test("a user's file is known by its header; an unknown kind is checked as TSV and tolerated")
    func kinds() {
        #expect(Self.problems("my-units.tsv", "form\tkind\tunit\tfactor\n打\tnumber\t=\t12\n打\tnumber\t个\t12\n") == [
            "my-units.tsv:3: error: '打' means 'number 个 12' here but 'number = 12' on line 2",
        ])
        #expect(Self.problems("sectors.tsv", "sector\tcode\nbanks\tB\nbanks\tB\n") == [
            "sectors.tsv:1: note: not a lexicon kind factpipe knows; checked as tab-separated text only",
            "sectors.tsv:3: error: repeats line 2",
        ])
    }

    @Test("entities: an alias standing for two entities is a conflict; types are checked; predicates map forms to one name")
    func entitiesAndPredicates() {
        let entities = """
        name\ttype\taliases
        Google\torg\t谷歌|Alphabet
        Alphabet Fund\torg\talphabet
        Amazon\tcompany\t亚马逊
        NVIDIA\torg\t英伟达|輝達|英伟达
        """
        #expect(Self.problems("entities.tsv", entities) == [
            "entities.tsv:3: error: alias 'alphabet' means 'Alphabet Fund' here but 'Google' on line 2",
            "entities.tsv:4: error: type: 'company' is not one of org, person, product, place",
        ])
        let predicates = "form\tlang\tpredicate\n估值\tzh\tvaluation\n营收\tzh\trevenue\n营收\tzh\tRevenue\n估值\tzh\tfunding\n"
        #expect(Self.problems("predicates.tsv", predicates) == [
            "predicates.tsv:4: error: predicate: predicate 'Revenue' must be lower-case snake_case (market_share) or -",
            "predicates.tsv:5: error: '估值', 'zh' means 'funding' here but 'valuation' on line 2",
        ])
    }
}
