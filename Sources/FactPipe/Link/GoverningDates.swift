/// The dates of a sentence that can govern its facts: written dates and relative periods
/// (`年初`, `年底`), without those that only name a point of comparison (`比去年`,
/// `自2024年初以来`, `2023年9月时的`, `from last year`, `the level of 2023`).
struct GoverningDates {
    struct Entry {
        var range: Range<Int>
        var time: String
    }
    private(set) var entries: [Entry] = []
    /// Every date of the sentence, points of comparison too: `从2025年初的300余名` is the
    /// figure of that date.
    private var written: [Entry] = []
    /// Clauses where a change since a date spans up to now (`今年以来`): their time is another
    /// than a date before, as is that of a clause with a word of the present.
    private var sinceClauses: Set<Int> = []

    /// (于 alone dates what follows, `于2024年9月完成融资`; after a comparative it compares, `高于2023年`)
    static let chineseComparisonBefore = ["比", "较", "自", "从", "同比", "相比", "与", "和", "成立于", "创立于", "创办于",
                                          "高于", "低于", "多于", "少于", "大于", "小于", "等于", "相当于", "早于", "晚于", "快于", "慢于",
                                          "优于", "好于", "强于", "弱于"]
    static let chineseComparisonAfter = ["以来", "时的", "时", "同期", "的水平", "相比", "前"]
    static let chineseComparisonBeforeList = PhraseList(chineseComparisonBefore)
    static let chineseComparisonAfterList = PhraseList(chineseComparisonAfter)
    static let englishComparisonBefore = WordKeys(["from", "than", "since", "over", "versus", "vs", "compared", "until", "till", "before",
                                                       "founded", "established", "incorporated"])
    /// Comparison words that count only right before the date (`the level of 2023`, `as 2024`),
    /// not further back (`a quarter of its revenue last year`).
    static let englishComparisonRightBefore = WordKeys(["of", "as", "its", "their"])
    /// Words for the present: a clause with one takes no date carried from before.
    static let present = ["目前", "如今", "现在", "当前", "眼下", "截至目前", "未来", "随后", "此后", "之后", "后来",
                          "now", "currently", "today", "over the next", "later", "since then", "employs", "serves"]
    static let presentList = PhraseList(present)
    /// English clauses that continue the fact before them (`…, up 12% from …`).
    static let continuations = ["up", "down", "or", "and", "but", "rising", "falling", "growing", "compared", "including", "excluding",
                                "giving", "bringing", "making", "lifting", "taking", "valuing"]
    static let continuationList = PhraseList(continuations)
    /// English clauses that set a fact beside the main clause's, of the same time (`…, while its
    /// margin slipped to 18.5%`).
    static let contrastList = PhraseList(["while ", "whereas "])
    /// Periods of the reference year named without a year (`年初`, `年底`, `年末`, `年中`): the
    /// month of the one whose second code point is `c`.
    /// (a switch on the code point after each `年`: no word is compared, no static reached)
    static func relativePeriodMonth(_ c: Unicode.Scalar) -> Int? {
        switch c {
        case "初": 1
        case "底", "末": 12
        case "中": 6
        default: nil
        }
    }

    /// No dates: ``read(_:dates:reference:)`` reads a sentence's.
    init() {}

