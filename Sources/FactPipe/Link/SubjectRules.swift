/// Which names of a sentence can be a clause's subject and which are marked as objects.
enum SubjectRules {
    /// Words after which a Chinese name is not the clause's subject (`向X`, `通过旗下X`, `据X`).
    static let chineseBlockers = ["向", "对", "给", "为", "与", "和", "及", "从", "比", "较", "通过", "旗下", "在", "于", "据", "由", "同", "跟", "把", "被", "来自", "前往", "赴",
                                   // `不到OpenAI同类模型的1/10`: a name compared with
                                   "不到", "不足", "超过", "接近",
                                   // `阿里云将通义千问旗舰模型的价格下调`: before a name, 将 marks what is acted on, not the future
                                   "将"]
    /// English words after which a name is not the grammatical subject.
    static let englishBlockers: WordSet = [
        "to", "from", "in", "into", "at", "with", "for", "than", "by", "on", "against", "over", "of",
        "about", "between", "among", "across", "via", "through", "under", "as", "like", "versus", "vs",
        "beats", "beat",
        // `Kreiz told Reuters the company …`: who is told only hears it
        "told", "tells", "telling",
        // `The company agreed to buy Halden Bio, a developer …, for $3.2 billion`: what is bought
        "buy", "buys", "bought", "buying", "acquire", "acquires", "acquired", "acquiring", "purchase", "purchases", "purchased", "purchasing",
    ]
    /// Verbs that report speech: a person who speaks is not what the numbers are about.
    static let reporting = [" said", " says", " told", " added", " estimated", " pledged", " promised", " vowed", "表示", "透露", "称", "说", "坦言",
                            "指出", "认为", "预计", "承诺"]
    /// Words that mark the name after them as the object of an investment (`向X`, `invested in X`).
    static let chineseObjectMarkers = ["向", "对", "持有"]
    static let englishObjectMarkers: WordSet = ["in", "into"]
    /// Verbs whose first object receives the sum (`agreed to pay Shanghai-based Hanlu $650 million`),
    /// at most two words before the name (`Seoul-based` is two).
    static let englishRecipientMarkers: WordSet = ["pay", "pays", "paid", "paying", "lend", "lends", "lent", "owe", "owes", "owed"]
    /// How many words before a name each English marker may stand: an object marker up to five,
    /// a recipient marker up to three (one table: each read of a stored static is a call).
    static let englishMarkerReach = WordKeyTable(englishObjectMarkers.map { ($0, 5) } + englishRecipientMarkers.map { ($0, 3) })
    static let chineseObjectMarkerList = PhraseList(chineseObjectMarkers)
    static let listingVerbList = PhraseList(["登陆", "登录", "登上", "转板至", "转战"])
    static let chineseBlockerList = PhraseList(chineseBlockers)
    static let reportingList = PhraseList(reporting)
    /// The phrases asked for where a pronoun may open a clause, in one static: each static read
    /// costs a `swift_once` check, and these are read together for nearly every clause
    /// (``anaphorPosition(_:in:)``, ``opensWithAnaphor(_:in:)``).
    struct ClauseOpenings {
        let leadingAdverbs = PhraseList(SubjectRules.leadingAdverbs)
        let reportedOpeners = PhraseList(SubjectRules.reportedOpeners)
        let chineseAnaphors = PhraseList(SubjectRules.chineseAnaphors)
        let chineseNotAnaphors = PhraseList(SubjectRules.chineseNotAnaphors)
        let conjunctions = PhraseList(["and ", "but "])
        let article = PhraseList(["the "])
        /// What opens an English clause that ``Clauses`` splits off (`…, while sterling slipped`).
        let subordinators = PhraseList(["while ", "whereas "])
        let its = PhraseList(["its"])
        /// What ``englishAnaphors`` open with: those that are not `the` and a noun (`it`), then
        /// `the ` last.
        let englishAnaphorOpenings = PhraseList(SubjectRules.englishAnaphors.filter { !$0.hasPrefix("the ") } + ["the "])
        /// The first code points (as match keys) of the phrases ``opensWithAnaphor(_:at:in:)``
        /// looks for where a pronoun may stand: most clauses open with none of them.
        let anaphorInitials: ScalarBitSet

        init() {
            let lists = [chineseNotAnaphors, chineseAnaphors, englishAnaphorOpenings, article, its, conjunctions]
            anaphorInitials = ScalarBitSet(values: lists.flatMap { $0.phrases.compactMap { $0.unicodeScalars.first.map(AliasTrie.key) } })
        }
    }
    static let openings = ClauseOpenings()
    static let englishCompanyNounList = PhraseList(englishCompanyNouns.map { $0 + " " } + englishCompanyNouns.map { $0 + "," })
    static let englishOwnSubjectList = PhraseList(englishOwnSubjects)
    static let measureOpenerList = PhraseList(measureOpeners)
    static let placeQualifierList = PhraseList(placeQualifiers)
    static let analystList = PhraseList(["分析师", "研究员"])
    static let closeToList = PhraseList(["接近"])
    static let reporterList = PhraseList(["记者", "通讯员"])
    /// The firms of a place taken together (`中国船厂`, `韩国企业`).
    static let placeFirmsList = PhraseList(["企业", "公司", "厂商", "船厂", "船企", "车企", "药企", "房企", "银行"])
    static let owningList = PhraseList(owning)
    static let coordinatorList = PhraseList(coordinators)
    static let chineseComparisonList = PhraseList(chineseComparisonWords)
    static let restatementList = PhraseList(restatements)

    /// A clause opening at `start` restates the figure before, of kind `before` (`，为…`, `, or …`);
    /// a duration restates no other kind (`为24年来的最低水平`).
    /// (apart from the linking loop: the test written in it made the loop copy each fact it read)
    @inline(never) static func restates(at start: Int, kind: QuantityKind, after before: QuantityKind, in s: LinkSentence) -> Bool {
        restatementList.starts(at: start, in: s) && (kind != .duration || before == .duration)
    }
    static let restatementAdverbList = PhraseList(restatementAdverbs)
    static let partitiveAnaphorList = PhraseList(partitiveAnaphors)
    static let chinesePartitiveAnaphorList = PhraseList(chinesePartitiveAnaphors)
    static let receivingList = PhraseList(receiving)
    static let receivingAdverbList = PhraseList(receivingAdverbs)
    static let englishReceivingList = PhraseList(englishReceiving)
    /// The Chinese object markers with the pronoun for the topic after them (`向其`), then the
    /// English ones (``hasObjectAnaphor(in:of:)``).
    static let objectAnaphorMarkers = PhraseList(chineseObjectMarkers.map { $0 + "其" } + englishObjectMarkers.map { $0 + " " })

    /// Whether an object marker before a pronoun for the topic (`向其`, `in the company`) starts
    /// in `range`. (an English pronoun is looked for only after an English marker: a list of
    /// every pair of both, some ninety phrases, would compare each at every `in` of the text)
    static func hasObjectAnaphor(in range: Range<Int>, of s: LinkSentence) -> Bool {
        let markers = objectAnaphorMarkers
        var k = range.lowerBound
        while let m = markers.firstPosition(in: k..<range.upperBound, of: s), let marker = markers.index(at: m, in: s) {
            if marker < chineseObjectMarkers.count || startsEnglishAnaphor(at: m + markers.length(of: marker), in: s) { return true }
            k = m + 1
        }
        return false
    }
    /// Pronouns and phrases that open a clause and point back to the document's topic.
    /// Nouns for a company that point back to one (never to a person or a product).
    static let chineseCompanyNouns = ["该公司", "这家公司", "该企业", "该集团", "公司", "集团"]
    static let englishCompanyNouns = ["the company", "the firm", "the group"]
    static let chineseAnaphors = chineseCompanyNouns + ["该行", "该平台", "该品牌", "该厂商", "该航司", "该航空公司", "该工厂", "董事会", "其"]
    static let chineseNotAnaphors = ["其中", "其他", "其余", "其实", "其次", "集团军"]
    static let englishAnaphors = englishCompanyNouns + ["the lab", "the startup", "the app", "the board", "the division",
                                  "the bank", "the lender", "the chipmaker", "the carrier", "the insurer", "the retailer", "the automaker",
                                  "the platform", "the business", "the manufacturer", "the developer", "the operator", "the brokerage",
                                  "the service", "the streamer", "the airline", "the utility", "the supplier", "the carmaker",
                                  "the maker", "the brand", "the chain", "the publisher", "the studio", "the brewer", "the miner",
                                  "the steelmaker", "the toymaker", "the shipbuilder", "the producer", "the cruise line", "the engine maker",
                                  "the drugmaker", "the planemaker", "the jetmaker", "the central bank", "the conglomerate", "the distiller", "the refiner", "the dairy", "the stock", "the shares", "it"]
    /// `…, and the rival gained …`: a clause with a subject of its own that no name gives.
    static let englishOwnSubjects = ["and the ", "but the ", "and a ", "but a "]
    /// Words that join names into a group (`阿里巴巴、腾讯与百度`, `Google and Meta`).
    static let coordinators = ["、", "和", "与", "及", " and ", ", "]
    /// English sentence openers that name a measure of the topic (`Net income reached …`,
    /// `Shares fell …`, `Its shares jumped …`): the topic is the subject.
    static let measureOpeners = ["shares", "stock", "the shares", "the stock", "its shares", "its revenue", "its sales", "its stock", "its profit",
                                 "analysts had expected", "analysts expected", "analysts polled by", "analysts surveyed by"]
    /// Places qualify a noun after them rather than name the subject when one of these follows.
    /// Words after a place that make it qualify something else: a count or a determiner
    /// (`一家`, `主要`), or a site (`德布勒森工厂`, `上海超级工厂`).
    static let placeQualifiers = ["一", "某", "多", "主要", "部分", "各", "的", "这", "该", "两", "工厂", "超级工厂", "基地", "园区", "产业园"]
    /// Clause openers that restate the measure of the clause before (`是…的近40倍`).
    static let restatements = ["是", "为", "相当于", "约为", "其中", "or "]
    /// A name before one of these receives what the clause is about (`X获得Y投资`).
    static let receiving = ["获得", "获", "得到", "收到"]
    /// English verbs of receiving; the giver follows `from` (`Intel received $5 billion from Nvidia`).
    /// Adverbs that may stand between a receiver and its verb (`澜渊机器人曾获得…`).
    static let receivingAdverbs = ["此前曾", "此前", "曾", "已", "再次", "又", "也", "还"]
    static let englishReceiving = [" received", " receives", " secured", " obtained", " won", " got"]

