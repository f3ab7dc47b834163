import FactPipe
import Foundation
import Testing

/// Entity mentions of a text, read through the public record API.
func entities(_ text: String, lexicons: Lexicons = TestSupport.lexicons) -> [EntityMention] {
    let extractor = try! Extractor(lexicons: lexicons, rates: TestSupport.fixedRates, options: ExtractionOptions(entities: true))
    let scalars = Array(text.unicodeScalars)
    return extractor.records(scalars, doc: "t").compactMap { record in
        guard case .entity(_, let mention) = record else { return nil }
        precondition(String(String.UnicodeScalarView(scalars[mention.span])) == mention.text)
        return mention
    }
}

@Suite("Entities")
struct EntityTests {
    @Test("aliases in simplified, traditional and full-width forms give the canonical name; spans stay on the text")
    func aliases() {
        let found = entities("輝達與亞馬遜、英伟达和ＡＭＤ")
        #expect(found.map(\.name) == ["NVIDIA", "Amazon", "NVIDIA", "AMD"])
        #expect(found.map(\.text) == ["輝達", "亞馬遜", "英伟达", "ＡＭＤ"])
        #expect(found.allSatisfy { $0.known })
    }

    @Test("the longest alias wins; an alias inside a longer word is no name")
    func boundaries() {
        #expect(entities("山谷歌声回荡。").isEmpty)
        #expect(entities("亚马逊云科技和谷歌云").map(\.name) == ["AWS", "Google Cloud"])
        #expect(entities("Amazon Web Services grew.").map(\.name) == ["AWS"])
        #expect(entities("apple pie").isEmpty)
        #expect(entities("Apple sold more.").map(\.name) == ["Apple"])
        #expect(entities("Awsome results.").isEmpty)
    }

    @Test("a Chinese suffix after a description is no name; a name may open with 云 or 新, and lead a kind of business")
    func chineseSuffixAfterDescriptions() {
        func names(_ text: String) -> [String] { entities(text).filter { !$0.known }.map(\.name) }
        // a one-character word that describes only right before the suffix
        #expect(names("总部位于杭州的云启科技公布了业绩。") == ["云启科技"])
        #expect(names("他创办了新禾集团。") == ["新禾集团"])
        #expect(names("该集团的子公司和分公司均已上市。").isEmpty)
        // a pronoun, a place word, a time, a verb or a kind of business before the suffix describes
        #expect(names("我们公司只有75名员工。").isEmpty)
        #expect(names("我国科技实力不断增强。").isEmpty)
        #expect(names("报告期内公司实现收入5亿元。").isEmpty)
        #expect(names("实现资本积累。").isEmpty)
        #expect(names("他在运输公司工作。").isEmpty)
        // a measure after an organisation noun is no name of it
        #expect(names("一家鞋业公司年产值5000万元。").isEmpty)
        // a name before a kind of business makes the whole a name
        #expect(names("东方信息科技宣布裁员。") == ["东方信息科技"])
    }

    @Test("a kind of business after a name's own characters is part of it; a count or a lone kind describes")
    func chineseSuffixAfterKindOfBusiness() {
        func names(_ text: String) -> [String] { entities(text).filter { !$0.known }.map(\.name) }
        #expect(names("上海的星河算力公司18日宣布扩产。") == ["星河算力公司"])
        #expect(names("多家算力公司宣布扩产。").isEmpty)
        #expect(names("单家头部实验室的训练成本接近50亿美元。").isEmpty)
        #expect(names("每家研究所都有预算。").isEmpty)
    }

    @Test("a name after a description ends where a known name starts; a kind of business or a title before a name describes")
    func chineseNameAfterDescription() {
        func names(_ text: String) -> [String] { entities(text).filter { !$0.known }.map(\.name) }
        #expect(names("机器人公司启元智造香港上市首日大涨。") == ["启元智造"])
        #expect(names("另一家新股远帆物流则表现平淡。") == ["远帆物流"])
        #expect(names("公司副总经理陈绪豹表示，销量增长。") == ["陈绪豹"])
    }

