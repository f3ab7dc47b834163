import FoundationEssentials

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Words that decide whether a run of text is a name nobody listed, from
/// `Lexicons/name-rules.tsv` (columns `form`, `rule`):
/// - `not-name`: a capitalised word or acronym that is no name on its own (`AI`, `The`, `Chief`)
/// - `title`: a title before a person's name (`Chief Executive`, `Founder`)
/// - `org-suffix-en`: a last word that makes an English name an organisation (`Inc.`, `Group`)
/// - `org-suffix-zh`: a Chinese organisation suffix (`公司`, `集团`, `银行`)
/// - `generic-zh`: a word that makes what precedes an organisation suffix a description, not
///   a name (`初创`, `一家`, `上市`)
/// - `generic-end-zh`: a word that does so only right before the suffix (`子公司`, `分行`), as
///   names may open with it (`云启科技`, `新希望集团`); it opens no name in the other finders
/// - `category-zh`: a noun for a kind of business or thing that makes what precedes a suffix a
///   description when nothing else does (`运输公司`, `健康科技`), not after a name (`东方信息科技`)
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
/// - `plural-description-zh`: a word that makes the organisation noun after it many or unnamed
///   (`部分机构`, `头部企业`): no name follows it
/// - `after-opening-name-zh`: a word after which four characters opening a clause name an
///   organisation (`披露`, `则`: `通威股份则预计`); a date does the same (`北方华创前三季度`)
/// - `document-title-end-zh`: a word that ends the title of a document, not of a product, in
///   title marks (`《数据安全法》`, `《年度报告》`; `《星海回响》` names a product)
/// - `product-suffix-zh`: the end of a Chinese product name, a drug's stem (`替尼` of 泽布替尼,
///   `单抗` of 帕博利珠单抗)
/// - `technology-noun-zh`: a noun after a Latin word in Chinese text that makes the word a
///   technology or a standard, not a name (`TOPCon组件`, `PERC电池`)
/// - `place-institution-zh`: the suffix of an institution named by the place it serves, after
///   the place (`港` of 上海港, `统计局` of 上海市统计局)
/// - `place-company-zh`: an industry's word (`电信`, `航空`) that names a company right after a
///   known place (`新加坡电信`) when a partner's preposition (`与`) comes before, a word of
///   `after-place-company-zh` (`方面`, `宣布`) or a verb of saying follows, or the document has named it so
/// - `segment-noun-zh`: a noun for a market or a line of a company's business (`市场`, `产品`): no
///   name opening a clause ends in it (`低温产品销售额`), and a company's own measure may be given
///   for it (`海外市场收入` is the company's)
/// - `national-zh`: a word for the whole of the country Chinese text reports on (`全国`, `我国`):
///   an economy's measure it stands before, in a sentence that names no place, is China's
/// - `product-launch-zh`: a word a product noun follows when a product's name in quotation marks
///   comes after it (`发布`, `旗下`: `发布新一代大模型“星衡-4”`; `手机“为人民服务”` is a slogan)
/// - `market-noun`: a commodity, currency or other thing traded (`gold`, `the dollar`, `原油`): a
///   clause that opens on one gives no company's figure, and a place right before one says which
///   market (`伦敦现货黄金`, `London copper`), not whose figure
/// - `figure-source`: the canonical name of an organisation that publishes others' figures (a
///   statistics office, a research firm, an industry association): never their subject
/// - `figure-source-suffix`: the end of such an organisation's name (`研究院`, `Institute`)
///
/// A class: every name finder of every sentence holds the rules, and a copy of a reference is
/// one retain where a copy of the tables is one for each.
final class NameRules: Sendable {
    let notNames: WordSet
    /// Adjectives of a place (`Canadian`, `Pacific`): no name alone, a word of an organisation's.
    let placeAdjectives: WordSet
    /// The place each adjective of one country names (`place-adjectives.tsv`: `british`, United Kingdom).
    let placesOfAdjectives: WordTable<String>
    let legalForms: LegalForms
    let titles: WordSet
    /// Whether `titles` holds the empty word: the title test of most tokens, which carry no word
    /// (``UnknownNameFinder``), asked once.
    let titlesHoldEmptyWord: Bool
    let englishOrgSuffixes: WordSet
    let chineseOrgSuffixes: ScalarPhrases
    /// `generic-zh` and `generic-end-zh`: no name the clause finders take opens with one.
    let genericChinese: ScalarPhrases
    /// `generic-zh` alone: one anywhere before a suffix makes a description.
    let genericBeforeSuffix: ScalarPhrases
    let genericEndingBeforeSuffix: ScalarPhrases
    let categoriesBeforeSuffix: ScalarPhrases
    let beforeChineseName: ScalarPhrases
    let notAfterChineseSuffix: ScalarPhrases
    let transliteration: ScalarBitSet
    /// Whether every transliteration character is Han: a text with no Han character then holds
    /// no name they make.
    let transliterationIsHan: Bool
    let ownerLinks: ScalarPhrases
    let productModifiers: ScalarPhrases
    let ownerPronouns: ScalarPhrases
    let productNouns: ScalarPhrases
    let productLaunchWords: ScalarPhrases
    let technologyNouns: ScalarPhrases
    let figureSources: WordSet
    let figureSourceSuffixes: [[Unicode.Scalar]]
    /// The suffixes' last code points: most names end with none of them.
    let figureSourceSuffixEnds: ScalarBitSet
    /// The first code points of the Chinese ones (a suffix after a known name: `猫眼研究院`).
    let figureSourceHanSuffixStarts: ScalarBitSet
    let chineseSurnames: ScalarPhrases
    let latinSurnames: WordSet
    let chineseTitles: ScalarPhrases
    let chineseSayings: ScalarPhrases
    let afterChineseName: ScalarPhrases
    let beforeChineseSaying: ScalarPhrases
    let notChineseNameEnds: ScalarBitSet
    let organisationNouns: ScalarPhrases
    let afterChineseOrganisation: ScalarPhrases
    let pluralDescriptions: ScalarPhrases
    let documentTitleEnds: ScalarPhrases
    let afterOpeningName: ScalarPhrases
    let chineseProductSuffixes: ScalarPhrases
    /// The first code points of the Chinese organisation and product suffixes together: the
    /// positions the search for either stops at.
    let chineseSuffixStarts: ScalarBitSet
    let placeInstitutionSuffixes: ScalarPhrases
    /// `place-company-zh`: an industry's word that names a company right after its place (`新加坡电信`).
    let placeCompanyWords: ScalarPhrases
    /// `after-place-company-zh`: a word after which a place and an industry's word name a company (`方面`).
    let afterPlaceCompany: ScalarPhrases
    /// `segment-noun-zh`: a market or a line of business a company's measure is given for (`海外市场收入`).
    let segmentNouns: ScalarPhrases
    /// `national-zh`: a word for the whole of China (`全国居民消费价格指数`).
    let nationalWords: ScalarPhrases
    /// `market-noun`: what is traded on a market (`Gold slipped 0.5%`, `布伦特原油期货上涨1.2%`).
    /// (currencies, `market-currency`, among them: ``currencyMarketNouns``)
    let marketNouns: PhraseList
    let currencyMarketNouns: PhraseList
    /// What the scans of a Chinese sentence for a clause opener, a surname, a suffix and an
    /// organisation noun's end stop at, one table for the four (``HanSentenceStops``).
    let hanSentenceStops: HanSentenceStops.Table