    static func isEligible(_ e: NameSpan, in s: LinkSentence, dates: [Range<Int>]) -> Bool {
        // `向X`, `invested in X`: a name after a preposition or a blocking word is not who acts
        // (asked first of a name that is no place: in English text it turns down near two names in
        // five, which the rules below, looking at the names around it, hardly do; a place is asked
        // below, once a date right after it has not made it a subject)
        if e.type != .place, isBlocked(e, in: s) { return false }
        // `its American Express co-branded cards`: a company after a possessive names what is owned
        if e.type == .org, !s.holdsHan, s.has("its ", endingAt: e.range.lowerBound) || s.has("their ", endingAt: e.range.lowerBound) { return false }
        if isDatelineAgency(e, in: s) { return false }
        // `亚马逊AWS`, `日本铠侠`, `Anthropic's Claude`: a name right before another one only qualifies it
        // (`Hanlu's Hong Kong-listed stock`: a place after the possessive says where, the name stays)
        // (`TikTok Shop美国站`: a place right after a name says where, the name stays)
        // (the names are tested by index here and below: a closure over the names themselves copies each one)
        if s.entities.indices.contains(where: { i in
            let other = s.entities[i].range.lowerBound, type = s.entities[i].type
            return other == e.range.upperBound && (type != .place || e.type == .place)
                || other == e.range.upperBound + 3 && type != .place && s.hasPossessive(at: e.range.upperBound) }) { return false }
        // `百度旗下文心一言的月活`, `字节跳动旗下的免费短剧应用红果短剧`: the owner qualifies what it
        // owns, also after a short description of it
        // (this and the other Chinese words asked of the name below are Han: a sentence without
        // Han holds none of them)
        if s.holdsHan, let length = owningList.longestLength(at: e.range.upperBound, in: s) {
            let start = e.range.upperBound + length
            if let owned = s.entities.first(where: { $0.range.lowerBound >= start }), owned.range.lowerBound - start <= 10,
               (start..<owned.range.lowerBound).allSatisfy({ isHan(s.text[$0]) && s.text[$0] != "的" }) { return false }
        }
        // `特斯拉（Tesla）`: a name glossed in brackets stands for the name before, which decides
        // (the two brackets compared as code points: a search of a string's code points walks its UTF-8 each time)
        if e.range.lowerBound > 0, s.text[e.range.lowerBound - 1] == "（" || s.text[e.range.lowerBound - 1] == "(",
           s.entities.indices.contains(where: { s.entities[$0].range.upperBound + 1 == e.range.lowerBound }) { return false }
        if isCoordinated(e, in: s) || s.holdsHan && actsJointly(e, in: s) { return false }
        if s.entities.indices.contains(where: { isApposition(s.span($0), e, in: s) }) { return false }
        if isInsideDescription(e, in: s) { return false }
        // `the Cambridge, Massachusetts-based company`, `a Paris-based startup`: where someone is based
        if !s.holdsHan, isBase(e, in: s) { return false }
        // `其C919机队规模`: the fleet of the one `其` points to
        if e.type == .product, s.has(scalar: "其", endingAt: e.range.lowerBound) { return false }
        if e.type == .place {
            // `特斯拉（Tesla）上海超级工厂`: a place right after a name says where that name's site is
            if s.entities.indices.contains(where: { i in
                let end = s.entities[i].range.upperBound
                return end == e.range.lowerBound || end + 1 == e.range.lowerBound && (s.has(scalar: "）", at: end) || s.has(scalar: ")", at: end)) }) {
                return false
            }
            // `其中国市场`: the market of the one `其` points to
            if s.has(scalar: "其", endingAt: e.range.lowerBound) { return false }
            if s.holdsHan, qualifiesGlossedNoun(e, in: s) { return false }
            // `本报北京12月31日电`: the place of a dateline says where the report was written
            if let date = s.quantities.first(where: { $0.range.lowerBound == e.range.upperBound && $0.kind == .date }),
               GoverningDates.isDateline(date.range, in: s) { return false }
            // a place is a subject only before a date or close before a trigger (`香港去年…`,
            // `英国公共云市场规模…`), not before `一家…`, `主要…`
            if dates.contains(where: { $0.lowerBound == e.range.upperBound }) { return true }
            // `在欧洲已售出…`: a place after a preposition says where, not who
            if isBlocked(e, in: s) { return false }
            // `日本约六成的稀土进口`: a place right before its own figure; `中国船厂承接了…`: the firms
            // of a place; `Brazil's potash price`: what a place owns
            if s.quantities.contains(where: { $0.range.lowerBound == e.range.upperBound }) { return true }
            if s.holdsHan, placeFirmsList.starts(at: e.range.upperBound, in: s) { return true }
            // (`the euro zone economy grew 1.4%`: a place's economy is the place's)
            if !isHan(s.text[e.range.lowerBound]), s.hasPossessive(at: e.range.upperBound) || s.has(" economy", at: e.range.upperBound) { return true }
            // `Illinois began charging operators 25 cents`, `Germany alone plans to spend …`: an
            // English place that opens its clause before a verb is who acts
            if !isHan(s.text[e.range.lowerBound]),
               s.contentStart(s.clauseRange(of: e.range.lowerBound)) == e.range.lowerBound || s.has("and ", endingAt: e.range.lowerBound)
                || s.has("while ", endingAt: e.range.lowerBound),
               placeVerbs.contains(s.englishWord(after: verbAfterApposition(e.range.upperBound, in: s) ?? e.range.upperBound)) { return true }
            guard let trigger = s.triggers.first(where: { $0.range.lowerBound >= e.range.upperBound && $0.range.lowerBound - e.range.upperBound <= 6 }) else { return false }
            let gap = e.range.upperBound..<trigger.range.lowerBound
            if gap.contains(where: { !isHan(s.text[$0]) }) { return false }
            return !gap.contains { placeQualifierList.starts(at: $0, in: s) }
        }
        // `一位接近民航局的人士称`: a name that describes someone close to it, who speaks
        if s.holdsHan, closeToList.ends(at: e.range.lowerBound, in: s) { return false }
        // `（记者罗玉文）`, `本报记者 林晓 报道`: who wrote the report
        if e.type == .person, s.holdsHan, reporterList.ends(at: e.range.lowerBound, in: s) || reporterList.ends(at: e.range.lowerBound - 1, in: s) && s.has(scalar: " ", at: e.range.lowerBound - 1) { return false }
        // `中信证券分析师指出`: a firm's analysts speak of others' figures
        if s.holdsHan, analystList.starts(at: e.range.upperBound, in: s) { return false }
        if isSpeaker(e, in: s) || isSource(e, in: s) || forecastsMarket(e, in: s) { return false }
        return true
    }

    /// `Oct. 30 (Reuters) -`: the agency in brackets after a dateline's date filed the report.
    static func isDatelineAgency(_ e: NameSpan, in s: LinkSentence) -> Bool {
        guard e.range.lowerBound > 0, s.has(scalar: "(", at: e.range.lowerBound - 1), s.has(scalar: ")", at: e.range.upperBound) else { return false }
        var k = e.range.lowerBound - 1
        while k > 0, s.text[k - 1] == " " { k -= 1 }
        guard let date = s.quantities.first(where: { $0.kind == .date && $0.range.upperBound == k }) else { return false }
        return GoverningDates.isDateline(date.range, in: s)
    }

    /// `Saudi Arabia, the group's largest producer, pumped …`: where the words after an
    /// apposition set off by commas after `end` resume.
    static func verbAfterApposition(_ end: Int, in s: LinkSentence) -> Int? {
        guard s.has(", ", at: end), PredicateChoice.appositionOpeners.starts(at: end + 2, in: s),
              let comma = s.text[(end + 2)..<min(s.text.count, end + 60)].firstIndex(of: ",") else { return nil }
        return comma + 1
    }

    /// Verbs after which a place that opens a clause is who acts.
    static let placeVerbs: WordSet = ["began", "raised", "cut", "plans", "planned", "will", "has", "had", "spent", "spends",
                                          "imposed", "approved", "collected", "charged", "lowered", "increased", "reduced",
                                          "introduced", "alone", "levies", "levied", "taxes", "taxed", "budgeted", "pledged",
                                          "sold", "sells", "issued", "borrowed", "borrows", "pays", "paid", "owes", "owed",
                                          "bought", "exported", "imported", "allocated", "earmarked", "committed",
                                          "pumped", "pumps", "produced", "produces", "shipped", "exports", "imports", "accounted", "accounts",
                                          // (`Spain grew 0.6%`: an economy's own change)
                                          "grew", "expanded", "contracted", "shrank"]

    static let forecastingList = PhraseList(["预计,", "估计,", "预测,", "认为,", "预期,", "公布,", "发布,", "测算,"])
    /// Words that make a measure an industry's or a market's, no company's.
    static let marketScopeList = PhraseList(["行业", "市场", "全国", "全球", "国内", "整体", "全行业"])

