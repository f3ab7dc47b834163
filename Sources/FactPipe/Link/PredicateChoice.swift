/// What a quantity measures: the counted noun it is written with (`2.5 million users`), else
/// the nearest trigger before it in its clause that fits its kind, else one right after it
/// (`$7 billion funding round`, `5000亿美元的身价`).
enum PredicateChoice {
    /// English clause openers that set a figure against the one before (`compared with 78 cents`).
    static let comparedLevelOpenerList = PhraseList(["compared with ", "compared to ", "versus ", "beating ", "topping ", "missing ",
                                                     "ahead of ", "short of "])
    struct Choice {
        var name: String
        var range: Range<Int>?
    }

    static let levelMarkers = ["to", "from", "below", "above", "至", "到", "从", "至原来的", "到原来的"]
    /// The markers, also with a space after them (`fell to 13%`, `升至21%`), in one list: one
    /// look-up for each figure.
    static let levelMarkerList = PhraseList(levelMarkers + levelMarkers.map { $0 + " " })
    /// Whether `predicate` names a change (`growth`, `decline`), not a level.
    /// (two comparisons, not a static array: asked of nearly every trigger and fact)
    static func isChange(_ predicate: String) -> Bool { `is`(predicate, "growth") || `is`(predicate, "decline") }
    /// Whether `predicate` is `name`: their lengths in bytes compared first, in place (a failing
    /// `==` is an outlined call, and the predicates asked about mostly differ in length from the
    /// name asked for).
    @inline(__always) static func `is`(_ predicate: String?, _ name: String) -> Bool {
        guard let predicate else { return false }
        return predicate.utf8.count == name.utf8.count && predicate == name
    }
    static let genericCount = "units"
    /// The predicate of a trigger within the next five words after `preposition` right after the
    /// figure (one that names a quantity of `kind`, when given).
    static func measure(after preposition: String, _ position: Range<Int>, in s: LinkSentence, kind: QuantityKind? = nil) -> String? {
        guard s.has(preposition, at: position.upperBound) else { return nil }
        var k = position.upperBound + preposition.unicodeScalars.count, words = 0
        while k < s.text.count, words < 5 {
            if let t = s.triggers.first(where: { $0.range.lowerBound == k && kind.map($0.trigger.fits) ?? true }) { return t.trigger.predicate }
            // (a comma inside a number, `18,400 jobs`, ends no word)
            while k < s.text.count, s.text[k] != " ", s.text[k] != "," || k + 1 < s.text.count && isASCIIDigit(s.text[k + 1]) { k += 1 }
            guard k < s.text.count, s.text[k] == " " else { return nil }
            k += 1; words += 1
        }
        return nil
    }

    /// The measure of money a trigger one space after `position` names, not a change nor a cost.
    @inline(never) static func moneyMeasure(rightAfter position: Range<Int>, in s: LinkSentence) -> String? {
        guard s.has(scalar: " ", at: position.upperBound) else { return nil }
        let triggers = s.triggers
        guard let i = triggers.indices.first(where: { triggers[$0].range.lowerBound == position.upperBound + 1 }),
              triggers[i].trigger.fits(.money), !triggers[i].trigger.namesChange, !`is`(triggers[i].trigger.predicate, "cost") else { return nil }
        return triggers[i].trigger.predicate
    }

    static let articleList = PhraseList([" a ", " an ", " its ", " the "])

    /// Whether an amount of money follows the figure at `position` after ` of ` and at most a
    /// determiner (`78% of the €14.5 billion`, `a third of its $2 billion budget`).
    static func shareOfAmount(_ position: Range<Int>, in s: LinkSentence) -> Bool {
        guard s.has(" of ", at: position.upperBound) else { return false }
        var k = position.upperBound + 4
        if let determiner = ofDeterminerList.length(at: k, in: s) { k += determiner }
        return s.quantities.contains { $0.range.lowerBound == k && $0.kind == .money }
    }
    static let ofDeterminerList = PhraseList(["the ", "its ", "their ", "a "])

    /// `employs around 6,500 people across 11 plants`: a count after a preposition, past another
    /// count after `start` (what the verb there measures), counts no more of it (`invest $4 billion in
    /// two plants` does measure them).
    private static func isCountAfterPreposition(_ position: Range<Int>, pastCountAfter start: Int, in s: LinkSentence) -> Bool {
        guard s.has(scalar: " ", at: position.lowerBound - 1), countPrepositionList.ends(at: position.lowerBound, in: s) else { return false }
        // (a loop by index, no closure over the sentence's quantities: it copied the sentence)
        let quantities = s.quantities
        for k in quantities.indices where quantities[k].kind == .number && quantities[k].range.lowerBound >= start && quantities[k].range.upperBound <= position.lowerBound {
            return true
        }
        return false
    }

    static let countPrepositionList = PhraseList([" across ", " in ", " at ", " from ", " over ", " among ", " with "])
    static let wholeMarketList = PhraseList([" of the world's", " of global ", " of the global ", " of world "])

    /// `the $2.05 that analysts polled by FactSet had expected`, `the 71 cents expected by analysts`:
    /// a figure that forecasters follow, within six words after it, with a verb of forecasting.
    static func isFollowedByForecasters(_ position: Range<Int>, in s: LinkSentence) -> Bool {
        if forecastFollowerList.starts(at: position.upperBound, in: s) { return true }
        var k = position.upperBound
        if thatList.starts(at: k, in: s) { k += 5 }
        guard forecasterWordList.starts(at: k, in: s) else { return false }
        // (the words by their keys, not built as strings: every verb of the set is letters only, at most 12)
        return s.endOfEnglishWord(from: k + 1, within: 6, where: { s.wordKey($0).map(forecastVerbKeys.contains) ?? false }) != nil
    }

    static let thatList = PhraseList([" that"])
    static let forecasterWordList = PhraseList([" analysts ", " economists "])
    static let forecastFollowerList = PhraseList([" expected by analysts", " forecast by analysts", " estimated by analysts",
                                                  " expected by economists", " forecast by economists"])

    static let marketMeasureWords: WordSet = ["value", "cap", "capitalization", "capitalisation"]

    static let forecastVerbs: WordSet = ["expected", "forecast", "estimated", "projected", "predicted", "expecting"]
    static let forecasterList = PhraseList(["analysts", "analyst", "economists", "economist"])
    static let forecastNouns = WordKeys(["forecast", "forecasts", "estimate", "estimates", "expectation", "expectations", "consensus"])
    static let forecastVerbKeys = WordKeys(forecastVerbs)

    /// `Analysts polled by LSEG had expected $5.18`: a figure that analysts or economists forecast,
    /// in a clause that names them before it.
    static func isAnalystsForecast(_ position: Range<Int>, clause: Range<Int>, in s: LinkSentence) -> Bool {
        // (the words by their keys, not built as strings: every word of the sets is letters only, at most 12)
        let word = s.englishWordRange(before: position.lowerBound)
        guard let before = s.wordKey(word) else { return false }
        // (`compared with analysts' average forecast of $4.41`)
        let ofForecast = before == WordKey.of && s.wordKey(s.englishWordRange(before: word.lowerBound)).map(forecastNouns.contains) ?? false
        guard forecastVerbKeys.contains(before) || ofForecast else { return false }
        return forecasterList.firstPosition(in: clause.lowerBound..<position.lowerBound, of: s) != nil
    }

