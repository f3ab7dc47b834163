/// Chinese organisation names with no suffix and no description before them, which open a
/// clause and are followed by a date or a verb of disclosure: `北方华创前三季度营业收入…`,
/// `隆基绿能10月30日披露`, `通威股份则预计`. The name is four characters, the commonest length
/// of a listed company's short name; it starts with no description word (`行业`, `头部`), ends in
/// no organisation noun (`设备厂商`) or trigger (`焦炭价格`), holds no function word (`的`, `在`) and
/// opens on no verb that follows names (`创下`, `完成`).
struct ChineseOpeningNames {
    let rules: NameRules

    static let length = 4
    /// (the text is folded: full-width `，` is `,`, a dash `-`; a dateline's `——` opens a clause
    /// as `--`, see ``opensClause(_:at:)``)
    static let clauseOpenerScalars: [Unicode.Scalar] = [",", "。", ";", ":", "!", "?", "、", "“", "”", "「", "」", "(", ")", "\"", " ", "-"]
    static let clauseOpeners = ScalarBitSet(clauseOpenerScalars)
    /// Function words, pronouns (`我们预计`), prepositions before dates (`截至`) and numerals (`两国`)
    /// and negation (`不再考核销售额`) do not stand in such a name.
    static let functionCharacters = ScalarBitSet("的是在了和与及将已对为把被从向于也都而但就还这那其该每各截至自到们不一二两三四五六七八九十百千万亿几".unicodeScalars)

    /// `dates()` gives the spans of the sentence's dates (read when first needed); `stops` are the sentence's.
    func find(in text: [Unicode.Scalar], stops: HanSentenceStops, dates: () -> [Range<Int>], taken: (Range<Int>) -> Bool) -> [Range<Int>] {
        var result: [Range<Int>] = []
        let functionCharacters = Self.functionCharacters
        var p = 0
        while p + Self.length < text.count {
            // most positions follow no opener: on to the next one that does (`text[p - 1]` is none)
            guard p == 0 || stops.isStop(.clauseOpener, at: p - 1) else { p = stops.next(.clauseOpener, from: p) + 1; continue }
            defer { p += 1 }
            guard p == 0 || Self.opensClause(text, at: p) else { continue }
            let name = p..<(p + Self.length)
            guard text[name].allSatisfy({ isHan($0) && !functionCharacters.contains($0) }) else { continue }
            let verbFollows = rules.afterOpeningName.longestMatch(in: text, at: name.upperBound + Self.dayWordLength(text, at: name.upperBound)) != nil
            guard verbFollows || mayStartDate(text, at: name.upperBound),
                  rules.genericChinese.longestMatch(in: text, at: p) == nil, !taken(name),
                  rules.beforeChineseName.longestMatch(in: text, at: p) == nil,
                  rules.pluralDescriptions.longestMatch(in: text, at: p) == nil,
                  rules.chineseTitles.longestMatch(in: text, at: p) == nil,
                  // (`创下历史同期新高`: a clause opening on a verb that follows names opens on no name)
                  (rules.afterChineseOrganisation.longestMatch(in: text, at: p) ?? 0) < 2,
                  !rules.organisationNouns.endsBefore(name.upperBound, in: text),
                  // (`低温产品销售额`: a line of the business, no name)
                  !rules.segmentNouns.endsBefore(name.upperBound, in: text),
                  // (`焦炭价格今年以来…`: a measure, not a name; `明川股份` ends in a word of company names)
                  !rules.afterChineseOrganisation.endsBefore(name.upperBound, in: text)
                    || rules.chineseOrgSuffixes.endsBefore(name.upperBound, in: text)
                    || rules.genericChinese.endsBefore(name.upperBound, in: text) else { continue }
            // the sentence's dates last: they are found for it on first use
            let dates = dates()
            guard verbFollows || dates.contains(where: { $0.lowerBound == name.upperBound }),
                  !dates.contains(where: { $0.overlaps(name) }) else { continue }
            result.append(name)
            p = name.upperBound
        }
        return result
    }

    /// Whether the opener before `p` opens a clause: a hyphen only as a doubled dash
    /// (`北京，2026年11月20日——晶澜光能披露`; `GPT-晶澜…` is a compound's).
    @inline(__always) private static func opensClause(_ text: [Unicode.Scalar], at p: Int) -> Bool {
        text[p - 1] != "-" || p >= 2 && text[p - 2] == "-"
    }

    /// `晶澜光能当天公告称`, `星驰汽车周一宣布`: a day named before the verb (`客服热线当天的来电量` is no name: no verb follows).
    private static let dayWords = ScalarPhrases(["当天", "当日", "今天", "今日", "昨天", "昨日", "周一", "周二", "周三", "周四", "周五", "周六", "周日",
                                                 "星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"])

    private static func dayWordLength(_ text: [Unicode.Scalar], at k: Int) -> Int {
        k < text.count && dayWords.mayStart(text[k]) ? dayWords.longestMatch(in: text, at: k) ?? 0 : 0
    }

    /// Whether a date may start at `k`, as ``DateRecognizer`` starts one: with a digit, a numeral
    /// of ``DateRecognizer/dateNumerals``, a period opener or a character before 年.
    @inline(__always) private func mayStartDate(_ text: [Unicode.Scalar], at k: Int) -> Bool {
        guard k < text.count else { return false }
        return isASCIIDigit(text[k]) || DateRecognizer.hanOpeners.contains(text[k]) || k + 1 < text.count && text[k + 1] == "年"
    }
}