    convenience init() {
        self.init(words: [[String]](repeating: [], count: Rule.allCases.count))
    }

    /// `alsoAfterChineseOrganisation`: more words an organisation's name may be followed by.
    convenience init(directory: String, alsoAfterChineseOrganisation: [[Unicode.Scalar]] = []) throws {
        let file = try TSVFile(path: directory + "/name-rules.tsv")
        let form = try file.column("form"), rule = try file.column("rule")
        var words = [[String]](repeating: [], count: Rule.allCases.count)
        for row in file.rows {
            guard let kind = row.fields.withBytes(rule, Rule.named) else {
                throw LexiconError(path: file.path, line: row.line, message: "unknown rule '\(row.fields[rule])'")
            }
            words[kind.rawValue].append(row.fields[form])
        }
        var places: [(String, String)] = []
        let adjectives = directory + "/place-adjectives.tsv"
        if FileManager.default.fileExists(atPath: adjectives) {
            let file = try TSVFile(path: adjectives)
            let (form, place) = (try file.column("form"), try file.column("place"))
            for row in file.rows {
                words[Rule.placeAdjective.rawValue].append(row.fields[form])
                places.append((row.fields[form].lowercased(), row.fields[place]))
            }
        }
        self.init(words: words, placesOfAdjectives: places, alsoAfterChineseOrganisation: alsoAfterChineseOrganisation)
    }

