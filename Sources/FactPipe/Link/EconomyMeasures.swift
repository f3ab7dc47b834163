/// Measures of a whole economy (`Inflation eased to 2.5%`, `城镇调查失业率为5.1%`, `税收收入`): no company's,
/// whatever company the article is about.
enum EconomyMeasures {
    /// The country a word of `national-zh` names (name-rules.tsv): the canonical name of entities.tsv.
    static let nationalEconomy = "China"

    /// Whether `predicate` measures an economy.
    /// (comparisons, not a static set: asked of every fact of a sentence that holds one)
    static func measures(_ predicate: String?) -> Bool {
        PredicateChoice.is(predicate, "inflation") || PredicateChoice.is(predicate, "unemployment_rate")
            || PredicateChoice.is(predicate, "gdp") || PredicateChoice.is(predicate, "retail_sales")
            || PredicateChoice.is(predicate, "industrial_output") || PredicateChoice.is(predicate, "tax_revenue")
            || PredicateChoice.is(predicate, "value_added") || PredicateChoice.is(predicate, "income")
            || isSetByName(predicate) || isBalance(predicate)
    }
    /// A country's balances of trade, of its budget and of its current account, and its reserves of
    /// foreign currency and gold (a company's exports and imports are its own: those are not here).
    /// (comparisons, as ``measures(_:)`` makes them)
    static func isBalance(_ predicate: String?) -> Bool {
        PredicateChoice.is(predicate, "trade_surplus") || PredicateChoice.is(predicate, "trade_deficit")
            || PredicateChoice.is(predicate, "budget_surplus") || PredicateChoice.is(predicate, "budget_deficit")
            || PredicateChoice.is(predicate, "current_account_surplus") || PredicateChoice.is(predicate, "current_account_deficit")
            || PredicateChoice.is(predicate, "reserves")
    }

    /// Whether `s` holds a measure of an economy (by index: each trigger read in place, not copied).
    static func holds(in s: LinkSentence) -> Bool {
        let triggers = s.triggers
        return triggers.indices.contains { triggers[$0].trigger.measuresEconomy }
    }

    /// Rates a named body sets (`the Federal Reserve cut its policy rate to 4%`), as a place has them
    /// (`Canada said it would respond with counter-tariffs of 25%`).
    static func isSetByName(_ predicate: String?) -> Bool { PredicateChoice.is(predicate, "interest_rate") || PredicateChoice.is(predicate, "tariff") }

