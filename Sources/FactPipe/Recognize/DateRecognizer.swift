import FoundationEssentials

/// A calendar date to resolve relative mentions against (`今年10月`, `last year`).
public struct ReferenceDate: Sendable, Equatable {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year; self.month = month; self.day = day
    }

    /// Parses `YYYY-MM-DD`.
    public init?(iso: String) {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]), (1...31).contains(parts[2]) else { return nil }
        self.init(year: parts[0], month: parts[1], day: parts[2])
    }
}

/// A date mention; `year` is relative (an offset from the reference year) when `relativeYear` is set.
/// (Its numbers are kept in 16 bits each (``SmallNumber``): with `Int?` fields a mention took
/// 160 bytes, and every date asked for at a position, found or not, was copied with `memcpy`.)
struct DateMention {
    var span: Range<Int>
    @SmallNumber var year: Int? = nil
    @SmallNumber var relativeYear: Int? = nil
    /// `last August` (-1), `next March` (+1): the month's latest occurrence before the
    /// reference month, or its first after it.
    @SmallNumber var monthDirection: Int? = nil
    /// The sentence speaks of what is to come (`expect to complete it in December`): a month
    /// without a year is its next occurrence, not its last.
    var future = false
    /// A quarter as the press of Taiwan and Hong Kong writes it, without 度 and without a year
    /// (`第四季營收`): a quarter only in a sentence written in traditional characters (in simplified
    /// text `第一季水稻`, `第二季` of a series).
    var isTraditionalQuarter = false
    @SmallNumber var month: Int? = nil
    @SmallNumber var day: Int? = nil
    /// The months of a quarter or half written without its year (`二季度`, `上半年`): they
    /// place the period in a year as a month would, and the time is that year.
    var period: ClosedRange<Int>? = nil
    /// `last quarter` (-1), `this quarter` (0), `next quarter` (+1): counted from the reference
    /// date's quarter; the time is that quarter's year.
    @SmallNumber var quarterOffset: Int? = nil
    /// `last month`, `上月` (-1), `this month`, `本月` (0), `next month`, `下个月` (+1): counted from
    /// the reference month.
    @SmallNumber var monthOffset: Int? = nil

    func iso(reference: ReferenceDate?) -> String? {
        if let monthOffset {
            guard let reference else { return nil }
            let months = reference.year * 12 + reference.month - 1 + monthOffset
            return Self.isoText(months / 12, months % 12 + 1, nil)
        }
        if let quarterOffset {
            guard let reference else { return nil }
            var (y, q) = (reference.year, (reference.month - 1) / 3 + quarterOffset)
            while q < 0 { q += 4; y -= 1 }
            while q > 3 { q -= 4; y += 1 }
            return Self.isoText(y, nil, nil)
        }
        if month == nil, year == nil, relativeYear == nil, let day {
            // `12日` alone: the latest 12th not after the reference date (the next one in a
            // sentence about what is to come)
            guard let reference else { return nil }
            var (y, m) = (reference.year, reference.month)
            if future ? day < reference.day : day > reference.day { m += future ? 1 : -1 }
            if m == 0 { (y, m) = (y - 1, 12) } else if m == 13 { (y, m) = (y + 1, 1) }
            return Self.isoText(y, m, day)
        }
        var y = year
        if let offset = relativeYear {
            guard let reference else { return nil }
            y = reference.year + offset
        }
        if let direction = monthDirection, let month {
            guard let reference else { return nil }
            if direction < 0 { y = month < reference.month ? reference.year : reference.year - 1 }
            else { y = month > reference.month ? reference.year : reference.year + 1 }
        }
        if y == nil {
            // a month or day without a year is the latest one not after the reference month, as
            // news reports what happened (`fined it in November`, written in January, is last
            // November); in a sentence about what is to come, the next one
            guard let reference, let months = month.map({ $0...$0 }) ?? period else { return nil }
            if future { y = months.upperBound < reference.month ? reference.year + 1 : reference.year }
            else { y = months.lowerBound > reference.month ? reference.year - 1 : reference.year }
        }
        guard let y else { return nil }
        return Self.isoText(y, month, month == nil ? nil : day)
    }

    /// `y`, `y-m` or `y-m-d` as ``joinedISOText(_:_:_:)`` writes them: written digit by digit
    /// into a string of its own length where every part fits its width (0...9999, 0...99), the
    /// pieces joined otherwise (joined, a date cost some 1,300 instructions).
    static func isoText(_ y: Int, _ m: Int?, _ d: Int?) -> String {
        guard 0...9999 ~= y, m.map({ 0...99 ~= $0 }) ?? true, d.map({ 0...99 ~= $0 }) ?? true else { return joinedISOText(y, m, d) }
        let count = m == nil ? 4 : d == nil ? 7 : 10
        return String(unsafeUninitializedCapacity: count) { buffer in
            // `value`'s last `width` digits, zeros before (every position written is below `count`)
            func put(_ value: Int, width: Int, at start: Int) {
                var v = value
                for k in (start..<(start + width)).reversed() { buffer[k] = UInt8(48 + v % 10); v /= 10 }
            }
            put(y, width: 4, at: 0)
            if let m { buffer[4] = UInt8(ascii: "-"); put(m, width: 2, at: 5) }
            if m != nil, let d { buffer[7] = UInt8(ascii: "-"); put(d, width: 2, at: 8) }
            return count
        }
    }

    /// The year padded to four characters, the month and the day (after a month) to two.
    static func joinedISOText(_ y: Int, _ m: Int?, _ d: Int?) -> String {
        func format4(_ y: Int) -> String { let s = String(y); return String(repeating: "0", count: max(0, 4 - s.count)) + s }
        func pad2(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        var result = format4(y)
        if let m {
            result += "-" + pad2(m)
            if let d { result += "-" + pad2(d) }
        }
        return result
    }
}

/// A number of a date mention, read and written as an `Int?`, kept in 16 bits: every one is a
/// four-digit year, a month, a day or a count of two digits at most, as the recogniser reads
/// them (a larger one would trap, never be cut).
@propertyWrapper
struct SmallNumber {
    private var stored: Int16?

    init(wrappedValue: Int?) { stored = wrappedValue.map { Int16($0) } }

    var wrappedValue: Int? {
        get { stored.map(Int.init) }
        set { stored = newValue.map { Int16($0) } }
    }
}

/// Finds dates in a sentence's folded text: `2023年9月5日`, `2025年底`, `今年10月`,
/// `September 2023`, `Sept. 5, 2023`, `in 2021`, `last year`.
struct DateRecognizer {
    let scanner: NumberScanner
    var text: [Unicode.Scalar] { scanner.text }

    let isWordBoundary: (Int) -> Bool
    /// Whether a Han character stands in the text: a Chinese date needs one.
    let holdsHan: Bool

    init(_ text: [Unicode.Scalar], holdsHan: Bool, isWordBoundary: @escaping (Int) -> Bool = { _ in true }) {
        self.init(scanner: NumberScanner(text), holdsHan: holdsHan, isWordBoundary: isWordBoundary)
    }

    init(scanner: NumberScanner, holdsHan: Bool, isWordBoundary: @escaping (Int) -> Bool) {
        self.scanner = scanner
        self.holdsHan = holdsHan
        self.isWordBoundary = isWordBoundary
    }