    /// `nearly 30% of the European replacement market`, `about 14% of the U.S. salty-snacks market`:
    /// a part of a market, named within 40 code points after `of`, no comma between (a market's
    /// value or capitalisation is another measure).
    static func isShareOfMarket(_ position: Range<Int>, in s: LinkSentence) -> Bool {
        let start = position.upperBound + 4  // (past ` of `)
        guard s.has(" of ", at: position.upperBound) else { return false }
        for k in start..<min(start + 40, s.text.count) {
            let c = s.text[k]
            if c == "," || c == ";" { return false }
            if c == "m", s.text[k - 1] == " " || s.text[k - 1] == "-", s.has("market", at: k) {
                return !marketMeasureWords.contains(s.englishWord(after: k + 6))
            }
        }
        return false
    }

    static let partOfPreviousList = PhraseList([" of them", " of those", " of these", " of which", " of the total"])

    /// `half of them`, `roughly a quarter of those`, `贡献了其中约三分之一`: a part of what the
    /// figure before counted.
    static func isPartOfPrevious(_ position: Range<Int>, in s: LinkSentence) -> Bool {
        partOfPreviousList.starts(at: position.upperBound, in: s) || s.has("其中", endingAt: position.lowerBound)
    }

    /// What a multiple is compared with right after it: a figure (`double the £98 million`) or
    /// a measure (`triple its valuation`, `three times its revenue`, `triple what it was worth`).
    static func comparedLevel(after position: Range<Int>, in s: LinkSentence) -> (isFigure: Bool, trigger: String?)? {
        let determiner = s.englishWord(after: position.upperBound)
        guard ["the", "its", "their", "what"].contains(determiner) else { return nil }
        var k = position.upperBound
        while k < s.text.count, s.text[k] == " " { k += 1 }
        k += determiner.unicodeScalars.count
        while k < s.text.count, s.text[k] == " " { k += 1 }
        if s.quantities.contains(where: { $0.range.lowerBound == k || $0.range.lowerBound == k + 1 }) { return (true, nil) }
        // the measure within the next three words (`its current annual revenue`)
        var words = 0
        while k < s.text.count, words < (determiner == "what" ? 4 : 3) {
            if let t = s.triggers.first(where: { $0.range.lowerBound == k }) { return (false, t.trigger.predicate) }
            while k < s.text.count, isAlphanumeric(s.text[k]) { k += 1 }
            while k < s.text.count, s.text[k] == " " { k += 1 }
            words += 1
        }
        return nil
    }

    static let infinitiveOrModal = WordKeys(QuantityRecognizer.infinitiveOrModal)

    /// `比重`, `比例` and a verb before a share (`的比重接近两成`, `的比例为三成`).
    static let shareNounList = PhraseList(["比重", "比例", "占比"])
    static let shareVerbList = PhraseList(["为", "达", "达到", "约为", "已达"])

    /// Where the share noun and verb that end at `end`, if any, start (`end` when none stands there).
    static func afterShareNoun(endingAt end: Int, in s: LinkSentence) -> Int {
        var k = end
        if let verb = shareVerbList.index(endingAt: k, in: s) { k -= shareVerbList.length(of: verb) }
        guard let noun = shareNounList.index(endingAt: k, in: s) else { return end }
        return k - shareNounList.length(of: noun)
    }

    /// `wants to double its revenue`, `could triple its sales`: a multiple that is a verb's base
    /// form after `to` or a modal verb.
    static func isVerbOfMultiplying(_ position: Range<Int>, in s: LinkSentence) -> Bool {
        guard s.wordKey(s.englishWordRange(before: position.lowerBound)).map(infinitiveOrModal.contains) ?? false else { return false }
        return QuantityRecognizer.isBaseMultiplyingVerb(String(String.UnicodeScalarView(s.text[position])))
    }

    /// `fell to 13%`, `升至21%`: a figure right after a marker of the level reached.
    static func isLevel(_ position: Range<Int>, in s: LinkSentence) -> Bool {
        levelMarkerList.ends(at: position.lowerBound, in: s)
    }

    /// `由1.5%降至1.2%`, `从目前的18%提升至25%`, `from 4% to 5%`: a figure after a marker of
    /// the level a change starts from (and a time's 的).
    /// (given the sentence's text alone: a read of the sentence there made its caller copy it)
    @inline(never) static func isStartingLevel(_ start: Int, in text: [Unicode.Scalar]) -> Bool {
        var k = start
        if k >= 6, text[(k - 6)..<k].elementsEqual(" from ".unicodeScalars) { return true }
        if k > 0, text[k - 1] == "的" {
            let stop = max(0, k - 7)
            k -= 1
            // (a time's digits too: `从2023年初的约60元`)
            while k > stop, isHan(text[k - 1]) || isASCIIDigit(text[k - 1]), !startingMarkers.contains(text[k - 1]) { k -= 1 }
        }
        return k > 0 && startingMarkers.contains(text[k - 1])
    }

    private static let startingMarkers = ScalarBitSet("从由".unicodeScalars)

    /// Words that open a clause giving the price of what the clause before says.
    static let priceOpeners = PhraseList(["for ", "worth ", "at "])

    /// Whether `predicate` measures a drug's trial, the drug's own (not its maker's).
    /// (two comparisons, not a set: asked of every fact)
    static func isTrialResult(_ predicate: String?) -> Bool { `is`(predicate, "response_rate") || `is`(predicate, "survival") }

    static let perSharePhrases = [" a share", " per share"]
    static let perShareList = PhraseList(perSharePhrases)
    /// Measures whose amount for each share has a name of its own.
    static let perShareMeasures = ["profit": "eps"]

    /// The triggers of a clause that may name a figure's measure, as ``choose(kind:unit:at:clause:in:facts:own:lexicon:inClause:)``
    /// finds them (a buffer the caller keeps from figure to figure).
    typealias ClauseTriggers = [(range: Range<Int>, trigger: PredicateLexicon.Meaning)]