    /// Reads the dates of `s` in place of those held (the buffers are kept for the next sentence).
    /// `dates` are the sentence's date facts (positions relative to the sentence, times resolved).
    mutating func read(_ s: borrowing LinkSentence, dates: [(range: Range<Int>, time: String)], reference: ReferenceDate?) {
        entries.empty()
        written.empty()
        if !sinceClauses.isEmpty { sinceClauses.removeAll(keepingCapacity: true) }
        for date in dates {
            written.append(Entry(range: date.range, time: date.time))
            if !Self.isComparison(date.range, in: s) { entries.append(Entry(range: date.range, time: date.time)) }
            // `今年以来累计上涨约58%`: a change since a date spans up to now, at no date carried from before
            let end = date.range.upperBound
            if end + 1 < s.text.count, s.text[end] == "以", s.text[end + 1] == "来" { sinceClauses.insert(s.clause(of: date.range.lowerBound)) }
        }
        // `AMSTERDAM, Oct. 28, 2026 — Heineken said …`: the dateline dates the report; another date
        // of the sentence governs its figures
        if entries.count > 1, Self.isDateline(entries[0].range, in: s) { entries.removeFirst() }
        if let reference {
            // (`年` is Han: a sentence without Han has no year word; each `年` before the last code
            // point, found by a vector scan, is asked once for the period it opens, the entries
            // being sorted after)
            var next = s.holdsHan ? s.text[...].firstIndex(of: "年", from: 0) : s.text.count
            while next + 1 < s.text.count {
                let i = next
                next = s.text[...].firstIndex(of: "年", from: i + 1)
                guard let month = Self.relativePeriodMonth(s.text[i + 1]), !dates.contains(where: { $0.range.contains(i) }) else { continue }
                if i > 0, isHan(s.text[i - 1]) || isASCIIDigit(s.text[i - 1]) {
                    // 去年底, 2025年底, 每年初: a year of its own, or no single year
                    if !"在于至到".unicodeScalars.contains(s.text[i - 1]) { continue }
                }
                let range = i..<(i + 2)
                if Self.isComparison(range, in: s) { continue }
                let m = month < 10 ? "0\(month)" : "\(month)"
                entries.append(Entry(range: range, time: "\(reference.year)-\(m)"))
            }
            if entries.count > 1 { entries.sort { $0.range.lowerBound < $1.range.lowerBound } }
        }
    }

    /// Whether clause `c` says its time is another than a date before: a change since a date
    /// (`今年以来`) or a word of the present (`目前`, `随后`, `now`).
    /// (the words are looked for only in the clauses asked about, when a date would be carried
    /// into one: most clauses and sentences are never asked)
    private func hasOwnTime(_ c: Int, in s: LinkSentence) -> Bool {
        sinceClauses.contains(c) || Self.holdsPresentWord(clause: c, in: s)
    }

    /// Whether a word of the present starts at a position that ``LinkSentence/clause(of:)`` puts
    /// in clause `c`: from its start (the text's, for the first) to the next clause's.
    private static func holdsPresentWord(clause c: Int, in s: LinkSentence) -> Bool {
        let start = c == 0 ? 0 : s.clauses[c].lowerBound
        let end = c + 1 < s.clauses.count ? s.clauses[c + 1].lowerBound : s.text.count
        // (at the start of the text and after each code point that is not a letter or digit; the
        // rest of a word, and the position right after it, are passed over without a test. A
        // clause opens after a separator or a space, so its start is such a position)
        let present = presentList
        if s.holdsHan {
            // (Chinese text: a scan for the words' first code points, which are seldom found inside
            // a Latin word, passes over the rest faster; the same positions are kept)
            var k = start
            while let p = present.firstPosition(in: k..<end, of: s) {
                if p == 0 || !isAlphanumeric(s.text[p - 1]) { return true }
                k = p + 1
            }
            return false
        }
        var i = start
        while i < end {
            if present.mayStart(at: i, in: s), present.starts(at: i, in: s) { return true }
            if isAlphanumeric(s.text[i]) {
                repeat { i += 1 } while i < end && isAlphanumeric(s.text[i])
            }
            i += 1
        }
        return false
    }

    /// A date near the sentence's start followed by a dash (after the agency's name, if one is
    /// given) or `电`: a dateline's.
    static func isDateline(_ r: Range<Int>, in s: LinkSentence) -> Bool {
        guard r.lowerBound < 40 else { return false }
        let k = pastAgency(r.upperBound, in: s)
        guard k < s.text.count else { return false }
        // (`11月26日电（记者…）`, not `11月25日电池级碳酸锂`)
        if s.text[k] == "电" { return k + 1 == s.text.count || !isHan(s.text[k + 1]) }
        return isDash(s.text[k])
    }

