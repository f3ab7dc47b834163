import FoundationEssentials

/// The link stage: says what each fact is about (subject, predicate, object) and when it
/// holds (time), sentence by sentence, remembering the document's topic for pronouns.
///
/// Where the text does not say, a field stays `nil`: a wrong link is worse than none.
struct FactLinker {
    /// The lexicons it reads (not the entities': a document's linker is made with a copy of
    /// what it holds, each array retained and released).
    private let names: NameRules
    private let predicates: PredicateLexicon
    /// What the document is about, for its pronouns: the name that opened the most sentences
    /// as their subject so far, the latest of equals (an investor named once does not take
    /// `the company` from the startup the article follows).
    private(set) var topic: String?
    /// (made with room for a short document's names: grown from nothing, it was made anew at each doubling)
    private var timesTopic = [String: Int](minimumCapacity: 16)
    private var topicIsPerson = false
    private var topicIsProduct = false
    /// The maker of a product the topic is (entities.tsv's owner), for `公司` after it.
    private var topicOwner: String?
    /// How many sentences the topic opened.
    private var topicTimes = 0
    /// The last clause subject and the time of the last fact of the sentence before. After a
    /// `；` the next sentence goes on with both (`上半年营收为386亿元；净利润为31亿元`), after
    /// `其中` with its subject (`…营业收入152.6亿元。其中第三季度单季盈利1.35亿元`: a part of what it said;
    /// `旗下…`: what it owns).
    /// The last subject of the sentence before, the time of its last timed figure and that of its first figure.
    private var sentenceBefore: (subject: String?, time: String?, firstTime: String?) = (nil, nil, nil)
    private var sentenceBeforeEndedWithSemicolon = false
    /// The last level measured in the last sentence that measured one (`EPS was $5.07.` before
    /// `Analysts had expected $5.18.`).
    private var levelOfSentenceBefore: (kind: QuantityKind, predicate: String)? = nil
    /// The company whose funding round the document spoke of last; the last one it reported
    /// raising money, and in which sentence.
    private var fundedCompany: String?
    private var raisedBy: String?
    private var raisedAt = 0
    private var sentencesSeen = 0
    /// The product named last, for `该游戏` and `the game`.
    private var lastProduct: String?
    /// The organisation the sentence before was about, if it named one, for `该公司`.
    private var previousOrganisation: String?
    /// The organisation the paragraph's first sentence opened on, for a bare `公司` after it in the
    /// paragraph (`零跑汽车11月交付6.1万辆…。公司股价当日上涨4.3%`: a roundup's paragraph is each
    /// about its own company, not the article's topic); whether the next sentence opens one.
    private var paragraphOpener: String?
    private var opensParagraph = true
    /// The month the last figure dated to a month was of, for `当月` (that month) after it.
    private var lastMonth: String?
    /// The year the last figure dated to a year was of, for `当季` (that quarter) after it.
    private var lastYear: String?
    /// The place the last measure of an economy was of (`美国10月CPI…。失业率…`).
    private var economyPlace: String?
    /// Whether the sentence before gave a place its economy figures (a breakdown after it, `其中，…`, goes on with them).
    private var economyPlacedBefore = false
    /// The place the document's first sentence names (`U.S. employers added 142,000 jobs`): the economy
    /// a measure of one is of where no sentence before named the place (`The unemployment rate rose to 4.4%`),
    /// until someone else's figure.
    private var openingPlace: String?
    /// Whether the sentence before quoted someone speaking for a source of figures (`乘联会秘书长崔东树表示`),
    /// whom a pronoun opening the next (`他预计，…`) goes on quoting.
    private var sourceSpoke = false

    /// The per-sentence buffers of ``link(_:facts:reference:)``, kept from one sentence to the next.
    /// (`nil` only while a sentence is linked, which holds them)
    private var scratch: Scratch?

    /// The clauses and triggers of the sentence linked last, refilled for the next one.
    private var sentenceBuffers: SentenceBuffers

    /// The memory a document's linking grew (``FactLinker/buffers``), for the next document's.
    struct Buffers {
        fileprivate let scratch: Scratch?
        fileprivate let sentence: SentenceBuffers
    }

    /// A document's linker, with the memory `buffers` of one before (made with the same
    /// lexicons) or none.
    init(names: NameRules, predicates: PredicateLexicon, buffers: Buffers? = nil) {
        self.names = names
        self.predicates = predicates
        scratch = buffers?.scratch ?? Scratch()
        sentenceBuffers = buffers?.sentence ?? SentenceBuffers(predicates: predicates)
    }

    /// Its memory, for the linker of the next document (what it holds is refilled before it
    /// is read, sentence by sentence).
    var buffers: Buffers { Buffers(scratch: scratch, sentence: sentenceBuffers) }

    /// A sentence to link, starting at `base` in the document, whose quantities are those of
    /// `facts`; its clauses, quantities and triggers kept in the buffers of the sentence before
    /// (new ones while that sentence is still held).
    mutating func sentence(text: [Unicode.Scalar], holdsHan: Bool, base: Int, entities: [EntityRecognizer.Found], facts: [Fact]) -> LinkSentence {
        if !isKnownUniquelyReferenced(&sentenceBuffers) { sentenceBuffers = SentenceBuffers(predicates: predicates) }
        return LinkSentence(text: text, holdsHan: holdsHan, base: base, entities: entities, facts: facts, buffers: sentenceBuffers)
    }

    /// Arrays `link` fills for each sentence: kept between sentences and refilled, each is
    /// allocated once, not once a sentence.
    fileprivate struct Scratch {
        /// The dates' spans and times; whether each name may be a subject, `nil` until asked.
        /// (a quantity's span is read from the sentence's quantities where it is asked)
        var dateFacts: [(range: Range<Int>, time: String)] = []
        var dateRanges: [Range<Int>] = []
        var eligible: [Bool?] = []
        /// Whether each name reads as an object (``objectName(in:after:subject:in:marked:)``), `nil`
        /// until asked: asked at each fact, a name's marks were sought once a fact, and names run
        /// together (`腾讯阿里巴巴…`) make each search pass the others.
        var objectLike: [Bool?] = []
        /// The facts that are no dates: their indices and spans.
        var factIndices: [Int] = []
        var factSpans: [Range<Int>] = []
        /// The triggers that may name a fact's measure (``PredicateChoice/choose(kind:unit:at:clause:in:facts:own:lexicon:inClause:)``).
        var inClause: PredicateChoice.ClauseTriggers = []
        /// The dates that govern the facts.
        var governing = GoverningDates()
        /// Each clause's subject and where its own name stands.
        var subjects: [String?] = []
        var ownNameStart: [Int?] = []

        /// Refills the spans of the sentence's dates and facts (the kinds read from
        /// the sentence's quantities, which are the facts' kinds in their order).
        mutating func readSpans(of s: LinkSentence, facts: [Fact]) {
            dateFacts.empty()
            dateRanges.empty()
            factIndices.empty()
            factSpans.empty()
            for (k, q) in s.quantities.enumerated() {
                if q.kind != .date {
                    factIndices.append(k)
                    factSpans.append(q.range)
                } else if let time = facts[k].time {
                    dateFacts.append((q.range, time))
                    dateRanges.append(q.range)
                }
            }
        }
    }

    /// The first name, in `order` (indices of the sentence's names), that is a `candidate` and may be
    /// a clause's subject. (asked here, not in a closure of the caller's: one that captured `known`
    /// would cost the link loop copies of the facts it only reads)
    private static func firstEligible(_ order: some Sequence<Int>, in s: LinkSentence, dates: [Range<Int>], names: NameRules,
                                      known: inout [Bool?], where candidate: (Int) -> Bool = { _ in true }) -> Int? {
        for i in order where candidate(i) && isEligible(i, in: s, dates: dates, names: names, known: &known) { return i }
        return nil
    }

    /// The last name opening in `clause` and ending by `limit` that may be a clause's subject.
    /// (not through ``firstEligible(_:in:dates:names:known:where:)``: its closure, asked for each
    /// fact, was handed a copy of the sentence or of its names)
    private static func lastEligible(in clause: Range<Int>, endingBy limit: Int, _ s: LinkSentence, dates: [Range<Int>], names: NameRules,
                                     known: inout [Bool?]) -> Int? {
        for i in s.entities.indices.reversed() where clause.contains(s.entities[i].range.lowerBound) && s.entities[i].range.upperBound <= limit {
            if isEligible(i, in: s, dates: dates, names: names, known: &known) { return i }
        }
        return nil
    }

    /// Whether name `i` of the sentence may be a clause's subject: `known[i]` when asked before
    /// (`nil` until then), else found and kept there.
    private static func isEligible(_ i: Int, in s: LinkSentence, dates: [Range<Int>], names: NameRules, known: inout [Bool?]) -> Bool {
        if let answer = known[i] { return answer }
        let answer = isEligible(i, in: s, dates: dates, names: names)
        known[i] = answer
        return answer
    }

    /// Whether name `i` of the sentence may be a clause's subject.
    private static func isEligible(_ i: Int, in s: LinkSentence, dates: [Range<Int>], names: NameRules) -> Bool {
        // (by index, the rules asked of the name's span: a copy of the name itself retains its strings)
        // (whether the name is a source of figures asked last: it hashes the name, and the rules
        // before it turn near half the names down on their span alone; a place is none, though a
        // suffix of one may follow it: `东南亚数据中心市场`)
        let e = s.span(i)
        return SubjectRules.isEligible(e, in: s, dates: dates) && !SubjectRules.isObjectMarked(e, in: s) && !isDescribedObject(e, in: s, names: names)
            && !(e.type == .place && SubjectRules.precedesMarketNoun(e, in: s, names: names))
            && !SubjectRules.precedesFutures(e, in: s)
            && !(e.type == .org && (SubjectRules.followsAccordingTo(e, in: s) || SubjectRules.opensIndexName(e, in: s)))
            && !(e.type != .place && names.isFigureSource(s.entities[i].name, at: e.range, in: s.text))
            && !(e.type != .place && !s.holdsHan && isCountedEnglish(at: e.range.lowerBound, s))
            && !(e.type == .product && namesIndexMembers(e, s))
    }

    /// `The FTSE 250 company`: ``SubjectRules/indexMemberList`` after a product's name.
    @inline(never) private static func namesIndexMembers(_ e: NameSpan, _ s: LinkSentence) -> Bool {
        SubjectRules.indexMemberList.starts(at: e.range.upperBound, in: s)
    }