    /// (given the figure's kind and unit, all it reads of the quantity: a copy of the whole
    /// quantity retains each of its strings; and the spans of the sentence's facts that are no
    /// dates, the figure's own at `own`, not the others gathered for each figure)
    static func choose(kind: QuantityKind, unit: String?, at position: Range<Int>, clause: Range<Int>, in s: LinkSentence,
                       facts: [Range<Int>], own: Int, lexicon: PredicateLexicon, inClause: inout ClauseTriggers) -> Choice? {
        var choice = measure(kind: kind, unit: unit, at: position, clause: clause, in: s, facts: facts, own: own, lexicon: lexicon, inClause: &inClause)
        // `销量占比从目前的18%提升至25%`: the level a change after it starts from is no change
        if let change = choice?.range, change.lowerBound >= position.upperBound, isStartingLevel(position.lowerBound, in: s.text),
           choice.map({ isChange($0.name) }) ?? false {
            choice = nil
        }
        // `Interest payments on central government debt rose to £9.2 billion`: the measure before ` on `
        // is the head of what the figure measures
        if !s.holdsHan, let named = choice?.range, named.upperBound <= position.lowerBound, let head = measureOn(named, kind: kind, in: s) { choice = head }
        // (these two here, not in `measure`: a call there made it copy the sentence)
        if kind == .number, unit != nil, let verb = choice?.range, verb.upperBound <= position.lowerBound,
           isCountAfterPreposition(position, pastCountAfter: verb.upperBound, in: s) {
            choice = nil
        }
        if choice == nil, s.holdsHan, let named = measureEndingClauseBefore(position, clause: clause, kind: kind, in: s, facts: facts, own: own) {
            choice = Choice(name: named.trigger.predicate, range: named.range)
        }
        // `cut average transaction prices by about 8,000 yuan`: an amount after `by` changes what a
        // verb of change before it in the clause acts on
        if choice == nil, kind == .money || kind == .number, position.lowerBound >= 4, s.text[position.lowerBound - 2] == "y",
           s.has(" by ", endingAt: position.lowerBound),
           let verb = changeVerb(before: position.lowerBound - 4, clause: clause, facts: facts, own: own, in: s) {
            choice = verb
        }
        // `raised its quarterly dividend by 10 cents to $1.50 a share`: an amount between `by` and `to`
        // and the level reached is the change a verb before it says, past the measure it changes
        if kind == .money, let named = choice?.name, !isChange(named), position.lowerBound >= 4, s.text[position.lowerBound - 2] == "y",
           s.has(" by ", endingAt: position.lowerBound), s.has(" to ", at: position.upperBound),
           let change = changeBeforeLevel(position, clause: clause, in: s) {
            choice = change
        }
        // `rose 4.5% before paring gains to close 2.8% higher at HK$81.35`: the level a share price
        // ended at, not the change before it (told by the `t` of `at` first)
        if kind == .money, followsAt(position, in: s), let name = choice?.name, isChange(name), isAfterAt(position, in: s),
           isSharePriceSentence(before: position.lowerBound, in: s) {
            choice = Choice(name: "price", range: nil)
        }
        // `still well above the central bank's 2% target`, `above the regulatory minimum of 11.5%`: the
        // level aimed at or required for the measure the sentence names before, no change (told by the
        // `t` of ` target`, the `f ` of `of ` first)
        if kind == .percent, choice.map({ isChange($0.name) }) ?? false,
           position.upperBound + 1 < s.text.count && s.text[position.upperBound + 1] == "t" && s.has(" target", at: position.upperBound)
            || position.lowerBound > 2 && s.text[position.lowerBound - 2] == "f" && requiredLevelList.ends(at: position.lowerBound, in: s) {
            let measure = s.triggers.last { $0.range.upperBound <= position.lowerBound && $0.trigger.fits(kind) && !$0.trigger.namesChange }
            choice = measure.map { Choice(name: $0.trigger.predicate, range: $0.range) }
        }
        // `CPI同比上涨0.4%`: the inflation rate
        if kind == .percent, `is`(unit, "%"), `is`(choice?.name, "growth"), let change = choice?.range,
           EconomyMeasures.isInflationRise(change, in: clause, s) {
            choice = Choice(name: "inflation", range: change)
        }
        // `will spend as much as $1 billion on share buybacks`: what the money is spent on (past a
        // time right after the amount: `spend roughly $2.3 billion this year on the expansion`)
        // (or what is done with it, said right after it: `spent about $20 billion buying back its stock`)
        if kind == .money, `is`(choice?.name, "cost"),
           let spentOn = measure(after: " on ", s.quantity(.date, at: position.upperBound + 1) ?? position, in: s, kind: .money)
            ?? moneyMeasure(rightAfter: position, in: s) {
            choice = Choice(name: spentOn, range: choice?.range)
        }
        // `以每股0.52元向全体股东派发现金红利`: an amount a share in a clause that pays a dividend is the dividend
        if kind == .money, `is`(choice?.name, "price"), let range = choice?.range, s.has("每股", at: range.lowerBound),
           s.triggers.contains(where: { clause.contains($0.range.lowerBound) && `is`($0.trigger.predicate, "dividend") }) {
            choice = Choice(name: "dividend", range: range)
        }
        // `valuing the Cambridge, Massachusetts-based company at around $19 billion`: a valuation
        // whatever describes the company between
        if kind == .money, choice == nil, followsAt(position, in: s), s.has(" at ", endingAt: position.lowerBound),
           let valuing = valuingList.firstPosition(in: max(0, position.lowerBound - 80)..<position.lowerBound, of: s),
           !holdsOtherFact(facts, own: own, from: valuing, to: position.lowerBound) {
            choice = Choice(name: "valuation", range: valuing..<(valuing + 7))  // (`valuing`)
        }
        // `priced its initial public offering at $34 per share`: the price the shares are sold at
        if kind == .money, followsAt(position, in: s), s.has(" at ", endingAt: position.lowerBound),
           let priced = pricedList.firstPosition(in: max(clause.lowerBound, position.lowerBound - 80)..<position.lowerBound, of: s) {
            choice = Choice(name: "price", range: priced..<(priced + 6))  // (`priced`)
        }
        // `shares fell 5.7% to $164.20, valuing the company at about $33 billion`: what the market
        // values a listed company at is its market capitalisation
        if `is`(choice?.name, "valuation"), isSharePriceSentence(before: position.lowerBound, in: s) {
            choice = Choice(name: "market_cap", range: choice?.range)
        }
        guard kind == .money, perShareList.starts(at: position.upperBound, in: s) else { return choice }
        // `adjusted earnings came to $1.62 a share`: earnings per share; `earned $15.8 billion, or
        // $5.62 a share`: the same for the measure the restatement repeats
        var measured = choice?.name
        if SubjectRules.restatementList.starts(at: s.contentStart(clause), in: s) {
            measured = s.triggers.last(where: { $0.range.upperBound <= clause.lowerBound && $0.trigger.fits(.money)
                && !perShareList.starts(at: $0.range.lowerBound - 1, in: s) })?.trigger.predicate
        }
        if let name = measured, let perShare = perShareMeasures[name] { return Choice(name: perShare, range: nil) }
        return choice
    }

    private static func countQualifiesMeasured(_ position: Range<Int>, clause: Range<Int>, in s: LinkSentence, inClause: ClauseTriggers) -> Bool {
        let start = position.upperBound
        guard start < clause.upperBound, isHan(s.text[start]), !s.has(scalar: "的", at: start),
              !inClause.contains(where: { $0.range.upperBound <= position.lowerBound }) else { return false }
        var k = start + 1
        while k < clause.upperBound, k - start <= 6, isHan(s.text[k]), !s.has(scalar: "的", at: k) { k += 1 }
        guard s.has(scalar: "的", at: k) else { return false }
        return s.triggers.contains(where: { $0.range.lowerBound == k + 1 })
    }