    static let months: WordTable<Int> = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
        "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
        "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    ]
    static let yearPrepositions: WordSet = [
        "in", "since", "by", "during", "until", "till", "before", "after", "from", "through",
        "of", "for", "fiscal", "early", "late", "mid", "throughout", "to", "and", "between",
        // `ending 2026 with some 4,100 stores`, `entering 2027`
        "end", "ends", "ending", "ended", "enter", "enters", "entering",
    ]
    /// ``months`` by their keys, for a word whose key is read.
    static let monthsByKey = WordKeyTable(months.map { ($0.key, $0.value) })
    /// Prepositions a relative year may follow even where ICU's dictionary joins them (`从去年同期的`).
    static let prepositionsBeforeYear = Set("从自较比与同在于至到".unicodeScalars)
    /// 今年, 去年, 明年, 前年, 后年, 本年, 上年: the character before 年 and the year it names.
    static let relativeYears: [(first: Unicode.Scalar, offset: Int)] = [("今", 0), ("去", -1), ("明", 1), ("前", -2), ("后", 2), ("本", 0), ("上", -1)]
    /// -1 for `last`, 0 for `this`, +1 for `next`, told by the word's key (a ``EnglishWord/relative`` one).
    static func relativeOffset(_ key: UInt64) -> Int { key == WordKey.last ? -1 : key == WordKey.this ? 0 : 1 }
    /// What may open a quarter, a half or a relative month written without a year, besides a numeral.
    static let periodOpeners: [Unicode.Scalar] = ["上", "下", "第", "前", "本"]
    /// 上 (-1), 本 (0), 下 (+1) before 月 or 季度: months or quarters counted from the reference date.
    static func relativeOffset(_ c: Unicode.Scalar) -> Int? {
        switch c {
        case "上": -1
        case "本": 0
        case "下": 1
        default: nil
        }
    }
    /// `年初以来`, `年底前`: this year's start or end, written without the year as a clause opens.
    static let bareYearEdges: [Unicode.Scalar: Int] = ["初": 1, "底": 12, "末": 12]
    /// The Han characters a date may start with (besides one before 年): the numerals of
    /// ``dateNumerals``, period openers and 年 of a bare year edge.
    static let hanOpeners = ScalarBitSet((dateNumerals + periodOpeners + ["年"]).filter(isHan))
    /// The numerals a date's number may start with: the digits, 十 and the zeros (`十二月`,
    /// `三季度`, `二〇二三年`). ``chinese(at:)`` reads a year, month, day or count only from these
    /// (``smallNumber(at:maxDigits:)``, ``fourDigitYear(at:)``), so a date starts at no other:
    /// 百, 千, 万, 亿, 点, 几 and 数 are passed over, where each was asked for a date (they stand
    /// in 百分点, 数据, 重点, 亿元).
    static let dateNumerals = ChineseNumeralCharacter.all.filter { c in
        switch ChineseNumeralCharacter.element(c) {
        case .digit, .small(10), .zero: true
        default: false
        }
    }
    /// What a date may start at: ASCII digits, Latin letters and ``hanOpeners``, with 年 (a
    /// date may also start just before it): the positions between are passed over in one scan.
    private static let startsAndYearMarks: ScalarBitSet = {
        var set = hanOpeners
        set.insertASCIIDigitsAndLetters()
        set.insert(Unicode.Scalar("年").value)
        return set
    }()

    /// Words that put a sentence in the future (`will`, `expect to`, `预计`, `将`; `a 70% chance of
    /// another cut in December`: what has a chance has not happened; `considering a rise in
    /// production from January`: nor what is considered).
    static let futureWords = WordKeys(["will", "would", "expect", "expects", "expected", "plans", "plan", "aim", "aims", "scheduled", "next", "forecast", "forecasts",
                                       "chance", "chances", "odds", "probability", "hope", "hopes", "hoped", "intend", "intends", "intended",
                                       "considering", "considers", "mulling", "mulls"])
    /// Of those, the ones that are nouns or speak of the past but before `to` (`its ad-free
    /// plan`, `than expected`; `plans to`, `is expected to`).
    static let futureBeforeTo = WordKeys(["plan", "plans", "expected", "aim", "aims", "hope", "hopes", "hoped", "intend", "intends", "intended"])
    private static let chineseFutureWordList = ["将", "预计", "计划", "有望", "拟", "明年"]
    static let chineseFutureWords = ScalarPhrases(chineseFutureWordList)
    /// Where a word of either list may start: a Latin letter or the first character of a Chinese
    /// one (and the digits, which come with the letters and start none).
    private static let futureWordStarts: ScalarBitSet = {
        var set = ScalarBitSet(chineseFutureWordList.compactMap(\.unicodeScalars.first))
        set.insertASCIIDigitsAndLetters()
        return set
    }()

    static let forecastWords = WordKeys(["forecast", "forecasts"])
    /// Words before `forecast` that make it a noun (`raised its full-year sales forecast after
    /// third-quarter revenue …` speaks of a past quarter); a year's span before it does too.
    static let beforeForecastNoun: Set<String> = ["its", "their", "our", "the", "a", "sales", "revenue", "profit", "earnings", "annual", "quarterly"]

    /// Whether `forecast` at `i` is a noun: the word before it is one of ``beforeForecastNoun``
    /// or ends in `-year` (`full-year`).
    private func isForecastNoun(at i: Int) -> Bool {
        let end = i - 1
        guard end > 0, text[end] == " " else { return false }
        var start = end
        while start > 0, isLatinLetter(text[start - 1]) || text[start - 1] == "-" { start -= 1 }
        guard start < end else { return false }
        let word = String(String.UnicodeScalarView(text[start..<end])).lowercased()
        return Self.beforeForecastNoun.contains(word) || word.hasSuffix("-year")
    }

    /// Whether ` in ` or ` on ` joins a word ending at `wordEnd` to the date at `dateStart`.
    private func datesForecast(from wordEnd: Int, dateStart: Int) -> Bool {
        dateStart == wordEnd + 4 && scanner.at(wordEnd) == " " && scanner.at(wordEnd + 3) == " "
            && (scanner.hasLetters("in", at: wordEnd + 1) || scanner.hasLetters("on", at: wordEnd + 1))
    }

    /// `12月交割的黄金期货`, `12月合约`, `December gold futures`, `for January delivery`: the month a
    /// futures contract is settled in, still to come.
    static func namesContractMonth(after end: Int, chinese: Bool, in text: [Unicode.Scalar]) -> Bool {
        if chinese { return end + 1 < text.count && (text[end] == "交" && text[end + 1] == "割" || text[end] == "合" && text[end + 1] == "约") }
        return contractWordAfter(end, in: text)
    }

    private static let contractWords = WordKeys(["futures", "delivery", "contract", "contracts"])

    /// Whether ` futures`, ` delivery` or ` contract(s)` follows `end`, past one word at most
    /// (`December gold futures`).
    private static func contractWordAfter(_ end: Int, in text: [Unicode.Scalar]) -> Bool {
        var k = end
        for _ in 0..<2 {
            guard k + 1 < text.count, text[k] == " ", isLatinLetter(text[k + 1]) else { return false }
            var e = k + 1
            while e < text.count, isLatinLetter(text[e]) { e += 1 }
            // (by its key: asked after every English date)
            if let key = WordKeys.key(text[(k + 1)..<e]), contractWords.contains(key) { return true }
            k = e
        }
        return false
    }

    /// `截至10月底`, `截止10月`: the date at `start` is one things are counted up to, which has come;
    /// `较10月增加约四成`, `比9月多`: one a figure is compared with, which has come too (after 比, only
    /// where a word of change follows: `阿布扎比1月14日电` ends a name in 比).
    private func isAsOfOrComparedWith(_ start: Int, end: Int) -> Bool {
        guard start >= 1 else { return false }
        let before = text[start - 1]
        if before == "比" { return end < text.count && Self.changeAfterComparison.contains(text[end]) }
        return before == "较" || start >= 2 && text[start - 2] == "截" && (before == "至" || before == "止")
    }
    private static let changeAfterComparison = ScalarBitSet("增减多少高低上下涨跌提降扩收回".unicodeScalars)