    /// `take delivery of 22 new Airbus A321neo jets`: an English name after a count, a word at most
    /// between, is what is counted, not who acts.
    @inline(never) private static func isCountedEnglish(at start: Int, _ s: LinkSentence) -> Bool {
        var k = start
        guard k > 1, s.text[k - 1] == " " else { return false }
        k -= 1
        var word = k
        while word > 0, isLower(s.text[word - 1]) { word -= 1 }
        if word < k, word > 0, s.text[word - 1] == " " { k = word - 1 }
        let quantities = s.quantities
        for q in quantities.indices where quantities[q].range.upperBound == k && quantities[q].kind == .number { return true }
        return false
    }

    /// Whether a person who speaks in the sentence is named after a source of figures, as who
    /// speaks for it (`乘联会秘书长崔东树表示`, `Counterpoint analyst Ivan Lam said`).
    private static func speaksForSource(_ s: LinkSentence, names: NameRules) -> Bool {
        // (by index, in loops: a closure over the sentence copied it; the people first, whom most sentences do not name)
        for speaker in s.entities.indices where s.entities[speaker].type == .person {
            guard SubjectRules.isSpeaker(s.span(speaker), in: s) else { continue }
            for i in s.entities.indices where s.entities[i].type == .org && s.entities[i].range.upperBound <= s.entities[speaker].range.lowerBound {
                if names.isFigureSource(s.entities[i].name, at: s.entities[i].range, in: s.text) { return true }
            }
            return false
        }
        return false
    }

    /// Notes what a sentence that measures nothing tells of the names: the first that may be a
    /// subject opens it for the topic, and the first such organisation of its opening is what it
    /// is about. (whether a name may be a subject is asked only where that is needed: of each
    /// name up to the first that may be one, after it only of the organisations of the opening)
    private mutating func noteNames(of s: LinkSentence, facts: [Fact], dates: [Range<Int>]) {
        sentenceBefore = (nil, nil, nil)
        var first: Int? = nil, organisation: Int? = nil
        for i in s.entities.indices where first == nil || organisation == nil && Self.opensAsOrganisation(i, s) {
            guard Self.isEligible(i, in: s, dates: dates, names: names) else { continue }
            if first == nil { first = i }
            if organisation == nil, Self.opensAsOrganisation(i, s) { organisation = i }
        }
        if let first { noteTopic(s.entities[first].name, in: s, investsInTopic: false) }
        noteEnd(of: s, facts: facts, organisation: organisation, openingSubject: nil)
        // one that names the topic beside another company (`Nvidia, which backed Halcyon in its seed
        // round, did not take part`) tells of that company's part in the topic's story: the next
        // pronoun is the topic's
        if let topic, s.entities.indices.contains(where: { PredicateChoice.is(s.entities[$0].name, topic) }) { previousOrganisation = topic }
    }

    /// Whether name `i` is an organisation in the sentence's opening: in English its first
    /// clause, its own subject (not `what ESPN paid` after it).
    private static func opensAsOrganisation(_ i: Int, _ s: LinkSentence) -> Bool {
        let opening = s.holdsHan || s.clauses.isEmpty ? 0..<s.text.count : s.clauses[0]
        return s.entities[i].type == .org && opening.contains(s.entities[i].range.lowerBound)
    }

    /// What a sentence leaves for the next: the product it named last, and what it was about:
    /// `organisation` (its first organisation of the opening that may be a subject), else, when it
    /// names none, `openingSubject` (the company its pronoun pointed to); the topic when one of its
    /// facts invests in the topic or buys it.
    private mutating func noteEnd(of s: LinkSentence, facts: [Fact], organisation: Int?, openingSubject: String?) {
        // (by index: a closure over the entities themselves retains each one's names)
        if let product = s.entities.indices.last(where: { s.entities[$0].type == .product }) { lastProduct = s.entities[product].name }
        let organisationName = organisation.map { s.entities[$0].name }
        previousOrganisation = organisationName ?? (s.entities.isEmpty ? openingSubject : nil)
            ?? (s.holdsHan || openingSubject != nil ? nil : companyAfterSource(in: s))
        if topic != nil, facts.contains(where: { $0.object == topic }) { previousOrganisation = topic }
        if opensParagraph {
            // (one whose own figures the sentence gives: not one who invests or buys, in the topic or
            // another, nor a body named with no figure of its own, `扶贫协会表示，…`)
            paragraphOpener = organisationName
            if let opener = paragraphOpener,
               !facts.contains(where: { $0.subject == opener && $0.object == nil && !Self.takesObject($0.predicate ?? "") }) { paragraphOpener = nil }
            opensParagraph = false
        }
    }

    /// The next sentence opens a paragraph.
    mutating func startParagraph() {
        opensParagraph = true
        paragraphOpener = nil
    }

    /// The paragraph opened on a sentence with nothing to link: no company opened it.
    mutating func passParagraphOpening() { opensParagraph = false }

    /// `The Commerce Department said it had finalized a grant … for Lumen Memory Corp. The company …`:
    /// where the sentence's opening names only a source of figures, the one organisation after it
    /// that is none is the company a pronoun after it means.
    private func companyAfterSource(in s: LinkSentence) -> String? {
        guard let first = s.entities.first(where: { $0.type == .org }), names.isFigureSource(first.name, at: first.range, in: s.text) else { return nil }
        let others = s.entities.filter { $0.type == .org && $0.name != first.name && !names.isFigureSource($0.name, at: $0.range, in: s.text) }
        guard let company = others.first, others.allSatisfy({ $0.name == company.name }) else { return nil }
        return company.name
    }

    /// Writes what linking found into `fact`: once a fact, through one access (a write to each
    /// field through the array checks the array's uniqueness each time). The values are moved
    /// in, not copied: the caller's last use of them.
    @inline(__always) private static func settle(_ fact: inout Fact, subject: consuming String?, predicate: consuming String?,
                                                 object: consuming String?, time: consuming String?) {
        fact.subject = consume subject
        fact.predicate = consume predicate
        fact.object = consume object
        fact.time = consume time
    }

    /// (apart, not inline: the rule written in ``link(_:facts:reference:scratch:)`` made its loop read
    /// each fact's kind and unit through a copy of the whole fact, +4 % instructions)
    @inline(never) private static func giveValuations(of facts: inout [Fact], to raiser: String) {
        for k in facts.indices where facts[k].subject == nil && PredicateChoice.is(facts[k].predicate, "valuation") { facts[k].subject = raiser }
    }

    /// English rules of a figure and its neighbours, apart from the linking loop (as
    /// ``giveValuations(of:to:)``; through the buffer, no fact copied): `outpacing the 19% rise in
    /// the S&P 500`, the change of the name right after it is that name's; `to between 1.18 million
    /// and 1.22 million tons, from 1.10 million to 1.15 million`, a count compared with the one
    /// before counts the same thing, as a running total does (`opened 290 stores, bringing its
    /// total to 7,850`); `has raised about 78% of the €14.5 billion it planned`, a
    /// share of an amount measures what the verb before does with money, not a change (in the
    /// loop, this rule cost 3 % instructions on every file: the loop copied each fact).
    @inline(never) private static func settleEnglishNeighbours(_ facts: inout [Fact], in s: LinkSentence, names: NameRules) {
        let quantities = s.quantities
        facts.withUnsafeMutableBufferPointer { facts in
            for k in facts.indices where quantities[k].kind != .date {
                if let changed = SubjectRules.changedName(after: quantities[k].range, in: s) { facts[k].subject = changed }
                if quantities[k].kind == .percent || quantities[k].kind == .fraction, PredicateChoice.shareOfAmount(quantities[k].range, in: s),
                   facts[k].predicate.map(PredicateChoice.isChange) ?? true {
                    if let measured = Self.amountMeasured(before: quantities[k].range.lowerBound, in: s, economy: true) {
                        facts[k].predicate = measured
                    }
                }
                // `Public sector net debt stood at 95.8% of gross domestic product`: a share of the
                // economy measures the amount the clause names
                if quantities[k].kind == .percent, facts[k].predicate == nil, Self.economyList.starts(at: quantities[k].range.upperBound, in: s) {
                    facts[k].predicate = Self.amountMeasured(before: quantities[k].range.lowerBound, in: s, economy: false)
                }
                // `dropped 6.8% to a seasonally adjusted annual rate of 1.21 million units last month`:
                // a change happened when the level it reached was
                if facts[k].time == nil, k + 1 < facts.count, quantities[k + 1].kind != .date, facts[k + 1].time != nil,
                   facts[k].predicate.map(PredicateChoice.isChange) ?? false,
                   Self.reachesLevel(from: quantities[k].range.upperBound, to: quantities[k + 1].range.lowerBound, in: s) {
                    facts[k].time = facts[k + 1].time
                }
                if quantities[k].kind == .money, facts[k].predicate == nil {
                    // `rose to £9.2 billion in October, up £1.1 billion from a year before`: the change
                    if let change = Self.changeAfterComma(before: quantities[k].range.lowerBound, in: s) { facts[k].predicate = change }
                    else if facts[k].subject == nil {
                        facts[k].predicate = Self.marketMove(at: quantities[k].range, after: k, facts: facts, in: s, names: names)
                    }
                }
                // (the figure before, past a date: `pumped 9.9 million barrels per day in November, up from 9.6 million`)
                var before = k - 1
                if before > 0, quantities[before].kind == .date { before -= 1 }
                guard before >= 0, quantities[k].kind == .number, quantities[before].kind == .number, facts[k].quantity.unit == nil,
                      let unit = facts[before].quantity.unit else { continue }
                // (`opened 290 new stores, bringing its total to 7,850`: the total of what was counted, and its measure)
                let comparison = SubjectRules.introducesComparison(quantities[k].range.lowerBound, in: s)
                guard comparison || Self.runningTotalList.ends(at: quantities[k].range.lowerBound, in: s) else { continue }
                facts[k].quantity.unit = unit
                if !comparison, facts[k].predicate == nil { facts[k].predicate = facts[before].predicate }
            }
        }
    }

    /// `, up £1.1 billion from a year before`: growth; `, down …`: decline.
    private static func changeAfterComma(before start: Int, in s: LinkSentence) -> String? {
        guard start >= 5, let direction = directionWord(before: start, in: s), s.has(", ", endingAt: direction.start) else { return nil }
        return direction.predicate
    }