    /// The verb of change that `by` at `end` goes with: the last trigger before it in `clause`, at
    /// most 40 code points back and with no other figure between.
    @inline(never) private static func changeVerb(before end: Int, clause: Range<Int>, facts: [Range<Int>], own: Int, in s: LinkSentence) -> Choice? {
        guard let verb = s.triggers.last(where: { clause.contains($0.range.lowerBound) && $0.range.upperBound <= end }),
              verb.trigger.namesChange, end - verb.range.upperBound <= 40,
              !holdsOtherFact(facts, own: own, from: verb.range.upperBound, to: end) else { return nil }
        return Choice(name: verb.trigger.predicate, range: verb.range)
    }

    /// `bought back about 21 million shares`, `repurchase 10 million shares`: the last trigger
    /// before the figure in its clause is a buyback's.
    private static func sharesBoughtBack(before start: Int, inClause: ClauseTriggers) -> Choice? {
        guard let verb = inClause.last(where: { $0.range.upperBound <= start }), `is`(verb.trigger.predicate, "buyback") else { return nil }
        return Choice(name: verb.trigger.predicate, range: verb.range)
    }

    /// Whether a fact other than the figure's own (at `own` in `facts`) stands wholly within
    /// `start..<end`.
    private static func holdsOtherFact(_ facts: [Range<Int>], own: Int, from start: Int, to end: Int) -> Bool {
        facts.indices.contains { $0 != own && facts[$0].lowerBound >= start && facts[$0].upperBound <= end }
    }

    /// `贡献了约六成的新业务价值`, `三分之一的收入`: a share of the measure named right after its 的,
    /// whatever kinds the measure's own figures are (`利息为8%的债券`, `20%的利润税`: a percentage
    /// in `%` before 的 may describe what follows, not part it).
    @inline(never) private static func shareOfMeasureNamedAfter(_ position: Range<Int>, kind: QuantityKind, in s: LinkSentence) -> Choice? {
        guard s.has(scalar: "的", at: position.upperBound) else { return nil }
        if kind == .percent { guard s.has(scalar: "成", at: position.upperBound - 1) else { return nil } }
        let triggers = s.triggers
        guard let measure = triggers.first(where: { $0.range.lowerBound == position.upperBound + 1 }),
              !measure.trigger.namesChange, !`is`(measure.trigger.predicate, PredicateLexicon.noPredicate) else { return nil }
        return Choice(name: measure.trigger.predicate, range: measure.range)
    }

    static let ownValueList = PhraseList(["its value", "their value", "its market value", "their market value"])

    /// `a third of new bookings`, `三分之一的用户`: a fraction of a measure; not one of the value
    /// of what lost it (`lost a third of its value`).
    /// (apart, not inline: written in ``measure(kind:unit:at:clause:in:facts:own:lexicon:inClause:)``, it made it copy the sentence)
    @inline(never) private static func isShareOfMeasure(_ position: Range<Int>, in s: LinkSentence) -> Bool {
        if s.has(scalar: "的", at: position.upperBound) { return true }
        return s.has(" of ", at: position.upperBound) && !ownValueList.starts(at: position.upperBound + 4, in: s)
    }