    /// Whether the sentence speaks of the future: anywhere in Chinese, where the time comes
    /// before the verb (`10月将推出`); in English before the date (`rose 18% in October and
    /// are expected to climb` speaks of a past October).
    private func speaksOfFuture(before end: Int) -> Bool {
        // in English, within the clause of the date (`which will go to X, and said debt had
        // fallen … at the end of September` speaks of a past September)
        // (a comma between digits, `1,100 jobs`, ends no clause)
        var start = end < text.count ? end : 0
        while start > 0, text[start - 1] != ";", text[start - 1] != "," || Clauses.isBetweenDigits(text, start - 1) { start -= 1 }
        // (a constant for the function below: a variable it captured was checked for exclusive
        // access at every call where the compiler did not inline it, some 1.4 million
        // instructions a megabyte of English)
        let clauseStart = start
        let chineseFutureWords = Self.chineseFutureWords, futureWords = Self.futureWords
        func opensFutureWord(at i: Int) -> Bool {
            guard isHan(text[i]) || (i >= clauseStart && i < end) else { return false }
            // the Chinese words all start with a Han character (looked up only where one of them may)
            // (`将近一半`: nearly, not `will`)
            if isHan(text[i]) {
                return chineseFutureWords.mayStart(text[i]) && chineseFutureWords.longestMatch(in: text, at: i) != nil
                    && !(text[i] == "将" && i + 1 < text.count && text[i + 1] == "近")
            }
            guard let shape = scanner.wordShape(at: i), let key = shape.key, futureWords.contains(key) else { return false }
            // (`the rate it forecast in July`: the date is when the forecast was made)
            if Self.forecastWords.contains(key), isForecastNoun(at: i) || datesForecast(from: shape.end, dateStart: end) { return false }
            return !Self.futureBeforeTo.contains(key) || scanner.at(shape.end) == " " && scanner.at(shape.end + 1) == "t" && scanner.at(shape.end + 2) == "o"
                && !(scanner.at(shape.end + 3).map(isLatinLetter) ?? false)
        }
        // text without Han characters is read in the clause only; Chinese text from one
        // position to the next where a word of either list may start
        guard holdsHan else { return (clauseStart..<end).contains(where: opensFutureWord) }
        let starts = Self.futureWordStarts
        var i = starts.firstPosition(in: text, from: 0)
        while i < text.count {
            if opensFutureWord(at: i) { return true }
            i = starts.firstPosition(in: text, from: i + 1)
        }
        return false
    }

    func find() -> [DateMention] {
        var result: [DateMention] = []
        var i = 0
        let text = self.text
        // read once here, not behind a lazy global's check at every Latin word or skip
        let englishWords = Self.englishWords, starts = Self.startsAndYearMarks
        // the first of 年, 月, 日, 季 at or after the last position a Chinese date was looked for at
        var nextMark = -1
        while i < text.count {
            // a date starts with a digit, a Latin letter, a numeral or a character before 年
            // (the Han characters of `starts` are the ``hanOpeners``)
            let c = text[i]
            // (a letter told first: most positions asked in English text open a word)
            if isLatinLetter(c) {
                // an English date opens with a word of a few (the word's shape and roles read
                // once, for the test, the skip and the date)
                let shape = scanner.wordShape(at: i)
                guard let shape, let roles = englishDateRoles(shape) else {
                    i = scanner.pastSpace(scanner.letterRunEnd(from: i, shape: shape), limit: text.count)
                    continue
                }
                if let m = englishDate(at: i, shape: shape, leadingRoles: roles, words: englishWords) {
                    i = add(m, chinese: false, to: &result)
                } else {
                    // no date starts inside a Latin word
                    i = scanner.letterRunEnd(from: i)
                }
                continue
            } else {
                // no date starts inside a run of digits
                if isASCIIDigit(c), i > 0, isASCIIDigit(text[i - 1]) { i += 1; continue }
                guard isASCIIDigit(c) || isHan(c) && (starts.contains(c) || i + 1 < text.count && text[i + 1] == "年") else {
                    // across Chinese text, on to where one may; in Latin text the next word is too near to gain
                    i = holdsHan ? nextPossibleStart(from: i + 1, starts: starts) : i + 1
                    continue
                }
                // a Chinese date needs Han characters
                // (each kind of date bound where it is found: an optional date kept across both
                // tries is made, tested and copied at every position asked)
                if holdsHan {
                    if nextMark < i { nextMark = Self.firstChineseDateMark(in: text, from: i) }
                    if nextMark - i < Self.chineseDateMarkReach(from: c), let m = chinese(at: i) {
                        i = add(m, chinese: true, to: &result)
                        continue
                    }
                }
            }
            // (most figures open no English date: they are passed over here, without reading them as one)
            if !isHan(c), !isASCIIDigit(c) || figureMayOpenEnglishDate(at: i), let m = english(at: i, words: englishWords) {
                i = add(m, chinese: false, to: &result)
            } else {
                i += 1
            }
        }
        return result
    }

    /// Adds `m` to `result`, with whether the sentence speaks of the future where the date
    /// names no year; returns where the date ends.
    private func add(_ m: consuming DateMention, chinese: Bool, to result: inout [DateMention]) -> Int {
        // (`截至10月底`: as of a date, which has come; `较10月`: compared with one)
        if m.year == nil, m.relativeYear == nil, m.monthDirection == nil, !chinese || !isAsOfOrComparedWith(m.span.lowerBound, end: m.span.upperBound) {
            m.future = speaksOfFuture(before: chinese ? text.count : m.span.lowerBound) || Self.namesContractMonth(after: m.span.upperBound, chinese: chinese, in: text)
        }
        let end = m.span.upperBound
        result.append(m)
        return end
    }

    /// The first position from `i` on a date may start at: one of `starts`
    /// (``startsAndYearMarks``), or the Han character before a 年 (`今年`).
    private func nextPossibleStart(from i: Int, starts: ScalarBitSet) -> Int {
        let next = starts.firstPosition(in: text, from: i)
        return next > i && next < text.count && text[next] == "年" && isHan(text[next - 1]) ? next - 1 : next
    }

    // MARK: Chinese

    /// Every Chinese date holds 年, 月, 日 or 季 among its first eight characters: the furthest
    /// stands after a run of months whose numbers take three characters each, the most
    /// ``smallNumber(at:maxDigits:)`` reads (`一十一至一十二月`); the others within six
    /// (`前一十二个月`, `2026财年`, `第三季度`). Where none stands that near, none starts.
    static let chineseDateMarkReach = 8

    /// ``chineseDateMarkReach`` for a date that starts with `c`: an ASCII digit's number takes
    /// two characters at most before a run's connector (`10至一十二月`), or four before 年 (`2026财年`),
    /// so its mark stands within six; 上, 下, 本 and 第 open a period, a relative month or year
    /// whose mark stands within two (`上半年`, `上个月`, `上一季度`, `第三季度`, `本年`). (Of the
    /// positions a date was asked for in Chinese text, about one in eight stood further.)
    @inline(__always) static func chineseDateMarkReach(from c: Unicode.Scalar) -> Int {
        switch c {
        case "0"..."9": 7
        case "上", "下", "本", "第": 3
        default: chineseDateMarkReach
        }
    }

    /// Where the first of 年, 月, 日, 季 at or after `i` stands (the text's end if none does).
    private static func firstChineseDateMark(in text: [Unicode.Scalar], from i: Int) -> Int {
        text.withUnsafeBufferPointer { scalars in
            var k = i
            while k < scalars.count, !isChineseDateMark(scalars[k]) { k += 1 }
            return k
        }
    }

    /// Whether `c` is 年, 月, 日 or 季. (All four lie within U+5B63–U+6708, outside of which most
    /// Han characters stand: one test of the range passes over those.)
    @inline(__always) private static func isChineseDateMark(_ c: Unicode.Scalar) -> Bool {
        guard c.value &- 0x5B63 <= 0x6708 - 0x5B63 else { return false }
        return c == "年" || c == "月" || c == "日" || c == "季"
    }