    /// `up $2.17`, `down £1.1 billion`: the change `up` or `down` right before `start` says, and
    /// where the word starts (the two letters before the space told first: most amounts follow neither).
    private static func directionWord(before start: Int, in s: LinkSentence) -> (predicate: String, start: Int)? {
        guard start >= 3, s.text[start - 1] == " " else { return nil }
        switch (s.text[start - 3], s.text[start - 2]) {
        case ("u", "p"): return s.has("up ", endingAt: start) ? ("growth", start - 3) : nil
        case ("w", "n"): return s.has("down ", endingAt: start) ? ("decline", start - 5) : nil
        default: return nil
        }
    }

    private static let economyList = PhraseList([" of GDP", " of gross domestic product", " of economic output", " of the economy", " of national income"])

    /// The measure of money named last before `start` in its clause (no change; an economy's own
    /// only where `economy`).
    private static func amountMeasured(before start: Int, in s: LinkSentence, economy: Bool) -> String? {
        let clause = s.clauseRange(of: start)
        return s.triggers.last(where: { clause.contains($0.range.lowerBound) && $0.range.upperBound <= start && $0.trigger.fits(.money)
                                        && !$0.trigger.namesChange && (economy || !$0.trigger.measuresEconomy) })?.trigger.predicate
    }

    /// `Brent crude futures settled down $2.17, or 3.2%, at $65.40`, `WTI fell $2.05, or 3.3%,
    /// to $61.88`: in a sentence about a thing traded, an amount right after `up`, `down` or a verb
    /// of change is its change, and one a change reached its price (a currency's, its exchange rate).
    @inline(never) private static func marketMove(at position: Range<Int>, after k: Int, facts: UnsafeMutableBufferPointer<Fact>, in s: LinkSentence,
                                   names: NameRules) -> String? {
        let start = position.lowerBound
        guard start >= 3, s.text[start - 1] == " " else { return nil }
        var direction = directionWord(before: start, in: s)?.predicate
        let reached = PredicateChoice.isLevel(position, in: s)
        // (`WTI fell $2.05`: right after a verb of change; `slides below $80,000` is a level)
        if direction == nil, !reached,
           let verb = s.triggers.first(where: { $0.range.upperBound + 1 == start && $0.trigger.namesChangeOnly }) {
            direction = verb.trigger.predicate
        }
        // (a level reached after a change, or one a clause about a thing traded holds `at`: `Sterling
        // was little changed at $1.3125`)
        let level = direction == nil && (reached && (0..<k).contains(where: { facts[$0].predicate.map(PredicateChoice.isChange) ?? false })
                                         || Self.isMarketLevel(at: start, in: s, names: names))
        guard direction != nil || level, let noun = SubjectRules.marketNoun(before: start, in: s, names: names) else { return nil }
        return direction ?? (names.currencyMarketNouns.starts(at: noun, in: s) ? "exchange_rate" : SubjectRules.marketPrice)
    }

    /// `Sterling was little changed at $1.3125`, `Gold held steady at $2,650`: an amount after ` at `
    /// in a clause that opens on a thing traded is its level.
    private static func isMarketLevel(at start: Int, in s: LinkSentence, names: NameRules) -> Bool {
        guard s.has(" at ", endingAt: start) else { return false }
        return SubjectRules.opensWithMarketNoun(at: s.contentStart(s.clauseRange(of: start)), in: s, names: names)
    }

    /// Whether `clause` (its words starting at `start`) is an apposition that holds no figure.
    @inline(never) private static func isApposition(_ clause: Range<Int>, start: Int, in s: LinkSentence) -> Bool {
        PredicateChoice.appositionOpeners.starts(at: start, in: s) && SubjectRules.firstFigure(in: clause, s) == nil
    }

    /// `当月引进两架国产C919客机`: a product named right after a Chinese count (past a few Han
    /// characters at most) is what it counts, not who acts.
    @inline(__always) private static func isCountedProduct(_ i: Int, in clause: Range<Int>, chinese: Bool, _ s: LinkSentence) -> Bool {
        chinese && s.entities[i].type == .product && countsProduct(at: s.entities[i].range.lowerBound, in: clause, s)
    }

    @inline(never) private static func countsProduct(at start: Int, in clause: Range<Int>, _ s: LinkSentence) -> Bool {
        var k = start
        while k > clause.lowerBound, start - k < 6, isHan(s.text[k - 1]) { k -= 1 }
        return s.quantities.contains { $0.kind == .number && $0.range.upperBound <= start && $0.range.upperBound >= k }
    }

    /// Whether a figure (no date) of `clause` stands before `position`.
    @inline(never) private static func followsFigure(_ position: Int, in clause: Range<Int>, _ s: LinkSentence) -> Bool {
        SubjectRules.firstFigure(in: clause, s).map { $0 < position } ?? false
    }

    /// Whether the words from `end` to `next` say that a change reached the level at `next`
    /// (` to `, and no comma or clause between).
    private static func reachesLevel(from end: Int, to next: Int, in s: LinkSentence) -> Bool {
        guard s.has(" to ", at: end), next - end <= 60 else { return false }
        return !s.text[end..<next].contains(",")
    }

    /// `环比减少0.6%，相当于正常保有量的104%`: a percentage after a 的 in a clause that names no
    /// measure of its own is a share of what the 的 follows, not the change of the clause before
    /// going on (a date's figure is the same measure, `与去年的61.7%持平`, and a rate's figures go
    /// on as the rate, `增长率为5.8%，低于1996年的6.9%，但高于政府制定的5.5%的目标`).
    @inline(never) private static func settleSharesAfterChange(_ facts: inout [Fact], in s: LinkSentence) {
        let quantities = s.quantities
        facts.withUnsafeMutableBufferPointer { facts in
            for k in facts.indices where quantities[k].kind == .percent || quantities[k].kind == .fraction {
                let position = quantities[k].range
                guard s.has(scalar: "的", endingAt: position.lowerBound), facts[k].predicate.map(PredicateChoice.isChange) ?? false,
                      !quantities.contains(where: { $0.kind == .date && $0.range.upperBound + 1 == position.lowerBound }) else { continue }
                let c = s.clause(of: position.lowerBound)
                guard c > 0 else { continue }
                let own = s.clauses[c], before = s.clauses[c - 1]
                if s.triggers.contains(where: { own.contains($0.range.lowerBound) && $0.range.upperBound <= position.lowerBound }) { continue }
                if s.triggers.contains(where: { before.contains($0.range.lowerBound) && $0.trigger.namesChangeOnly }) { facts[k].predicate = nil }
            }
        }
    }

    /// `拟使用不低于20亿元、不超过30亿元的资金回购公司股份`: amounts listed with `、` measure the same
    /// thing, which the last of them is often the only one next to.
    @inline(never) private static func settleListedAmounts(_ facts: inout [Fact], in s: LinkSentence) {
        let quantities = s.quantities
        var k = quantities.count - 2
        while k >= 0 {
            defer { k -= 1 }
            let end = quantities[k].range.upperBound
            guard quantities[k].kind == .money, quantities[k + 1].kind == .money, end + 1 == quantities[k + 1].range.lowerBound,
                  s.has(scalar: "、", at: end), facts[k].predicate == nil, let predicate = facts[k + 1].predicate,
                  !PredicateChoice.isChange(predicate) else { continue }
            facts[k].predicate = predicate
        }
    }

    /// `raised its dividend to HK$0.62 a share from HK$0.55`: an amount after `a share from` is
    /// compared with that per-share figure and measures what it does, whatever `a share` would
    /// make it alone (a price).
    @inline(never) private static func settlePerShareComparisons(_ facts: inout [Fact], in s: LinkSentence) {
        let quantities = s.quantities
        for k in quantities.indices.dropFirst() where quantities[k].kind == .money {
            let start = quantities[k].range.lowerBound
            // (told by the `m` of `from` first)
            guard start >= 14, s.text[start - 2] == "m", s.has(" a share from ", endingAt: start) || s.has(" per share from ", endingAt: start),
                  quantities[k - 1].kind == .money, let predicate = facts[k - 1].predicate else { continue }
            facts[k].predicate = predicate
        }
    }

    /// `最后收在50.20铢兑1美元`, `1美元合8.09元人民币`: a rate quoted as so much of one currency for
    /// one unit of another; the amount is the exchange rate, whatever verb or noun stands before it,
    /// and the one unit is what it is quoted against, no figure of its own.
    @inline(never) private static func settleQuotes(_ facts: inout [Fact], in s: LinkSentence) {
        let quantities = s.quantities
        for k in quantities.indices.dropLast() where quantities[k].kind == .money && quantities[k + 1].kind == .money {
            let (end, next) = (quantities[k].range.upperBound, quantities[k + 1].range.lowerBound)
            guard next == end + 1 ? s.has(scalar: "兑", at: end) || s.has(scalar: "合", at: end)
                    : next == end + 2 && (s.has("兑换", at: end) || s.has("折合", at: end)) else { continue }
            let (rate, unit): (Int?, Int?) = isOneUnit(facts[k + 1].quantity.value) ? (k, k + 1) : isOneUnit(facts[k].quantity.value) ? (k + 1, k) : (nil, nil)
            guard let rate, let unit else { continue }
            facts[rate].predicate = "exchange_rate"
            facts[unit].predicate = nil
        }
    }

    private static func isOneUnit(_ value: Decimal?) -> Bool { value.map { DecimalMath.equal($0, 1) } ?? false }

    static let runningTotalList = PhraseList(["total to ", "total of ", "tally to ", "count to ", "total number to "])

    /// Whether `predicate`'s second entity is the object (investor → investee, buyer → bought).
    /// (comparisons, not a static array: asked of every fact)
    static func takesObject(_ predicate: String) -> Bool {
        PredicateChoice.is(predicate, "investment") || PredicateChoice.is(predicate, "acquisition") || PredicateChoice.is(predicate, "stake")
    }