    /// `中金公司预计，今年白酒行业总营收将下降…`, `IDC预计，全球智能手机出货量…`: who forecasts a
    /// market's or an industry's figures owns none of them.
    static func forecastsMarket(_ e: NameSpan, in s: LinkSentence) -> Bool {
        guard e.type == .org else { return false }
        if !isHan(s.text[e.range.lowerBound]) { return forecastsMarketInEnglish(e, in: s) }
        // (`中国民用航空局11月24日公布，`: a date may stand before the verb; `中信证券在研报中预计，`: where it says so)
        var verb = s.quantities.first { $0.kind == .date && $0.range.lowerBound == e.range.upperBound }?.range.upperBound ?? e.range.upperBound
        if s.has(scalar: "在", at: verb), let said = (verb..<min(s.text.count, verb + 8)).first(where: { forecastingList.starts(at: $0, in: s) }),
           (verb..<said).allSatisfy({ isHan(s.text[$0]) }) {
            verb = said
        }
        guard forecastingList.starts(at: verb, in: s), !s.clauses.isEmpty else { return false }
        let c = s.clause(of: e.range.lowerBound)
        // (`中金公司预计，到2028年，…`: a clause of a date alone leads to the forecast)
        guard let n = (c + 1..<s.clauses.count).first(where: { k in
            s.quantities.contains { $0.kind != .date && s.clauses[k].contains($0.range.lowerBound) }
                || s.entities.contains { s.clauses[k].contains($0.range.lowerBound) }
        }) else { return false }
        let next = s.clauses[n]
        let lead = beforeFirstFigure(next, in: s)
        // (a place is the market's scope: `中国大模型日均调用量`)
        guard !lead.isEmpty, !opensWithAnaphor(next, in: s), !hasChineseAnaphorBeforeFigure(next, in: s),
              !s.entities.contains(where: { next.contains($0.range.lowerBound) && $0.type != .place }) else { return false }
        return marketScopeList.firstPosition(in: lead, of: s) != nil || s.entities.contains { lead.contains($0.range.lowerBound) }
    }

    static let forecastingVerbList = PhraseList(["预计", "预测", "估计", "警告称", "预期"])

    /// `但警告称明年全球运力过剩可能超过10%`: a clause that forecasts a market's figure is no
    /// one's (the one who forecasts it owns none of it).
    static func forecastsMarketFigure(_ clause: Range<Int>, in s: LinkSentence) -> Bool {
        let lead = beforeFirstFigure(clause, in: s)
        guard let verb = forecastingVerbList.firstPosition(in: lead, of: s) else { return false }
        return marketScopeList.firstPosition(in: verb..<lead.upperBound, of: s) != nil && !hasChineseAnaphorBeforeFigure(clause, in: s)
    }

    static let englishForecastingList = PhraseList([" expects ", " forecasts ", " projects ", " predicts ", " estimates ", " sees ",
                                                    " expected ", " forecast ", " projected ", " predicted ", " estimated "])
    /// Words that make what an English forecast names a market's or an industry's.
    static let englishMarketScopeList = PhraseList([" global ", " worldwide ", " world's ", " industry ", " industry's ", " industry-wide ",
                                                    " market ", " market's ", " markets ", " nationwide ", " national ", " economy ",
                                                    " economy's ", " sector ", " sector's ", " home values ", " home prices ", " house prices "])
    static let englishOwnMeasureList = PhraseList([" its ", " their "])

    /// `Zillow, for its part, expects home values to slip 0.8%`, `the International Cocoa
    /// Organization expects a global supply deficit of some 150,000 tons`: the forecaster owns none.
    private static func forecastsMarketInEnglish(_ e: NameSpan, in s: LinkSentence) -> Bool {
        // (a forecast needs a figure after the name: without one its verb is not looked for)
        guard s.quantities.contains(where: { $0.kind != .date && $0.range.lowerBound > e.range.upperBound }) else { return false }
        // the verb within a few words of the name (`, for its part,`), no other name between
        let reach = min(s.text.count, e.range.upperBound + 24)
        guard let verb = englishForecastingList.firstPosition(in: e.range.upperBound..<reach, of: s),
              !s.entities.contains(where: { $0.range.lowerBound > e.range.upperBound && $0.range.lowerBound < verb }) else { return false }
        let verbEnd = verb + englishForecastingList.length(at: verb, in: s)! - 1
        guard let figure = s.quantities.first(where: { $0.kind != .date && $0.range.lowerBound > verbEnd })?.range.lowerBound,
              figure - verbEnd <= 60 else { return false }
        let object = (verbEnd - 1)..<figure
        return englishMarketScopeList.firstPosition(in: object, of: s) != nil && englishOwnMeasureList.firstPosition(in: object, of: s) == nil
    }

    static let sourceEndingList = PhraseList(["数据显示", "报告显示", "统计显示", "调查显示", "数据表明", "报告指出", "监测显示"])
    static let accordingSourceList = PhraseList(["统计", "数据", "的数据", "的统计", "测算", "估算", "估计", "报告", "发布的"])

    /// `国家统计局11月17日发布的数据显示，…`, `据行业机构鑫椤资讯统计，…`: the source of the figures
    /// that follow owns none of them, as a speaker owns none of what they report.
    static func isSource(_ e: NameSpan, in s: LinkSentence) -> Bool {
        // (the words that make a source are all Chinese: a sentence without Han holds none)
        guard s.holdsHan, !s.clauses.isEmpty, e.range.upperBound < s.text.count else { return false }
        let c = s.clause(of: e.range.lowerBound)
        let clause = s.clauses[c]
        // (`中指研究院统计，…` says the same without 据; the comma is folded)
        let according = accordingSourceList.starts(at: e.range.upperBound, in: s)
            && (s.has(scalar: "据", at: s.contentStart(clause)) || s.has("统计,", at: e.range.upperBound) || s.has("估计,", at: e.range.upperBound)
                || s.has("测算,", at: e.range.upperBound))
        // (the clause's figures asked of before its text is searched)
        guard according || e.range.upperBound < clause.upperBound
                && !s.quantities.contains(where: { $0.kind != .date && clause.contains($0.range.lowerBound) })
                && sourceEndingList.firstPosition(in: e.range.upperBound..<clause.upperBound, of: s) != nil else { return false }
        // `小米发布的数据显示，其出货量…`, `携程数据显示，假期期间其平台上的…`: figures of its own
        guard c + 1 < s.clauses.count else { return true }
        let next = s.clauses[c + 1]
        return !opensWithAnaphor(next, in: s) && !hasChineseAnaphorBeforeFigure(next, in: s)
    }

    /// A `其` (not `其中`, `其他`) in `clause` before its first figure.
    private static func hasChineseAnaphorBeforeFigure(_ clause: Range<Int>, in s: LinkSentence) -> Bool {
        beforeFirstFigure(clause, in: s).contains { s.text[$0] == "其" && !openings.chineseNotAnaphors.starts(at: $0, in: s) }
    }

    /// `clause` from its content to its first figure that is not a date (or its end).
    private static func beforeFirstFigure(_ clause: Range<Int>, in s: LinkSentence) -> Range<Int> {
        let start = s.contentStart(clause)
        let end = firstFigure(in: clause, s) ?? clause.upperBound
        return start..<max(start, end)
    }

    /// Where the first figure (no date) of `clause` starts, if it holds one.
    static func firstFigure(in clause: Range<Int>, _ s: LinkSentence) -> Int? {
        s.quantities.first { $0.kind != .date && clause.contains($0.range.lowerBound) }?.range.lowerBound
    }

    static let descriptionOpeners = PhraseList([", the ", ", a ", ", an "])

    /// `Cinevo, the streaming service controlled by Valmont, said …`: a name within the
    /// description set off after the name of a company or product belongs to the description.
    static func isInsideDescription(_ e: NameSpan, in s: LinkSentence) -> Bool {
        // (by index: a copy of a name retains its names)
        for h in s.entities.indices {
            let head = s.entities[h].range
            // a person's description names their firm, which `his firm` may be about; (every
            // opener starts with a comma, asked first in place: most names are followed by none)
            guard s.entities[h].type != .person, head.upperBound < e.range.lowerBound, s.text[head.upperBound] == ",",
                  descriptionOpeners.starts(at: head.upperBound, in: s) else { continue }
            if !(head.upperBound + 2..<e.range.lowerBound).contains(where: { s.text[$0] == "," }),
               e.range.upperBound == s.text.count || s.text[e.range.upperBound] == "," || s.hasPossessive(at: e.range.upperBound) { return true }
        }
        return false
    }

    /// A name in a group of names: the group, not the name, is the subject.
    /// A person who speaks (`Founder Priya Raman said …`).
    /// `M12, Microsoft's venture arm`: the second name, a possessive, describes the first.
    static func isApposition(_ head: NameSpan, _ possessor: NameSpan, in s: LinkSentence) -> Bool {
        possessor.range.lowerBound == head.range.upperBound + 2 && s.has(", ", at: head.range.upperBound)
            && s.hasPossessive(at: possessor.range.upperBound)
    }

    /// The name whose `的` stands right before a figure (`比亚迪的约22%`), not a place's.
    static func possessiveOwner(of fact: Range<Int>, in s: LinkSentence) -> String? {
        // (by index, each field read in place: a closure over the entities, or a copy of one, retains its names)
        s.entities.indices.first { i in
            s.entities[i].type != .place && s.entities[i].range.upperBound + 1 == fact.lowerBound && s.has(scalar: "的", at: s.entities[i].range.upperBound)
        }.map { s.entities[$0].name }
    }

    /// Changes a name after them says what changed (`the 19% rise in the S&P/TSX Composite Index`,
    /// `the 38% advance of the Nasdaq Composite`, `the 12% gain for the index's members`).
    /// (after the space past the figure: told by their first letters, which few words after a figure open with)
    private static let changeNounList = PhraseList(["rise ", "increase ", "gain ", "jump ", "climb ", "advance ", "surge ",
                                                    "drop ", "decline ", "fall ", "slide ", "slump "])

    /// `outpacing the 19% rise in the S&P 500`: the name whose change an English figure is,
    /// named right after it.
    static func changedName(after fact: Range<Int>, in s: LinkSentence) -> String? {
        guard fact.upperBound + 1 < s.text.count, s.text[fact.upperBound] == " ", let length = changeNounList.length(at: fact.upperBound + 1, in: s) else { return nil }
        var k = fact.upperBound + 1 + length
        if s.has("for ", at: k) { k += 4 } else if s.has("in ", at: k) || s.has("of ", at: k) { k += 3 } else { return nil }
        if s.has("the ", at: k) { k += 4 }
        return s.entities.indices.first { s.entities[$0].range.lowerBound == k }.map { s.entities[$0].name }
    }