    private static func measure(kind: QuantityKind, unit: String?, at position: Range<Int>, clause: Range<Int>, in s: LinkSentence,
                                facts: [Range<Int>], own: Int, lexicon: PredicateLexicon, inClause: inout ClauseTriggers) -> Choice? {
        // a fraction changes by a verb before it (`fell by a fifth`, `减少了将近一半`), but a share of
        // a measure (`a third of new bookings`) or a part that does something (`约三分之一跌破`) does not
        let shareOfMeasure = kind == .fraction && isShareOfMeasure(position, in: s)
        inClause.empty()
        // (the sentence's triggers read once: each read of `s.triggers` is an access to its buffers checked for exclusivity)
        let triggers = s.triggers
        for t in triggers where clause.contains(t.range.lowerBound) && t.trigger.fits(kind)
            && !(kind == .fraction && t.trigger.namesChange
                 && (t.range.lowerBound >= position.upperBound || shareOfMeasure)) {
            inClause.append(t)
        }
        // `翻番`, `more than doubled`: the quantity is its own trigger
        if let inside = inClause.first(where: { $0.range == position
            || kind == .multiple && $0.range.upperBound == position.upperBound && $0.range.lowerBound > position.lowerBound }) {
            return Choice(name: inside.trigger.predicate, range: inside.range)
        }
        // `两座数据中心的总功率`, `三家门店的销售额`: a Chinese count of a noun whose measure follows
        // its 的 counts the things measured, it is no measure of them (`100万辆的产能` is)
        if kind == .number, unit != nil, s.holdsHan, countQualifiesMeasured(position, clause: clause, in: s, inClause: inClause) { return nil }
        // `wants to double its revenue`, `could triple its sales`: a multiple said by a verb is a
        // change of the measure after it (`rose to double its level`: a level reached)
        if kind == .multiple, isVerbOfMultiplying(position, in: s),
           !inClause.contains(where: { $0.range.upperBound <= position.lowerBound && $0.trigger.namesChangeOnly }) {
            return Choice(name: "growth", range: nil)
        }
        // the English word right after the figure, when it is a trigger
        let spacedNext = s.has(scalar: " ", at: position.upperBound) ? inClause.first(where: { $0.range.lowerBound == position.upperBound + 1 }) : nil
        // `5.1% higher than a year earlier`, `nearly $14 lower than`: a comparative right after
        // the figure makes it a change
        if let comparative = spacedNext, comparative.trigger.namesChange,
           s.has(" than", at: comparative.range.upperBound) {
            return Choice(name: comparative.trigger.predicate, range: comparative.range)
        }
        // `about 2% more than a year ago`, `10% fewer than`: as the Chinese `多`, `少` after 比
        if kind != .number, let direction = englishComparativeDirection(after: position.upperBound, in: s) {
            return Choice(name: direction, range: nil)
        }
        // `nearly 60% of the world's cocoa`: a share of a whole market
        if kind == .percent || kind == .fraction, wholeMarketList.starts(at: position.upperBound, in: s) {
            return Choice(name: "market_share", range: nil)
        }
        // `比去年同期低1.6元`, `比2023年底高出15%`: a comparison's difference is a change
        // (its comparatives, 高, 多, 低, 少, are Han: a sentence without Han holds none)
        if s.holdsHan, let change = chineseComparativeChange(before: position.lowerBound, clause: clause, in: s) {
            return Choice(name: change, range: nil)
        }
        // `售价下调2万至3万元`, `较7月时下跌约300元`: an amount right after a Chinese verb of change is the change
        if kind == .money, let verb = triggers.last(where: { $0.range.upperBound == position.lowerBound
            || $0.range.upperBound + 1 == position.lowerBound && s.has(scalar: "了", at: $0.range.upperBound) }),
           verb.trigger.namesChange, isHan(s.text[verb.range.lowerBound]) {
            return Choice(name: verb.trigger.predicate, range: verb.range)
        }
        if kind == .fraction || kind == .percent, s.holdsHan {
            if let share = shareOfMeasureNamedAfter(position, kind: kind, in: s) { return share }
            // `占整体出货量的近三成`, `占总销量的比重接近两成`: a share of the measure named before its 的
            let of = afterShareNoun(endingAt: position.lowerBound, in: s)
            if s.has(scalar: "的", endingAt: of),
               let measure = triggers.last(where: { clause.contains($0.range.lowerBound) && $0.range.upperBound + 1 == of && !$0.trigger.namesChange }),
               // (a share of an economy's output measures what is set against it: `财政赤字占国内生产总值的0.3%`)
               !measure.trigger.measuresEconomy {
                return Choice(name: measure.trigger.predicate, range: measure.range)
            }
        }
        if let unit, kind == .number, let t = lexicon.trigger(forNoun: unit) {
            // (`sold 38 million shares`: a counted noun of `-` names nothing, whatever the verb)
            // (`bought back about 21 million shares`: but shares bought back are the buyback)
            if `is`(t.predicate, PredicateLexicon.noPredicate) { return sharesBoughtBack(before: position.lowerBound, inClause: inClause) }
            // a generic count (`accelerators` → units) yields to a verb that says more (`shipped`)
            // (not to another figure's counted noun: `flew 48.6 million passengers … and operates a fleet of 312 aircraft`)
            if t.fits(.number), t.predicate != genericCount || !inClause.contains(where: { $0.range.upperBound <= position.lowerBound && $0.trigger.predicate != genericCount
                                                                                             && !countsFigure($0.range, in: s) }) {
                return Choice(name: t.predicate, range: nil)
            }
        }
        // `net debt fell by about $1 billion to $41.2 billion`: an amount right after a verb of change and
        // `by` is the change (a counted noun after it names it first: `boosted by 225,000 jobs`)
        if kind == .money || kind == .number, s.has(" by ", endingAt: position.lowerBound),
           let verb = triggers.last(where: { $0.range.upperBound + 4 == position.lowerBound }), verb.trigger.namesChange {
            return Choice(name: verb.trigger.predicate, range: verb.range)
        }
        // `追加500亿元补贴`, `提供近1.2亿欧元的补贴`: a Chinese noun right after the amount names it
        if kind == .money, let right = inClause.first(where: { $0.range.lowerBound == position.upperBound
            || $0.range.lowerBound == position.upperBound + 1 && s.has(scalar: "的", at: position.upperBound) }), isHan(s.text[right.range.lowerBound]) {
            return Choice(name: right.trigger.predicate, range: right.range)
        }
        // `完成了130亿美元的F轮融资`, `5亿元的新一轮融资`: so does one after the round's name
        if kind == .money, s.holdsHan, s.has(scalar: "的", at: position.upperBound), let round = roundNameEnd(from: position.upperBound + 1, in: s),
           let right = inClause.first(where: { $0.range.lowerBound == round }) {
            return Choice(name: right.trigger.predicate, range: right.range)
        }
        // `at an $11 billion valuation`, `a $2 billion buyback`: an English noun right after an
        // amount that an article opens names it; so does one after `at` in a headline, which drops
        // the article (`raises $640 million at $5.2 billion valuation`)
        if kind == .money, articleList.ends(at: position.lowerBound, in: s)
            || s.has(" at ", endingAt: position.lowerBound) && !perShareList.starts(at: position.upperBound, in: s),
           let right = spacedNext, isLatinLetter(s.text[right.range.lowerBound]),
           !right.trigger.namesChange {
            return Choice(name: right.trigger.predicate, range: right.range)
        }
        // `about $300 million in annual cost savings`, `$6 billion in new debt`: an amount `in` a
        // measure, at most two words before its noun, names it; not after a verb that does
        // (`invest a further $4 billion in two plants`, `lost $2 million in sales`)
        if kind == .money, position.upperBound + 1 < s.text.count, s.text[position.upperBound + 1] == "i", s.has(" in ", at: position.upperBound),
           !inClause.contains(where: { $0.range.upperBound <= position.lowerBound && isNear($0.range.upperBound, position.lowerBound, in: s) }),
           let named = measureAfterIn(position.upperBound + 4, inClause: inClause, in: s) {
            return Choice(name: named.trigger.predicate, range: named.range)
        }
        // `lifted revenue 14%`, `increased its revenue by 14%`: an English verb of change before the
        // measure it changes, with the figure right after the measure, names the change
        if kind != .date, kind != .duration, kind != .number, let verb = changeOfMeasure(before: position.lowerBound, money: kind == .money, in: s) {
            return Choice(name: verb.trigger.predicate, range: verb.range)
        }
        // `had about $2.8 billion in cash`: an amount a company holds in cash
        if kind == .money, position.upperBound + 4 < s.text.count, s.text[position.upperBound + 4] == "c", isHeldInCash(position, in: s) {
            return Choice(name: "cash", range: nil)
        }
        // `fell to 13%`, `升至21%`: a level, not the change (whether the figure is one asked only when
        // a change that is no rate stands before it: no other trigger is passed over for it)
        let level = inClause.contains { $0.range.upperBound <= position.lowerBound && $0.trigger.namesChangeOnly }
            && isLevel(position, in: s)
        // (`spent $1.2 billion on research last year and had $2.8 billion of debt`: a verb of holding
        // after `and`, past the figure the trigger measures, opens what its figure measures anew)
        if let before = inClause.last(where: { $0.range.upperBound <= position.lowerBound
                                                 && !(level && $0.trigger.namesChangeOnly) }),
           !isHeldAfterAnd(position.lowerBound, facts: facts, own: own, clause: clause, in: s),
           // (a figure that counts a noun of its own is not measured by another figure's: `48.6
           // million passengers … and operates 312 aircraft`)
           !(kind == .number && unit != nil && countsFigure(before.range, in: s)) {
            if `is`(before.trigger.predicate, genericCount), kind == .number,
               let verb = inClause.last(where: { $0.range.upperBound <= before.range.lowerBound && $0.trigger.predicate != genericCount
                                                 && !countsFigure($0.range, in: s) }) {
                return Choice(name: verb.trigger.predicate, range: verb.range)
            }
            return Choice(name: before.trigger.predicate, range: before.range)
        }
        if let after = inClause.first(where: { $0.range.lowerBound >= position.upperBound }),
           !holdsOtherFact(facts, own: own, from: position.upperBound, to: after.range.lowerBound),
           after.range.lowerBound - position.upperBound <= 12 {
            return Choice(name: after.trigger.predicate, range: after.range)
        }
        // `agreed to buy Nexora, a maker of optical parts, for $1.9 billion`: a price clause takes
        // the trigger of the clause it completes, when no other figure stands between
        if priceOpeners.starts(at: s.contentStart(clause), in: s),
           let earlier = triggers.last(where: { $0.range.upperBound <= clause.lowerBound && $0.trigger.fits(kind) && !$0.trigger.namesChange })
            ?? triggers.last(where: { $0.range.upperBound <= clause.lowerBound && $0.trigger.fits(kind) }),
           !holdsOtherFact(facts, own: own, from: earlier.range.upperBound, to: position.lowerBound) {
            return Choice(name: earlier.trigger.predicate, range: earlier.range)
        }
        if let named = relativeAntecedentTrigger(of: clause, kind: kind, in: s, facts: facts, own: own) {
            return Choice(name: named.trigger.predicate, range: named.range)
        }
        guard kind == .money else { return nil }
        // (`$22 million in credits, or about $5 per account`: a restatement measures what the figure before did)
        let unitPrice = isUnitPrice(position, in: s) && !SubjectRules.restatementList.starts(at: s.contentStart(clause), in: s)
        // (`closed up 36% at $87.40`: the level after a change)
        let sharePrice = (isLevel(position, in: s) || s.has(scalar: "报", endingAt: position.lowerBound) || followsAt(position, in: s) && isAfterAt(position, in: s))
            && isSharePriceSentence(before: position.lowerBound, in: s)
        if unitPrice || sharePrice { return Choice(name: "price", range: nil) }
        return nil
    }