    /// Links the facts of one sentence; `facts` hold document positions, in the order of the
    /// sentence's `quantities`.
    mutating func link(_ s: LinkSentence, facts: inout [Fact], reference: ReferenceDate?) {
        // (the buffers moved out of `self` for the sentence and back after it: neither copied)
        var scratch = self.scratch.take() ?? Scratch()
        let timeBefore = s.holdsHan ? sentenceBefore.time : nil
        // (of every sentence, those that measure nothing too: one may name the speaker; here, not
        // in the linking of the sentence, as the settling passes below)
        sourceSpoke = sourceSpoke && s.holdsHan && SubjectRules.opensWithSpeakingPronoun(s) || Self.speaksForSource(s, names: names)
        if sentencesSeen == 0 {
            openingPlace = s.entities.first { $0.type == .place && !EconomyMeasures.isInDateline($0.range.lowerBound, in: s) }?.name
        }
        link(s, facts: &facts, reference: reference, scratch: &scratch)
        self.scratch = consume scratch
        // (here, not in the linking of the sentence: a call there made its loop copy each fact)
        if !s.holdsHan {
            Self.settleEnglishNeighbours(&facts, in: s, names: names)
            Self.settlePerShareComparisons(&facts, in: s)
        } else {
            Self.settleSharesAfterChange(&facts, in: s)
            Self.settleListedAmounts(&facts, in: s)
            if s.quantities.count > 1 { Self.settleQuotes(&facts, in: s) }
            // (a date first: most sentences name none)
            if s.quantities.contains(where: { $0.kind == .date }) { Self.settleThenClauses(&facts, in: s) }
        }
        // `同期外汇储备规模为…`: the same period as the figures before
        if let timeBefore, Self.opensOnSamePeriod(s) {
            for k in facts.indices where facts[k].time == nil && facts[k].quantity.kind != .date { facts[k].time = timeBefore }
        }
        if s.holdsHan { settleThatPeriod(&facts, in: s) }
    }

    /// `理想汽车当月交付新车4.6万辆`: the figures after 当月 (that month) are of the month the figures
    /// before were dated to, those after 当季 (that quarter, `拼多多当季净利润`) of the year the
    /// figures before were dated to (a quarter's figures are dated to its year); notes that month
    /// and that year for the sentences after.
    private mutating func settleThatPeriod(_ facts: inout [Fact], in s: LinkSentence) {
        if lastMonth != nil || lastYear != nil {
            // (read only up to the last figure with no time, where there is one; an index loop: a
            // closure over the sentence copied it)
            var last = -1
            for i in facts.indices where facts[i].time == nil && facts[i].quantity.kind != .date { last = s.quantities[i].range.lowerBound }
            let (k, quarter) = last < 1 ? (last, false) : s.text.withUnsafeBufferPointer { text in
                var k = 0
                while k + 1 < last, !(text[k] == "当" && (text[k + 1] == "月" || text[k + 1] == "季")) { k += 1 }
                return (k, k + 1 < last && text[k + 1] == "季")
            }
            if k + 1 < last, let time = quarter ? lastYear : lastMonth {
                for i in facts.indices where facts[i].time == nil && facts[i].quantity.kind != .date && s.quantities[i].range.lowerBound > k {
                    facts[i].time = time
                }
            }
        }
        // (the last such figure's only, in one pass from the end: each string kept is retained)
        var month = false, year = false
        for i in facts.indices.reversed() where !(month && year) {
            guard let time = facts[i].time else { continue }
            if !month, time.utf8.count == 7 { lastMonth = time; month = true }
            if !year, time.utf8.count == 4 { lastYear = time; year = true }
        }
    }