    /// Where the text after `end` goes on past spaces and an agency's name in brackets (`Oct 5 (Reuters) -`).
    static func pastAgency(_ end: Int, in s: LinkSentence) -> Int {
        var k = end
        while k < s.text.count, s.text[k] == " " { k += 1 }
        if k < s.text.count, s.text[k] == "(", let close = s.text[k...].firstIndex(of: ")"), close - k < 30 {
            k = close + 1
            while k < s.text.count, s.text[k] == " " { k += 1 }
        }
        return k
    }

    static func isDash(_ c: Unicode.Scalar) -> Bool { c == "—" || c == "–" || c == "-" }

    static let yearEarlierList = PhraseList([" a year earlier", " a year ago", " the year before", " a year before"])
    /// What joins a figure to its restatement (`$12.8 billion, or $4.33 a share`).
    static let restatingOr = ", or "

    /// `down from $124 million a year earlier`, `from $12.8 billion, or $4.33 a share, a year
    /// earlier`: whether a year before is said right after the figure, past an amount a share and
    /// a restatement of it (`facts` are the sentence's spans).
    static func isFollowedByYearEarlier(_ position: Range<Int>, facts: [Range<Int>], in s: LinkSentence) -> Bool {
        var end = position.upperBound
        // (most figures are followed by none of the phrases: ` a `, ` the `, ` per `, `, `)
        guard end + 1 < s.text.count else { return false }
        let next = s.text[end + 1]
        guard s.text[end] == " " ? next == "a" || next == "t" || next == "p" : s.text[end] == "," && next == " " else { return false }
        for _ in 0..<2 {
            end += PredicateChoice.perShareList.length(at: end, in: s) ?? 0
            if yearEarlierList.starts(at: end, in: s) || s.has(scalar: ",", at: end) && yearEarlierList.starts(at: end + 1, in: s) { return true }
            guard s.has(restatingOr, at: end), let next = facts.first(where: { $0.lowerBound == end + restatingOr.unicodeScalars.count }) else { return false }
            end = next.upperBound
        }
        return false
    }

    /// `…, still about 15% below the 2018 peak`: adverbs before a clause's figure.
    static let figureAdverbList = PhraseList(["still ", "just ", "only "])
    static func afterFigureAdverbs(_ position: Int, in s: LinkSentence) -> Int {
        position + (figureAdverbList.length(at: position, in: s) ?? 0)
    }

    static func isComparison(_ r: Range<Int>, in s: LinkSentence) -> Bool {
        // (every Chinese word and mark asked for is Han: a sentence without Han holds none)
        if s.holdsHan {
            // `自11月21日起`: from that date on, the time of what follows
            if s.has(scalar: "自", endingAt: r.lowerBound), s.has(scalar: "起", at: r.upperBound) { return false }
            if chineseComparisonBeforeList.ends(at: r.lowerBound, in: s) || isBaseOfPartOrMultiple(r, in: s) { return true }
            if chineseComparisonAfterList.starts(at: r.upperBound, in: s) { return true }
        }
        // (`12月交割的黄金期货`, `December gold futures`, `for January delivery`: the month of a
        // contract names the thing traded, not when its figure was)
        if DateRecognizer.namesContractMonth(after: r.upperBound, chinese: s.holdsHan, in: s.text) { return true }
        // (the words by their keys, not built as strings: each word asked for is a short word of
        // letters, and a word that is none has no key)
        func key(before position: Int) -> UInt64? { s.wordKey(s.englishWordRange(before: position)) }
        func isLevel() -> Bool { s.wordKey(s.englishWordRange(after: r.upperBound)).map(levelWords.contains) ?? false }
        var position = r.lowerBound
        let comparisonWords = englishComparisonBefore
        for _ in 0..<4 {
            let wordRange = s.englishWordRange(before: position)
            if wordRange.isEmpty { return false }
            // `from Nvidia in September`: the preposition belongs to the name, not the date
            if s.entities.contains(where: { $0.range.upperBound == position - 1 || $0.range.upperBound == position }) { return false }
            let word = s.wordKey(wordRange)
            let comparing = word.map { comparisonWords.contains($0) } ?? false
            // (`below the 2018 peak`, `20% below 1990 levels`: a level of that year, set against the figure)
            let rightBefore = position == r.lowerBound && ((word.map(englishComparisonRightBefore.contains) ?? false)
                && !((word.map(possessives.contains) ?? false) && !isLevel())
                || isLevel())
            guard let found = s.position(ofWordEndingBefore: position) else { return comparing || rightBefore }
            // `as of June 30` dates the figure before it, `the same period of 2025` is the time itself
            if position == r.lowerBound, word == WordKey.of, key(before: found) == WordKey.as { return false }
            if position == r.lowerBound, word == WordKey.of, let noun = s.position(ofWordEndingBefore: found),
               key(before: found).map(samePeriodNouns.contains) ?? false, key(before: noun) == WordKey.same { return false }
            // (`roughly the same as in 2025`, `as in 2024`: the year set beside the figure)
            if position == r.lowerBound, word == WordKey.in, found >= 3, s.text[found - 2] == "s", key(before: found) == WordKey.as { return true }
            if comparing || rightBefore { return true }
            position = found
        }
        return false
    }