    /// `added 215 points, or 0.5%`, `settled up $1.45, or 2%`: the change a clause `c` that
    /// restates the figure before (at `figure`) says, by the verb of change before that figure.
    @inline(never) static func restatedChange(in c: Int, kind: QuantityKind, before figure: Int, in s: LinkSentence) -> String? {
        guard c > 0, kind == .percent, SubjectRules.restatementList.starts(at: s.contentStart(s.clauses[c]), in: s) else { return nil }
        let before = s.clauses[c - 1]
        return s.triggers.last { before.contains($0.range.lowerBound) && $0.range.upperBound <= figure && $0.trigger.namesChangeOnly && $0.trigger.fits(kind) }?
            .trigger.predicate
    }

    static let holdingVerbWords = ["had", "has", "have", "held", "holds"]
    static let holdingVerbs = WordKeys(holdingVerbWords + ["holding"])

    /// Whether the amount at `position` is held in cash: ` in cash` after it, a verb of holding before it.
    @inline(never) private static func isHeldInCash(_ position: Range<Int>, in s: LinkSentence) -> Bool {
        guard s.has(" in cash", at: position.upperBound),
              position.upperBound + 8 == s.text.count || !isLatinLetter(s.text[position.upperBound + 8]),
              let verb = s.wordKey(s.englishWordRange(before: position.lowerBound)) else { return false }
        return holdingVerbs.contains(verb)
    }
    static let andHoldingList = PhraseList(holdingVerbWords.map { " and \($0) " })

    /// Whether the figure at `start` is what ` and had ` (or another verb of holding after `and`)
    /// right before it holds, past another figure of the clause (`has said`, `have gained` hold nothing).
    private static func isHeldAfterAnd(_ start: Int, facts: [Range<Int>], own: Int, clause: Range<Int>, in s: LinkSentence) -> Bool {
        // (each verb opens with `h` four to six code points back: most figures have none there)
        guard start > 9, s.text[start - 1] == " ", s.text[start - 4] == "h" || s.text[start - 5] == "h" || s.text[start - 6] == "h",
              andHoldingList.ends(at: start, in: s) else { return false }
        return facts.indices.contains { $0 != own && facts[$0].lowerBound >= clause.lowerBound && facts[$0].upperBound < start }
    }

    /// Whether at most two words stand between `end` and `start` (`invest a further $4 billion`,
    /// `costing the company as much as`).
    private static func isNear(_ end: Int, _ start: Int, in s: LinkSentence) -> Bool {
        guard start - end <= 30 else { return false }
        var spaces = 0
        for k in end..<start where s.text[k] == " " { spaces += 1 }
        return spaces <= 3
    }

    /// The measure the head noun names of the words at `start`, at most three (`annual cost
    /// savings`: savings, not cost), no verb of change.
    private static func measureAfterIn(_ start: Int, inClause: ClauseTriggers, in s: LinkSentence) -> (range: Range<Int>, trigger: PredicateLexicon.Meaning)? {
        var end = start, spaces = 0
        while end < s.text.count, isLatinLetter(s.text[end]) || s.text[end] == "-" || s.text[end] == " " && spaces < 2 {
            if s.text[end] == " " { spaces += 1 }
            end += 1
        }
        guard let named = inClause.last(where: { $0.range.lowerBound >= start && $0.range.lowerBound < end }), !named.trigger.namesChange,
              isLatinLetter(s.text[named.range.lowerBound]) else { return nil }
        return named
    }

    /// The verb of change at the head of `lifted revenue 14%`, `increased its revenue by $2 billion`
    /// (money only after `by`: `raised revenue $2 billion` says nothing of a change), `削减债务约19亿美元`,
    /// for the figure at `start`.
    private static func changeOfMeasure(before start: Int, money: Bool, in s: LinkSentence) -> (range: Range<Int>, trigger: PredicateLexicon.Meaning)? {
        guard start > 0 else { return nil }
        let triggers = s.triggers
        if s.holdsHan, isHan(s.text[start - 1]) {
            // `削减债务约19亿美元`, `减少亏损2亿元`: a Chinese verb of change, the measure, the amount
            guard let measure = triggers.last(where: { $0.range.upperBound == start }), !measure.trigger.namesChange else { return nil }
            return triggers.last { $0.range.upperBound == measure.range.lowerBound && $0.trigger.namesChangeOnly && isHan(s.text[$0.range.lowerBound]) }
        }
        let by = s.has(" by ", endingAt: start)
        guard by || !money && s.has(scalar: " ", at: start - 1) else { return nil }
        let measureEnd = start - (by ? 4 : 1)
        guard let measure = triggers.last(where: { $0.range.upperBound == measureEnd }), !measure.trigger.namesChange,
              isLatinLetter(s.text[measure.range.lowerBound]) else { return nil }
        var verbEnd = measure.range.lowerBound - 1
        if let determiner = changedMeasureDeterminers.index(endingAt: measure.range.lowerBound, in: s) {
            verbEnd -= changedMeasureDeterminers.phrases[determiner].count
        }
        guard verbEnd > 0, s.has(scalar: " ", at: verbEnd) else { return nil }
        return triggers.last { $0.range.upperBound == verbEnd && $0.trigger.namesChangeOnly && isLatinLetter(s.text[$0.range.lowerBound]) }
    }

    static let changedMeasureDeterminers = PhraseList(["its ", "their ", "the "])

    /// Where the name of a funding round starting at `start` ends, past its `轮` (`F轮`, `A+轮`,
    /// `Pre-B轮`, `新一轮`, `第三轮`): letters, digits, `+`, `-` or Han, at most six before `轮`.
    static func roundNameEnd(from start: Int, in s: LinkSentence) -> Int? {
        var k = start
        while k < s.text.count, k - start <= 6 {
            let c = s.text[k]
            if c == "轮" { return k > start ? k + 1 : nil }
            guard isAlphanumeric(c) || c == "+" || c == "-" || isHan(c) else { return nil }
            k += 1
        }
        return nil
    }

    /// Whether the trigger at `range` is the noun a figure right before it counts (`48.6 million passengers`).
    private static func countsFigure(_ range: Range<Int>, in s: LinkSentence) -> Bool {
        s.quantities.contains { $0.kind == .number && ($0.range.upperBound == range.lowerBound
                                                        || $0.range.upperBound + 1 == range.lowerBound && s.text[$0.range.upperBound] == " ") }
    }