    private mutating func link(_ s: LinkSentence, facts: inout [Fact], reference: ReferenceDate?, scratch: inout Scratch) {
        let chinese = s.holdsHan
        scratch.readSpans(of: s, facts: facts)
        let dateFacts = scratch.dateFacts, dateRanges = scratch.dateRanges
        let continuesBefore = sentenceBeforeEndedWithSemicolon
        sentenceBeforeEndedWithSemicolon = false
        sentencesSeen += 1
        guard s.quantities.contains(where: { $0.kind != .date }) else {
            // nothing to link: only the topic moves on
            noteNames(of: s, facts: facts, dates: dateRanges)
            return
        }
        // (whether a name may be a subject is asked when a rule first reads it, and kept: the rules
        // mostly read a clause's names up to the first that may be one, and some names none reads)
        scratch.eligible.empty()
        scratch.objectLike.empty()
        for _ in s.entities.indices {
            scratch.eligible.append(nil)
            scratch.objectLike.append(nil)
        }
        // (the lexicon and the rules by static functions: a method of `self`, asked here, copies it whole)
        let names = self.names
        var openingSubject: String? = nil
        defer {
            let organisation = Self.firstEligible(s.entities.indices, in: s, dates: dateRanges, names: names, known: &scratch.eligible) {
                Self.opensAsOrganisation($0, s)
            }
            noteEnd(of: s, facts: facts, organisation: organisation, openingSubject: openingSubject)
        }
        let organisationBefore = previousOrganisation
        // (`截至6月30日，旗下“零食很忙”…`: the brands of the one before, whose own name is left out)
        // (`其中，太阳能发电装机容量约11.2亿千瓦`, `分产业看，第一产业用电量…`: a part of the figures
        // before, of their time too)
        let opensOnPart = chinese && Self.opensOnPart(s)
        let partOfBefore = chinese && (opensOnPart
            || s.clauses.first { clause in s.entities.contains { clause.contains($0.range.lowerBound) } }.map { Self.ownedOpenerList.starts(at: s.contentStart($0), in: s) } ?? false)
        let carried = continuesBefore || partOfBefore ? sentenceBefore.subject : nil
        // (a part takes the time of the first figure before, the whole it is part of: not that of a
        // comparison after it, `…，去年同期亏损为9.8亿元。其中，…`)
        let carriedTime = continuesBefore ? sentenceBefore.time : opensOnPart ? sentenceBefore.firstTime : nil
        scratch.governing.read(s, dates: dateFacts, reference: reference)
        let governing = scratch.governing
        if let owner = FundingRounds.roundOwner(in: s) { fundedCompany = owner }
        var roundMentioned: Bool? = nil
        // (noted as each fact is settled, not read back from the facts after)
        var investsInTopic = false
        // the company this sentence reports raising money
        var raisedHere: String? = nil

        // each clause's subject: its own first eligible name, a pronoun's topic, or the one before
        let sentenceTopic = Self.clauseSubjects(s, dates: dateRanges, eligible: &scratch.eligible, names: names, topic: topic, topicOwner: topicOwner, lastProduct: lastProduct,
                                                chinese: chinese, carried: carried, organisationBefore: organisationBefore, paragraphOpener: paragraphOpener, sourceSpeaks: sourceSpoke,
                                           subjects: &scratch.subjects, ownNameStart: &scratch.ownNameStart)
        let clauseSubject = scratch.subjects, ownNameStart = scratch.ownNameStart
        openingSubject = clauseSubject.first ?? nil

        let factIndices = scratch.factIndices, factSpans = scratch.factSpans
        let respectively = Respectively.subjects(in: s, facts: factSpans)
        // (the fact before by its index: its predicate and subject are read from it where asked, not copied for each fact)
        var previousFact: (clause: Int, end: Int, kind: QuantityKind, index: Int)? = nil
        var lastObject: (clause: Int, predicate: String, object: String)? = nil
        var lastLevel: String? = nil
        var lastLevelKind: QuantityKind? = nil
        var n = -1
        for k in facts.indices where facts[k].quantity.kind != .date {
            // (the kind, unit and text do not change here: read once, not through the array at each
            // use; the quantity's other fields are not read, nor is it copied whole)
            let factKind = facts[k].quantity.kind, unit = facts[k].quantity.unit
            let position = s.quantities[k].range
            let c = s.clause(of: position.lowerBound)
            let clause = s.clauses.isEmpty ? 0..<s.text.count : s.clauses[c]
            // (the fact's place among the facts that are no dates, which are taken in their order)
            n += 1
            let choice = PredicateChoice.choose(kind: factKind, unit: unit, at: position, clause: clause, in: s,
                                                facts: factSpans, own: n, lexicon: predicates, inClause: &scratch.inClause)
            // (read once: each read through the optional copies the whole choice)
            let predicate = choice?.name, trigger = choice?.range
            // the subject comes before the verb that names the measure (`X agreed to acquire Y for …`)
            let limit = trigger.map { $0.upperBound <= position.lowerBound ? $0.lowerBound : position.lowerBound } ?? position.lowerBound
            var before = Self.lastEligible(in: clause, endingBy: limit, s, dates: dateRanges, names: names, known: &scratch.eligible)
            // `美敦力在…财季中大中华区收入为…`: a place after the clause's organisation is where that one's
            // figure was made; so is one opening a later Chinese clause that goes on with the organisation before
            if let place = before, s.entities[place].type == .place {
                if let owner = Self.firstEligible(s.entities.indices, in: s, dates: dateRanges, names: names, known: &scratch.eligible, where: {
                    $0 < place && s.entities[$0].type != .place && clause.contains(s.entities[$0].range.lowerBound)
                }) {
                    before = owner
                } else if chinese, c < clauseSubject.count, ownNameStart[c] == nil, let goesOn = clauseSubject[c], goesOn != s.entities[place].name {
                    before = nil
                }
            }
            var subject = listed(at: position, in: s) ?? before.map { s.entities[$0].name } ?? possessor(after: position, in: clause, s)
                ?? (c < clauseSubject.count ? (namesLaterSubject(ownNameStart[c], after: position, limit: limit, predicate: predicate, in: s)
                                               ? (c > 0 ? clauseSubject[c - 1] : carried ?? (chinese ? nil : topic)) : clauseSubject[c]) : nil)
            if let name = respectively[n] { subject = name }
            // `低于比亚迪的约22%`: a figure right after a name's 的 is that name's (a ratio to it,
            // `相当于招商银行的约1/90`, stays the subject's)
            let isRatio = factKind == .multiple || factKind == .fraction
            let owner = isRatio ? nil : SubjectRules.possessiveOwner(of: position, in: s)
            if let owner { subject = owner }
            // `Almost half of its users are students`: a part of the topic's measure
            if SubjectRules.isPartOfTopicMeasure(position, in: s) {
                // `Apple, TSMC's largest customer, accounted for a quarter of its revenue`: TSMC's
                if let head = s.entities.first(where: { $0.name == subject }),
                   let possessor = s.entities.first(where: { SubjectRules.isApposition(head.span, $0.span, in: s) }) {
                    subject = possessor.name
                } else if subject == nil, Self.firstEligible(s.entities.indices, in: s, dates: dateRanges, names: names, known: &scratch.eligible) == nil {
                    subject = topic
                }
            }
            var object: String? = nil
            var chosenPredicate = predicate
            if let receiver = receivingPattern(clause, before: position.lowerBound, in: s, dates: dateRanges) {
                // X获得Y…投资: Y invests in X; X获得…融资: X raises
                if let giver = receiver.giver, predicate == "investment" || predicate == "funding" {
                    subject = giver; object = receiver.name; chosenPredicate = "investment"
                } else {
                    subject = receiver.name
                }
            } else if let p = chosenPredicate, Self.takesObject(p) {
                object = objectName(in: clause, after: trigger, subject: subject, in: s, marked: &scratch.objectLike)
                // a Chinese topic chain keeps its object (`向Anthropic投资…，年初又追加了10亿`)
                if object == nil, chinese, let last = lastObject, Self.takesObject(last.predicate), last.clause < c { object = last.object }
            }
            // `谷歌也在本轮追加投资20亿`, and right after a round `Google invested $150 million`: an
            // investment that names no target is one in the company raising the round
            if object == nil, PredicateChoice.is(chosenPredicate, "investment") {
                if roundMentioned == nil { roundMentioned = FundingRounds.mentionsRound(s) }
                if roundMentioned == true, let funded = fundedCompany, funded != subject {
                    object = funded
                } else if let raiser = raisedBy, raiser != subject, sentencesSeen - raisedAt <= 2,
                          !FundingRounds.namesTarget(after: position, in: clause, s) {
                    object = raiser
                }
            }
            // `监管总局对其处以罚款150万元`, `the regulator fined Lumora £12 million`: a fine is the fined party's
            if PredicateChoice.is(chosenPredicate, "fine"), let fined = finedParty(before: position.lowerBound, in: s) { subject = fined }
            // `HRK-217处于二期临床试验阶段。…客观缓解率为38.1%`: a trial's result is the drug's
            if PredicateChoice.isTrialResult(chosenPredicate), let drug = Self.trialDrug(before: position.lowerBound, in: s, lastProduct: lastProduct) { subject = drug }
            if object == subject { object = nil }
            // `估值约1830亿美元，是…的近40倍`, `但仅相当于…的约1/90`: a clause that only restates the
            // measure before; `预计到2030年将超过千亿元`: a Chinese clause that names nothing new
            // and measures the same kind of thing
            if chosenPredicate == nil, let previous = previousFact, previous.clause == c - 1, let p = facts[previous.index].predicate {
                let start = SubjectRules.afterLeadingAdverbs(s.contentStart(clause), in: s)
                let continues = chinese && previous.kind == factKind
                    && !s.entities.contains { clause.contains($0.range.lowerBound) }
                    // (`到2027年将提升至350GWh`: a verb of change before a level names no measure)
                    && !s.triggers.contains { clause.contains($0.range.lowerBound) && !$0.trigger.namesChange }
                // a change goes on only as a change: an amount, a count or a level reached (`降至1.35%`)
                // after one measures what was changed
                let level = factKind == .money || factKind == .number || PredicateChoice.isLevel(position, in: s)
                if SubjectRules.restates(at: start, kind: factKind, after: previous.kind, in: s) {
                    // a restatement is of a level (`净利润4.2亿元，同比增长18%，但仅相当于…的约1/90`: the profit)
                    chosenPredicate = lastLevel ?? p
                } else if continues {
                    chosenPredicate = level && PredicateChoice.isChange(p) ? lastLevel : p
                } else if !chinese, previous.kind == factKind, PredicateChoice.comparedLevelOpenerList.starts(at: start, in: s) {
                    // `98 cents a share, compared with 78 cents a year earlier`, `beating the 54 cents analysts
                    // had expected`: the same measure, at another time or as forecast
                    chosenPredicate = lastLevel ?? p
                } else if PredicateChoice.isChange(p), factKind == .money || factKind == .number,
                          !s.entities.contains(where: { clause.contains($0.range.lowerBound) }),
                          !s.triggers.contains(where: { clause.contains($0.range.lowerBound) }),
                          let changed = s.triggers.last(where: { s.clauses[c - 1].contains($0.range.lowerBound)
                              && $0.range.upperBound <= s.quantities[previous.index].range.lowerBound
                              && !$0.trigger.namesChange && $0.trigger.fits(factKind) }) {
                    // `移动云收入同比增长11.3%，达到约760亿元`, `profit rose 8%, reaching $2 billion`: the
                    // level a change reached measures what changed
                    chosenPredicate = changed.trigger.predicate
                }
            } else if chosenPredicate == nil, let previous = previousFact, previous.clause == c - 1 {
                // `added 215 points, or 0.5%`: a restatement of a change no measure names (the figure
                // before has none) is that change
                chosenPredicate = PredicateChoice.restatedChange(in: c, kind: factKind, before: s.quantities[previous.index].range.lowerBound, in: s)
            }
            // `above the 71 cents analysts had expected`, `Analysts polled by LSEG had expected $5.18`:
            // the measure before, as forecast
            if chosenPredicate == nil, !chinese {
                if PredicateChoice.isFollowedByForecasters(position, in: s) {
                    chosenPredicate = lastLevel
                } else if PredicateChoice.isAnalystsForecast(position, clause: clause, in: s) {
                    chosenPredicate = lastLevel ?? (levelOfSentenceBefore?.kind == factKind ? levelOfSentenceBefore?.predicate : nil)
                }
            }
            // `account for nearly 30% of the European replacement market`
            if chosenPredicate == nil, !chinese, factKind == .percent || factKind == .fraction, PredicateChoice.isShareOfMarket(position, in: s) {
                chosenPredicate = "market_share"
            }
            // `Almost half of its users`, `two thirds of the parent company's profit`: a part of a measure
            // (`HK$6 billion of government-backed loans`: the money is that measure, when the measure is
            // money: `$500 billion of orders` is no count of orders)
            if chosenPredicate == nil, factKind == .fraction || factKind == .money,
               let whole = PredicateChoice.measure(after: " of ", position, in: s, kind: factKind == .money ? .money : nil) {
                chosenPredicate = whole
            }
            // `cut roughly 5% of its 18,400 jobs`: a share of what the company counts measures the count, not the cut
            if factKind == .percent, Self.ofOwnList.starts(at: position.upperBound, in: s),
               let counted = PredicateChoice.measure(after: " of ", position, in: s, kind: .number) {
                chosenPredicate = counted
            }
            // `employs about 420 people, half of them in London`: a part of the figure before measures
            // what it does
            if chosenPredicate == nil, let previous = previousFact, let p = facts[previous.index].predicate,
               PredicateChoice.isPartOfPrevious(position, in: s) {
                chosenPredicate = p
            }
            // `more than double the £98 million`, `more than triple its valuation`: a multiple of a
            // level measures that level; `jumped sixfold`, `to double its revenue`: a multiple said
            // by a verb is growth
            if chosenPredicate == nil, factKind == .multiple {
                let compared = PredicateChoice.comparedLevel(after: position, in: s)
                if let compared, compared.isFigure, let level = lastLevel {
                    chosenPredicate = level
                } else if let compared, let trigger = compared.trigger {
                    chosenPredicate = trigger
                } else if let previous = previousFact, previous.clause == c - 1, let level = lastLevel,
                          s.contentStart(clause) == position.lowerBound, QuantityRecognizer.isComparingWord(facts[k].text) {
                    // `reached $2.1 billion, nearly double a year earlier`: a multiple set after a
                    // figure compares it
                    chosenPredicate = level
                } else if QuantityRecognizer.isMultiplyingWord(facts[k].text) {
                    chosenPredicate = "growth"
                }
            }
            // `up from $35 million`, `more than double the £98 million it earned`: compared with
            // the measure before of the same kind, so the same measure (`reached $7 billion, up 20%
            // from $5.8 billion`: the $7 billion's, past the change)
            // (`earned $15.8 billion, or $5.62 a share, … up from $14.4 billion`: not the amount a share,
            // unless every figure before is one: `$13.50 to $14.00 a share, up from $12.00 to $12.50`)
            if chosenPredicate == nil, SubjectRules.introducesComparison(position.lowerBound, in: s) {
                let perShare = { (i: Int) in PredicateChoice.perShareList.starts(at: s.quantities[i].range.upperBound, in: s) }
                // (a share compares with a share, as a fraction or a percentage: `roughly a quarter of the
                // market, up from less than 10%`)
                let share = factKind == .percent || factKind == .fraction
                // (the kind read from the sentence's quantities, as the position is)
                let comparable = { (i: Int) in
                    let kind = s.quantities[i].kind
                    return kind == factKind || share && (kind == .percent || kind == .fraction)
                }
                if let compared = factIndices.last(where: { $0 < k && comparable($0) && !perShare($0) })
                    ?? factIndices.last(where: { $0 < k && comparable($0) }),
                   let p = facts[compared].predicate {
                    chosenPredicate = p
                }
            }
            // `毛利率为14.8%，…低于比亚迪的约22%`: another company's figure in the same unit measures the same
            if chosenPredicate == nil, owner != nil,
               let same = facts[..<k].last(where: { $0.quantity.kind == factKind && $0.quantity.unit == unit && $0.predicate != nil }) {
                chosenPredicate = same.predicate
            }
            // `微软份额升至21%，谷歌云则以13%排名第三`: another company, the same measure
            if chosenPredicate == nil, let previous = previousFact, previous.kind == factKind,
               let own = subject, own != facts[previous.index].subject,
               Self.ownsSubject(clause, own, in: s, names: names, dates: dateRanges, known: &scratch.eligible) || listed(at: position, in: s) != nil || respectively[n] != nil || owner != nil,
               !s.triggers.contains(where: { $0.range.lowerBound >= previous.end && $0.range.upperBound <= position.lowerBound && $0.trigger.predicate != facts[previous.index].predicate }) {
                chosenPredicate = facts[previous.index].predicate
            }
            var time = governing.time(at: position, clause: c, in: s, chinese: chinese, facts: factSpans)
            // (asked only when there is a time to carry: without one the time stays nil either way)
            if time == nil, carriedTime != nil, !governing.hasTimeOfItsOwn(upTo: c, in: s) { time = carriedTime }
            // `三年期定存`: a term that describes a product happens at no time; nor does a span a
            // period is measured over (`in the three months to September`, `连续五个月`)
            if factKind == .duration, s.has(scalar: "期", at: position.upperBound) || Self.isSpanOfMeasure(position, in: s) {
                time = nil
            }
            // `down from $124 million a year earlier`: the year before the figure it is set against
            if GoverningDates.isFollowedByYearEarlier(position, facts: factSpans, in: s) {
                time = Self.yearEarlier(than: time, of: k, facts: facts, factIndices: factIndices, in: s, reference: reference)
            }
            if let p = chosenPredicate, let o = object { lastObject = (c, p, o) }
            if PredicateChoice.is(chosenPredicate, "funding"), let subject { fundedCompany = subject; raisedBy = subject; raisedAt = sentencesSeen; raisedHere = subject }
            previousFact = (c, position.upperBound, factKind, k)
            if let p = chosenPredicate, !PredicateChoice.isChange(p) { lastLevel = p; lastLevelKind = factKind }
            if let object, object == topic { investsInTopic = true }
            Self.settle(&facts[k], subject: subject, predicate: chosenPredicate, object: object, time: time)
        }
        // `完成B轮融资，…，由阿里巴巴领投，腾讯和启明创投跟投，投后估值约85亿元`: a valuation in the sentence of
        // a round that names no company of its own is the raising company's
        if let raiser = raisedHere { Self.giveValuations(of: &facts, to: raiser) }
        let placesEconomy = EconomyMeasures.settle(&facts, in: s, names: names, breaksDown: partOfBefore, placedBefore: &economyPlacedBefore,
                                                       openingPlace: &openingPlace, lastPlace: &economyPlace)
        if let lastLevel, let lastLevelKind { levelOfSentenceBefore = (lastLevelKind, lastLevel) }
        if let sentenceTopic, !(placesEconomy && s.isPlace(sentenceTopic)) { noteTopic(sentenceTopic, in: s, investsInTopic: investsInTopic) }
        // (by index: a closure over the facts themselves would copy each one)
        let lastTimed = facts.indices.last { facts[$0].quantity.kind != .date && facts[$0].time != nil }
        // (the first figure's time is carried only into a Chinese part: `其中，…`)
        let first = chinese ? factIndices.first : nil
        sentenceBefore = (clauseSubject.last ?? nil, lastTimed.flatMap { facts[$0].time }, first.flatMap { facts[$0].time })
        if let last = s.text.lastIndex(where: { !isUnicodeWhitespace($0) }), s.text[last] == ";" { sentenceBeforeEndedWithSemicolon = true }
    }