    /// Gives each economy measure of the sentence the economy it is of: a place the sentence names
    /// (`美国10月CPI…`: its own; `In Turkey, inflation …`: the one before the figure, not a
    /// dateline's in brackets; `全国…`: China, by a word of `national-zh`), a body named in the
    /// sentence for a rate it sets (`中国人民银行公布，一年期LPR为2.95%`), else the place such a
    /// figure was of before (`lastPlace`: `…。失业率…`), kept until a figure of someone else named:
    /// never the topic carried in. A change of such a measure (`GDP grew 1.8%`) is one as well.
    /// Returns whether a place was given such a figure: the place is then no topic the article
    /// goes on about (`去年美国失业率为4.9%。净利润…`: the company's profit).
    /// (apart from the linking loop, as `giveValuations` is: code in that loop changes how it compiles)
    @inline(never) static func settle(_ facts: inout [Fact], in s: LinkSentence, names: NameRules, breaksDown: Bool, placedBefore: inout Bool,
                                      openingPlace: inout String?, lastPlace: inout String?) -> Bool {
        // (whether the sentence is a breakdown of the figures the sentence before gave a place; noted
        // here for the next, not by the caller: a write to its `self` there made it copy each fact)
        let followsPlaced = placedBefore, breaksDownPlaced = breaksDown && placedBefore
        placedBefore = false
        // (most sentences hold no measure of an economy and follow none: passed over unread)
        guard lastPlace != nil || holds(in: s) else { return false }
        var placed = false
        defer { placedBefore = placed }
        // (the measure the figure before measured or changed: a change in a clause that names no
        // measure goes on with it, `社会消费品零售总额为4.2万亿元，同比增长3.9%`)
        var measureBefore: String? = nil
        for k in facts.indices where facts[k].quantity.kind != .date {
            let predicate = facts[k].predicate
            let position = s.quantities[k].range
            let clause = s.clauses.isEmpty ? 0..<s.text.count : s.clauses[s.clause(of: position.lowerBound)]
            let subject = facts[k].subject
            // (by index: a closure over the names themselves copies each one)
            let named = s.entities.indices.first { s.entities[$0].name == subject }.map { s.entities[$0] }
            // (a change, `cut its policy rate by a quarter of a percentage point`, is of the measure it changes)
            // (or of the one a clause before an aside names: `Core retail sales, which exclude …, dipped 0.1%`)
            let measure = PredicateChoice.isChange(predicate ?? "")
                ? (measureChanged(before: position.lowerBound, in: clause, s) ?? measureBeforeAside(of: position.lowerBound, in: s))
                    .map { $0.trigger.predicate } ?? measureBefore : predicate
            measureBefore = measure
            // `Borrowing in the first seven months … reached £116.8 billion`, of no one else after a
            // country's figures: a government's borrowing is its deficit
            if let place = lastPlace, subject == nil || subject == place, PredicateChoice.is(predicate, "debt"),
               let borrowing = measureChanged(before: position.lowerBound, in: clause, s), s.has("borrowing", at: borrowing.range.lowerBound) {
                facts[k].predicate = "budget_deficit"
                facts[k].subject = place
                continue
            }
            guard measures(measure) else {
                // `Nvidia's revenue rose …`: the article has turned to someone else's figures
                if let named, named.type != .place, predicate != nil { lastPlace = nil; openingPlace = nil }
                // `…社会消费品零售总额7480亿元。其中，网上零售额增长12.6%`: a measure of no one, in a
                // breakdown of the place's economy figures the sentence before gave, that names no one,
                // is that place's too (not a price, which is the market's: `分项来看，食品价格同比下降1.8%`;
                // not a count of no measure, `其中经济建设方面13件`)
                // so is a product's output of no one right after them (`…增长6.8%。新能源汽车产量为28.6万辆`)
                if breaksDownPlaced || followsPlaced && PredicateChoice.is(measure, "production"), subject == nil, predicate != nil,
                   !PredicateChoice.is(measure, "price"), let place = lastPlace, s.entities.isEmpty {
                    facts[k].subject = place
                    placed = true
                }
                continue
            }
            if let named, named.type == .place {
                lastPlace = named.name; placed = true
            } else if isSetByName(measure),
                      let body = named ?? s.entities.last(where: { $0.type == .org && $0.range.upperBound <= position.lowerBound }) {
                facts[k].subject = body.name
            } else if isSetByName(measure) || isBalance(measure), subject != nil, SubjectRules.opensWithAnaphor(clause, in: s) {
                // `The central bank has now lowered the cash rate by …`: the body the pronoun stands
                // for; `Its budget surplus was 0.7% of output`: the country
                continue
            } else if !s.holdsHan, let place = placeOfAdjective(before: position.lowerBound, in: clause, s, names: names) {
                // `British consumer price inflation fell to 3.6%`: the country its adjective names
                facts[k].subject = place
                lastPlace = place; placed = true
            } else if let place = s.entities.last(where: { $0.type == .place && $0.range.upperBound <= position.lowerBound
                                                            && !isInDateline($0.range.lowerBound, in: s) }) {
                facts[k].subject = place.name
                lastPlace = place.name; placed = true
            } else if s.holdsHan, names.nationalWords.occurs(in: s.text[..<position.lowerBound]) {
                // `全国居民消费价格指数`, `我国国内生产总值`
                facts[k].subject = nationalEconomy
                lastPlace = nationalEconomy; placed = true
            } else if lastPlace == nil,
                      let country = (s.entities.last(where: { $0.type == .org && $0.owner != nil && $0.range.upperBound <= position.lowerBound
                                                               && !isInDateline($0.range.lowerBound, in: s) })
                                     ?? s.entities.first(where: { $0.type == .org && $0.owner != nil && $0.range.lowerBound >= position.upperBound }))?.owner {
                // `The Reserve Bank of New Zealand said annual inflation slowed to 2.7%`, `…was £17.4
                // billion last month, the Office for National Statistics said`: the country of the
                // body that reports it (entities.tsv's `owner` of a central bank or a statistics office)
                facts[k].subject = country
                lastPlace = country; placed = true
            } else if lastPlace != nil, isSetByName(measure), measureIsTraded(before: position.lowerBound, in: clause, s, names: names) {
                // (`the yield on 10-year gilts rose 3 basis points to 4.58%`: a market's rate, no one's)
                continue
            } else {
                // (in English, the place the document opened on where none was named since: `U.S. employers
                // added 142,000 jobs …. The unemployment rate rose to 4.4%`; a Chinese report names its
                // economy, 全国, 全市, where it means one)
                let place = lastPlace ?? (s.holdsHan ? nil : openingPlace)
                facts[k].subject = place
                if place != nil { placed = true }
            }
        }
        return placed
    }