    static func isSpeaker(_ e: NameSpan, in s: LinkSentence) -> Bool {
        e.type == .person && speaks(after: e.range.upperBound, in: s)
    }

    /// `她预计，…`, `他在会上表示`: a Chinese sentence opening with a pronoun for a person who speaks.
    static func opensWithSpeakingPronoun(_ s: LinkSentence) -> Bool {
        guard let first = s.clauses.first else { return false }
        let k = s.contentStart(first)
        return (s.has(scalar: "她", at: k) || s.has(scalar: "他", at: k)) && !s.has(scalar: "们", at: k + 1) && speaks(after: k + 1, in: s)
    }

    /// A verb of saying at `k`, after the one who speaks.
    private static func speaks(after end: Int, in s: LinkSentence) -> Bool {
        // `Lisa Su, has said`, `Wei has told`: a comma and an auxiliary may stand between
        var k = end
        if s.has(scalar: ",", at: k) { k += 1 }
        for auxiliary in [" has", " had"] where s.has(auxiliary, at: k) { k += auxiliary.unicodeScalars.count }
        // `曾毓群在业绩说明会上表示`: where the person spoke may stand between
        if s.has(scalar: "在", at: k), k + 2 < s.text.count, let end = (k + 2..<min(k + 16, s.text.count)).first(where: { (s.has(scalar: "上", at: $0) || s.has(scalar: "中", at: $0)) && reportingList.starts(at: $0 + 1, in: s) }),
           !(k..<end).contains(where: { !isHan(s.text[$0]) }) {
            k = end + 1
        }
        return reportingList.starts(at: k, in: s)
    }

    static func isCoordinated(_ e: NameSpan, in s: LinkSentence) -> Bool {
        // the coordinators differ in their first code point: at most one stands at a position
        let after = coordinatorList.length(at: e.range.upperBound, in: s)
        // (by index: a closure over the names themselves copies each one)
        return s.entities.indices.contains { i in
            let other = s.entities[i].range
            guard other != e.range else { return false }
            // a comma lists names of one kind (`Grab, GoTo and Lintas`); `founded by Rina Hartono,
            // Lintas operates …` ends a phrase
            func joins(_ length: Int, at k: Int) -> Bool { length != 2 || !s.has(", ", at: k) || s.entities[i].type == e.type }
            // (where the two stand first: a coordinator is looked for only in a gap between them,
            // and appositions only between names it joins)
            let follows = after.map { other.lowerBound == e.range.upperBound + $0 && joins($0, at: e.range.upperBound) } ?? false
            // (a gap longer than every coordinator holds none: most names stand farther apart)
            let precedes = !follows && other.upperBound < e.range.lowerBound && e.range.lowerBound - other.upperBound <= coordinatorList.longestLength
                && coordinatorList.length(at: other.upperBound, in: s).map { e.range.lowerBound == other.upperBound + $0 && joins($0, at: other.upperBound) } ?? false
            // (`微信及WeChat`: one name in two languages is no group)
            return (follows || precedes) && !isApposition(e, s.span(i), in: s) && !isApposition(s.span(i), e, in: s)
                && !s.entities.contains(where: { $0.range == e.range && $0.name == s.entities[i].name })
        }
    }

    /// `新加坡政府投资公司与一家中东主权基金合计认购…`: a name that acts together with another,
    /// named or not, gives no figure of its own (the group's is no one's).
    static func actsJointly(_ e: NameSpan, in s: LinkSentence) -> Bool {
        let k = e.range.upperBound
        guard k < s.text.count, partnerMarkers.contains(s.text[k]) else { return false }
        var j = k + 1
        while j < s.text.count, j - k <= 14, isHan(s.text[j]) {
            if jointList.starts(at: j, in: s) { return true }
            j += 1
        }
        return false
    }

    static let partnerMarkers = ScalarBitSet("与和同及跟".unicodeScalars)
    static let jointList = PhraseList(["合计", "共同", "联合", "一起", "一同"])

    /// The clause opens with a subject of its own that names nothing (`and the startup …` is an
    /// anaphor; `and the rival …` is not).
    static func opensWithOwnSubject(_ clause: Range<Int>, in s: LinkSentence) -> Bool {
        let k = s.contentStart(clause)
        return englishOwnSubjectList.starts(at: k, in: s)
    }

    /// `Demand for capacity on Asian routes is expected to grow 25%`, `Venture funding for AI
    /// startups hit $97 billion`: a market's measure, no company's (not `Demand for its chips`);
    /// so is an economy's (`Inflation eased to 2.5%`, `The jobless rate rose`, `通胀率升至3%`).
    /// (`k`: where the clause's words start)
    /// (`economy`: whether the sentence holds a measure of an economy at all, read once for its clauses)
    static func opensWithMarketMeasure(at k: Int, in s: LinkSentence, economy: Bool) -> Bool {
        guard let length = marketMeasureOpenerList.length(at: k, in: s) else { return economy && opensWithEconomyMeasure(at: k, in: s) }
        return !englishOwnMeasureOpenerList.starts(at: k + length, in: s)
    }

    private static func opensWithEconomyMeasure(at k: Int, in s: LinkSentence) -> Bool {
        let start = openings.article.length(at: k, in: s).map { k + $0 } ?? k
        // (the triggers in the order they stand: none past `start` is read; by index, each read
        // in place, not copied)
        let triggers = s.triggers
        for i in triggers.indices where triggers[i].range.lowerBound >= start {
            guard triggers[i].range.lowerBound == start, triggers[i].trigger.measuresEconomy else { return false }
            // (`Tariffs on imported parts will cost the company about $1.5 billion`: an amount that a
            // rate a body sets cannot be is what the rate costs someone)
            if EconomyMeasures.isSetByName(triggers[i].trigger.predicate),
               let figure = s.quantities.first(where: { $0.kind != .date && $0.range.lowerBound > start }), figure.kind == .money {
                return triggers[i].trigger.fits(.money)
            }
            return true
        }
        return false
    }

    /// Where `while ` or `whereas ` opening a clause at `k` ends (the `w` compared first: most
    /// clauses open with neither).
    static func subordinatorEnd(at k: Int, in s: LinkSentence) -> Int? {
        guard k < s.text.count, s.text[k] == "w" else { return nil }
        return openings.subordinators.length(at: k, in: s).map { k + $0 }
    }

    /// `Gold slipped 0.5%`, `The dollar weakened`, `布伦特原油期货上涨1.2%`: a clause that opens (at
    /// `k`, past `the` and `while`) on a thing traded (name-rules.tsv `market-noun`) gives its market's
    /// figure, no company's (not when the word opens a name: `Gold Fields`, `Dollar General`).
    static func opensWithMarketNoun(at k: Int, in s: LinkSentence, names: NameRules) -> Bool {
        let k = subordinatorEnd(at: k, in: s) ?? k
        guard let figure = marketFigure(after: k, in: s) else { return false }
        var start = openings.article.length(at: k, in: s).map { k + $0 } ?? k
        // (`The Canadian dollar rose`: past an adjective of a place that says which market)
        if start < s.text.count, isUpper(s.text[start]) {
            let word = s.englishWordRange(after: start)
            if word.upperBound < s.text.count, s.text[word.upperBound] == " ", names.marketNouns.length(at: word.upperBound + 1, in: s) != nil,
               names.placeAdjectives.contains(LowercasedWord(s.text, word), in: s.text) {
                start = word.upperBound + 1
            }
        }
        // (`U.S. crude inventories rose`: past a place that says which market)
        if let place = s.entities.first(where: { $0.range.lowerBound == start && $0.type == .place }) {
            return precedesMarketNoun(place.span, in: s, names: names)
        }
        return namesMarket(at: start, before: figure, in: s, names: names) && !s.entities.contains { $0.range.contains(start) }
    }

    /// Where the first word of `market-noun` (or `market-currency`) before `end` starts (`Brent
    /// crude futures settled down $2.17`, `U.S. West Texas Intermediate crude fell`).
    static func marketNoun(before end: Int, in s: LinkSentence, names: NameRules) -> Int? {
        var k = 0
        while k < end {
            if isLatinLetter(s.text[k]) || isHan(s.text[k]) {
                if names.marketNouns.length(at: k, in: s) != nil { return k }
                if !isHan(s.text[k]) { while k < end, isLatinLetter(s.text[k]) { k += 1 } }
            }
            k += 1
        }
        return nil
    }

    /// `伦敦现货黄金`, `London copper`: a place right before a thing traded says which market
    /// (one inside its name too: `West Texas Intermediate`).
    static func precedesMarketNoun(_ e: NameSpan, in s: LinkSentence, names: NameRules) -> Bool {
        let end = e.range.upperBound
        if !isHan(s.text[e.range.lowerBound]) {
            // (the word before the place, up to 12 code points back, opening a market noun that reaches past it)
            var k = e.range.lowerBound - 1
            while k > max(0, e.range.lowerBound - 12), s.text[k - 1] != " " || !isUpper(s.text[k]) { k -= 1 }
            if k >= 0, k < e.range.lowerBound, isUpper(s.text[k]), let length = names.marketNouns.length(at: k, in: s), k + length >= end { return true }
        }
        guard let figure = marketFigure(after: end, in: s) else { return false }
        return namesMarket(at: s.has(scalar: " ", at: end) ? end + 1 : end, before: figure, in: s, names: names)
    }

    /// `大连商品交易所生猪期货主力合约收于每吨12855元`, `Comex gold futures settled at $2,801`: a name
    /// shortly before futures is where they trade, and their price no one's.
    static func precedesFutures(_ e: NameSpan, in s: LinkSentence) -> Bool {
        let end = e.range.upperBound
        guard let figure = marketFigure(after: end, in: s),
              (s.holdsHan ? chineseFuturesList : futuresList).firstPosition(in: end..<min(figure, end + 16), of: s) != nil else { return false }
        return !s.triggers.contains { $0.range.lowerBound >= end && $0.range.upperBound <= figure
            && !$0.trigger.namesChange && $0.trigger.predicate != marketPrice }
    }