    static let relativeOpeners = PhraseList(["which ", "who "])
    /// Participles that open a clause about the noun before it (`The savings, estimated at $85
    /// million a year, will …`), as a relative clause does.
    static let participleOpeners = PhraseList(["estimated at ", "put at ", "pegged at ", "projected at ", "forecast at ",
                                               "seen at ", "totaling ", "totalling ", "amounting to ", "expected to reach "])
    /// (and adverbs that open a phrase saying what it is mostly of: `Capital expenditures, largely
    /// for data centers, are set to rise`)
    static let appositionOpeners = PhraseList(["the ", "a ", "an ", "its ", "their ", "largely ", "mostly ", "mainly ", "chiefly ", "partly "])

    /// `Data center sales, which account for nearly 90% of the total, climbed to $51.2 billion`: a
    /// relative clause set off by commas (or a participle's: `The savings, estimated at $85 million`)
    /// is about what the clause before it names, and the clause
    /// after it goes on with that one; a figure in either, without a trigger of its own, measures
    /// what that clause names, when that clause holds no figure of its own (`…reported revenue of
    /// $57 billion, which beat estimates, sending shares up 4%` has one: the 4% is no revenue).
    /// So does the clause after an apposition that holds no figure (`its load factor, the share of
    /// seats filled, rose to 87.2%`).
    private static func relativeAntecedentTrigger(of clause: Range<Int>, kind: QuantityKind, in s: LinkSentence,
                                                  facts: [Range<Int>], own: Int) -> (range: Range<Int>, trigger: PredicateLexicon.Meaning)? {
        guard !s.holdsHan, s.clauses.count > 1 else { return nil }
        let c = s.clause(of: clause.lowerBound)
        let antecedent: Range<Int>
        if c >= 1, relativeOpeners.starts(at: s.contentStart(clause), in: s) || participleOpeners.starts(at: s.contentStart(clause), in: s) {
            antecedent = s.clauses[c - 1]
        } else if let opening = asideOpening(before: c, in: s),
                  // (a relative clause may hold a figure of its own: `which account for nearly 90% of the total`)
                  relativeOpeners.starts(at: s.contentStart(s.clauses[opening]), in: s)
                    || !holdsOtherFact(facts, own: own, from: s.clauses[opening].lowerBound, to: s.clauses[c - 1].upperBound) {
            antecedent = s.clauses[opening - 1]
        } else {
            return nil
        }
        guard !holdsOtherFact(facts, own: own, from: antecedent.lowerBound, to: antecedent.upperBound) else { return nil }
        return s.triggers.last { antecedent.contains($0.range.lowerBound) && $0.trigger.fits(kind) }
    }

    /// The clause that opens the aside set off by commas right before clause `c`: a relative
    /// clause, `its load factor, the share of seats filled, rose to 87.2%` (an apposition that
    /// defines it) or `Services inflation, closely watched by policymakers, eased to 4.5%` (a
    /// participle's), also where a list's commas split it (`Core inflation, which excludes
    /// energy, food and tobacco, slowed to 3.4%`: the items after it a few words each, two at most).
    private static func parentheticalOpening(before c: Int, in s: LinkSentence) -> Int? {
        var k = c - 1
        while k >= 1 {
            let start = s.contentStart(s.clauses[k])
            if relativeOpeners.starts(at: start, in: s) || appositionOpeners.starts(at: start, in: s) || opensWithParticiple(s.clauses[k], in: s) { return k }
            guard c - k < 3, isListItem(s.clauses[k], in: s) else { return nil }
            k -= 1
        }
        return nil
    }

    /// The clause opening the aside that ends with a comma right before clause `c`, if one does;
    /// the clause before that one is what the aside is about (`Core retail sales` of `Core retail
    /// sales, which exclude autos and gasoline, dipped 0.1%`).
    static func asideOpening(before c: Int, in s: LinkSentence) -> Int? {
        guard c >= 2, s.has(scalar: ",", endingAt: s.clauses[c].lowerBound) else { return nil }
        return parentheticalOpening(before: c, in: s)
    }

    /// A clause of at most five words of lower-case letters (`food`, `building materials and food services`).
    private static func isListItem(_ clause: Range<Int>, in s: LinkSentence) -> Bool {
        var words = 0
        var inWord = false
        for k in s.contentStart(clause)..<clause.upperBound {
            let c = s.text[k]
            if c == " " { inWord = false; continue }
            guard isLower(c) else { return false }
            if !inWord { words += 1; inWord = true }
        }
        return words >= 1 && words <= 5
    }

    /// `每百万tokens的调用价格，已从约60元降到1.5元左右`: a level a Chinese clause goes from or to,
    /// named by no trigger of its own, where the clause opens on the change (`已`, `从`, `同比`), measures
    /// what ends the clause before, its topic, where that clause holds no figure (not a thing
    /// counted: `搭载自研的芯片，采用3纳米工艺`); a figure of a clause that opens by saying what
    /// it comes to (`约为`, `合计`) the measure anywhere in the clause before.
    @inline(never) private static func measureEndingClauseBefore(_ position: Range<Int>, clause: Range<Int>, kind: QuantityKind, in s: LinkSentence,
                                                  facts: [Range<Int>], own: Int) -> (range: Range<Int>, trigger: PredicateLexicon.Meaning)? {
        // (no `||` over the sentence: its closure copied it)
        // (Chinese sentences only: the caller asks of them alone)
        guard clause.lowerBound > 0 else { return nil }
        let separator = s.text[clause.lowerBound - 1]
        guard separator == "，" || separator == "," else { return nil }
        // (`今年资本开支预计与去年基本持平，约为73亿美元`: a clause that opens by saying what it comes to
        // restates the measure named anywhere in the clause before)
        let restating = restatingOpeners.starts(at: s.contentStart(clause), in: s)
        guard restating || topicCommentOpeners.starts(at: s.contentStart(clause), in: s) else { return nil }
        guard restating || (isLevel(position, in: s) ? true : isStartingLevel(position.lowerBound, in: s.text)) else { return nil }
        let c = s.clause(of: clause.lowerBound)
        guard c > 0 else { return nil }
        let before = s.clauses[c - 1]
        guard let measure = s.triggers.last(where: { before.contains($0.range.lowerBound) && (!restating || !$0.trigger.namesChange && $0.trigger.fits(kind)) }),
              restating || measure.range.upperBound == before.upperBound,
              measure.trigger.fits(kind), !measure.trigger.namesChange, measure.trigger.predicate != genericCount,
              !holdsOtherFact(facts, own: own, from: before.lowerBound, to: before.upperBound) else { return nil }
        return measure
    }

    /// The measure whose ` on ` a few words before `named` opens the noun phrase `named` ends
    /// (`Interest payments on central government debt`), no figure or comma between.
    @inline(never) private static func measureOn(_ named: Range<Int>, kind: QuantityKind, in s: LinkSentence) -> Choice? {
        let triggers = s.triggers
        for t in triggers.indices.reversed() where triggers[t].range.upperBound + 4 <= named.lowerBound {
            let head = triggers[t]
            guard named.lowerBound - head.range.upperBound <= 30 else { return nil }
            // (not spending on a measure: `spending on research`, what it is spent on names it)
            guard s.has(" on ", at: head.range.upperBound), head.trigger.fits(kind), !head.trigger.namesChange, !`is`(head.trigger.predicate, "cost"),
                  !(head.range.upperBound..<named.lowerBound).contains(where: { s.text[$0] == "," }),
                  !s.quantities.contains(where: { $0.range.lowerBound >= head.range.upperBound && $0.range.upperBound <= named.lowerBound }) else { continue }
            return Choice(name: head.trigger.predicate, range: head.range)
        }
        return nil
    }