    /// An integer written in Arabic digits or simple Chinese numerals, ending before `unit`.
    private func smallNumber(at i: Int, maxDigits: Int) -> (value: Int, end: Int)? {
        if let c = scanner.at(i), isASCIIDigit(c) {
            var j = i, v = 0
            while let d = scanner.at(j), isASCIIDigit(d), j - i < maxDigits { v = v * 10 + Int(d.value - 48); j += 1 }
            if let d = scanner.at(j), isASCIIDigit(d) { return nil }
            return (v, j)
        }
        // 十二, 九, 二十一: digits and 十, at most three, read as the positional numeral
        // reads them (d, 十, d十, 十d, d十d)
        var j = i
        var parts = (0, 0, 0)
        while j - i < 3, let c = scanner.at(j), let e = ChineseNumeralCharacter.element(c) {
            let part: Int
            switch e {
            case .digit(let d): part = d
            case .small(10): part = 10
            default: part = -1
            }
            guard part >= 0 else { break }
            switch j - i { case 0: parts.0 = part; case 1: parts.1 = part; default: parts.2 = part }
            j += 1
        }
        let value: Int
        switch (j - i, parts.0 == 10, parts.1 == 10, parts.2 == 10) {
        case (1, _, _, _): value = parts.0
        case (2, false, true, _): value = parts.0 * 10
        case (2, true, false, _): value = 10 + parts.1
        case (3, false, true, false): value = parts.0 * 10 + parts.2
        default: return nil
        }
        return (value, j)
    }

    private func fourDigitYear(at i: Int) -> (value: Int, end: Int)? {
        // the year's mark stands right after its four digits (asked first: most numbers have none)
        guard scanner.at(i + 4) == "年" || scanner.at(i + 4) == "财" && scanner.at(i + 5) == "年" else { return nil }
        var j = i, v = 0, count = 0
        while let c = scanner.at(j), count < 5 {
            if isASCIIDigit(c) { v = v * 10 + Int(c.value - 48) }
            else if let e = ChineseNumeralCharacter.element(c), case .digit(let d) = e { v = v * 10 + d }
            else if c == "〇" || c == "零" { v *= 10 }   // 二〇二三年
            else { break }
            j += 1; count += 1
        }
        // 2026财年: a fiscal year
        let fiscal = scanner.at(j) == "财" && scanner.at(j + 1) == "年"
        guard count == 4, scanner.at(j) == "年" || fiscal else { return nil }
        if let p = scanner.at(i - 1), isASCIIDigit(p) || p == "." { return nil }
        return (v, fiscal ? j + 2 : j + 1)
    }

    /// Before `N日`, these make it a number of days (`为期3日`, `近5日`, `第3日`), not a day of the month.
    static let daysBefore: Set<Unicode.Scalar> = Set("期续近共时达仅只用去来每数几第约过到逾满足整了前后头这那半零余".unicodeScalars)
    /// After it, these do (`3日内`, `5日后`, `两日游`), or make `日` another word's (`10日元`).
    static let daysAfter: Set<Unicode.Scalar> = Set("内后前以之来多左游均元圆本币".unicodeScalars)

    /// `12日`, `二十三日` with no month: the day of a month, unless what stands around it
    /// counts days.
    /// `d` is the number read at `i`, after no digit (`chinese(at:)` has seen to that).
    private func dayOfMonth(_ d: (value: Int, end: Int), at i: Int) -> (value: Int, end: Int)? {
        guard (1...31).contains(d.value), scanner.at(d.end) == "日" else { return nil }
        // one Chinese numeral (`三日`, `两日`) counts days more often than it names one
        if d.end == i + 1, let c = scanner.at(i), !isASCIIDigit(c) { return nil }
        if let before = scanner.at(i - 1), Self.daysBefore.contains(before) || before == "." { return nil }
        if let after = scanner.at(d.end + 1), Self.daysAfter.contains(after) { return nil }
        return (d.value, d.end + 1)
    }

    /// `今（8）日`, `昨(7)日`: today or yesterday, the day of the month in brackets, as the press of
    /// Taiwan writes them; the day and where the date ends, for the number at `i` (after the opening
    /// bracket, which the caller has seen).
    private func bracketedDay(at i: Int) -> (value: Int, end: Int)? {
        guard let relative = scanner.at(i - 2), "今昨明".unicodeScalars.contains(relative),
              let d = smallNumber(at: i, maxDigits: 2), (1...31).contains(d.value),
              let close = scanner.at(d.end), close == "）" || close == ")", scanner.at(d.end + 1) == "日" else { return nil }
        return (d.value, d.end + 2)
    }

    /// Words after `前N个月` that open what the year's first months total (`累计交付`, `销量`).
    static let periodMeasureOpenings: [StaticString] = ["累计", "实现", "销量", "销售", "营收", "营业", "收入", "净利", "利润", "出口", "进口",
                                                         "海外", "合计", "同比", "交付", "产量", "新增", "完成", "签约", "成交", "共",
                                                         "货物", "集装箱", "旅客", "出货", "发电"]

    private func opensPeriodsMeasure(at k: Int) -> Bool { Self.periodMeasureOpenings.contains { matches($0, at: k) } }

    /// A quarter or half of a year: `上半年`, `下半年`, `二季度`, `第三季度`, `前三季度`; its
    /// months and where it ends.
    private func period(at j: Int) -> (months: ClosedRange<Int>, end: Int)? {
        guard let c = scanner.at(j) else { return nil }
        if c == "上" || c == "下" {
            guard scanner.at(j + 1) == "半", scanner.at(j + 2) == "年" else { return nil }
            return (c == "上" ? 1...6 : 7...12, j + 3)
        }
        // 前10个月 opening a clause, after 其, or after a name before what the months total
        // (`比亚迪前10个月海外销量`): the year's first months; not the months before an event
        // (`上市前3个月股价上涨`, `提前5个月公布`)
        // (`前11月` without 个, as Taiwan writes it)
        if c == "前", let n = smallNumber(at: j + 1, maxDigits: 2), (1...12).contains(n.value), let months = monthsWordEnd(at: n.end),
           !(scanner.at(j - 1).map { isHan($0) && !"其在至到".unicodeScalars.contains($0) } ?? false)
            || n.value > 1 && !(scanner.at(j - 1).map { "提之以此".unicodeScalars.contains($0) } ?? true) && opensPeriodsMeasure(at: months) {
            return (1...n.value, months)
        }
        // a quarter's number is one character; after 第 or 前 the quarter may go without 度, as
        // Taiwan and Hong Kong write it (`第四季營收`, `前三季`; `連續三季` counts quarters;
        // ``DateMention/isTraditionalQuarter``)
        let ordinal = c == "第" || c == "前"
        let number = ordinal ? j + 1 : j
        guard scanner.at(number + 1) == "季", let q = smallNumber(at: number, maxDigits: 1), q.end == number + 1, (1...4).contains(q.value) else { return nil }
        let end: Int
        if scanner.at(number + 2) == "度" { end = q.end + 2 }
        else if ordinal, scanner.at(j - 1) != "》", !(scanner.at(number + 2).map(Self.startsSeasonWord) ?? false) { end = q.end + 1 }
        else { return nil }
        // the first three quarters start in January
        return ((c == "前" ? 1 : 3 * q.value - 2)...(3 * q.value), end)
    }

    /// Where `个月` at `k` ends, or `月` alone (`前11月`, as Taiwan writes the year's first months).
    private func monthsWordEnd(at k: Int) -> Int? {
        matches("个月", at: k) ? k + 2 : scanner.at(k) == "月" ? k + 1 : nil
    }

    /// 第三季 of a series, a league or a crop is no quarter (`第三季节目`, `第二季赛`, `第一季水稻`,
    /// `第四季稻`; a title's, `《…》第三季`, neither).
    private static func startsSeasonWord(_ c: Unicode.Scalar) -> Bool { "节剧赛播稻水".unicodeScalars.contains(c) }