    static let futuresList = PhraseList(["futures"])
    static let chineseFuturesList = PhraseList(["期货"])

    /// `according to mortgage finance agency Freddie Mac`: a name the figures are credited to,
    /// past up to four words that describe it, is their source (`according to Nvidia's filing`
    /// is Nvidia's own).
    static func followsAccordingTo(_ e: NameSpan, in s: LinkSentence) -> Bool {
        var k = e.range.lowerBound
        guard k > 0, s.text[k - 1] == " ", !s.has("'s", at: e.range.upperBound) else { return false }
        for _ in 0...4 {
            if accordingToList.ends(at: k, in: s) { return true }
            guard k >= 2, s.text[k - 1] == " " else { return false }
            var w = k - 1
            while w > 0, isLower(s.text[w - 1]) || s.text[w - 1] == "-" { w -= 1 }
            guard w < k - 1 else { return false }
            k = w
        }
        return false
    }

    static let accordingToList = PhraseList(["according to ", "according to the "])

    /// `the S&P homebuilders index`, `the Nasdaq biotech index`: a name that opens an index's
    /// name is the index's maker, not what the figure measures.
    static func opensIndexName(_ e: NameSpan, in s: LinkSentence) -> Bool {
        // (the words after the name read in one pass, up to the third: a name is mostly followed by
        // a verb, and its figures are never an index's)
        let text = s.text
        let end = min(text.count - 1, e.range.upperBound + 40)
        var k = e.range.upperBound, spaces = 0
        while k < end {
            let c = text[k].value
            if c == 0x20 {
                if text[k + 1].value | 0x20 == 0x69, indexList.starts(at: k, in: s) { return true }  // (` i`)
                spaces += 1
                if spaces == 3 { return false }
            } else if !isLatinLetter(text[k]) && c != 0x2D {  // (a letter or `-`)
                return false
            }
            k += 1
        }
        return false
    }

    static let indexList = PhraseList([" index"])

    /// Whether an organisation's name in `clause` opens an index's name: the clause is about the index.
    static func holdsIndexName(_ clause: Range<Int>, in s: LinkSentence) -> Bool {
        s.entities.indices.contains { clause.contains(s.entities[$0].range.lowerBound) && s.entities[$0].type == .org && opensIndexName(s.span($0), in: s) }
    }

    /// The first figure after `k` when it may be a market's (a change or a price) and stands in
    /// the clause of `k`. (looked for first: most clauses hold none of these kinds, and most of
    /// their first words start some word of `market-noun`)
    private static func marketFigure(after k: Int, in s: LinkSentence) -> Int? {
        let quantities = s.quantities
        for q in quantities where q.kind != .date && q.range.lowerBound >= k {
            // (a currency's level as a bare number: `The yen weakened to 157.4 per dollar`)
            guard q.kind == .percent || q.kind == .money || q.kind == .number && !s.holdsHan && (s.has(" per ", at: q.range.upperBound) || s.has(" to the ", at: q.range.upperBound)),
                  s.clause(of: q.range.lowerBound) == s.clause(of: k) else { return nil }
            return q.range.lowerBound
        }
        return nil
    }

    /// Whether a word of `market-noun` stands at `k` (a Latin one as a word of its own) with no
    /// measure but a price named between it and the figure at `figure` (`原油产量增长5%`,
    /// `天然气40.5亿立方米` are someone's output).
    private static func namesMarket(at k: Int, before figure: Int, in s: LinkSentence, names: NameRules) -> Bool {
        guard let length = names.marketNouns.length(at: k, in: s),
              isHan(s.text[k]) || !(s.text.indices.contains(k + length) && isLatinLetter(s.text[k + length])) else { return false }
        let triggers = s.triggers
        // (a word that also names a change is one: `Brent has lost about 13%`, `lost` a loss of money too)
        return !triggers.contains { t in t.range.lowerBound >= k && t.range.upperBound <= figure
            && !t.trigger.namesChange && t.trigger.predicate != marketPrice
            && !triggers.contains { $0.range == t.range && $0.trigger.namesChange } }
    }

    static let marketPrice = "price"

    /// `The FTSE 250 company`, `an S&P 500 firm`: an index before a company's noun says which
    /// companies it is one of, and is no one that acts.
    static let indexMemberList = PhraseList([" company", " companies", " firm", " firms", " group", " member", " constituent", "-listed"])

    static let marketMeasureOpenerList = PhraseList(["demand for ", "global demand for ", "prices for ", "prices of ", "the market for ",
                                                     "the price of ", "the price for ",
                                                     // (`Venture funding for AI startups hit $97 billion`: all of them together)
                                                     "funding for ", "venture funding for ", "venture capital funding for ",
                                                     "investment in ", "investments in ", "spending on ", "global spending on "])
    static let englishOwnMeasureOpenerList = PhraseList(["its ", "their ", "the company's ", "the group's "])

    /// `…after the Federal Reserve cut its rate`, `nearly twice what ESPN paid`: an English name
    /// that opens a subordinate clause is not what the article goes on about.
    static func followsSubordinator(_ e: NameSpan, in s: LinkSentence) -> Bool {
        // (the word before passes over an article: `after the Federal Reserve`)
        guard !isHan(s.text[e.range.lowerBound]) else { return false }
        return s.wordKey(s.englishWordRange(before: e.range.lowerBound)).map(subordinators.contains) ?? false
    }

    static let subordinators = WordKeys(["after", "before", "because", "as", "when", "while", "since", "although", "though",
                                         "if", "unless", "until", "whereas", "what"])