    @Test("a known place and an industry's word name a company beside a partner or a word of one; otherwise the place stays")
    func placeAndIndustryWord() {
        func organisations(_ text: String) -> [String] { entities(text).filter { $0.type == .org }.map(\.name) }
        #expect(organisations("星河算力已与新加坡电信签署合作协议。") == ["新加坡电信"])
        #expect(organisations("新加坡电信方面表示，资本开支将增加。") == ["新加坡电信"])
        #expect(organisations("韩国电力表示，电价将上调。") == ["韩国电力"])
        #expect(organisations("日本电力需求持续增长。").isEmpty)
        #expect(entities("日本电力需求持续增长。").map(\.name) == ["Japan"])
    }

    @Test("four characters opening a clause before a company's measure name it; a negation does not")
    func openingNameBeforeMeasure() {
        func names(_ text: String) -> [String] { entities(text).filter { !$0.known }.map(\.name) }
        #expect(names("今年前三季度，星河算力营业收入为48.6亿元。") == ["星河算力"])
        #expect(names("今年起不再考核销售额。").isEmpty)
        // (four characters that end in a line of the business name none)
        #expect(names("低温产品销售额达到13.8亿元，核心产品毛利率为30%。").isEmpty)
    }

    @Test("the adjective of a place and an organisation's last word make a name; `According` is none")
    func placeAdjectiveAndSuffix() {
        let found = entities("According to Reuters, British Airways raised $5 million. Rival Keelhaul Freight said its volumes fell.").filter { !$0.known }
        #expect(found.map(\.name) == ["British Airways", "Keelhaul Freight"])
        #expect(found.map(\.type) == [.org, .org])
        // `Air` ends an airline's name as `Airlines` does
        #expect(entities("Rival Coastline Air said its revenue rose 4%.").filter { !$0.known }.map { "\($0.name) \($0.type)" } == ["Coastline Air org"])
    }

    @Test("an alias the lexicon lists in two cases matches in either (Puma and PUMA)")
    func aliasesInTwoCases() {
        #expect(entities("Puma sales rose while PUMA shares fell.").map(\.name) == ["Puma", "Puma"])
        #expect(entities("Naura and NAURA").map(\.name) == ["Naura", "Naura"])
    }

    @Test("a month after a titled first name is a surname; a state's abbreviation in a dateline is the state")
    func monthSurnamesAndStates() {
        let found = entities("MOLINE, Ill. -- Chief Executive John May said sales fell in May.")
        #expect(found.map(\.name) == ["Moline", "Illinois", "John May"])
        #expect(found.last?.type == .person)
        #expect(!entities("Chief Executive Ana Ruiz said on May 5 that sales fell.").contains { $0.name.hasSuffix("May") })
    }

    @Test("a known name of three characters or more before a function word stands where the dictionary joins them")
    func namesBeforeParticles() {
        #expect(entities("火山引擎、阿里云和百度智能云合计占据六成份额。").map(\.name) == ["Volcano Engine", "Alibaba Cloud", "Baidu AI Cloud"])
        #expect(entities("周生生前三季度内地同店销售下降15%。").first?.name == "Chow Sang Sang")
    }

    @Test("a place's name after a company named by it and one word more is the company (Palo Alto after Palo Alto Networks)")
    func placesThatShortenCompanies() {
        #expect(entities("Palo Alto Networks Inc. reported results. Palo Alto shares rose 4.1%.").map(\.name) == ["Palo Alto Networks", "Palo Alto Networks"])
        #expect(entities("Hong Kong International Airport handled more flights. Hong Kong reopened.").last?.name == "Hong Kong")
        #expect(entities("The company is based in Palo Alto.").first?.type == .place)
    }

    @Test("a name followed by a title after an article is a person's")
    func personsWithTitlesAfter() {
        #expect(entities("\"It is a political problem,\" said Morgan Reilly, an analyst at Jefferies.").first { $0.text == "Morgan Reilly" }?.type == .person)
    }

    @Test("currency marks are no names: US$ is not the United States")
    func currencyMarks() {
        #expect(entities("一家基金承诺出资US$15亿。").isEmpty)
    }