    /// Each clause's subject: its own first eligible name, a pronoun's topic, or the one before,
    /// into `clauseSubject`, and where the clause's own name stands, into `ownNameStart` (both
    /// emptied first); returns the name the sentence is about, if any.
    /// (static, given what it reads of the document: a method of `self`, asked from the mutating
    /// ``link(_:facts:reference:scratch:)``, copied the linker whole for each sentence)
    private static func clauseSubjects(_ s: LinkSentence, dates: [Range<Int>], eligible known: inout [Bool?], names: NameRules, topic: String?, topicOwner: String?,
                                       lastProduct: String?, chinese: Bool, carried: String?, organisationBefore: String?, paragraphOpener: String?, sourceSpeaks: Bool,
                                       subjects clauseSubject: inout [String?], ownNameStart: inout [Int?]) -> String? {
        clauseSubject.empty()
        ownNameStart.empty()
        var sentenceTopic: String? = nil
        // `Net income reached …`, `Founder Priya Raman said subscriptions …`: about the topic
        // (a person named after the measure, as who blamed or explained it, owns none of it)
        // (by index, and only a person's name handed over: a closure over the names themselves copies each one)
        // (one speaking for a source of figures speaks of the market: `乘联会秘书长崔东树表示，…渗透率…`)
        let namesSpeaker = !sourceSpeaks && (s.entities.indices.contains { s.entities[$0].type == .person && SubjectRules.isSpeaker(s.span($0), in: s) }
            || chinese && SubjectRules.opensWithSpeakingPronoun(s))
        // (asked only where the first clause finds no subject otherwise; whether the sentence opens
        // with a measure before whether it names nobody, whose search for a group is the longer:
        // the triggers it reads are looked for in every sentence linked here, for its figures)
        func measureOfTopic() -> Bool {
            !chinese && Self.firstEligible(s.entities.indices, in: s, dates: dates, names: names, known: &known) {
                s.entities[$0].type != .person && !SubjectRules.followsSubordinator(s.span($0), in: s)
            } == nil
                && (namesSpeaker || SubjectRules.opensWithMeasure(s) || SubjectRules.namesNobody(s) || SubjectRules.opensWithAnalysts(s))
        }
        // `周鸣远预计，第四季度亏损将收窄…`, `她预计，…`: what a speaker says, in a Chinese sentence that
        // names no subject, is about the topic
        let speakerOnly = chinese && namesSpeaker && Self.firstEligible(s.entities.indices, in: s, dates: dates, names: names, known: &known) == nil
        var followsRelativeClause = false
        // (whether the sentence holds a measure of an economy, for each clause that may open with one)
        let economy = EconomyMeasures.holds(in: s)
        // (`若撇除…，`, `按非美国通用会计准则，`, `此外，`: a first clause that only sets aside, says the
        // basis or is an adverb alone leaves the next the sentence's opening, a name in it (美国) none of its subjects)
        let exclusion = chinese && s.clauses.count > 1 && SubjectRules.opensWithExclusion(s)
        for (c, clause) in s.clauses.enumerated() {
            var subject: String? = nil
            var own: Int? = nil
            // (where a pronoun would open the clause: found once, when first asked, for both kinds of pronoun)
            lazy var anaphor = SubjectRules.anaphorPosition(clause, in: s)
            // (where the clause's words start: found once, for each opener asked of it)
            let start = s.contentStart(clause)
            // (`Demand for capacity …`, `Gold slipped 0.5%`: read once, for the topic's measure and for
            // a subject of its own; asked only of a clause that names no one)
            lazy var opensOnMarket = SubjectRules.opensWithMarketMeasure(at: start, in: s, economy: economy)
                || SubjectRules.opensWithMarketNoun(at: start, in: s, names: names)
            let opensRelative = !chinese && c > 0 && Self.relativeOpenerList.starts(at: start, in: s)
            let relative = opensRelative ? relativeAntecedent(of: c, in: s, names: names) : nil
            if c == 0, exclusion {
                subject = nil
            } else if let relative, !relative.isEmpty {
                // `Flutter Entertainment, which owns FanDuel, said …`: the name before `which`
                subject = relative
            } else if let latter = latterName(openingAt: start, in: s) {
                subject = latter
            } else if let k = Self.firstEligible(s.entities.indices, in: s, dates: dates, names: names, known: &known,
                                                 where: { clause.contains(s.entities[$0].range.lowerBound) && !Self.isCountedProduct($0, in: clause, chinese: chinese, s) }) {
                // (`周大福…营业额为412亿港元，内地零售点净减少近三百家`: a place opening a later Chinese
                // clause says where the organisation before did it)
                if chinese, c > 0, s.entities[k].type == .place, let before = clauseSubject[c - 1], !s.isPlace(before) {
                    subject = before
                } else if !chinese, Self.followsFigure(s.entities[k].range.lowerBound, in: clause, s), opensOnMarket {
                    // (`Oil prices fell more than 3% after delegates said OPEC+ …`: a name after a market's
                    // figure is not its, but what the sentence goes on about)
                    if sentenceTopic == nil { sentenceTopic = s.entities[k].name }
                } else {
                    subject = s.entities[k].name
                    own = s.entities[k].range.lowerBound
                    if sentenceTopic == nil, !SubjectRules.followsSubordinator(s.span(k), in: s) { sentenceTopic = subject }
                }
            } else if relative != nil {
                // one about no name before (a speaker described, a source of figures, a noun no one owns) has none
                subject = nil
            } else if chinese, SubjectRules.opensWithIndefinite(clause, in: s) {
                subject = nil
            } else if chinese, SubjectRules.opensWithNationalMeasure(clause, afterNobody: c > 0 && clauseSubject[c - 1] == nil, in: s, names: names) {
                subject = EconomyMeasures.nationalEconomy
            } else if c > 0, Self.whichOrWhoList.starts(at: start, in: s) {
                subject = clauseSubject[c - 1]
            } else if SubjectRules.opensWithProductAnaphor(at: anaphor, in: s),
                      let product = s.entities.last(where: { $0.type == .product && $0.range.upperBound <= clause.lowerBound })?.name ?? lastProduct {
                subject = product
            } else if SubjectRules.opensWithAnaphor(clause, at: anaphor, in: s)
                        || (c == 0 && (chinese || !opensOnMarket) && measureOfTopic())
                        || (!chinese && SubjectRules.measureOpenerList.starts(at: start, in: s))
                        || (chinese && (c == 0 || SubjectRules.followsReportOpener(c, in: s) || c == 1 && exclusion)
                            && (s.entities.isEmpty || c == 1 && exclusion && s.entities.allSatisfy { s.clauses[0].contains($0.range.lowerBound) })
                            && (SubjectRules.opensWithSegment(clause, in: s) || SubjectRules.opensWithChineseMeasure(clause, at: anaphor, in: s, names: names)
                                || SubjectRules.holdsListedCompanyMeasure(clause, in: s) || SubjectRules.occasionList.starts(at: anaphor, in: s))) {
                // `Nvidia invested $2 billion in xAI, and the startup raised …`: the name just invested in
                // after clauses that name nobody and describe nobody (`去年11月，其…`), as at the start
                // (a fronted place, `In Europe, the company …`, names nobody; `上海的星衡智能` qualifies a name)
                let opener = clause.lowerBound > 0 && !s.entities.contains { $0.range.lowerBound < clause.lowerBound && (chinese || $0.type != .place) }
                    && !SubjectRules.describesSomeone(0..<clause.lowerBound, in: s)
                // (`据IDC统计，其出货量…`: a clause before that names only a source leaves the topic)
                // `该公司` is the company named last (`日本东京电子的处境类似。该公司…`)
                // `Rival BP said … . It will trim …`: an English sentence opening with `It` is about the
                // company the sentence before was about
                // a bare `公司` opening a sentence the company the paragraph opened on
                let named = (chinese ? SubjectRules.opensWithDemonstrative(clause, in: s)
                                     : c == 0 && SubjectRules.opensWithPersonalPronoun(clause, in: s)) ? organisationBefore
                    : chinese && c == 0 && paragraphOpener != nil && SubjectRules.companyNounList.starts(at: anaphor, in: s) ? paragraphOpener : nil
                // (a sentence after `；` goes on with the one before: `全国国内出游8.21亿人次…；国内游客出游总花费…`)
                let opening = c == 0 || c == 1 && exclusion
                subject = opening || opener ? named ?? (opening ? carried : nil) ?? topic : markedObject(in: s.clauses[c - 1], s) ?? clauseSubject[c - 1]
                    ?? (s.has(scalar: "据", at: s.contentStart(s.clauses[c - 1])) ? topic : nil)
                if let name = subject { subject = SubjectRules.antecedent(name, of: clause, in: s, topic: topic, topicOwner: topicOwner) }
            } else if SubjectRules.opensWithOwnSubject(clause, in: s) || opensOnMarket || firstNameIsGroup(clause, s)
                        || !chinese && SubjectRules.holdsIndexName(clause, in: s)
                        || chinese && SubjectRules.forecastsMarketFigure(clause, in: s) {
                subject = nil
            } else if c > 1, followsRelativeClause {
                // `Intermodal shipments, which make up …, rose 5%`: the clause goes on past the relative clause
                subject = clauseSubject[c - 2]
            } else if c > 0 {
                subject = clauseSubject[c - 1]
            } else {
                subject = carried
            }
            if subject == nil, speakerOnly { subject = topic }
            // `iPhone sales rose 6%, while services revenue climbed 15%`: a clause set against a
            // product's figures that names no one is its maker's (else the topic's), not the product's
            if !chinese, c > 0, own == nil, SubjectRules.subordinatorEnd(at: start, in: s) != nil, let name = subject, name == clauseSubject[c - 1],
               let p = s.entities.indices.first(where: { s.entities[$0].type == .product && s.entities[$0].name == name }) {
                subject = s.entities[p].owner ?? topic
            }
            clauseSubject.append(subject)
            ownNameStart.append(own)
            // (`Saudi Arabia, the group's largest producer, pumped …`: so does an apposition that holds no figure)
            followsRelativeClause = opensRelative || !chinese && c > 0 && Self.isApposition(clause, start: start, in: s)
        }
        return sentenceTopic
    }