    /// The verb of change up to 60 code points before the amount at `position`, where an amount of
    /// money, the level reached, follows its ` to ` (``choose``'s `by … to` rule).
    @inline(never) private static func changeBeforeLevel(_ position: Range<Int>, clause: Range<Int>, in s: LinkSentence) -> Choice? {
        guard s.quantity(.money, at: position.upperBound + 4) != nil else { return nil }
        let triggers = s.triggers
        for t in triggers.indices.reversed() where clause.contains(triggers[t].range.lowerBound) && triggers[t].range.upperBound < position.lowerBound {
            guard position.lowerBound - triggers[t].range.upperBound <= 60 else { return nil }
            if triggers[t].trigger.namesChange { return Choice(name: triggers[t].trigger.predicate, range: triggers[t].range) }
        }
        return nil
    }

    static let requiredLevelList = PhraseList(["minimum of ", "target of ", "requirement of ", "goal of ", "floor of "])

    static let restatingOpeners = PhraseList(["约为", "约合", "共计", "合计"])

    static let topicCommentOpeners = PhraseList(["已", "从", "由", "将", "同比", "环比", "较", "比"])

    /// A clause opening on a lowercase word in `-ed` (`watched closely by policymakers`), also
    /// after an adverb in `-ly` (`closely watched by the central bank`).
    private static func opensWithParticiple(_ clause: Range<Int>, in s: LinkSentence) -> Bool {
        var word = s.englishWordRange(after: clause.lowerBound)
        if word.count > 3, s.text[word.upperBound - 2] == "l", s.text[word.upperBound - 1] == "y" { word = s.englishWordRange(after: word.upperBound) }
        return word.count > 3 && isLower(s.text[word.lowerBound]) && s.text[word.upperBound - 2] == "e" && s.text[word.upperBound - 1] == "d"
    }

    /// The direction a comparative says (`高`, `多`, `贵`: growth; `低`, `少`, `便宜`: decline).
    /// (a switch, not a static dictionary: asked of the code point before every figure)
    static func comparativeDirection(_ c: Unicode.Scalar) -> String? {
        switch c {
        case "高", "多", "贵": "growth"
        case "低", "少", "宜": "decline"
        default: nil
        }
    }

    /// The direction `more` or `fewer`/`less` says right after a figure and before `than`.
    static func englishComparativeDirection(after end: Int, in s: LinkSentence) -> String? {
        guard end + 1 < s.text.count, s.text[end] == " ", "mfl".unicodeScalars.contains(s.text[end + 1]) else { return nil }
        let word = s.englishWordRange(after: end)
        guard s.has(" than", at: word.upperBound), let key = s.wordKey(word) else { return nil }
        if key == WordKeys.key(literal: "more") { return "growth" }
        return key == WordKeys.key(literal: "fewer") || key == WordKeys.key(literal: "less") ? "decline" : nil
    }

    /// `比X低1.6元`, `较上月少了3家`: the direction of a difference written after 比 or 较.
    static func chineseComparativeChange(before start: Int, clause: Range<Int>, in s: LinkSentence) -> String? {
        var k = start
        if k > 0, s.text[k - 1] == "了" { k -= 1 }
        // `比2023年底…高出逾15%`: higher than at another time is growth (than another thing, the
        // measure: `毛利率比动力电池高出三到五个百分点`)
        let byDate = k > clause.lowerBound + 2 && s.text[k - 1] == "出" && s.text[k - 2] == "高"
        if byDate { k -= 1 }
        guard k > clause.lowerBound + 1, let direction = comparativeDirection(s.text[k - 1]) else { return nil }
        let compared = (clause.lowerBound..<(k - 1)).contains { i in
            (s.text[i] == "比" || s.text[i] == "较") && (!byDate || s.quantities.contains { $0.kind == .date && $0.range.lowerBound == i + 1 })
        }
        return compared ? direction : nil
    }

    /// Time words after `per`: an amount per year or per month is a rate, not a price.
    static let perPeriod = WordKeys(["year", "annum", "quarter", "month", "week", "day", "hour"])

    /// `$80 per megawatt-hour`, `$66 a barrel`, `每瓦时0.32元`, `每单3元`: an amount for one unit of something.
    static func isUnitPrice(_ position: Range<Int>, in s: LinkSentence) -> Bool {
        // (the words by their keys, not built as strings: each word asked for is letters only, at most 12)
        let per = s.englishWordRange(after: position.upperBound)
        if let key = s.wordKey(per), key == WordKeys.key(literal: "per") || key == WordKeys.key(literal: "a") || key == WordKeys.key(literal: "an") {
            let unit = s.englishWordRange(after: per.upperBound)
            return !unit.isEmpty && !(s.wordKey(unit).map(perPeriod.contains) ?? false)
        }
        // 每 and a unit of one to three characters right before the amount
        var k = position.lowerBound
        while k > 0, position.lowerBound - k < 4, isHan(s.text[k - 1]) {
            if s.text[k - 1] == "每" { return k < position.lowerBound && !ChineseNumeralCharacter.isNumeral(s.text[k]) }
            k -= 1
        }
        return false
    }

    /// Whether the figure at `position` may follow `at ` (its two code points before it compared
    /// first: most figures follow no such word).
    @inline(__always) private static func followsAt(_ position: Range<Int>, in s: LinkSentence) -> Bool {
        position.lowerBound >= 3 && s.text[position.lowerBound - 1] == " " && s.text[position.lowerBound - 2] == "t"
    }

    /// `closed up 36% at $87.40`, `to close 2.8% higher at HK$81.35`, `after closing at $142.37`: a
    /// price after `at` that ends a change or a session.
    @inline(never) private static func isAfterAt(_ position: Range<Int>, in s: LinkSentence) -> Bool {
        s.has("% at ", endingAt: position.lowerBound) || s.has("% higher at ", endingAt: position.lowerBound)
            || s.has("% lower at ", endingAt: position.lowerBound) || closingList.ends(at: position.lowerBound, in: s)
    }

    /// (`valuing the company`, `valuing it`, `valuing Brackwell at about £860m`)
    static let valuingList = PhraseList(["valuing "])
    /// `priced its initial public offering at $34 per share`: shares sold at a price.
    static let pricedList = PhraseList(["priced ", "prices "])
    /// `after closing at $142.37`: the price a session ended or opened at.
    static let closingList = PhraseList(["closed at ", "closing at ", "opened at ", "opening at ", "ended at ", "ending at "])
    static let sharePriceWords = PhraseList(["shares ", "stock ", "股价", "港股", "美股", "A股"])

    /// `Halvorsen shares jumped 14% to $212.40`, `股价下跌3.2%，报98.5港元`: the level a share price
    /// reached, in a sentence about shares (a figure with a trigger of its own is chosen before).
    static func isSharePriceSentence(before end: Int, in s: LinkSentence) -> Bool {
        sharePriceWords.firstPosition(in: 0..<end, of: s) != nil
    }
}
