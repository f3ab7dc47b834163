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
/// - `owner-link`: what joins a maker to its product (`'s`, `的`, `旗下的`)
/// - `product-modifier`: a word that may stand between the two (`latest`, `最新`)
/// - `surname-zh`: a Chinese surname (`陈`, `欧阳`)
/// - `surname-latin`: a Chinese surname in Latin letters (`Chen`, `Wong`): alone, a person
/// - `title-zh`: a title before a Chinese name (`合伙人`, `首席执行官`)
/// - `saying-zh`: a verb of saying after a name (`表示`, `透露`)
/// - `after-name-zh`: a word that may follow a name (`在`, `的`, `也`)
/// - `before-saying-zh`: a word after which a clause with a speaker starts (`据`, `对此`)
/// - `not-name-end-zh`: a character that ends words for groups and places, not a one-character
///   given name (`管` of 高管, `方` of 各方)
/// - `organisation-noun-zh`: a noun that ends a description an organisation's name may follow
///   (`公司` of 芯片设计公司澈光智算)
/// - `after-organisation-zh`: a word an organisation's name may be followed by (`宣布`, `计划`);
///   the predicate triggers count too
/// - `product-noun`: a noun after a name that makes it a product (`models`, `芯片`)
/// - `owner-pronoun`: a possessive before a product that points back to its maker (`its`, `其`)
struct NameRules: Sendable {
    var notNames: Set<String> = []
    var titles: Set<String> = []
    var englishOrgSuffixes: Set<String> = []
    var chineseOrgSuffixes = ScalarPhrases([])
    var genericChinese = ScalarPhrases([])
    var beforeChineseName = ScalarPhrases([])
    var notAfterChineseSuffix = ScalarPhrases([])
    var transliteration: Set<Unicode.Scalar> = []
    var ownerLinks = ScalarPhrases([])
    var productModifiers = ScalarPhrases([])
    var ownerPronouns = ScalarPhrases([])
    var productNouns = ScalarPhrases([])
    var chineseSurnames = ScalarPhrases([])
    var latinSurnames: Set<String> = []
    var chineseTitles = ScalarPhrases([])
    var chineseSayings = ScalarPhrases([])
    var afterChineseName = ScalarPhrases([])
    var beforeChineseSaying = ScalarPhrases([])
    var notChineseNameEnds: Set<Unicode.Scalar> = []
    var organisationNouns = ScalarPhrases([])
    var afterChineseOrganisation = ScalarPhrases([])

    init() {}

    init(directory: String) throws {
        let file = try TSVFile(path: directory + "/name-rules.tsv")
        let form = try file.column("form"), rule = try file.column("rule")
        var suffixes: [String] = [], generic: [String] = [], beforeName: [String] = [], notAfterSuffix: [String] = []
        var links: [String] = [], modifiers: [String] = [], pronouns: [String] = [], productWords: [String] = []
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
            case "owner-link": links.append(word)
            case "product-modifier": modifiers.append(word)
            case "owner-pronoun": pronouns.append(word)
            case "product-noun": productWords.append(word)
            case "surname-zh": chineseSurnames.insert(word.unicodeScalars)
            case "surname-latin": latinSurnames.insert(word.lowercased())
            case "title-zh": chineseTitles.insert(word.unicodeScalars)
            case "saying-zh": chineseSayings.insert(word.unicodeScalars)
            case "after-name-zh": afterChineseName.insert(word.unicodeScalars)
            case "before-saying-zh": beforeChineseSaying.insert(word.unicodeScalars)
            case "not-name-end-zh": notChineseNameEnds.formUnion(word.unicodeScalars)
            case "organisation-noun-zh": organisationNouns.insert(word.unicodeScalars)
            case "after-organisation-zh": afterChineseOrganisation.insert(word.unicodeScalars)
            default:
                throw LexiconError(path: file.path, line: row.line, message: "unknown rule '\(row.fields[rule])'")
            }
        }
        genericChinese = ScalarPhrases(generic)
        beforeChineseName = ScalarPhrases(beforeName)
        notAfterChineseSuffix = ScalarPhrases(notAfterSuffix)
        chineseOrgSuffixes = ScalarPhrases(suffixes)
        ownerLinks = ScalarPhrases(links)
        productModifiers = ScalarPhrases(modifiers)
        ownerPronouns = ScalarPhrases(pronouns)
        productNouns = ScalarPhrases(productWords)
    }
}