    /// Whether the measure named last before `end` in `clause` is a thing traded (`yield`, name-rules.tsv's `market-noun`).
    private static func measureIsTraded(before end: Int, in clause: Range<Int>, _ s: LinkSentence, names: NameRules) -> Bool {
        guard let measure = measureChanged(before: end, in: clause, s) else { return false }
        return names.marketNouns.length(at: measure.range.lowerBound, in: s) != nil
    }

    /// The place an adjective of a country names among the three words before the measure
    /// named last before `end` in `clause` (`British consumer price inflation`, `Japanese core inflation`).
    private static func placeOfAdjective(before end: Int, in clause: Range<Int>, _ s: LinkSentence, names: NameRules) -> String? {
        guard let measure = measureChanged(before: end, in: clause, s) else { return nil }
        var k = measure.range.lowerBound
        for _ in 0..<3 {
            // (not a market's rate: `German 10-year bond yields rose 2 basis points`)
            if names.marketNouns.length(at: k, in: s) != nil { return nil }
            let word = s.englishWordRange(before: k)
            guard !word.isEmpty, word.lowerBound >= clause.lowerBound, !s.text[word.upperBound..<k].contains(where: { $0 != " " }) else { return nil }
            if isUpper(s.text[word.lowerBound]), let place = names.placesOfAdjectives[s.text.lowercasedASCIIText(word)] { return place }
            k = word.lowerBound
        }
        return nil
    }

    /// The measure the clause before an aside names, for a change at `position` in the clause after it.
    @inline(never) private static func measureBeforeAside(of position: Int, in s: LinkSentence) -> PredicateChoice.ClauseTriggers.Element? {
        guard !s.holdsHan, !s.clauses.isEmpty, let opening = PredicateChoice.asideOpening(before: s.clause(of: position), in: s) else { return nil }
        let before = s.clauses[opening - 1]
        return measureChanged(before: before.upperBound, in: before, s)
    }

    /// The measure a change before `end` in `clause` changes (`国内生产总值年均增长12.1%`).
    private static func measureChanged(before end: Int, in clause: Range<Int>, _ s: LinkSentence) -> PredicateChoice.ClauseTriggers.Element? {
        // (a measure before 的 qualifies another: `财政收入从1978年GDP的大约1/3下降到…`)
        s.triggers.last { clause.contains($0.range.lowerBound) && $0.range.upperBound <= end && !$0.trigger.namesChange
            && !s.has(scalar: "的", at: $0.range.upperBound) }
    }

    /// `居民消费价格指数同比上涨0.4%`, `Consumer prices rose 2.6%`: a rise of prices in percent, made
    /// by the change trigger at `change`, is the inflation rate (a fall is no negative rate here:
    /// it stays a decline; so does a change in percentage points, `涨幅扩大0.2个百分点`).
    static func isInflationRise(_ change: Range<Int>, in clause: Range<Int>, _ s: LinkSentence) -> Bool {
        guard let measure = measureChanged(before: change.lowerBound, in: clause, s) else { return false }
        return PredicateChoice.is(measure.trigger.predicate, "inflation")
    }

    /// Whether `position` stands in a dateline: after `本报` or a news agency's `社`
    /// (`本报北京1月8日讯`, `新华社北京11月18日电`), or inside brackets (`（本报北京1月18日电）`).
    static func isInDateline(_ position: Int, in s: LinkSentence) -> Bool {
        if position < 3, opensEnglishDateline(position, in: s) { return true }
        if s.has(scalar: "社", endingAt: position) || s.has(scalar: "报", endingAt: position) && s.has(scalar: "本", endingAt: position - 1) { return true }
        var depth = 0
        for c in s.text[..<position] {
            if c == "(" || c == "（" { depth += 1 } else if c == ")" || c == "）" { depth = max(0, depth - 1) }
        }
        return depth > 0
    }

    /// `LONDON, Nov 19 - British inflation …`, `TOKYO (Reuters) - …`: a place opening an English
    /// sentence before a dateline's date or agency says where the report was filed.
    private static func opensEnglishDateline(_ position: Int, in s: LinkSentence) -> Bool {
        guard !isHan(s.text[position]), let place = s.entities.first(where: { $0.range.lowerBound == position }) else { return false }
        let end = place.range.upperBound
        if s.has(", ", at: end), let date = s.quantities.first(where: { $0.kind == .date && $0.range.lowerBound == end + 2 }) {
            return GoverningDates.isDateline(date.range, in: s)
        }
        guard s.has(" (", at: end) else { return false }
        let k = GoverningDates.pastAgency(end, in: s)
        return k < s.text.count && GoverningDates.isDash(s.text[k])
    }
}
