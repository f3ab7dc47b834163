/// Words that decide whether a run of text is a name nobody listed, from
/// `Lexicons/name-rules.tsv` (columns `form`, `rule`):
/// - `not-name`: a capitalised word or acronym that is no name on its own (`AI`, `The`, `Chief`)
/// - `title`: a title before a person's name (`Chief Executive`, `Founder`)
/// - `org-suffix-en`: a last word that makes an English name an organisation (`Inc.`, `Group`)
/// - `org-suffix-zh`: a Chinese organisation suffix (`公司`, `集团`, `银行`)
/// - `generic-zh`: a word that makes what precedes an organisation suffix a description, not
///   a name (`初创`, `一家`, `上市`)
/// - `before-name-zh`: a word after which a Chinese name may start (`的`, `向`, `与`)
/// - `not-after-suffix-zh`: a word that makes an organisation suffix a common noun (`资本支出`)
/// - `transliteration`: characters of transliterated foreign names (`阿`, `莫`, `迪`)
struct NameRules: Sendable {
    var notNames: Set<String> = []
    var titles: Set<String> = []
    var englishOrgSuffixes: Set<String> = []
    var chineseOrgSuffixes = ScalarPhrases([])
    var genericChinese = ScalarPhrases([])
    var beforeChineseName = ScalarPhrases([])
    var notAfterChineseSuffix = ScalarPhrases([])
    var transliteration: Set<Unicode.Scalar> = []

    init() {}

    init(directory: String) throws {
        let file = try TSVFile(path: directory + "/name-rules.tsv")
        let form = try file.column("form"), rule = try file.column("rule")
        var suffixes: [String] = [], generic: [String] = [], beforeName: [String] = [], notAfterSuffix: [String] = []
        for row in file.rows {
            let word = row.fields[form]
            switch row.fields[rule] {
            case "not-name": notNames.insert(word.lowercased())
            case "title": titles.insert(word.lowercased())
            case "org-suffix-en": englishOrgSuffixes.insert(word.lowercased())
            case "org-suffix-zh": suffixes.append(word)
            case "generic-zh": generic.append(word)
            case "before-name-zh": beforeName.append(word)
            case "not-after-suffix-zh": notAfterSuffix.append(word)
            case "transliteration": transliteration.formUnion(word.unicodeScalars)
            default:
                throw LexiconError(path: file.path, line: row.line, message: "unknown rule '\(row.fields[rule])'")
            }
        }
        genericChinese = ScalarPhrases(generic)
        beforeChineseName = ScalarPhrases(beforeName)
        notAfterChineseSuffix = ScalarPhrases(notAfterSuffix)
        chineseOrgSuffixes = ScalarPhrases(suffixes)
    }
}