    /// The rules from the words of each, by ``Rule``.
    private init(words: [[String]], placesOfAdjectives: [(String, String)] = [], alsoAfterChineseOrganisation: [[Unicode.Scalar]] = []) {
        func lowercased(_ rule: Rule) -> WordSet { WordSet(words[rule.rawValue].map { $0.lowercased() }) }
        // (a bit set: each is asked of code points in scans over the text)
        func scalars(_ rule: Rule) -> ScalarBitSet { ScalarBitSet(words[rule.rawValue].flatMap(\.unicodeScalars)) }
        func phrases(_ rule: Rule) -> ScalarPhrases { ScalarPhrases(words[rule.rawValue]) }
        placeAdjectives = lowercased(.placeAdjective)
        self.placesOfAdjectives = WordTable(placesOfAdjectives)
        legalForms = LegalForms(dropped: words[Rule.legalForm.rawValue], kept: words[Rule.legalFormKept.rawValue])
        notNames = lowercased(.notName).union(placeAdjectives)
        titles = lowercased(.title)
        titlesHoldEmptyWord = titles.contains("")
        englishOrgSuffixes = lowercased(.orgSuffixEnglish)
        chineseOrgSuffixes = phrases(.orgSuffixChinese)
        genericBeforeSuffix = phrases(.genericChinese)
        genericEndingBeforeSuffix = phrases(.genericEndChinese)
        categoriesBeforeSuffix = phrases(.categoryChinese)
        genericChinese = ScalarPhrases(words[Rule.genericChinese.rawValue] + words[Rule.genericEndChinese.rawValue])
        beforeChineseName = phrases(.beforeChineseName)
        notAfterChineseSuffix = phrases(.notAfterChineseSuffix)
        transliteration = scalars(.transliteration)
        transliterationIsHan = words[Rule.transliteration.rawValue].allSatisfy { $0.unicodeScalars.allSatisfy(isHan) }
        ownerLinks = phrases(.ownerLink)
        productModifiers = phrases(.productModifier)
        ownerPronouns = phrases(.ownerPronoun)
        productNouns = phrases(.productNoun)
        productLaunchWords = phrases(.productLaunchChinese)
        technologyNouns = phrases(.technologyNounChinese)
        figureSources = WordSet(words[Rule.figureSource.rawValue])
        figureSourceSuffixes = words[Rule.figureSourceSuffix.rawValue].map { Array($0.unicodeScalars) }
        figureSourceSuffixEnds = ScalarBitSet(figureSourceSuffixes.compactMap(\.last))
        figureSourceHanSuffixStarts = ScalarBitSet(figureSourceSuffixes.compactMap(\.first).filter(isHan))
        let surnames = phrases(.chineseSurname)
        chineseSurnames = surnames
        latinSurnames = lowercased(.latinSurname)
        chineseTitles = phrases(.chineseTitle)
        chineseSayings = phrases(.chineseSaying)
        afterChineseName = phrases(.afterChineseName)
        beforeChineseSaying = phrases(.beforeChineseSaying)
        notChineseNameEnds = scalars(.notChineseNameEnd)
        let nouns = phrases(.organisationNoun)
        organisationNouns = nouns
        var afterOrganisation = phrases(.afterChineseOrganisation)
        afterOrganisation.insert(contentsOf: alsoAfterChineseOrganisation)
        afterChineseOrganisation = afterOrganisation
        pluralDescriptions = phrases(.pluralDescription)
        documentTitleEnds = phrases(.documentTitleEnd)
        afterOpeningName = phrases(.afterOpeningName)
        chineseProductSuffixes = phrases(.productSuffixChinese)
        let suffixStarts = ScalarBitSet((words[Rule.orgSuffixChinese.rawValue] + words[Rule.productSuffixChinese.rawValue])
            .compactMap(\.unicodeScalars.first))
        chineseSuffixStarts = suffixStarts
        placeInstitutionSuffixes = phrases(.placeInstitutionChinese)
        placeCompanyWords = phrases(.placeCompanyChinese)
        afterPlaceCompany = phrases(.afterPlaceCompanyChinese)
        segmentNouns = phrases(.segmentNounChinese)
        nationalWords = phrases(.nationalChinese)
        marketNouns = PhraseList(words[Rule.marketNoun.rawValue] + words[Rule.marketCurrency.rawValue])
        currencyMarketNouns = PhraseList(words[Rule.marketCurrency.rawValue])
        // (every code point of the words the scans stop at: a code point none holds is in no set)
        let stopWords = [Rule.chineseSurname, .orgSuffixChinese, .productSuffixChinese, .organisationNoun].flatMap { words[$0.rawValue] }
        hanSentenceStops = HanSentenceStops.Table(
            HanSentenceStops.Table.Rules(surnames: surnames, suffixStarts: suffixStarts, organisationNouns: nouns),
            candidates: ChineseOpeningNames.clauseOpenerScalars + stopWords.flatMap(\.unicodeScalars))
    }