    /// After a possessive a date is a point of comparison only before a level (`its 2021 peak`);
    /// before a measure it dates it (`its third-quarter revenue`).
    static let possessives = WordKeys(["its", "their"])
    static let levelWords = WordKeys(["level", "levels", "peak", "high", "low", "highs", "lows", "record", "size", "value"])

    /// `是去年同期的1.3倍`, `相当于2023年的三倍`, `相当于其2022年营收的1.4%`: the date names the base the
    /// multiple or part is of.
    static func isBaseOfPartOrMultiple(_ r: Range<Int>, in s: LinkSentence) -> Bool {
        // (`仅为2020年全年的五分之一`, `只有2021年同期的约三分之一`, `不到2019年同期水平的九成`: a share
        // of it, too; so is one of its level, `2022年11月高点的六分之一`)
        var k = r.upperBound
        while k < s.text.count, k - r.upperBound < 4, s.text[k] != "的", isHan(s.text[k]) { k += 1 }
        guard k < s.text.count, s.text[k] == "的" else { return false }
        if s.quantity(.multiple, at: k + 1) != nil || s.quantity(.fraction, at: k + 1) != nil { return true }
        // a percentage is one of a dated measure or level (`相当于其2022年营收的1.4%`); right after
        // the date's 的 it is the level of that time (`由1991年的23%上升到…`)
        guard k > r.upperBound, s.quantity(.percent, at: k + 1) != nil else { return false }
        let triggers = s.triggers
        return s.has("水平", endingAt: k) || triggers.indices.contains { triggers[$0].range.upperBound == k && !triggers[$0].trigger.namesChange }
    }