    @Test("unknown names: Latin script in Chinese, interpunct names, organisation suffixes")
    func unknownChinese() {
        let found = entities("初创公司Zyphra完成融资，创始人杰西卡·哈特曼表示，星河资本领投。")
        #expect(found.map(\.name) == ["Zyphra", "杰西卡·哈特曼", "星河资本"])
        #expect(found.map(\.type) == [.org, .person, .org])
        #expect(found.allSatisfy { !$0.known })
    }

    @Test("a description before an organisation suffix is no name")
    func descriptions() {
        #expect(entities("一家人工智能初创公司完成融资，多家上市公司跟投。").isEmpty)
    }

    @Test("English proper nouns, titles and organisation suffixes; a later short form links back")
    func unknownEnglish() {
        let found = entities("The round was led by Harbor Lane Ventures. Chief Executive Lena Okafor said demand was strong. Okafor added that Harbor Lane will invest again.")
        #expect(found.map(\.text) == ["Harbor Lane Ventures", "Lena Okafor", "Okafor", "Harbor Lane"])
        #expect(found.map(\.name) == ["Harbor Lane Ventures", "Lena Okafor", "Lena Okafor", "Harbor Lane Ventures"])
        #expect(found.map(\.type) == [.org, .person, .person, .org])
        // a title in lower case, also across a comma, before a full name
        let lower = entities("Margins slipped, which chief financial officer Dana Whitcombe blamed on costs. Its chief executive, Priya Raman, said so. Raman added more.")
        #expect(lower.map(\.name) == ["Dana Whitcombe", "Priya Raman", "Priya Raman"])
        #expect(lower.map(\.type) == [.person, .person, .person])
        #expect(entities("Its partner Nexora said so.").map(\.type) == [.org])
    }

    @Test("a capitalised word opening a sentence is a name only when the text shows it")
    func sentenceInitial() {
        #expect(entities("Shares fell. Analysts were surprised.").isEmpty)
        #expect(entities("Quorvia, the payments startup, said sales rose.").map(\.name) == ["Quorvia"])
    }

    @Test("within a document, a repeated form is the entity it stood for first")
    func documentLinks() {
        let found = entities("亚马逊AWS的收入增长。\n\n随后AWS又发布了新芯片。")
        #expect(found.map(\.name) == ["Amazon", "AWS", "AWS"])
    }