    /// Whether the literal `s` stands at `i`: the text's code points are compared with its
    /// UTF-8 bytes as written, so a literal is never decoded (most tries fail at the first byte).
    private func matches(_ s: StaticString, at i: Int) -> Bool {
        s.withUTF8Buffer { bytes in
            var j = i, b = 0
            while b < bytes.count {
                guard let c = scanner.at(j) else { return false }
                for unit in UTF8.encode(c)! {
                    guard b < bytes.count, bytes[b] == unit else { return false }
                    b += 1
                }
                j += 1
            }
            return true
        }
    }

    static let rangeConnectors: [Unicode.Scalar] = ["至", "到", "-", "—", "~", "～", "–", "、"]

    /// `1至10月`, `1-9月`, `1月至10月`: a run of months of one year from the number `first`, and
    /// where it ends (`10、11月`, two months that follow each other named together, span them as well).
    private func monthRange(from first: (value: Int, end: Int)) -> (months: ClosedRange<Int>, end: Int)? {
        var k = first.end
        if scanner.at(k) == "月" { k += 1 }
        guard let connector = scanner.at(k), Self.rangeConnectors.contains(connector),
              let last = smallNumber(at: k + 1, maxDigits: 2), scanner.at(last.end) == "月",
              1 <= first.value, first.value < last.value, last.value <= 12,
              // (a list of two months only where they follow each other: `1、3、5月` is no run)
              connector != "、" || last.value == first.value + 1 else { return nil }
        return (first.value...last.value, last.end + 1)
    }

    private func chinese(at i: Int) -> DateMention? {
        guard let c = scanner.at(i), isHan(c) || isASCIIDigit(c) else { return nil }
        if c == "年" {
            guard !(scanner.at(i - 1).map { isHan($0) || isASCIIDigit($0) } ?? false), let edge = scanner.at(i + 1).flatMap({ Self.bareYearEdges[$0] }),
                  isWordBoundary(i + 2) else { return nil }
            return DateMention(span: i..<(i + 2), relativeYear: 0, month: edge)
        }
        // 上月, 上个月, 本月, 下个月
        // 上季度, 上一季度, 本季度, 下个季度
        if let offset = Self.relativeOffset(c) {
            let end = scanner.at(i + 1) == "月" ? i + 2 : scanner.at(i + 1) == "个" && scanner.at(i + 2) == "月" && c != "本" ? i + 3 : i
            if end > i, isWordBoundary(i), isWordBoundary(end) {
                var mention = DateMention(span: i..<end)
                mention.monthOffset = offset
                return mention
            }
            let quarter = (scanner.at(i + 1) == "一" || scanner.at(i + 1) == "个") && c != "本" ? i + 2 : i + 1
            if matches("季度", at: quarter), isWordBoundary(i) {
                var mention = DateMention(span: i..<(quarter + 2))
                mention.quarterOffset = offset
                return mention
            }
        }
        // a period without its year; after a year or a number it belongs to them
        if let period = period(at: i),
           !(scanner.at(i - 1).map { $0 == "年" || isASCIIDigit($0) || ChineseNumeralCharacter.isNumeral($0) } ?? false) {
            var mention = DateMention(span: i..<period.end)
            mention.period = period.months
            mention.isTraditionalQuarter = scanner.at(period.end - 1) == "季"
            return mention
        }
        // a Chinese date starts with a digit, a numeral or a relative year (X年)
        guard isASCIIDigit(c) || ChineseNumeralCharacter.element(c) != nil || scanner.at(i + 1) == "年" else { return nil }
        if isASCIIDigit(c), let open = scanner.at(i - 1), open == "（" || open == "(", let day = bracketedDay(at: i) { return DateMention(span: (i - 2)..<day.end, day: day.value) }
        var mention = DateMention(span: i..<i)
        var j = i
        if let y = fourDigitYear(at: i) {
            mention.year = y.value; j = y.end
        } else if scanner.at(i + 1) == "年", let rel = Self.relativeYears.first(where: { $0.first == c }),
                  isWordBoundary(i) || scanner.at(i - 1).map(Self.prepositionsBeforeYear.contains) == true {
            mention.relativeYear = rel.offset; j = i + 2
        }
        let hasYear = j > i
        if let p = scanner.at(i - 1), isASCIIDigit(p) { return nil }
        // the number at `j`, read once (without a year it is also the one at `i`)
        let number = smallNumber(at: j, maxDigits: 2)
        // 三年前, 两个月前: so many years or months before the reference date
        // (both open with 年 or 个: most numbers are followed by neither)
        if !hasYear, let n = number, n.value >= 1, scanner.at(n.end) == "年" || scanner.at(n.end) == "个" {
            if matches("年前", at: n.end) { return DateMention(span: i..<(n.end + 2), relativeYear: -n.value) }
            if matches("个月前", at: n.end) {
                var mention = DateMention(span: i..<(n.end + 3))
                mention.monthOffset = -n.value
                return mention
            }
        }
        // month
        if let first = number, let months = monthRange(from: first) {
            // 1至10月, 1月至10月: the months of a year counted together
            mention.period = months.months
            j = months.end
        } else if let m = number, scanner.at(m.end) == "月", (1...12).contains(m.value),
           !(hasYear == false && scanner.at(i - 1) == "个") {
            mention.month = m.value
            j = m.end + 1
            if let d = smallNumber(at: j, maxDigits: 2), let unit = scanner.at(d.end), unit == "日" || unit == "号",
               (1...31).contains(d.value) {
                mention.day = d.value
                j = d.end + 1
            } else if let edge = scanner.at(j), edge == "底" || edge == "末" || edge == "初" {
                j += 1
            } else if let part = scanner.at(j), part == "中" || part == "上" || part == "下", scanner.at(j + 1) == "旬" {
                j += 2   // 中旬, 上旬, 下旬
            }
        } else if hasYear {
            // (the character after the year read once, for each of the tests below)
            let next = scanner.at(j)
            // 明年年初, 2025年年底: the edge written with 年 again
            if next == "年", let edge = scanner.at(j + 1).flatMap({ Self.bareYearEdges[$0] }), isWordBoundary(j + 2) {
                mention.month = edge; j += 2
            }
            // 年底, 年初, 年中 as words of their own: not 2024年中国
            else if next == "底" || next == "末", isWordBoundary(j + 1) { mention.month = 12; j += 1 }
            else if next == "初", isWordBoundary(j + 1) { mention.month = 1; j += 1 }
            else if next == "中", scanner.at(j - 1) == "年", isWordBoundary(j + 1) { mention.month = 6; j += 1 }
            else if let period = period(at: j) { j = period.end }
            // 今年前10个月: the first months of the year
            else if next == "前", let n = smallNumber(at: j + 1, maxDigits: 2), (1...12).contains(n.value), let months = monthsWordEnd(at: n.end) {
                j = months
            }
            else if next == "同", scanner.at(j + 1) == "期" { j += 2 }   // 去年同期: the same period of that year
        } else if let number, let day = dayOfMonth(number, at: i) {
            mention.day = day.value
            j = day.end
        } else {
            return nil
        }
        guard j > i else { return nil }
        mention.span = i..<j
        return mention
    }

    // MARK: English

    /// What a Latin word may be in an English date, told by its key (``englishWords``).
    struct EnglishWord: OptionSet {
        let rawValue: UInt8
        /// A month's name or its abbreviation (``months``).
        static let month = Self(rawValue: 1)
        /// One of ``yearPrepositions``.
        static let yearPreposition = Self(rawValue: 2)
        /// `last`, `this`, `next`: they open a relative year, month or quarter (`last month`).
        static let relative = Self(rawValue: 4)
        /// `q`, `h`: they open a quarter or a half with its year (`Q3 2025`, `H1 2024`).
        static let periodLetter = Self(rawValue: 8)
        /// A count of months in words (``monthCounts``): `six months ago`.
        static let count = Self(rawValue: 16)
        /// A word ``englishPeriod(at:)`` or ``yearEdge(at:words:)`` starts with, before a space
        /// or a hyphen (asked of the letters before a word's first hyphen).
        static let period = Self(rawValue: 32)
        /// Every English date but a period, a year edge and a count starts with one of these words.
        static let first: Self = [.month, .yearPreposition, .relative, .periodLetter]
    }