    /// Marks that may open a name in Chinese text (`旗下“零食很忙”`).
    static func isOpeningQuote(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "“", "「", "『", "\"", "《": true
        default: false
        }
    }

    /// `在数学测试MATH-500上`, `在旗舰店TMall中`: a name in a frame of place (在 … 上, 中, 里, 内)
    /// after a few characters that describe it says where, as one right after 在 does.
    private static func isInPlaceFrame(_ e: NameSpan, describedFrom end: Int, in s: LinkSentence) -> Bool {
        guard e.range.upperBound < s.text.count, placeFrameEnds.contains(s.text[e.range.upperBound]) else { return false }
        var j = end
        while j > 0, end - j < 6, isHan(s.text[j - 1]), s.text[j - 1] != "在", s.text[j - 1] != "的" { j -= 1 }
        return j < end && j > 0 && s.text[j - 1] == "在"
    }
    private static let placeFrameEnds = ScalarBitSet("上中里内".unicodeScalars)

    static func isBlocked(_ e: NameSpan, in s: LinkSentence) -> Bool {
        var start = e.range.lowerBound
        // (a blocker before the quote marks a name is written in blocks it: `旗下“零食很忙”和“赵一鸣零食”`)
        if start > 1, isOpeningQuote(s.text[start - 1]), isHan(s.text[start - 2]) { start -= 1 }
        if start > 0, isHan(s.text[start - 1]) || (start > 1 && s.text[start - 1] == " " && isHan(s.text[start - 2])) {
            let end = s.text[start - 1] == " " ? start - 1 : start
            // `通过旗下AWS` is blocked, `百度旗下文心一言` is not
            if let owned = owningList.index(endingAt: end, in: s),
               s.entities.contains(where: { $0.range.upperBound == end - owningList.length(of: owned) }) { return false }
            return chineseBlockerList.ends(at: end, in: s) || isInPlaceFrame(e, describedFrom: end, in: s)
        }
        // (the word by its key, not built as a string: every blocker is a short word of letters;
        // `of` and `at` are blockers, so a word that is none is passed at once)
        guard let word = s.wordKey(s.englishWordRange(before: start)), englishBlockerKeys.contains(word) else { return false }
        // `Shares of Meridian rose …`, `sales of Wegovy rose …` (a product's measure)
        if word == WordKey.of, let of = s.position(ofWordEndingBefore: start) {
            // (by key, as the blocker: no string built and compared)
            if let owner = s.wordKey(s.englishWordRange(before: of)), owner == WordKey.shares || owner == WordKey.stock { return false }
            if e.type == .product, s.triggers.contains(where: { $0.range.upperBound == s.englishWordRange(before: of).upperBound }) { return false }
        }
        // `Sales at Deere dropped …`: the owner of a measure, not a place it happened at
        if word == WordKey.at, let at = s.position(ofWordEndingBefore: start),
           s.triggers.contains(where: { $0.range.upperBound == s.englishWordRange(before: at).upperBound && ownedAtMeasures.contains($0.trigger.predicate) }) {
            return false
        }
        return true
    }
    static let englishBlockerKeys = WordKeys(englishBlockers)
    /// Measures a company reports, which `at` joins to it (not `priced at`, `an outage at`).
    static let ownedAtMeasures: WordSet = ["revenue", "profit", "operating_profit", "loss", "net_loss", "shipments", "employees",
                                               "users", "capex", "cost", "debt", "backlog", "eps", "gross_margin", "net_margin",
                                               "annualized_revenue"]

    static func isObjectMarked(_ e: NameSpan, in s: LinkSentence) -> Bool {
        let start = e.range.lowerBound
        // (the Chinese markers are Han: a sentence without Han holds none)
        // (`摩尔线程登陆科创板`: where a company lists is no subject either)
        if s.holdsHan, chineseObjectMarkerList.ends(at: start, in: s) ? true : listingVerbList.ends(at: start, in: s) { return true }
        // `a 4% stake in the French AI lab Mistral AI`: the marker a few words before the name
        var position = start
        let reaches = englishMarkerReach
        for step in 0..<5 {
            let word = s.englishWordRange(before: position)
            if let key = s.wordKey(word), let reach = reaches[key], step < reach { return true }
            guard !word.isEmpty, !s.entities.contains(where: { $0.range.upperBound == position }) else { return false }
            // (only spaces after the word: it is the word right before `position`, no article or
            // name was passed over to reach it, and its start is where the next step looks from)
            if s.text[word.upperBound..<position].allSatisfy({ $0 == " " }) { position = word.lowerBound; continue }
            guard let previous = s.position(ofWordEndingBefore: position) else { return false }
            position = previous
        }
        return false
    }

    /// The sentence opens with a measure of the topic: a predicate trigger among its first three
    /// words (`Data center sales climbed …`, `Net income reached …`) or `Shares …`.
    static func opensWithMeasure(_ s: LinkSentence) -> Bool {
        guard let clause = s.clauses.first else { return false }
        return opensWithMeasure(clause, in: s)
    }

    static func opensWithMeasure(_ clause: Range<Int>, in s: LinkSentence) -> Bool {
        let start = s.contentStart(clause)
        if measureOpenerList.starts(at: start, in: s) { return true }
        // where the fourth word starts, after the third space (counted, not kept in an array)
        var limit = clause.upperBound, spaces = 0, k = start
        while k < clause.upperBound, spaces < 3 {
            if s.text[k] == " " {
                spaces += 1
                if spaces == 3 { limit = k + 1 }
            }
            k += 1
        }
        return s.triggers.contains { $0.range.lowerBound >= start && $0.range.upperBound <= limit }
    }

    /// `The average check rose 4.6%`, `Load factor averaged 86.3%`: a sentence that names
    /// nobody and nowhere (a `Toronto-based` description aside) and does not open with its
    /// figure gives figures of the company the article is about.
    static func namesNobody(_ s: LinkSentence) -> Bool {
        guard let first = s.clauses.first else { return false }
        let start = s.contentStart(first)
        if s.quantities.contains(where: { $0.range.lowerBound == start }) { return false }
        // (the names first, by index: a sentence that names someone is not searched for a group)
        guard s.entities.indices.allSatisfy({ s.entities[$0].type == .place && UnknownNameFinder.locatingCompound(s.text, at: s.entities[$0].range.upperBound) })
        else { return false }
        // `Its closest rival …`, `the three companies together …`: someone else, or a group
        return !possessiveOpenerList.starts(at: start, in: s) && groupList.firstPosition(in: 0..<min(s.text.count, start + 60), of: s) == nil
    }

    /// `Analysts at Brightwater Securities estimate peak annual sales of $6.5 billion`: what analysts
    /// estimate, whoever employs them, is of the company the article is about.
    /// (a forecast: `Analysts at a Frankfurt bank said the price was about 18 times …` comment on a
    /// deal; not one of a whole market: `expect global sales of obesity drugs to reach $95 billion`)
    static func opensWithAnalysts(_ s: LinkSentence) -> Bool {
        guard let first = s.clauses.first else { return false }
        let start = s.contentStart(first)
        return analystOpenerList.starts(at: start, in: s) && forecastVerbList.firstPosition(in: start..<min(first.upperBound, start + 60), of: s) != nil
            && wholeMarketList.firstPosition(in: start..<s.text.count, of: s) == nil
    }

    static let wholeMarketList = PhraseList([" global ", " worldwide ", " industry ", " market "])

    static let analystOpenerList = PhraseList(["Analysts ", "Analysts, "])
    static let forecastVerbList = PhraseList([" estimate", " expect", " forecast", " project", " predict"])
    static let possessiveOpenerList = PhraseList(["Its ", "Their ", "its ", "their "])
    static let groupList = PhraseList(["the two ", "the three ", "the four ", "the five ", "both ", "Both ", "all three ", "all four "])

    /// Adverbs a Chinese clause may open with before its pronoun (`目前其市盈率…`).
    /// Indefinite descriptions that a later `其` or `it` may point to (`一家国产芯片厂商透露，其…`).
    static let indefiniteDescriptions = ["一家", "一位", "一名", "某", "多家", "几家", "一些", "a ", "an ", "one "]

    /// A trigger after `position` and at most three lower-case words (`its customer base`,
    /// `its property-liability combined ratio`), none naming another party (`its closest rival`).
    static func ownsTrigger(after position: Int, in s: LinkSentence) -> Bool {
        var k = position, words = 0
        while k < s.text.count, words < 4 {
            while k < s.text.count, s.text[k] == " " { k += 1 }
            if s.triggers.contains(where: { $0.range.lowerBound == k }) { return true }
            // (`Its Hong Kong-listed shares`: a place that says where is no named thing)
            if let place = s.entities.first(where: { $0.range.lowerBound == k && $0.type == .place }) { k = place.range.upperBound; words += 1; continue }
            let start = k
            while k < s.text.count, isLatinLetter(s.text[k]) || s.text[k] == "-" { k += 1 }
            // (`Its closest rival …`: another company's measure; `Its HVX token …`: a named thing's)
            if start == k || isUpper(s.text[start]) || otherPartyList.starts(at: start, in: s) { return false }
            if s.has("shares", at: start) || s.has("stock", at: start) { return true }
            words += 1
        }
        return false
    }

    static let otherPartyList = PhraseList(["rival", "competitor", "peer", "customer", "client", "partner", "supplier", "closest"])

    static let indefinites = PhraseList(indefiniteDescriptions)
    static let chineseIndefinites = PhraseList(indefiniteDescriptions.filter { $0.unicodeScalars.first.map(isHan) ?? false })

    /// `某消费电子企业去年披露的回购计划…`, `一家券商分析师表示`: a Chinese clause opening on an
    /// indefinite description is about someone unnamed (`某种程度上` is an adverb).
    static func opensWithIndefinite(_ clause: Range<Int>, in s: LinkSentence) -> Bool {
        let k = s.contentStart(clause)
        // (the first code point told first: most clauses open on none of them)
        guard k < clause.upperBound, chineseIndefinites.mayStart(at: k, in: s) else { return false }
        return chineseIndefinites.starts(at: k, in: s) && !s.has(scalar: "种", at: k + 1)
    }

    static func describesSomeone(_ range: Range<Int>, in s: LinkSentence) -> Bool {
        range.contains { k in (k == 0 || !isLatinLetter(s.text[k - 1])) && indefinites.phrase(at: k, in: s) != nil }
    }

    /// What joins an owner to what it owns, when both are named (`百度旗下文心一言`).
    static let owning = ["旗下的", "旗下"]

    /// Words right before a figure that compare it with the one before (`up from $35 million`).
    static let comparisonWords = WordKeys(["from", "than", "versus", "vs", "against", "double", "triple", "twice", "times", "with"])
    static let chineseComparisonWords = ["较", "比", "相比", "对比", "高于", "低于"]

    /// `up from a previous range of`, `compared with its earlier forecast of`, `down from its prior
    /// guidance of`: an estimate made before, which the figure after `of` gives.
    static let estimateNouns = WordKeys(["range", "forecast", "forecasts", "estimate", "estimates", "outlook", "guidance",
                                         "target", "projection", "view", "expectation", "expectations", "goal"])
    static let estimateComparisonWords = WordKeys(["above", "below", "within", "beyond", "beating", "topping", "missing"])
    static let earlierAdjectives = WordKeys(["previous", "earlier", "prior", "original", "initial", "old"])

    /// Where `of` and the estimate before it start, past an adjective of an earlier one and a
    /// possessive pronoun (an article ``LinkSentence/englishWordRange(before:)`` passes over), when
    /// they end at `position`.
    static func previousEstimateStart(endingAt position: Int, in s: LinkSentence) -> Int? {
        let of = s.englishWordRange(before: position)
        guard s.wordKey(of) == WordKey.of else { return nil }
        let noun = s.englishWordRange(before: of.lowerBound)
        guard let key = s.wordKey(noun), estimateNouns.contains(key) else { return nil }
        var start = noun.lowerBound
        let adjective = s.englishWordRange(before: start)
        if let key = s.wordKey(adjective), earlierAdjectives.contains(key) { start = adjective.lowerBound }
        let owner = s.englishWordRange(before: start)
        if let key = s.wordKey(owner), GoverningDates.possessives.contains(key) { start = owner.lowerBound }
        return start
    }

    static func introducesComparison(_ position: Int, in s: LinkSentence) -> Bool {
        // (the Chinese words are Han: a sentence without Han holds none)
        if s.holdsHan, chineseComparisonList.ends(at: position, in: s) { return true }
        // `比2023年底约1400元的低点`: the level of another time; `低于去年同期的27.4亿元`: so is its figure
        if position > 0, isHan(s.text[position - 1]) {
            let end = s.text[position - 1] == "的" ? position - 1 : position
            if let date = s.quantities.first(where: { $0.kind == .date && $0.range.upperBound == end }) {
                return chineseComparisonList.ends(at: date.range.lowerBound, in: s)
            }
        }
        if let estimate = previousEstimateStart(endingAt: position, in: s) {
            // (`at $30 each, above the range of $26 to $28`: set above or below an estimate, too)
            if let word = s.wordKey(s.englishWordRange(before: estimate)), estimateComparisonWords.contains(word) { return true }
            return introducesComparison(estimate, in: s)
        }
        // (`fell to 71,400 units from a record 83,000`)
        if position >= 9, s.text[position - 2] == "d", s.has("a record ", endingAt: position) { return introducesComparison(position - 9, in: s) }
        // (the word before looked up by its key, not built: one that is not letters only is none of them)
        guard let word = s.wordKey(s.englishWordRange(before: position)) else { return false }
        // `compared with`, `up from`: `with` only after `compared`
        if word == WordKey.with, let at = s.position(ofWordEndingBefore: position) { return s.wordKey(s.englishWordRange(before: at)) == WordKey.compared }
        return comparisonWords.contains(word)
    }

    /// `今年前10个月全国新建商品房销售面积为…`, `我国出口额…`: a Chinese clause that opens, past a date,
    /// on a word of `national-zh` (name-rules.tsv) and a measure before its first figure gives
    /// the country's figures (`全国已开设了330多家专卖店`: nationwide, someone's stores); after a
    /// clause about nobody, no measure need stand there (`假期8天，全国国内出游8.21亿人次`).
    static func opensWithNationalMeasure(_ clause: Range<Int>, afterNobody: Bool, in s: LinkSentence, names: NameRules) -> Bool {
        var k = s.contentStart(clause)
        let national = names.nationalWords
        // (`目前我国…产能`: past an adverb of the present, where a measure follows)
        var pastAdverb = false
        // (told by the first code point first: most clauses open on none of them)
        if k < clause.upperBound, presentAdverbList.mayStart(at: k, in: s), let adverb = presentAdverbList.length(at: k, in: s) { k += adverb; pastAdverb = true }
        if k < clause.upperBound, !national.mayStart(s.text[k]) {
            // (the quantities in their order: looked through up to the clause's start only)
            guard let date = s.quantities.first(where: { $0.range.lowerBound >= k }), date.kind == .date, date.range.lowerBound == k else { return false }
            k = date.range.upperBound
            // (`10月份全社会用电量…`, `今年全年全社会…`, `10月当月全国…`)
            if k < clause.upperBound, s.text[k] == "份" { k += 1 }
            if let whole = Self.periodAfterDateList.length(at: k, in: s) { k += whole }
        }
        guard k < clause.upperBound, national.mayStart(s.text[k]),
              let word = national.longestMatch(in: s.text, at: k) else { return false }
        if afterNobody, !pastAdverb { return true }
        let figure = s.quantities.first { $0.kind != .date && $0.range.lowerBound > k }?.range.lowerBound ?? clause.upperBound
        let triggers = s.triggers
        return triggers.indices.contains { triggers[$0].range.lowerBound >= k + word && triggers[$0].range.upperBound <= min(figure, clause.upperBound)
            && !triggers[$0].trigger.namesChange }
    }

    /// Words after a date that say it is the whole period, or that very one.
    static let periodAfterDateList = PhraseList(["全年", "当月", "当年", "单月"])
    static let presentAdverbList = PhraseList(["目前", "当前", "如今", "现在", "眼下", "截至目前"])

    /// `position` past leading adverbs (`但仅相当于` → `相当于`).
    static func afterLeadingAdverbs(_ position: Int, in s: LinkSentence) -> Int {
        var k = position
        while let adverb = restatementAdverbList.length(at: k, in: s) { k += adverb }
        return k
    }
    static let restatementAdverbs = ["但", "仅", "只", "也", "即", "约"]

    /// Verbs of saying that may open a clause before what is said (`has said the company …`).
    static let reportedOpeners = ["has said ", "had said ", "said ", "says ", "has told analysts ", "told analysts "]

    static let leadingAdverbs = ["目前", "如今", "此外", "同时", "而", "但", "也", "另外", "期内", "报告期内", "累计"]

    /// The clause opens with a pronoun for the topic (`该公司…`, `It …`).
    /// A part of the topic's measure: `Almost half of its users`, `30% of the company's revenue`,
    /// `占其营收的三成`.
    static let partitiveAnaphors = [" of its ", " of the company's ", " of the company’s ", " of the firm's ", " of the firm’s "]
    static let chinesePartitiveAnaphors = ["占其", "占该公司"]

    static func isPartOfTopicMeasure(_ fact: Range<Int>, in s: LinkSentence) -> Bool {
        partitiveAnaphorList.starts(at: fact.upperBound, in: s)
            || s.holdsHan && chinesePartitiveAnaphorList.firstPosition(in: max(0, fact.lowerBound - 12)..<fact.lowerBound, of: s) != nil
    }

    /// Where a pronoun opening `clause` would stand: after a leading adverb and a verb of saying.
    static func anaphorPosition(_ clause: Range<Int>, in s: LinkSentence) -> Int {
        let start = s.contentStart(clause)
        var k = afterLeadingDate(start, in: s)
        if let adverb = openings.leadingAdverbs.length(at: k, in: s) {
            k += adverb
            // (an adverb before the date too: `累计今年前11月营收…`)
            if k == start + adverb, s.holdsHan { k = afterLeadingDate(k, in: s) }
        }
        // `…, has said the company wants to …`: what a speaker says of the company
        if let saying = openings.reportedOpeners.length(at: k, in: s) { k += saying }
        return k
    }

    /// `三季度其外卖订单…`, `今年10月该公司…`, `到2029年其年收入…`, `Last month it raised …`: past a
    /// date that opens the clause (in Chinese after a preposition of time; in English with a
    /// space after it).
    private static func afterLeadingDate(_ start: Int, in s: LinkSentence) -> Int {
        let k = s.holdsHan ? start + (datePrepositionList.length(at: start, in: s) ?? 0) : start
        guard let date = s.quantity(.date, at: k) else { return start }
        if isHan(s.text[date.upperBound - 1]) { return date.upperBound }
        return s.has(scalar: " ", at: date.upperBound) ? date.upperBound + 1 : start
    }
    static let datePrepositionList = PhraseList(["到", "在", "于", "截至", "至"])

    static let companyNounList = PhraseList(chineseCompanyNouns + englishCompanyNouns)

    /// What the pronoun opening `clause` stands for when the text before gives `name`: `其`
    /// (its, his, her) may be anyone; `it` and a company noun are never a person
    /// (`邵明远表示，公司今年…`: the topic); a company noun is never a product, but may be its
    /// maker (`凭借澜星Fold 3热销，该公司…`).
    static func antecedent(_ name: String, of clause: Range<Int>, in s: LinkSentence, topic: String?, topicOwner: String?) -> String? {
        guard let named = s.entities.first(where: { $0.name == name && ($0.type == .person || $0.type == .product) }) else {
            // (`公司还计划…` in an article about 豆包: a product topic's maker, named before)
            guard let topicOwner, name == topic, companyNounList.starts(at: anaphorPosition(clause, in: s), in: s) else { return name }
            return topicOwner
        }
        let k = anaphorPosition(clause, in: s)
        if named.type == .person { return s.has(scalar: "其", at: k) && !openings.chineseNotAnaphors.starts(at: k, in: s) ? name : topic }
        return companyNounList.starts(at: k, in: s) ? named.owner ?? topic : name
    }

    /// Nouns for a product that point back to the last one named (`该游戏`, `the game`).
    static let productAnaphors = ["该游戏", "这款游戏", "该产品", "这款产品", "该款产品", "该车型", "这款车型", "该机型", "该手机", "这款手机", "该款手机",
                                  "该应用", "该剧", "该片", "该药", "这款药", "该药物", "该药品", "the game", "the product", "the drug", "the device", "the vehicle"]
    static let productAnaphorList = PhraseList(productAnaphors)

    /// `该公司`, `该行`: "the said company", the one named last, where `公司` and `其` follow the topic.
    static let chineseDemonstrativeAnaphorList = PhraseList(chineseAnaphors.filter { $0.hasPrefix("该") || $0.hasPrefix("这家") })

    /// `It …`, `The company …` opening an English sentence.
    static func opensWithPersonalPronoun(_ clause: Range<Int>, in s: LinkSentence) -> Bool {
        // (past a date that opens it: `Last month it raised …`)
        let k = anaphorPosition(clause, in: s)
        // (`Airbus shares rose 1.8%. The European planemaker has …`: a company described anew is the one just named)
        return clause.lowerBound == 0 && (s.has("It ", at: k) || s.has("Its ", at: k) || englishCompanyNounList.starts(at: k, in: s)
                                          || opensWithDescribedAnaphor(at: k, in: s, sentenceOpens: true))
    }

    /// `该公司…`, and `其` opening a sentence (`目前其在区域内…`), as `Its` does an English one.
    static func opensWithDemonstrative(_ clause: Range<Int>, in s: LinkSentence) -> Bool {
        let k = anaphorPosition(clause, in: s)
        return chineseDemonstrativeAnaphorList.starts(at: k, in: s) || clause.lowerBound == 0 && s.has(scalar: "其", at: k)
    }

    /// A noun for a product at `k`, where a pronoun opening a clause stands (``anaphorPosition(_:in:)``).
    static func opensWithProductAnaphor(at k: Int, in s: LinkSentence) -> Bool {
        productAnaphorList.starts(at: k, in: s)
    }

    /// `液体乳业务收入为587亿元`: a sentence that opens on a business of the company the article
    /// is about (a few characters, then 业务).
    /// `10月海外销量达8.4万辆`: a Chinese clause that opens (past a date or adverb at `k`) with a
    /// measure, at most two characters before its trigger, and gives a figure of it. Up to eight
    /// may name a market or a line of the company's (`海外市场收入`, `低温产品销售额`) before a
    /// measure of a company's own accounts (a market's shipments, a region's taxes are no one's:
    /// `全球市场出货量`, `地方级税收收入`), and no industry (`白酒行业产品销售额`). Whose share of it
    /// may stand first (`归属于公司股东的持续经营净利润`): the company's own.
    static func opensWithChineseMeasure(_ clause: Range<Int>, at k: Int, in s: LinkSentence, names: NameRules) -> Bool {
        // (an economy's measure is no company's: `全省国内生产总值从…上升到…`)
        // (past whose share it is, to the first word of money: `持续经营` is no duration there)
        let attributed = attributionList.starts(at: k, in: s)
        let from = attributed ? (k..<clause.upperBound).first(where: { s.text[$0] == "的" }).map { $0 + 1 } ?? k : k
        guard let measure = s.triggers.first(where: { $0.range.lowerBound >= from && clause.contains($0.range.lowerBound) && !$0.trigger.namesChange
                                                      && (!attributed || $0.trigger.fits(.money)) }),
              !measure.trigger.measuresEconomy
        else { return false }
        let lead = from..<measure.range.lowerBound
        if attributed {
            guard lead.count <= 6, ownMeasurePredicates.contains(measure.trigger.predicate) else { return false }
        } else if lead.count > 2 {
            guard lead.count <= 8, lead.allSatisfy({ isHan(s.text[$0]) }), names.segmentNouns.endsBefore(lead.upperBound, in: s.text),
                  ownMeasurePredicates.contains(measure.trigger.predicate),
                  industryScopeList.firstPosition(in: lead, of: s) == nil else { return false }
        }
        return s.quantities.contains { $0.kind != .date && $0.range.lowerBound >= measure.range.upperBound && clause.contains($0.range.lowerBound) }
    }

    /// `公开发售部分获得超额认购约486倍`: a Chinese clause that names nobody and holds a measure
    /// only a listed company has (its offer's subscription, its market value, its buyback) gives
    /// the topic's figure wherever the measure stands.
    /// (not of a group: `两家公司的市值差距`)
    static func holdsListedCompanyMeasure(_ clause: Range<Int>, in s: LinkSentence) -> Bool {
        guard let measure = s.triggers.first(where: { clause.contains($0.range.lowerBound) && listedCompanyPredicates.contains($0.trigger.predicate) })
        else { return false }
        return chineseGroupList.firstPosition(in: clause.lowerBound..<measure.range.lowerBound, of: s) == nil
    }

    static let chineseGroupList = PhraseList(["两家", "三家", "四家", "几家", "多家", "各家", "双方", "两者", "二者"])

    static let listedCompanyPredicates: Set<String> = ["oversubscription", "market_cap", "pe_ratio", "eps", "buyback"]

    /// Measures of a company's own accounts: given for one of its markets or lines, still its own.
    static let ownMeasurePredicates: Set<String> = ["revenue", "profit", "operating_profit", "loss", "net_loss", "research_spending",
                                                     "gross_margin", "net_margin", "operating_margin", "eps", "capex",
                                                     // (`国际航线旅客运输量`, `海外市场用户数`)
                                                     "visits", "load_factor", "users"]
    static let industryScopeList = PhraseList(["行业"])
    /// `此次IPO共发行7000万股`, `本次交易…`: a sentence that opens on this deal of the company's,
    /// naming no one, is about the article's company (not `此次会议`).
    static let occasionList = PhraseList(["此次", "本次", "这次"].flatMap { this in
        ["IPO", "发行", "融资", "交易", "收购", "并购", "回购", "上市", "募资", "增发", "配售", "投资"].map { this + $0 } })

    /// `财报显示，海外市场收入…`: a first clause that only says the company's report shows what
    /// follows, so that the clause after it opens the sentence (not a survey's: `调查结果显示，`).
    static func followsReportOpener(_ c: Int, in s: LinkSentence) -> Bool {
        guard c == 1 else { return false }
        let first = s.clauses[0]
        let end = hanEnd(of: first, in: s)
        return s.has("显示", endingAt: end) && companyReportList.ends(at: end - 2, in: s)
            && !s.quantities.contains { first.contains($0.range.lowerBound) }
    }

    /// `若撇除重估亏损，基础溢利为55.3亿元`, `扣除一次性收益后，净利润…`, `按非美国通用会计准则，…`: whether
    /// the sentence's first clause only sets aside what the figure leaves out, or says the basis its
    /// figures are reckoned on or their period (`期内，`), or is an adverb alone (`此外，`, `同时，`), so
    /// that the clause after it opens the sentence.
    static func opensWithExclusion(_ s: LinkSentence) -> Bool {
        let first = s.clauses[0]
        let start = s.contentStart(first)
        guard start < first.upperBound else { return false }
        if let adverb = openings.leadingAdverbs.length(at: start, in: s), start + adverb == hanEnd(of: first, in: s) { return true }
        return exclusionOpenerList.mayStart(at: start, in: s) && exclusionOpenerList.starts(at: start, in: s)
            && !s.quantities.contains { first.contains($0.range.lowerBound) }
    }

    /// Where the last Han character of `clause` ends (its closing marks left out).
    private static func hanEnd(of clause: Range<Int>, in s: LinkSentence) -> Int {
        var end = clause.upperBound
        while end > clause.lowerBound, !isHan(s.text[end - 1]) { end -= 1 }
        return end
    }
    static let attributionList = PhraseList(["归属于", "归属", "归母"])
    static let exclusionOpenerList = PhraseList(["期内", "报告期内", "本期内", "期间内", "按非", "按照非", "根据非", "在非", "以非", "按国际财务报告准则", "按照国际财务报告准则", "按美国通用会计准则", "按照美国通用会计准则","若撇除", "若剔除", "若扣除", "若不计", "如撇除", "如剔除", "如扣除", "如不计", "如果剔除", "如果扣除", "如果不计",
                                                  "撇除", "剔除", "扣除", "不计", "不计入", "不包括"])

    /// What a company reports its figures in.
    static let companyReportList = PhraseList(["财报", "年报", "季报", "半年报", "公告", "业绩报告", "财务报告", "招股书", "业绩快报", "业绩预告"])

    static func opensWithSegment(_ clause: Range<Int>, in s: LinkSentence) -> Bool {
        let start = s.contentStart(clause)
        var k = start
        while k < clause.upperBound, k - start < 8, isHan(s.text[k]) {
            if k > start, s.has("业务", at: k) { return true }
            k += 1
        }
        return false
    }

    /// The nouns of ``englishAnaphors`` without their article (`group`, `retailer`).
    static let englishAnaphorNounList = PhraseList(englishAnaphors.filter { $0.hasPrefix("the ") }.map { String($0.dropFirst(4)) })
    /// One of ``englishAnaphors`` starts at `k`. (Its noun is looked for after `the `: the
    /// phrases that open with it are not each compared in turn.)
    static func startsEnglishAnaphor(at k: Int, in s: LinkSentence) -> Bool {
        let openings = openings.englishAnaphorOpenings
        guard let opening = openings.index(at: k, in: s) else { return false }
        // (the first in list order is found: a pronoun is one, `the ` needs a noun after it)
        return opening < openings.phrases.count - 1 || englishAnaphorNounList.starts(at: k + 4, in: s)
    }

    /// `The candy maker said …`, `The world's largest luxury group …`: the article, a few words
    /// that describe, and a noun for a company. Within a sentence one of the words must be a
    /// possessive, a superlative or where it is based (`in Illinois, the grid operator` is another
    /// company).
    /// `Paris-based`, `Cambridge, Massachusetts-based`: a place before `-based`, or before a comma
    /// and a word before it.
    static func isBase(_ e: NameSpan, in s: LinkSentence) -> Bool {
        let k = e.range.upperBound
        // (told by the code point after the name first: most names stand before neither)
        guard k + 1 < s.text.count else { return false }
        if s.text[k] == "," { return Clauses.isBeforeBase(s.text, k) }
        return s.text[k] == "-" && s.has("-based", at: k)
    }


    /// `中国出口集装箱运价综合指数（SCFI）`: a place that opens a noun a name in brackets glosses
    /// qualifies it; the name is what the noun is.
    private static func qualifiesGlossedNoun(_ e: NameSpan, in s: LinkSentence) -> Bool {
        var k = e.range.upperBound
        while k < s.text.count, k - e.range.upperBound <= 16, isHan(s.text[k]), s.text[k] != "的" { k += 1 }
        guard k > e.range.upperBound, k + 1 < s.text.count, s.text[k] == "(" || s.text[k] == "（" else { return false }
        // (one name, the bracket closed after it: `香港三家发钞银行（汇丰、渣打、中银集团）` lists some of them)
        return s.entities.contains { e in
            e.range.lowerBound == k + 1 && e.type != .place && e.range.upperBound < s.text.count
                && (s.text[e.range.upperBound] == ")" || s.text[e.range.upperBound] == "）")
        }
    }

    static func opensWithDescribedAnaphor(at k: Int, in s: LinkSentence, sentenceOpens: Bool) -> Bool {
        guard openings.article.starts(at: k, in: s) else { return false }
        var w = k + 4
        var describes = sentenceOpens
        for _ in 0..<5 {
            if let length = englishAnaphorNounList.length(at: w, in: s), w + length == s.text.count || !isAlphanumeric(s.text[w + length]) {
                return describes && w > k + 4
            }
            let start = w
            while w < s.text.count, s.text[w] != " ", s.text[w] != ",", s.text[w] != ";" { w += 1 }
            describes = describes || isDescribingWord(start..<w, in: s)
            guard w < s.text.count, s.text[w] == " " else { return false }
            w += 1
        }
        return false
    }

    /// `world's`, `largest`, `Paris-based`.
    private static func isDescribingWord(_ word: Range<Int>, in s: LinkSentence) -> Bool {
        s.has("'s", endingAt: word.upperBound) || s.has("’s", endingAt: word.upperBound)
            || word.count > 5 && s.has("est", endingAt: word.upperBound) || s.has("-based", endingAt: word.upperBound)
    }

    static func opensWithAnaphor(_ clause: Range<Int>, in s: LinkSentence) -> Bool {
        opensWithAnaphor(clause, at: anaphorPosition(clause, in: s), in: s)
    }

    /// ``opensWithAnaphor(_:in:)`` for a caller that holds the clause's ``anaphorPosition(_:in:)`` `k`.
    static func opensWithAnaphor(_ clause: Range<Int>, at k: Int, in s: LinkSentence) -> Bool {
        // (each phrase below starts at `k`: where none of their first code points stands, none is compared)
        guard k >= 0, k < s.text.count, openings.anaphorInitials.contains(AliasTrie.key(s.text[k])) else { return false }
        if openings.chineseNotAnaphors.starts(at: k, in: s) { return false }
        if openings.chineseAnaphors.starts(at: k, in: s) { return true }
        if startsEnglishAnaphor(at: k, in: s) || opensWithDescribedAnaphor(at: k, in: s, sentenceOpens: clause.lowerBound == 0) { return true }
        // `Its customer base reached …`: the topic's own measure (not `Its closest rival …`)
        if openings.its.starts(at: k, in: s), ownsTrigger(after: k + 3, in: s) { return true }
        if let conjunction = openings.conjunctions.length(at: k, in: s) {
            // (`…, and its share of prescriptions has slipped to …`: the topic's own measure)
            let next = k + conjunction
            return startsEnglishAnaphor(at: next, in: s) || openings.its.starts(at: next, in: s) && ownsTrigger(after: next + 3, in: s)
        }
        return false
    }
}