    private mutating func noteTopic(_ name: String, in s: LinkSentence, investsInTopic: Bool) {
        let times = Self.increment(&timesTopic[name, default: 0])
        // the pronouns of an article about a company (该公司, its) do not pass to the people quoted in it
        let isPerson = s.isPerson(name)
        if isPerson, topic != nil, !topicIsPerson { return }
        // nor to a product of its (`公司称，其开放平台…` after sentences about `星衡-4`: the maker's)
        // (whether the name is a product's asked once, and only where it decides)
        let asked = topic != nil && !topicIsPerson && !topicIsProduct && !isPerson
        if asked, s.isProduct(name) { return }
        if let current = topic, !PredicateChoice.is(current, name) {
            if topicTimes > times { return }
            // a sentence about a party to the topic (`Nvidia, which backed Halcyon, did not take part`,
            // `Google invested $150 million` in its round) leaves the topic where it is
            // (names compared by their lengths first: most differ in length)
            if investsInTopic || s.entities.indices.contains(where: { PredicateChoice.is(s.entities[$0].name, current) }) { return }
        }
        topic = name
        topicTimes = times
        topicIsPerson = isPerson
        topicIsProduct = !asked && !isPerson && s.isProduct(name)
        topicOwner = topicIsProduct ? s.entities.first(where: { $0.type == .product && $0.name == name })?.owner : nil
    }

    private static func increment(_ count: inout Int) -> Int {
        count += 1
        return count
    }

    /// The party a fine is put on, when the sentence marks one before the figure: `对X`/`fined X`
    /// gives X, `对其` the topic, `对某股份制银行` (no name) `nil`; `.none` when nothing marks one.
    /// The drug a trial's result at `position` is of: the last product the sentence names before
    /// it, else the last one named before the sentence.
    @inline(never) private static func trialDrug(before position: Int, in s: LinkSentence, lastProduct: String?) -> String? {
        s.entities.last { $0.type == .product && $0.range.upperBound <= position }?.name ?? lastProduct
    }

    private func finedParty(before position: Int, in s: LinkSentence) -> String?? {
        let objectMarkers = SubjectRules.chineseObjectMarkerList
        for k in stride(from: position - 1, through: 0, by: -1) {
            if objectMarkers.starts(at: k, in: s) {
                if let named = s.entities.first(where: { $0.range.lowerBound == k + 1 }) { return .some(named.name) }
                return .some(s.has(scalar: "其", at: k + 1) ? topic : nil)
            }
            // (`fined` walked only where its `f` stands: every position before the figure is passed)
            if AliasTrie.key(s.text[k]) == AliasTrie.key("f"), s.has("fined ", at: k) {
                return .some(s.entities.first { $0.range.lowerBound == k + 6 }?.name ?? (s.has("it ", at: k + 6) ? topic : nil))
            }
        }
        return .none
    }

    /// `向国内芯片设计公司澈光智算注资`: a name after an object marker and a description of it.
    private static func isDescribedObject(_ e: NameSpan, in s: LinkSentence, names: NameRules) -> Bool {
        let start = e.range.lowerBound
        guard start > 0, isHan(s.text[start - 1]), names.organisationNouns.endsBefore(start, in: s.text) else { return false }
        var k = start - 1
        while k >= 0, start - k <= 12, isHan(s.text[k]), !s.entities.contains(where: { $0.range.contains(k) }) {
            if SubjectRules.chineseObjectMarkerList.ends(at: k + 1, in: s) { return true }
            k -= 1
        }
        return false
    }

    /// `ahead of Microsoft at 21% and Google at 13%`: a name listed with its figure.
    private func listed(at position: Range<Int>, in s: LinkSentence) -> String? {
        s.entities.first { $0.range.upperBound + 4 == position.lowerBound && s.has(" at ", at: $0.range.upperBound) && $0.type != .place }?.name
    }

    /// The first name of an object marker (`向X`, `in X`) in a clause.
    private static func markedObject(in clause: Range<Int>, _ s: LinkSentence) -> String? {
        s.entities.first { clause.contains($0.range.lowerBound) && $0.type != .place && SubjectRules.isObjectMarked($0.span, in: s) }?.name
    }

    /// The clause's first name is one of a group (`阿里巴巴、腾讯与百度三家公司…`), not one that
    /// opens a subordinate clause (`… fell 1.8% as Apple and Google cut back`).
    private static func firstNameIsGroup(_ clause: Range<Int>, _ s: LinkSentence) -> Bool {
        guard let first = s.entities.first(where: { clause.contains($0.range.lowerBound) }),
              SubjectRules.isCoordinated(first.span, in: s), !SubjectRules.followsSubordinator(first.span, in: s),
              // (`the Cambridge, Massachusetts-based company`: one place within the other)
              !SubjectRules.isBase(first.span, in: s) else { return false }
        // (`sales in Britain and Ireland fell 1.5%`, `as demand in Europe and Asia fell`, `1,046 stores
        // across the United States and Canada`: places after `in` or `across` say where)
        guard first.type == .place, !isHan(s.text[first.range.lowerBound]) else { return true }
        return !(s.wordKey(s.englishWordRange(before: first.range.lowerBound)).map(placePrepositions.contains) ?? false)
    }
    private static let placePrepositions = WordKeys(["in", "across", "throughout", "within"])

    /// `up to 2% of Paywell's annual revenue`: the name whose measure the fact is a part of.
    private func possessor(after position: Range<Int>, in clause: Range<Int>, _ s: LinkSentence) -> String? {
        s.entities.first { e in
            e.range.lowerBound >= position.upperBound && clause.contains(e.range.lowerBound) && e.type != .place
                && (s.has("'s", at: e.range.upperBound) || s.has("’s", at: e.range.upperBound))
                && s.englishWord(before: e.range.lowerBound) == "of"
        }?.name
    }

    private static func ownsSubject(_ clause: Range<Int>, _ name: String, in s: LinkSentence, names: NameRules, dates: [Range<Int>],
                                    known: inout [Bool?]) -> Bool {
        firstEligible(s.entities.indices, in: s, dates: dates, names: names, known: &known) {
            clause.contains(s.entities[$0].range.lowerBound) && s.entities[$0].name == name
        } != nil
    }

    static let ofOwnList = PhraseList([" of its ", " of their "])
    /// (phrase lists, not `has`: asked of every sentence, and a list tests the first code point before all)
    private static let partOpenerList = PhraseList(["其中"])

    /// `其中，…`; `分产业看，…`, `分季度来看，…`: a breakdown of the figures before.
    private static func opensOnPart(_ s: LinkSentence) -> Bool {
        let k = s.contentStart(0..<s.text.count)
        // (told by the first code point: most sentences open on neither; `分` needs four more after it)
        guard k + 4 < s.text.count else { return false }
        if s.text[k] == "其" { return partOpenerList.starts(at: k, in: s) }
        guard s.text[k] == "分" else { return false }
        // (two to four characters of what is broken down by, then `看` or `来看` and a comma)
        for end in (k + 3)...min(k + 6, s.text.count - 2) {
            guard isHan(s.text[end - 1]) else { return false }
            if s.text[end] == "看", s.text[end + 1] == "," { return true }
        }
        return false
    }
    private static let ownedOpenerList = PhraseList(["旗下"])

    /// `同期外汇储备…`, `同一时期，…`: a sentence that opens on the period of the one before.
    @inline(never) private static func opensOnSamePeriod(_ s: LinkSentence) -> Bool {
        let k = s.contentStart(0..<s.text.count)
        return k < s.text.count && samePeriodOpenerList.mayStart(at: k, in: s) && samePeriodOpenerList.starts(at: k, in: s)
    }
    /// (`期内`, `报告期内`: the period the figures before are of, as a report's second sentence says)
    private static let samePeriodOpenerList = PhraseList(["同期", "同一时期", "同月", "同一时间", "期内", "报告期内"])