    /// The words of English dates with what each may be, read with one lookup of the word's key:
    /// ``find()`` reads the table once and lends it on, where a set read at each test cost a
    /// lazy global's check (some 100,000 a megabyte of English).
    static let englishWords = WordKeyTable(Array(englishWordRoles))
    static let englishWordRoles: [String: EnglishWord] = {
        var words: [String: EnglishWord] = [:]
        func add(_ list: some Sequence<String>, _ role: EnglishWord) { for w in list { words[w, default: []].insert(role) } }
        add(months.keys, .month)
        add(yearPrepositions, .yearPreposition)
        add(["last", "this", "next"], .relative)
        add(["q", "h"], .periodLetter)
        add(monthCounts.keys, .count)
        add(ordinals + ["end", "start", "beginning"], .period)
        return words
    }()

    /// The roles of the leading letters of a Latin word (its shape) when it may open an English
    /// date (``englishDate(at:shape:leadingRoles:words:)``'s first tests), else `nil`. A word
    /// that is only a preposition before a year (`in`, `of`, `to`) opens one only where a figure
    /// follows it past spaces (`in 2021`): ``englishWordDate(at:key:roles:end:)`` reads nothing
    /// else after it.
    @inline(__always)
    private func englishDateRoles(_ shape: (end: Int, key: UInt64?, leadingKey: UInt64?, roles: WordRoles)) -> EnglishWord? {
        // (the roles of the leading letters, looked up when the shapes were made: none for a word
        // of no date)
        let roles = shape.roles.dateRoles
        guard !roles.isEmpty else { return nil }
        if roles == .yearPreposition {
            // (past a second space ``englishDate(at:shape:leadingRoles:words:)`` looks on)
            return shape.key != nil && scanner.at(shape.end).map(isSpace) == true
                && scanner.at(shape.end + 1).map { isASCIIDigit($0) || isSpace($0) } == true ? roles : nil
        }
        return roles.contains(.period) || shape.key != nil && !roles.isDisjoint(with: EnglishWord.first.union(.count)) ? roles : nil
    }

    private func english(at i: Int, words: WordKeyTable<EnglishWord>) -> DateMention? {
        guard let c = scanner.at(i), isLatinLetter(c) || isASCIIDigit(c) else { return nil }
        if isASCIIDigit(c) { return countAgo(at: i) ?? yearOfMeasure(at: i) }
        guard let shape = scanner.wordShape(at: i) else { return nil }
        return englishDate(at: i, shape: shape, leadingRoles: shape.leadingKey.flatMap { words[$0] } ?? [], words: words)
    }

    /// The English date at `i`, where a Latin word of `shape` starts whose leading letters have
    /// `leadingRoles` (none where they are no word of `words`).
    private func englishDate(at i: Int, shape: (end: Int, key: UInt64?, leadingKey: UInt64?, roles: WordRoles), leadingRoles: EnglishWord,
                             words: WordKeyTable<EnglishWord>) -> DateMention? {
        let c = text[i]
        // (a word with a key has it as its leading key too: one lookup tells both)
        let roles = shape.key == nil ? [] : leadingRoles
        if roles.contains(.count), let ago = countAgo(at: i) { return ago }
        if leadingRoles.contains(.period), let period = englishPeriod(at: i) ?? yearEdge(at: i, words: words) {
            return period
        }
        // every other English date starts with one of these words, never a hyphenated one
        guard let key = shape.key, !roles.isDisjoint(with: .first) else { return nil }
        if !(c.value < 97 && roles.contains(.month)) {
            // the other dates go on with digits (Q3, in 2021) or `year`, after spaces or none
            var k = shape.end
            while let s = scanner.at(k), isSpace(s) { k += 1 }
            // … or a month's name after last / next (`last August`)
            // (`last quarter`, `last month`)
            guard let next = scanner.at(k), isASCIIDigit(next)
                    || (k > shape.end && (next == "y" || next == "Y" || next == "q" || next == "Q" || next.value >= 65 && next.value <= 90
                                          || (next == "m" || next == "M") && roles.contains(.relative))) else { return nil }
        }
        return englishWordDate(at: i, key: key, roles: roles, end: shape.end)
    }

    /// The date ``englishDate(at:shape:leadingRoles:words:)`` reads from a word of
    /// ``EnglishWord/first`` with its key, its roles and its end, once what follows the word may
    /// go on with a date. (Not inlined: there the words turned down before, most of them,
    /// returned through the assembly of a date, some 60 instructions each.)
    @inline(never)
    private func englishWordDate(at i: Int, key: UInt64, roles: EnglishWord, end wordEnd: Int) -> DateMention? {
        let c = text[i]
        // (the word's text built only where a rule reads it: the others tell it by its key, and
        // a word with a key ends where its shape does)
        // Month [day][,] [year]
        // (an ASCII letter is a capital by its value, and the word, ASCII, counts its characters
        // in its bytes: the scalar's properties and the string's character count cost some
        // 300 instructions each)
        // (the word is ASCII letters only: it has a key)
        if roles.contains(.month), FormTable<Bool>.isLatinLetter(c), c.value <= 90, let month = Self.monthsByKey[key] {
            var j = wordEnd
            let abbreviated = wordEnd - i <= 4 && key != WordKey.june && key != WordKey.july && key != WordKey.may
            if abbreviated, scanner.at(j) == "." { j += 1 }
            var mention = DateMention(span: i..<j, month: month)
            var k = j
            while let s = scanner.at(k), isSpace(s) { k += 1 }
            if k > j, let d = scanner.arabicNumber(at: k), d.plain, d.digits <= 2, (1...31).contains(scanner.integerValue(k..<d.end)) {
                mention.day = scanner.integerValue(k..<d.end)
                j = d.end
                k = j
                if scanner.at(k) == "," { k += 1 }
                while let s = scanner.at(k), isSpace(s) { k += 1 }
            }
            if let y = year(at: k), k > j {
                mention.year = y.value; j = y.end
            }
            // `3 December 2026`, `14th March`: the day before the month, as British writers put it
            var start = i
            if mention.day == nil, let day = dayBeforeMonth(i) { mention.day = day.value; start = day.start }
            // `the July-September quarter`: the months from the one before the dash to this one
            if mention.day == nil, let first = monthBeforeDash(i), first.month < month {
                mention.month = nil; mention.period = first.month...month; start = first.start
            }
            // a bare `May` or `Mar.` is a date only after a preposition (in May)
            // (nor is a count before one: `only 3 May qualify`, but `on 3 May`)
            if (mention.day == nil || start < i) && mention.year == nil && (key == WordKey.may || abbreviated),
               !precededByPreposition(start) { return nil }
            mention.span = start..<j
            return mention
        }
        // (the word told by its key, not compared as a string with each word in turn, nor hashed)
        let relative = roles.contains(.relative)
        // last year / this year / next year
        if relative, let n = scanner.nextWord(after: wordEnd), n.word == "year" {
            let offset = Self.relativeOffset(key)
            return DateMention(span: i..<n.end, relativeYear: offset)
        }
        // last month, this month, next month
        if relative, let n = scanner.nextWord(after: wordEnd), n.word == "month" {
            var mention = DateMention(span: i..<n.end)
            mention.monthOffset = Self.relativeOffset(key)
            return mention
        }
        // last quarter, this quarter, next quarter
        if relative, let n = scanner.nextWord(after: wordEnd), n.word == "quarter" {
            var mention = DateMention(span: i..<n.end)
            mention.quarterOffset = Self.relativeOffset(key)
            return mention
        }
        // last August, next March, this September
        if relative, let n = scanner.nextWord(after: wordEnd), let month = Self.months[n.word],
           n.word.utf8.count > 3, let first = scanner.at(n.start), first.value >= 65 && first.value <= 90 {
            var mention = DateMention(span: i..<n.end, month: month)
            if key == WordKey.this { mention.relativeYear = 0 } else { mention.monthDirection = Self.relativeOffset(key) }
            return mention
        }
        // Q3 2025, H1 2024
        if roles.contains(.periodLetter), let d = scanner.at(wordEnd), isASCIIDigit(d) {
            var k = wordEnd + 1
            while let s = scanner.at(k), isSpace(s) { k += 1 }
            if k > wordEnd + 1, let y = year(at: k) { return DateMention(span: i..<y.end, year: y.value) }
        }
        // in 2021, since 2019, fiscal 2024
        if roles.contains(.yearPreposition), let after = scanner.at(wordEnd), isSpace(after) {
            var k = wordEnd
            while let s = scanner.at(k), isSpace(s) { k += 1 }
            // `fiscal 2026` names the fiscal year: the word is part of the date
            if let y = year(at: k) { return DateMention(span: (key == WordKey.fiscal ? i : k)..<y.end, year: y.value) }
        }
        return nil
    }