    /// The time of a fact at `position` in clause `clause`: a date in its clause (before it,
    /// else after it), else one carried from an earlier clause of the sentence. English
    /// carries a date that opens its clause, or into a clause that goes on from the one
    /// before (`up 12% from …`) or names `the same period`.
    func time(at position: Range<Int>, clause: Int, in s: LinkSentence, chinese: Bool, facts: [Range<Int>]) -> String? {
        let range = s.clauses.isEmpty ? 0..<s.text.count : s.clauses[clause]
        // `2025年初的300余名`, `比2014年24.8亿吨的峰值`: a date that qualifies the figure is its own
        if let qualifying = written.first(where: { $0.range.upperBound + 1 == position.lowerBound && s.has(scalar: "的", at: $0.range.upperBound)
                                                   || chinese && $0.range.upperBound == position.lowerBound && s.text[$0.range.upperBound - 1] == "年" }),
           !Self.isBaseOfPartOrMultiple(qualifying.range, in: s) {
            return qualifying.time
        }
        // (every other way to a time goes through a governing date)
        guard !entries.isEmpty else { return nil }
        // `up from $35 million in March 2025`: a date joined right after the fact is its own,
        // also after the figure it rose to (`grew 20% to $35.6 billion in the fourth quarter`)
        // (past an equivalent in brackets: `20.4 billion Danish crowns ($3.16 billion) in the third quarter`)
        let end = Self.pastBracketedFigure(position.upperBound, facts: facts, in: s)
        if let joined = joinedDate(after: end, in: s) { return joined }
        if Self.toList.starts(at: end, in: s), let next = facts.first(where: { $0.lowerBound == end + 4 }),
           let joined = joinedDate(after: Self.pastBracketedFigure(next.upperBound, facts: facts, in: s), in: s) {
            return joined
        }
        let after = entries.first(where: { range.contains($0.range.lowerBound) && $0.range.lowerBound >= position.upperBound })
        // `plans to have as many as 20 on the market by 2028`: a deadline after the figure, over a
        // date before it (`launched 11 this year and plans …`)
        if let deadline = after, deadline.range.lowerBound - position.upperBound <= 40,
           Self.deadlineList.ends(at: deadline.range.lowerBound, in: s),
           !facts.contains(where: { $0.lowerBound >= position.upperBound && $0.upperBound <= deadline.range.lowerBound }) {
            return deadline.time
        }
        if let before = entries.last(where: { range.contains($0.range.lowerBound) && $0.range.upperBound <= position.lowerBound }) { return before.time }
        // `have raised about $38 billion through U.S. initial public offerings so far in 2026`: a
        // period up to now dates its clause, however far after the figure
        if let after, Self.soFarList.ends(at: after.range.lowerBound, in: s) { return after.time }
        if !chinese, let described = describedDate(clause: clause, in: s, facts: facts) { return described }
        if let carried = carried(to: clause, in: s, chinese: chinese, opensWithFigure: Self.afterFigureAdverbs(s.contentStart(range), in: s) == position.lowerBound) { return carried }
        // `$31.4 billion for Q3 2025`: a date close after the fact, no other fact between but the
        // level it reached (`rose 3% from a year earlier to 2.92 million barrels in the third quarter`)
        // (`rose 12% to 14.6 billion francs in the three months to September`: the span that ends at
        // the date is part of it)
        // (`roughly a quarter of what it spent last year`, `twice what it earned in 2024`: the date
        // after dates the base the part or multiple is of)
        // (`runs more than 21,000 outlets and said last month that …`: a date right after a verb of
        // saying dates the saying)
        if let after, !Self.baseClauseList.starts(at: position.upperBound, in: s), !Self.sayingList.ends(at: after.range.lowerBound, in: s) {
            func endsAtDate(_ span: Range<Int>) -> Bool {
                Self.spanEndingList.length(at: span.upperBound, in: s).map { span.upperBound + $0 == after.range.lowerBound } ?? false
            }
            let between = facts.filter { $0.lowerBound >= position.upperBound && $0.upperBound <= after.range.lowerBound && !endsAtDate($0) }
            let levels = between.filter { s.has(" to ", endingAt: $0.lowerBound) }
            let reach = after.range.lowerBound - (levels.last?.upperBound ?? position.upperBound)
            if levels.count == between.count, reach <= 40 || !chinese && reach <= 60 && reachesFarDate(from: position, to: after.range.lowerBound, in: s) {
                return after.time
            }
        }
        return nil
    }

    /// `…claims from the 2024 Cedar Canyon fire, which burned about 96,000 acres`: a relative
    /// clause describes what the clause before ends on, and a date written in that, a point of
    /// comparison there too, is the relative clause's time.
    private func describedDate(clause: Int, in s: LinkSentence, facts: [Range<Int>]) -> String? {
        guard clause > 0, let last = written.last, last.range.upperBound <= s.clauses[clause].lowerBound else { return nil }
        let before = s.clauses[clause - 1]
        guard before.contains(last.range.lowerBound), before.upperBound - last.range.upperBound <= 30,
              Self.relativeOpenerList.starts(at: s.contentStart(s.clauses[clause]), in: s),
              !facts.contains(where: { $0.lowerBound >= last.range.upperBound && $0.upperBound <= before.upperBound }) else { return nil }
        return last.time
    }