    /// Whether the organisation named `name`, written `written`, publishes others' figures.
    func isFigureSource(_ name: String, written: ArraySlice<Unicode.Scalar>) -> Bool {
        // a Latin suffix is a word of its own (`Counterpoint Research`)
        if figureSources.contains(name) { return true }
        // (the last code points compared first: most names end with none of the suffixes')
        guard let last = written.last, figureSourceSuffixEnds.contains(last) else { return false }
        return figureSourceSuffixes.contains { suffix in
            written.count > suffix.count && last == suffix.last && written.suffix(suffix.count).elementsEqual(suffix)
                && (!isLatinLetter(suffix[0]) || written[written.endIndex - suffix.count - 1] == " ")
        }
    }

    /// ``isFigureSource(_:written:)`` of the name at `range` of `text`, or one a Chinese suffix
    /// of such an organisation right after it extends (`猫眼研究院` of the known `猫眼`).
    func isFigureSource(_ name: String, at range: Range<Int>, in text: [Unicode.Scalar]) -> Bool {
        if isFigureSource(name, written: text[range]) { return true }
        guard range.upperBound < text.count, figureSourceHanSuffixStarts.contains(text[range.upperBound]) else { return false }
        return figureSourceSuffixes.contains { suffix in
            isHan(suffix[0]) && range.upperBound + suffix.count <= text.count
                && text[range.upperBound..<(range.upperBound + suffix.count)].elementsEqual(suffix)
        }
    }

    /// The rules of `name-rules.tsv`, by the name its `rule` column gives.
    private enum Rule: Int, CaseIterable {
        case notName, title, orgSuffixEnglish, orgSuffixChinese, genericChinese, beforeChineseName,
             notAfterChineseSuffix, transliteration, ownerLink, productModifier, ownerPronoun, productNoun,
             chineseSurname, latinSurname, chineseTitle, chineseSaying, afterChineseName, beforeChineseSaying,
             notChineseNameEnd, organisationNoun, afterChineseOrganisation, pluralDescription, documentTitleEnd, afterOpeningName,
             productSuffixChinese, technologyNounChinese, figureSource, placeInstitutionChinese, figureSourceSuffix, placeAdjective, legalForm, legalFormKept, genericEndChinese, categoryChinese,
             placeCompanyChinese, afterPlaceCompanyChinese, segmentNounChinese, nationalChinese, marketNoun, productLaunchChinese, marketCurrency

        /// The names of the rules, in the order of the cases.
        private static let names = ["not-name", "title", "org-suffix-en", "org-suffix-zh", "generic-zh", "before-name-zh",
                                    "not-after-suffix-zh", "transliteration", "owner-link", "product-modifier", "owner-pronoun",
                                    "product-noun", "surname-zh", "surname-latin", "title-zh", "saying-zh", "after-name-zh",
                                    "before-saying-zh", "not-name-end-zh", "organisation-noun-zh", "after-organisation-zh",
                                    "plural-description-zh", "document-title-end-zh", "after-opening-name-zh", "product-suffix-zh",
                                    "technology-noun-zh", "figure-source", "place-institution-zh",
                                    "figure-source-suffix", "place-adjective", "legal-form", "legal-form-kept", "generic-end-zh", "category-zh",
                                    "place-company-zh", "after-place-company-zh", "segment-noun-zh", "national-zh", "market-noun", "product-launch-zh", "market-currency"]
            .map { Array($0.utf8) }

        /// The rule a `rule` field names (ASCII names: comparing bytes is comparing the text).
        static func named(_ field: UnsafeBufferPointer<UInt8>) -> Rule? {
            names.firstIndex { $0.count == field.count && $0.withUnsafeBufferPointer { memcmp($0.baseAddress!, field.baseAddress!, field.count) == 0 } }
                .map { Rule(rawValue: $0)! }
        }
    }
}