    /// The month whose name ends right before a dash glued to the month's name at `month`
    /// (`July-September`, `July–September`), and where it starts.
    private func monthBeforeDash(_ month: Int) -> (month: Int, start: Int)? {
        guard month >= 2, let dash = scanner.at(month - 1), dash == "-" || dash == "–" else { return nil }
        var k = month - 1
        while k > 0, isLatinLetter(text[k - 1]) { k -= 1 }
        guard k < month - 1, k == 0 || !isAlphanumeric(text[k - 1]),
              let first = Self.months[String(String.UnicodeScalarView(text[k..<(month - 1)])).lowercased()] else { return nil }
        return (first, k)
    }

    /// The day of the month written right before a month's name at `month` (`3 December`,
    /// `14th March`): one or two digits, an ordinal's letters glued on, one space, and nothing
    /// of a number or a word glued before them.
    private func dayBeforeMonth(_ month: Int) -> (value: Int, start: Int)? {
        guard month >= 2, text[month - 1] == " " else { return nil }
        var end = month - 1
        if end >= 3, isLatinLetter(text[end - 1]), isLatinLetter(text[end - 2]), isASCIIDigit(text[end - 3]) {
            let suffix = (text[end - 2].value | 0x20, text[end - 1].value | 0x20)
            guard suffix == (0x73, 0x74) || suffix == (0x6E, 0x64) || suffix == (0x72, 0x64) || suffix == (0x74, 0x68) else { return nil }
            end -= 2
        }
        var start = end
        while start > 0, end - start < 3, isASCIIDigit(text[start - 1]) { start -= 1 }
        guard start < end, end - start <= 2 else { return nil }
        if start > 0, case let c = text[start - 1], isAlphanumeric(c) || c == "." || c == "," || c == "-" || c == "/" || c == ":" { return nil }
        let value = scanner.integerValue(start..<end)
        return (1...31).contains(value) ? (value, start) : nil
    }

    /// Whether an English date may open with the figure at `i`, told from the code points the
    /// two dates that do first ask for: ``yearOfMeasure(at:)`` a year of four digits alone after
    /// a space (`its 2024 level`), ``countAgo(at:)`` a word of `y` or `m` one space after the run
    /// of letters and digits (`6 months ago`). (Inlined: asked at every figure, most of them in
    /// Chinese text, where no space stands beside it.)
    @inline(__always)
    private func figureMayOpenEnglishDate(at i: Int) -> Bool {
        if i >= 2, scanner.at(i - 1) == " ", hasFourDigitsAlone(at: i) { return true }
        return countBeforeYearsOrMonths(at: i) != nil
    }

    /// Where the run of letters and digits at `i` ends, when a space and a word opening with `y`
    /// or `m` follow it, and that letter in lower case: how ``countAgo(at:)`` starts (most counts
    /// are followed by neither).
    @inline(__always)
    private func countBeforeYearsOrMonths(at i: Int) -> (end: Int, letter: UInt32)? {
        var j = i
        while let c = scanner.at(j), isAlphanumeric(c) { j += 1 }
        guard scanner.at(j) == " ", let first = scanner.at(j + 1) else { return nil }
        let letter = first.value | 0x20
        return letter == 0x79 || letter == 0x6D ? (j, letter) : nil
    }

    /// `three years ago`, `6 months ago`: so many years or months before the reference date.
    private func countAgo(at i: Int) -> DateMention? {
        // (looked for before the count is read; the first letter told before the words are compared)
        guard let (j, letter) = countBeforeYearsOrMonths(at: i) else { return nil }
        let years = letter == 0x79 && scanner.hasLetters("years ago", at: j + 1)
        guard years || letter == 0x6D && scanner.hasLetters("months ago", at: j + 1),
              let count = monthCount(at: i), count.end == j else { return nil }
        let end = j + 1 + (years ? 9 : 10)
        if let next = scanner.at(end), isLatinLetter(next) { return nil }
        if years { return DateMention(span: i..<end, relativeYear: -count.value) }
        var mention = DateMention(span: i..<end)
        mention.monthOffset = -count.value
        return mention
    }