    /// `returned $820 million to shareholders through buybacks and dividends in the first nine
    /// months`: a date further after the figure dates it, unless a verb joined by `and` comes
    /// between (`in three countries and is expected to close in 2027`), the figure is a chance
    /// (`a 60% chance that the Fed will cut rates in January`) or a multiple, whose base the
    /// words after it name (`more than twice the amount it raised in the last sale in 2019`).
    private func reachesFarDate(from position: Range<Int>, to date: Int, in s: LinkSentence) -> Bool {
        guard s.quantities.first(where: { $0.range == position })?.kind != .multiple else { return false }
        return Self.farDateStopList.firstPosition(in: position.upperBound..<date, of: s) == nil
    }
    static let farDateStopList = PhraseList([" and is ", " and was ", " and are ", " and were ", " and will ", " and has ", " and had ",
                                             " and plans ", " and expects ", " chance ", " probability ", " odds "])

    /// Where ` (` a figure `)` right after `end` ends, else `end`.
    private static func pastBracketedFigure(_ end: Int, facts: [Range<Int>], in s: LinkSentence) -> Int {
        guard s.has(" (", at: end), let figure = facts.first(where: { $0.lowerBound == end + 2 }), s.has(scalar: ")", at: figure.upperBound) else { return end }
        return figure.upperBound + 1
    }

    private func joinedDate(after end: Int, in s: LinkSentence) -> String? {
        // (`save $400 million a year by the end of 2027`: the rate's period stands between; so does
        // the measure the figure is of, `ran at 77% of capacity in October`)
        var end = end + (Self.ratePeriodList.length(at: end, in: s) ?? 0)
        if s.has(scalar: " ", at: end), let measure = s.triggers.first(where: { $0.range.lowerBound == end + 1 }) { end = measure.range.upperBound }
        // (and what it is held in or of: `had $2.8 billion in cash at the end of September`)
        // (` in ` or ` of `, read by its code points: most figures are followed by neither)
        if end + 4 < s.text.count, s.text[end] == " ", s.text[end + 3] == " ",
           s.text[end + 1] == "i" && s.text[end + 2] == "n" || s.text[end + 1] == "o" && s.text[end + 2] == "f" {
            var k = end + 4
            for _ in 0..<2 {
                let word = s.englishWordRange(after: k - 1)
                guard word.lowerBound == k, !word.isEmpty, s.text[word].allSatisfy(isLower) else { break }
                k = word.upperBound
                if let joining = Self.joiningList.length(at: k, in: s),
                   let date = entries.first(where: { k + joining == $0.range.lowerBound }) { return date.time }
                guard s.has(scalar: " ", at: k) else { break }
                k += 1
            }
        }
        guard let joining = Self.joiningList.length(at: end, in: s) else { return nil }
        return entries.first(where: { end + joining == $0.range.lowerBound })?.time
    }
    static let ratePeriodList = PhraseList([" a year", " per year", " annually", " a month", " per month"])
    /// What joins a span to the date it ends at (`the three months to September`).
    static let spanEndingList = PhraseList([" to ", " ended ", " ending ", " through "])
    static let toList = PhraseList([" to "])
    static let baseClauseList = PhraseList([" of what ", " what "])
    static let deadlineList = PhraseList(["by ", "by the "])
    static let soFarList = PhraseList(["so far in ", "so far ", "to date in "])
    static let sayingList = PhraseList(["said ", "said on ", "said in ", "says ", "announced ", "announced on ", "announced in ",
                                        "disclosed on ", "disclosed in ", "told reporters ", "told reporters on ", "told analysts on "])