    @Test("Chinese names in no lexicon: after a title, before a verb of saying, alone in English text; later mentions link back")
    func chinesePersons() {
        let found = entities("星河资本合伙人陈志远认为估值偏高。总裁刘芳指出，利润下降。\n\n陈志远还说，公司将扩张。")
        #expect(found.map(\.text) == ["星河资本", "陈志远", "刘芳", "陈志远"])
        #expect(found.map(\.type) == [.org, .person, .person, .person])
        #expect(entities("and 陈志远, a partner at the fund, said so.").map(\.type) == [.person])
        // words for groups are no names, though they open with a surname's character
        #expect(entities("公司的高管表示，各方面都在增长。").isEmpty)
        #expect(entities("“We want a seat,” Chen said.").map(\.type) == [.person])
        #expect(entities("Analyst Chen expects growth.").map(\.type) == [.person])
        // a title set off after the name; accented letters in it
        #expect(entities("Émile Durand, chief financial officer, said costs rose.").map(\.type) == [.person])
        #expect(entities("Halvorsen Energy, whose chief executive is new, grew.").map(\.type) == [.org])
        // a nationality is no name; a title in lower case before a name makes a person
        #expect(entities("Ostara, the Malaysian payments firm founded by former banker Nadia Rahim, grew.").map { "\($0.text) \($0.type)" }
                == ["Ostara org", "Nadia Rahim person"])
        // a model number after a Latin name beside Chinese text: a product, number and all
        #expect(entities("折叠屏机型Zenfold 3在东南亚热销。").map { "\($0.text) \($0.type)" } == ["Zenfold 3 product", "东南亚 place"])
    }

    @Test("a Chinese name with no suffix right after a description of the company; verbs and dictionary words there are no names")
    func chineseAppositives() {
        #expect(entities("字节跳动向国内芯片设计公司澈光智算注资15亿元。").map(\.text) == ["字节跳动", "澈光智算"])
        #expect(entities("深圳民营银行前海融通银行的手机银行系统发生故障。").map(\.text) == ["深圳", "前海融通银行"])
        #expect(entities("快递企业揽收包裹逾42亿件。").isEmpty)
        #expect(entities("全国邮政快递企业共揽收快递包裹7.29亿件。").isEmpty)
        // (a count right before a suffix's name counts the companies: `超过40家基金公司`)
        #expect(entities("今年已有超过40家基金公司下调费率。").isEmpty)
        #expect(entities("上市公司股东大会上表示反对。").isEmpty)
        // a name followed by 因 or 被; none after a description of many (部分机构, 头部机构)
        #expect(entities("第三方支付机构汇联支付因违反规定被罚款。").map(\.text) == ["汇联支付"])
        #expect(entities("部分机构被要求在3个月内整改，相当于头部机构单日手续费收入的一成。").isEmpty)
        // none after a description counted more than once, nor after a demonstrative; one is a description
        #expect(entities("上千家公司受影响，三家企业受波及。这家公司受影响。").isEmpty)
        #expect(entities("另一家新股远帆物流则表现平淡。").map(\.text) == ["远帆物流"])
    }

    @Test("a title in 《》 names a product, unless it is a document's; a name holds no date")
    func titledWorksAndDates() {
        #expect(entities("新作《云岭奇谭》上线首周流水过亿，《网络安全法》同日生效。").map(\.text) == ["云岭奇谭"])
        #expect(entities("他在《东方财经》杂志上撰文。").isEmpty)
        #expect(entities("财报显示，上半年公司营收增长12%。").isEmpty)
    }

    @Test("four characters opening a clause before a date or a verb of disclosure name an organisation")
    func openingNames() {
        #expect(entities("澄海光电前三季度营收为48亿元，同比增长12%。").map(\.text) == ["澄海光电"])
        #expect(entities("报告显示，明川股份则预计全年亏损。").map(\.text) == ["明川股份"])
        #expect(entities("业内人士透露，行业今年将继续承压。").isEmpty)
        #expect(entities("据华东酒业协会统计，销量下滑。").map(\.text) == ["华东酒业协会"])
        #expect(entities("Rival Norvane Shipping cut rates.").map(\.text) == ["Norvane Shipping"])
        // one capitalised word right after a known name is no name of its own
        #expect(entities("Sony's PlayStation Plus gained members.").map(\.text) == ["Sony", "PlayStation"])
        #expect(entities("截至截至2023年7月底，两家公司今年合计出货。").isEmpty)
    }

    @Test("a product carries its maker: from the lexicon, as the text states it, and on later mentions")
    func productOwners() {
        #expect(entities("用户在ChatGPT上提问。").map(\.owner) == ["OpenAI"])
        let stated = entities("Veridian's latest Atlas models shipped. Atlas sales doubled.")
        #expect(stated.map(\.name) == ["Veridian", "Atlas", "Atlas"])
        #expect(stated.map(\.owner) == [nil, "Veridian", "Veridian"])
        let chinese = entities("星河科技旗下的Orion模型用户达到300万。")
        #expect(chinese.map(\.type) == [.org, .product])
        #expect(chinese.last?.owner == "星河科技")
        #expect(entities("Helixmind's revenue rose as customers adopted its Atlas models.").last?.owner == "Helixmind")
        // an organisation's possessive before another organisation owns nothing
        #expect(entities("Google's DeepMind grew.").map(\.owner) == [nil, nil])
    }

    @Test("a user lexicon adds entities and wins over the shipped aliases")
    func userLexicon() throws {
        let path = try TestSupport.temporaryFile("user-entities",
                                                 containing: "name\ttype\tzh_hans\tzh_hant\ten\nQuorvia Pay\torg\t夸维亚\t\tQuorvia\nZoomCo\torg\t\t\tZoom\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        var lexicons = TestSupport.lexicons
        try lexicons.addEntities(path: path)
        let found = entities("夸维亚与Quorvia合作，Zoom也加入。", lexicons: lexicons)
        #expect(found.map(\.name) == ["Quorvia Pay", "Quorvia Pay", "ZoomCo"])
        #expect(found.allSatisfy { $0.known })
        // the optional owner column
        let withOwners = try TestSupport.temporaryFile("user-products",
                                                       containing: "name\ttype\tzh_hans\tzh_hant\ten\towner\nPayBox\tproduct\t付宝盒\t\tPayBox\tQuorvia Pay\n")
        defer { try? FileManager.default.removeItem(atPath: withOwners) }
        try lexicons.addEntities(path: withOwners)
        #expect(entities("付宝盒上线。", lexicons: lexicons).map(\.owner) == ["Quorvia Pay"])
    }

    @Test("a bad user lexicon is an error naming the file and line")
    func badLexicon() throws {
        let path = try TestSupport.temporaryFile("bad-entities", containing: "name\ttype\tzh_hans\tzh_hant\ten\nX Corp\tcompany\t\t\t\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        var lexicons = TestSupport.lexicons
        #expect(throws: LexiconError.self) { try lexicons.addEntities(path: path) }
    }
}

@Suite("Entities: counted descriptions")
struct CountedDescriptionTests {
    @Test("a number and a counter before an organisation suffix describe, they do not name")
    func counted() {
        #expect(entities("阿里巴巴、腾讯与百度三家公司合计投入。").map(\.name) == ["Alibaba", "Tencent", "Baidu"])
    }
}

@Suite("Entities: English name shapes")
struct EnglishNameShapeTests {
    @Test("an organisation's last word that is also a title ends the name; before a name it stays a title")
    func suffixThatIsATitle() {
        #expect(entities("Halvenor Financial set aside $1.5 billion.").map(\.name) == ["Halvenor Financial"])
        #expect(entities("Chief Financial Officer Dana Whitcombe left.").map(\.name) == ["Dana Whitcombe"])
    }

    @Test("`X-based` names a place X, not an organisation")
    func locatingCompound() {
        let found = entities("The Tulsa-based lender cut 300 jobs.")
        #expect(found.map(\.name) == ["Tulsa"])
        #expect(found.map(\.type) == [.place])
    }

    @Test("a known name's first word, used later alone, is that name")
    func knownShortForm() {
        #expect(entities("United Airlines flew more. Later United reported record revenue.").map(\.name) == ["United Airlines", "United Airlines"])
    }

    @Test("a known place that opens an organisation's name is part of it; an organisation's first word is a short form")
    func placeOpensOrganisation() {
        #expect(entities("Copper on the London Metal Exchange rose.").map(\.name) == ["London Metal Exchange"])
        #expect(entities("Crestline Burger Co. said sales rose. Shares of Crestline jumped.").map(\.name) == ["Crestline Burger Co.", "Crestline Burger Co."])
    }

    @Test("an institution's word, `of` or `for`, and capitalised words are one name")
    func institutions() {
        #expect(entities("Data from the Office for National Statistics showed it.").map(\.name) == ["Office for National Statistics"])
        #expect(entities("The Ministry of Commerce said so.").map(\.name) == ["Ministry of Commerce"])
        let federation = entities("The Federation of Nordic Retailers said sales fell.")
        #expect(federation.map(\.name) == ["Federation of Nordic Retailers"])
        #expect(federation.map(\.type) == [.org])
        #expect(entities("Data from the Association of Korean Shipbuilders show it.").map(\.name) == ["Association of Korean Shipbuilders"])
    }

    @Test("the adjective of a place is a word of an organisation's name, no name alone")
    func placeAdjectives() {
        #expect(entities("The Korean Steel Association said output fell.").map(\.name) == ["Korean Steel Association"])
        #expect(entities("Brazilian Paper Mills Ltd. said revenue rose.").map(\.text) == ["Brazilian Paper Mills Ltd."])
        #expect(entities("Westvale Pacific Corp. said revenue rose.").map(\.name) == ["Westvale Pacific Corp."])
        // a legal form most names go without; `Corp.` and `Co.` stay
        #expect(entities("Brindle Toys Inc. said sales rose. Brindle Toys expects more.").map(\.name) == ["Brindle Toys", "Brindle Toys"])
        #expect(entities("Canadian buyers and Pacific storms held prices up.").isEmpty)
        #expect(entities("Mills in Quebec make 70% of its North American output.").map(\.name) == ["Quebec"])
    }

    @Test("a sentence adverb before a name is no part of it")
    func sentenceAdverb() {
        #expect(entities("Yesterday Halvenor Bank said it would close.").map(\.name) == ["Halvenor Bank"])
    }

    @Test("a longer name that starts inside a shorter one and reaches past it wins")
    func overlappingNames() {
        #expect(entities("New fields in Brazil and the Gulf of Mexico helped.").map(\.name) == ["Brazil", "Gulf of Mexico"])
    }

    @Test("a period or a count after a description's organisation noun is no name; people of a country are no organisation")
    func countsAndPeoplesAreNoNames() {
        #expect(entities("白酒上市公司三季度业绩近日密集披露。").isEmpty)
        #expect(entities("More than 4 million Americans now take the drugs.").isEmpty)
        #expect(entities("ESPN's Sunday-night telecasts averaged 1.9 million viewers.").map(\.name) == ["ESPN"])
    }

    @Test("a Chinese name glossed by a Latin name in brackets goes by the gloss; a possessive-looking name in the lexicon keeps its 's")
    func glossesAndPossessiveNames() {
        #expect(entities("另一家平价品牌库迪咖啡（Cotti Coffee）门店数已超过1.8万家。库迪咖啡计划增至3万家。").map(\.name)
            == ["Cotti Coffee", "Cotti Coffee", "Cotti Coffee"])
        #expect(entities("Wendy's reported a 1.6% decline.").map(\.name) == ["Wendy's"])
    }

    @Test("a Latin word before a technology noun in Chinese text is no name")
    func technologies() {
        #expect(entities("主流TOPCon组件的中标价格已降至每瓦0.66元。").isEmpty)
        #expect(entities("公司发布了Orion芯片。").map(\.name) == ["Orion"])
    }

    @Test("known places that open an institution's name are part of it; a word that only ends in its suffix is none")
    func institutionsNamedByPlace() {
        #expect(entities("西澜港前三季度吞吐量增长5%。").map(\.name).isEmpty)
        #expect(entities("宁波舟山港集团表示，上海港和深圳港的箱量均有增长。").map(\.name) == ["宁波舟山港集团", "上海港", "深圳港"])
        #expect(entities("北京市商务局发布数据。").map(\.name) == ["北京市商务局"])
        // the word for a place's rank is part of its name
        #expect(entities("广东省GDP增长5%。").map(\.text) == ["广东省"])
        #expect(entities("上海港口的吞吐量创新高，中国市场格局生变。").map(\.name) == ["Shanghai", "China"])
        // a route, and a kind of port many places have, name no institution
        #expect(entities("上海至欧洲基本港的运价下跌。").map(\.name) == ["Shanghai", "Europe"])
        #expect(entities("欧洲基本港的运价下跌。").map(\.name) == ["Europe"])
        #expect(entities("杭州市规划和自然资源局举行土地出让。").map(\.name) == ["杭州市规划和自然资源局"])
        // a word a name is followed by, opening at a noun's last character, shows the noun misread (`酒企业绩`)
        #expect(entities("部分二线酒企业绩明显承压，另一家上市酒企泉坊酒业营收下降。").map(\.name) == ["泉坊酒业"])
    }

    @Test("a dateline's place in capitals is a place named in title case; a state's abbreviation names the state")
    func datelines() {
        let found = entities("BETHESDA, Md., Oct. 21, 2026 — Lockheed Martin said sales rose.")
        #expect(found.map(\.name) == ["Bethesda", "Maryland", "Lockheed Martin"])
        #expect(found.first?.type == .place)
        // its dash may end the line; a name in capitals before a comma and no dash opens no dateline
        #expect(entities("BASEL, Switzerland, Oct. 29, 2026 (Newswire) -\nNovaris said sales rose.").first?.name == "Basel")
        #expect(entities("Banks moved quickly. ANZ, the country's largest lender, lowered its rate.").map(\.name) == ["ANZ"])
    }

    @Test("a name in quotation marks after a product noun a launch or an owner comes before is a product, mentioned again as written")
    func quotedProducts() {
        let found = entities("天枢科技发布新一代大模型“星衡-4”。星衡-4的价格低于星衡-40。")
        #expect(found.map { [$0.text, $0.type.rawValue] } == [["天枢科技", "org"], ["星衡-4", "product"], ["星衡-4", "product"]])
        // a slogan after a product noun, or a platform a firm's counter makes a firm, names no product
        #expect(entities("这里，手机“为人民服务”。").isEmpty)
        #expect(!entities("另一家平台“快送”宣布补贴。").contains { $0.type == .product })
    }

    @Test("a Latin model glued to a Chinese maker's name is its product, with its number before a comma; a traded token is no name")
    func modelsAfterMakers() {
        let found = entities("澄星科技发布折叠屏手机澄星Fold 4，起售价为6999元。")
        #expect(found.map { [$0.text, $0.type.rawValue, $0.owner ?? "-"] } == [["澄星科技", "org", "-"], ["澄星", "org", "-"], ["Fold 4", "product", "澄星科技"]])
        #expect(entities("Ether, the second-largest token, dropped 9%.").isEmpty)
    }

    @Test("a known organisation with the word for its group is one name; a place with an office or a company's legal suffix is one")
    func groupsAndOffices() {
        #expect(entities("小米集团预计营收增长。").map(\.text) == ["小米集团"])
        #expect(entities("芯源半导体发布公告称，公司计划扩产。").map { [$0.text, $0.type.rawValue] } == [["芯源半导体", "org"]])
        #expect(entities("海南省商务厅预计，销售额有望增长。").map(\.name) == ["海南省商务厅"])
    }

    @Test("an acronym joined to a lower-case word and a holiday are no names")
    func modifiersAndHolidays() {
        #expect(entities("The end of VAT-free shopping cost retailers $2 billion.").isEmpty)
        #expect(entities("Sales rose in the weeks after Thanksgiving.").isEmpty)
    }

    @Test("a known company's legal form is part of its mention; `&` and a person's name particles join a name; a clause opening on a measure names nothing")
    func nameJoins() {
        #expect(entities("Rolls-Royce Holdings plc said profit rose.").map(\.text) == ["Rolls-Royce Holdings plc"])
        #expect(entities("Orders at Calloway & Finch rose 3%.").map(\.text) == ["Calloway & Finch"])
        #expect(entities("Chief executive Harold van den Broek said volumes fell.").map(\.text) == ["Harold van den Broek"])
        #expect(entities("焦炭价格今年以来已累计下调八轮。").isEmpty)
    }

    @Test("a utility's last word makes an organisation a place's adjective may open; its short form keeps the adjective")
    func utilityNames() {
        #expect(entities("Pacific Ridge Power agreed to pay $2.1 billion. A line owned by Pacific Ridge sparked the fire.").map(\.name)
                == ["Pacific Ridge Power", "Pacific Ridge Power"])
        #expect(entities("British Gas raised its prices.").map(\.name) == ["British Gas"])
        #expect(entities("由青禾影业出品的影片票房领先。").map(\.name) == ["青禾影业"])
    }

    @Test("a short acronym opens the name after it; a place's institution is the place's")
    func acronymsAndPlacesInstitutions() {
        #expect(entities("Sales rose, helped by its acquisition of SRS Distribution.").map(\.name) == ["SRS Distribution"])
        #expect(entities("The CEO Summit opened.").map(\.name).contains("CEO Summit") == false)
        #expect(entities("杭州市统计局发布数据。").first?.owner == "Hangzhou")
        #expect(entities("宁波舟山港集团发布数据。").first?.owner == nil)
    }
}