    static let ordinals = ["first", "second", "third", "fourth"]
    static let monthCounts = ["two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                              "ten": 10, "eleven": 11]

    /// A count of two to eleven months at `k`, in words or digits (`nine`, `10`), and where it ends.
    private func monthCount(at k: Int) -> (value: Int, end: Int)? {
        if let w = scanner.word(at: k), let n = Self.monthCounts[w.word] { return (n, w.end) }
        guard let n = smallNumber(at: k, maxDigits: 2), (2...11).contains(n.value), let first = scanner.at(k), isASCIIDigit(first) else { return nil }
        return n
    }

    /// `second quarter of 2026`, `fourth-quarter`, `first half 2025`: a year's quarter or half,
    /// with its year when one follows, else placed as ``period(at:)`` places `二季度`.
    private func englishPeriod(at i: Int) -> DateMention? {
        guard let c = scanner.at(i), i == 0 || !isLatinLetter(text[i - 1]) else { return nil }
        let index: Int
        switch c.value | 0x20 {
        case 0x66: index = scanner.hasLetters("first", at: i) ? 0 : 3
        case 0x73: index = 1
        case 0x74: index = 2
        default: return nil
        }
        let ordinal = Self.ordinals[index]
        guard scanner.hasLetters(ordinal, at: i) else { return nil }
        var k = i + ordinal.count
        guard scanner.at(k) == " " || scanner.at(k) == "-" else { return nil }
        k += 1
        let n = index + 1
        let months: ClosedRange<Int>
        // `first nine months of this year`, `first 10 months of 2026`: the year's first months
        if index == 0, let count = monthCount(at: k) {
            if scanner.hasLetters(" months of ", at: count.end) {
                let j = count.end + 11
                if let y = yearPerhapsFiscal(at: j) { return DateMention(span: i..<y.end, year: y.value) }
                if let relative = relativeYear(at: j) { return DateMention(span: i..<relative.end, relativeYear: relative.offset) }
                return nil
            }
            // `in the first 10 months`: this year's first months
            if scanner.hasLetters(" months", at: count.end), !(scanner.at(count.end + 7).map(isLatinLetter) ?? false),
               !scanner.hasLetters(" months of", at: count.end) {
                return DateMention(span: i..<(count.end + 7), relativeYear: 0)
            }
        }
        if scanner.hasLetters("quarter", at: k) { months = (3 * n - 2)...(3 * n); k += 7 }
        else if n <= 2, scanner.hasLetters("half", at: k) { months = n == 1 ? 1...6 : 7...12; k += 4 }
        else { return nil }
        if let next = scanner.at(k), isLatinLetter(next) { return nil }
        // `fiscal fourth quarter`: a quarter of the fiscal year, which its year names
        let fiscal = i >= 7 && scanner.hasLetters("fiscal ", at: i - 7) && (i == 7 || !isLatinLetter(text[i - 8]))
        let start = fiscal ? i - 7 : i
        if scanner.at(k) == " " {
            var j = k + 1
            let of = scanner.hasLetters("of", at: j) && scanner.at(j + 2) == " "
            if of { j += 3 }
            if let y = of ? yearPerhapsFiscal(at: j) : year(at: j) { return DateMention(span: start..<y.end, year: y.value) }
            if of {
                // `of the year`, `of last year`; `the second half of the film` is no date
                guard let relative = relativeYear(at: j) else { return nil }
                return DateMention(span: i..<relative.end, relativeYear: relative.offset)
            }
        }
        if fiscal { return DateMention(span: start..<k, relativeYear: 0) }
        var mention = DateMention(span: i..<k)
        mention.period = months
        return mention
    }

    /// A year at `k`, also a fiscal one (`fiscal 2026` of `the first nine months of fiscal 2026`).
    private func yearPerhapsFiscal(at k: Int) -> (value: Int, end: Int)? {
        year(at: k) ?? (scanner.hasLetters("fiscal ", at: k) ? year(at: k + 7) : nil)
    }

    /// `end of the year`, `end of this year`, `end of 2025`: December of that year; `start of
    /// 2024`, `beginning of next year`: January; `end of September`: that month.
    private func yearEdge(at i: Int, words: WordKeyTable<EnglishWord>) -> DateMention? {
        guard let c = scanner.at(i), i == 0 || !isLatinLetter(text[i - 1]) else { return nil }
        let edge: (word: String, month: Int)
        switch c.value | 0x20 {
        case 0x65: edge = ("end", 12)
        case 0x73: edge = ("start", 1)
        case 0x62: edge = ("beginning", 1)
        default: return nil
        }
        let of = i + edge.word.count + 1
        guard scanner.hasLetters(edge.word, at: i), scanner.at(of - 1) == " ", scanner.hasLetters("of", at: of), scanner.at(of + 2) == " " else { return nil }
        let k = of + 3
        if let y = year(at: k) { return DateMention(span: i..<y.end, year: y.value, month: edge.month) }
        // `end of September`: the month itself
        if var month = english(at: k, words: words), month.month != nil, month.day == nil {
            month.span = i..<month.span.upperBound
            return month
        }
        guard let relative = relativeYear(at: k) else { return nil }
        return DateMention(span: i..<relative.end, relativeYear: relative.offset, month: edge.month)
    }

    /// `the year`, `this year`, `last year`, `next year` at `k`: the offset from the reference year.
    private func relativeYear(at k: Int) -> (offset: Int, end: Int)? {
        for (word, offset) in [("the", 0), ("this", 0), ("last", -1), ("next", 1)] where scanner.hasLetters(word, at: k) {
            let j = k + word.count
            guard scanner.at(j) == " ", scanner.hasLetters("year", at: j + 1), !(scanner.at(j + 5).map(isLatinLetter) ?? false) else { return nil }
            return (offset, j + 5)
        }
        return nil
    }

    private func precededByPreposition(_ i: Int) -> Bool {
        var j = i
        guard j > 0, isSpace(text[j - 1]) else { return false }
        j -= 1
        let end = j
        while j > 0, isLatinLetter(text[j - 1]) { j -= 1 }
        let word = String(String.UnicodeScalarView(text[j..<end].map(FormTable<Bool>.lower)))
        return Self.yearPrepositions.contains(word) || ["last", "this", "next", "since"].contains(word)
    }

    /// A four-digit year 1900-2099 standing alone.
    /// Possessives and nouns that make a year the time of a measure: `its 2024 level`,
    /// `the 2025 budget`.
    static let yearDeterminers: WordSet = ["its", "their", "the", "his", "her", "our"]
    static let forecastVerbs: WordSet = ["expects", "expected", "sees", "forecasts", "projects", "raised", "lifted", "cut", "lowered",
                                             "affirmed", "reaffirmed", "reiterated", "maintained", "set", "targets"]
    static let yearNouns: WordSet = ["level", "levels", "figure", "figures", "results", "revenue", "sales", "profit", "budget",
                                         "target", "peak", "total", "average", "valuation", "forecast", "earnings", "income",
                                         "guidance", "outlook", "loss", "losses", "margin", "margins", "shipments", "deliveries",
                                         "spending", "capex", "output", "production", "targets", "forecasts", "estimates",
                                         "season", "seasons", "election", "elections", "olympics", "tournament", "championship",
                                         "campaign", "deadline", "fiscal", "financial", "calendar", "model", "expenses", "costs",
                                         "expenditure", "expenditures", "investment", "growth", "demand", "capacity"]
    /// Events a year after a determiner dates (`the 2024 fire`, `the 2008 crisis`), as a name
    /// after it does (`the 2024 Cedar Canyon fire`).
    static let yearEvents: WordSet = ["fire", "fires", "wildfire", "wildfires", "flood", "floods", "storm", "storms", "hurricane",
                                          "earthquake", "crisis", "crash", "recession", "pandemic", "war", "strike", "outage",
                                          "merger", "acquisition", "deal", "settlement", "agreement", "ruling", "law", "act",
                                          "listing", "offering", "ipo", "bailout", "collapse", "downturn", "audit", "report"]

    /// Words that may stand between such a year and its noun (`its 2026 adjusted earnings forecast`).
    static let yearNounModifiers: WordSet = ["adjusted", "annual", "full-year", "net", "operating", "gross", "capital", "total",
                                                 "core", "organic", "revenue", "sales", "production", "delivery"]

    private func yearOfMeasure(at i: Int) -> DateMention? {
        guard i >= 2, text[i - 1] == " ", let y = year(at: i), var next = scanner.nextWord(after: y.end), next.start == y.end + 1 else { return nil }
        if !Self.yearNouns.contains(next.word), Self.yearNounModifiers.contains(next.word),
           let noun = scanner.nextWord(after: next.end), noun.start == next.end + 1 { next = noun }
        guard Self.yearNouns.contains(next.word) || Self.yearEvents.contains(next.word) || opensName(at: next.start) else { return nil }
        // `compared with 2022 levels`, `below 2019 levels`: a year's level is one after any word
        if next.word == "levels" || next.word == "level" { return DateMention(span: i..<y.end, year: y.value) }
        var k = i - 1
        while k > 0, isLatinLetter(text[k - 1]) { k -= 1 }
        // after a possessive, or a verb of forecasting (`expects 2026 sales of …`)
        guard let before = scanner.word(at: k), before.end == i - 1,
              Self.yearDeterminers.contains(before.word) || Self.yearNouns.contains(next.word) && Self.forecastVerbs.contains(before.word)
        else { return nil }
        return DateMention(span: i..<y.end, year: y.value)
    }

    /// A capital and a small letter: how a name's word opens (not a unit's `MW`).
    private func opensName(at k: Int) -> Bool {
        guard let first = scanner.at(k), let second = scanner.at(k + 1) else { return false }
        return first.properties.isUppercase && second.properties.isLowercase
    }

    /// Four ASCII digits at `k` and no fifth: how every plain number of four digits opens, told
    /// before the number is read.
    private func hasFourDigitsAlone(at k: Int) -> Bool {
        (k..<(k + 4)).allSatisfy { scanner.at($0).map(isASCIIDigit) ?? false } && !(scanner.at(k + 4).map(isASCIIDigit) ?? false)
    }

    private func year(at k: Int) -> (value: Int, end: Int)? {
        guard hasFourDigitsAlone(at: k), let n = scanner.arabicNumber(at: k), n.plain, n.digits == 4 else { return nil }
        let v = scanner.integerValue(k..<n.end)
        guard (1900...2099).contains(v) else { return nil }
        if let next = scanner.at(n.end), isLatinLetter(next) || isASCIIDigit(next) || next == "%" { return nil }
        if let next = scanner.at(n.end), isHan(next), next != "年" {
            // 2025亿: a number, not a year
            if ChineseNumeralCharacter.element(next) != nil { return nil }
        }
        return (v, n.end)
    }
}