    private func carried(to clause: Int, in s: LinkSentence, chinese: Bool, opensWithFigure: Bool) -> String? {
        // (whether the clause has a time of its own asked last, only of a date that would reach it)
        guard let time = dateCarried(to: clause, in: s, chinese: chinese, opensWithFigure: opensWithFigure) else { return nil }
        return hasOwnTime(clause, in: s) ? nil : time
    }

    /// The time of the date an earlier clause carries into `clause`, were its own time not another.
    private func dateCarried(to clause: Int, in s: LinkSentence, chinese: Bool, opensWithFigure: Bool) -> String? {
        let range = s.clauses[clause]
        // `revenue in its fiscal fourth quarter, which ended Aug. 27, rose 48%`: the clause after a
        // relative clause goes on with the one before it
        var resumes = false
        for c in stride(from: clause - 1, through: 0, by: -1) {
            let earlier = s.clauses[c]
            if !entries.contains(where: { earlier.contains($0.range.lowerBound) }), hasOwnTime(c, in: s) { return nil }
            // `In fiscal 2026, which ended Aug. 27, revenue rose …`: a relative clause describes the
            // date before it
            let relative = !chinese && c > 0 && Self.relativeOpenerList.starts(at: s.contentStart(earlier), in: s)
            if relative, c == clause - 1 { resumes = true }
            guard let date = entries.last(where: { earlier.contains($0.range.lowerBound) }) else { continue }
            if chinese { return date.time }
            if relative { continue }
            // `…, while Azure grew 39% over the same period`; `…, 2.1 percentage points higher than
            // in September`: a clause that opens with its figure
            let continues = opensWithFigure || Self.continuationList.starts(at: s.contentStart(range), in: s)
                || Self.samePeriodList.firstPosition(in: range, of: s) != nil
                // (the main clause's date only: `…, more than double the £98 million it earned in 2024, while …` compares)
                || c == 0 && Self.contrastList.starts(at: s.contentStart(range), in: s)
            if continues || resumes && c == clause - 2 || opensClause(date.range, earlier, in: s) { return date.time }
            return nil
        }
        return nil
    }

    /// Whether a clause up to `clause` says its time is another (`目前`, `now`) or holds a
    /// date of its own: a period carried from before the sentence does not reach past it.
    func hasTimeOfItsOwn(upTo clause: Int, in s: LinkSentence) -> Bool {
        // (`是去年同期的3.4倍`: the base of a multiple is not the time of the clause)
        written.contains { s.clause(of: $0.range.lowerBound) <= clause && !Self.isBaseOfPartOrMultiple($0.range, in: s) }
            || (0...clause).contains { hasOwnTime($0, in: s) }
    }

    static let samePeriodList = PhraseList(["the same period", "the same quarter", "the same time"])
    static let samePeriodNouns = WordKeys(["period", "quarter", "month", "week", "half", "time"])
    static let relativeOpenerList = PhraseList(["which ", "when "])

    /// What joins a date right after a fact to it (`$35 million in March 2025`, or a space alone:
    /// `up from $17 billion this year`). In list order: the longest that stands is the one taken.
    static let joiningPrepositions = [" in the ", " for the ", " during the ", " at the ", " by the ", " in ", " for ", " during ", " as of ", " by ", " "]
    static let joiningList = PhraseList(joiningPrepositions)

    /// Prepositions that open a fronted adverbial (`In a round that closed in May, …`).
    static let frontingPrepositions = ["in ", "during ", "by ", "at ", "on ", "after ", "for ", "throughout "]
    static let frontingList = PhraseList(frontingPrepositions)

    private func opensClause(_ date: Range<Int>, _ clause: Range<Int>, in s: LinkSentence) -> Bool {
        let start = s.contentStart(clause)
        if date.lowerBound == start { return true }
        if Self.frontingList.starts(at: start, in: s) { return true }
        // `In September 2023, …`
        var k = start
        while k < date.lowerBound, isLatinLetter(s.text[k]) { k += 1 }
        while k < date.lowerBound, s.text[k] == " " { k += 1 }
        return k == date.lowerBound
    }
}