    /// `生猪价格可能在明年二季度前后见底，届时行业产能将去化5%至8%`: a clause opening on 届时 (then)
    /// happens at the date named last before it in the sentence.
    @inline(never) private static func settleThenClauses(_ facts: inout [Fact], in s: LinkSentence) {
        let clauses = s.clauses
        for clause in clauses.dropFirst() {
            let start = s.contentStart(clause)
            guard s.has(scalar: "届", at: start), s.has("届时", at: start) else { continue }
            guard let date = facts.indices.last(where: { facts[$0].quantity.kind == .date && s.quantities[$0].range.upperBound <= clause.lowerBound }),
                  let time = facts[date].time else { continue }
            for k in facts.indices where facts[k].time == nil && facts[k].quantity.kind != .date && clause.contains(s.quantities[k].range.lowerBound) {
                facts[k].time = time
            }
        }
    }

    static let spanWordsBefore: WordSet = ["in", "within", "over", "next", "previous", "past"]
    static let chineseSpanWordsBefore = PhraseList(["连续", "需要", "还需", "支撑"])
    static let spanWordsAfter = PhraseList([" to ", " ended ", " ending ", " earlier", " later", "-year ", "-month "])

    /// `in the three months to September`, `within two years`, `over the previous three years`,
    /// `连续五个月`, `还需要12至18个月`, `30-year fixed`: a span something is measured over, a
    /// term or an offset, not an event that took that long.
    static func isSpanOfMeasure(_ position: Range<Int>, in s: LinkSentence) -> Bool {
        if chineseSpanWordsBefore.ends(at: position.lowerBound, in: s) { return true }
        guard position.lowerBound > 0, !isHan(s.text[position.lowerBound]) else { return false }
        return spanWordsBefore.contains(s.englishWord(before: position.lowerBound)) || spanWordsAfter.starts(at: position.upperBound, in: s)
            || s.text[position].contains("-")
    }

    static let laterSubjectOpeners = PhraseList(["that ", "and ", "while ", "but ", "after ", "after the ", "before ", "before the ",
                                                 "because ", "because the ", "when ", "when the ", "until ", "until the ", "what "])

    /// Whether the name opening at `start` in a fact's clause is not the fact's subject: it
    /// follows the verb of a measure that takes an object (`the firm that bought Walgreens for
    /// $10 billion`), or opens another statement after the fact (`its revenue grew 22% and that
    /// FanDuel held …`).
    private func namesLaterSubject(_ start: Int?, after position: Range<Int>, limit: Int, predicate: String?, in s: LinkSentence) -> Bool {
        guard let start, start >= limit else { return false }
        if let predicate, Self.takesObject(predicate), limit < position.lowerBound { return true }
        guard start >= position.upperBound else { return false }
        // (`orders rose 21% and that deliveries of LEAP engines …`: another statement between)
        return Self.laterSubjectOpeners.ends(at: start, in: s) || Self.laterStatementList.firstPosition(in: position.upperBound..<start, of: s) != nil
    }

    static let laterStatementList = PhraseList([" and that ", ", while ", ", but ", ", whereas "])

    /// `…获美国国防部2.5亿美元投资，后者持股比例升至约19%`, `…, and the latter …`: the name named
    /// last before the clause whose words start at `k` (a place only says where).
    private static func latterName(openingAt k: Int, in s: LinkSentence) -> String? {
        guard Self.latterList.starts(at: k, in: s) else { return nil }
        return s.entities.last { $0.range.upperBound <= k && $0.type != .place }?.name
    }

    private static let latterList = PhraseList(["后者", "the latter", "and the latter"])
    /// Words that open a relative clause (a phrase list: asked of every clause, each first
    /// code point is tested once, not each word compared in turn).
    private static let whichOrWhoList = PhraseList(["which", "who"])
    private static let relativeOpenerList = PhraseList(["which", "who", "whose"])

    /// `…led by Northgate Partners, which put in …`: the name closing the clause before the
    /// relative clause `c`; empty for one it is not about (a speaker described, a source of
    /// figures, what a clause naming nobody ends on: `a cult, whose members …`); `nil` where it
    /// goes on with the subject of the clause before (`the company, which employs …`).
    private static func relativeAntecedent(of c: Int, in s: LinkSentence, names: NameRules) -> String? {
        if let named = s.entities.last(where: { s.clauses[c - 1].contains($0.range.lowerBound) && $0.type != .place }) {
            // (`Lawrence Yun, NAR's chief economist, who expects …`: the one the possessive describes,
            // a speaker, owns none of it; nor does a publisher of others' figures)
            let describesPerson = s.hasPossessive(at: named.range.upperBound)
            // (`Tufan Erginbilgic said civil aerospace, which accounts for …`: what the speaker names)
            if named.type == .person, SubjectRules.reportingList.starts(at: named.range.upperBound, in: s) { return nil }
            return describesPerson || names.isFigureSource(named.name, at: named.range, in: s.text) ? "" : named.name
        }
        // `…, and the company, which employs …`: a clause that is just a pronoun; `Online sales,
        // which make up …, rose 4.7%`: the short noun the sentence opens with (not a clause that
        // ends on one: `It will put RMB 2 billion into a new venture, which will borrow …`);
        // `… its loyalty program, which has grown …`: a noun the clause's subject owns
        let previous = s.clauses[c - 1]
        let length = previous.upperBound - s.contentStart(previous)
        let opensWithNoun = c == 1 && length <= 32 && !s.quantities.contains { previous.contains($0.range.lowerBound) }
        if opensWithNoun || endsWithOwnedNoun(previous, in: s) { return nil }
        return length <= 16 && SubjectRules.opensWithAnaphor(previous, in: s) ? nil : ""
    }

    /// Whether one of the last four words of `clause` is `its` or `their`.
    private static func endsWithOwnedNoun(_ clause: Range<Int>, in s: LinkSentence) -> Bool {
        var end = clause.upperBound
        while end > clause.lowerBound, !isAlphanumeric(s.text[end - 1]) { end -= 1 }
        for _ in 0..<4 {
            let word = s.englishWordRange(before: end)
            guard word.lowerBound >= clause.lowerBound, let key = s.wordKey(word) else { return false }
            if GoverningDates.possessives.contains(key) { return true }
            end = word.lowerBound
        }
        return false
    }

    /// The time of fact `k`, said to be a year before (`down from $124 million a year earlier`):
    /// the year before its own time, the time of the fact before, or the document's year.
    /// (apart from the linking loop: code in it changes how it compiles, and copies the facts it reads)
    @inline(never) private static func yearEarlier(than time: String?, of k: Int, facts: [Fact], factIndices: [Int], in s: LinkSentence,
                                                   reference: ReferenceDate?) -> String? {
        let before = factIndices.last(where: { $0 < k })
        // (`$12.8 billion, or $4.33 a share, a year earlier`: the restatement's year is the figure's)
        let or = GoverningDates.restatingOr
        if let before, s.quantities[before].range.upperBound + or.unicodeScalars.count == s.quantities[k].range.lowerBound,
           s.has(or, endingAt: s.quantities[k].range.lowerBound) {
            return facts[before].time
        }
        var base = time
        if base == nil, let before { base = facts[before].time }
        if base == nil, let reference { base = String(reference.year) }
        return base.flatMap { Int($0.prefix(4)) }.map { String($0 - 1) }
    }

    /// `X获得Y…` before the fact: X receives; Y, when named, gives.
    private func receivingPattern(_ clause: Range<Int>, before position: Int, in s: LinkSentence, dates: [Range<Int>]) -> (name: String, giver: String?)? {
        // (the Chinese verbs and adverbs are Han: a sentence without Han holds none)
        let chinese = s.holdsHan
        // (by index, each field read in place: a loop or a closure over the entities, or a copy of one, retains its names)
        for i in s.entities.indices where clause.contains(s.entities[i].range.lowerBound) && s.entities[i].range.upperBound <= position {
            // `月之暗面今年获得…`: a date may stand between the name and the verb
            var end = s.entities[i].range.upperBound
            if let date = dates.first(where: { $0.lowerBound == end }) { end = date.upperBound }
            // `澜渊机器人曾获得…`: so may an adverb
            if chinese, let adverb = SubjectRules.receivingAdverbList.length(at: end, in: s) { end += adverb }
            if let verb = SubjectRules.englishReceivingList.length(at: end, in: s) {
                let after = end + verb
                let giver = s.entities.indices.first { k in
                    clause.contains(s.entities[k].range.lowerBound) && s.entities[k].range.lowerBound > after && s.entities[k].type != .place
                        && s.englishWord(before: s.entities[k].range.lowerBound) == "from"
                }
                return (s.entities[i].name, giver.map { s.entities[$0].name })
            }
            guard chinese, let verb = SubjectRules.receivingList.length(at: end, in: s) else { continue }
            let after = end + verb
            let giver = s.entities.indices.first { k in
                s.entities[k].range.lowerBound == after && s.entities[k].range.upperBound <= position && s.entities[k].type != .place
            }
            return (s.entities[i].name, giver.map { s.entities[$0].name })
        }
        return nil
    }

    /// The object of an investment or purchase: a name marked by `向`/`对`/`in`/`into`
    /// (`向其` is the topic), else the first name after the trigger.
    private func objectName(in clause: Range<Int>, after trigger: Range<Int>?, subject: String?, in s: LinkSentence,
                            marked known: inout [Bool?]) -> String? {
        // `agreed to buy Nexora Photonics, a Toronto-based maker …, for $1.9 billion`: from the trigger on
        var clause = clause
        if let trigger, trigger.upperBound <= clause.lowerBound { clause = trigger.upperBound..<clause.upperBound }
        // (by index, each field read in place: a loop over the entities copies each one, retaining its names)
        for i in s.entities.indices where clause.contains(s.entities[i].range.lowerBound) && s.entities[i].type != .place && s.entities[i].name != subject {
            let marked = known[i] ?? (SubjectRules.isObjectMarked(s.span(i), in: s) || Self.isDescribedObject(s.span(i), in: s, names: names))
            known[i] = marked
            if marked { return s.entities[i].name }
        }
        // `向其注资`, `a stake in the company`: the topic
        if SubjectRules.hasObjectAnaphor(in: clause, of: s), topic != subject { return topic }
        if let trigger {
            // `buy chips from AMD`: the seller is no object
            return s.entities.first { clause.contains($0.range.lowerBound) && $0.range.lowerBound >= trigger.upperBound && $0.type != .place
                && $0.name != subject && s.englishWord(before: $0.range.lowerBound) != "from" }?.name
        }
        return nil
    }
}
