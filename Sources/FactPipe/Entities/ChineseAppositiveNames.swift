/// Chinese organisation names with no suffix of their own, named right after a description
/// that ends in an organisation noun (`芯片设计公司澈光智算注资…`, `初创公司澜渊机器人3月17日…`).
/// The name runs from there to the first thing a name is followed by (a verb, a date word, a
/// trigger, another name, a period, punctuation or digits) and is three to five characters long
/// (two are mostly verbs, `快递企业揽收`: a name only before a weekday or a word that opens a
/// statement, `平台美达周四公布`). The description needs two characters of its own (`上市公司`, not `该公司`),
/// and the name's first character must stand alone in ICU's segmentation: an invented name is
/// no dictionary word, while `公司股东大会` opens with one.
struct ChineseAppositiveNames {
    let rules: NameRules

    /// `stops` are the sentence's.
    func find(in text: [Unicode.Scalar], stops: HanSentenceStops, taken: (Range<Int>) -> Bool, isWordBoundary: (Int) -> Bool) -> [Range<Int>] {
        var result: [Range<Int>] = []
        let nouns = rules.organisationNouns
        var i = 1
        while i < text.count {
            // on to the next position after a code point an organisation noun may end with
            i = stops.next(.nounEnd, from: i - 1) + 1
            guard i < text.count else { break }
            defer { i += 1 }
            guard isHan(text[i]), isHan(text[i - 1]), let noun = nouns.lengthEnding(at: i, in: text),
                  i - noun >= 2, isHan(text[i - noun - 1]), isHan(text[i - noun - 2]),
                  !taken((i - noun)..<i),  // `招商银行前三季度`: a name, no description
                  // (`二线酒企业绩明显承压`: the noun's last character opens a word a name is followed by, 业绩)
                  rules.afterChineseOrganisation.longestMatch(in: text, at: i - 1) == nil,
                  !rules.pluralDescriptions.endsBefore(i - noun, in: text),  // `部分机构被要求`: many, none named
                  !isCounted(text, before: i - noun) else { continue }
            // (`启元智造香港上市`: a name found already, a place, ends it too)
            // (`外卖平台美达三季度收入`, `平台美达周四公布`: so does a period, a count or a weekday)
            func ends(at k: Int) -> Bool { endsName(text, at: k) || taken(k..<(k + 1)) || opensWithCount(text, at: k) || opensWithWeekday(text, at: k) }
            var end = i
            while end < text.count, end - i <= 5, isHan(text[end]), !ends(at: end) { end += 1 }
            let name = i..<end
            // (`公司副总经理陈绪豹`: a title before a person's name is none)
            guard (3...5).contains(name.count) || name.count == 2 && opensStatement(text, at: end),
                  end == text.count || !isHan(text[end]) || ends(at: end),
                  !rules.chineseTitles.endsBefore(end, in: text),
                  rules.genericChinese.longestMatch(in: text, at: i) == nil, !taken(name), !opensWithCount(text, at: i),
                  !Self.predicateAdverbs.contains(text[i]),
                  isWordBoundary(i), isWordBoundary(i + 1) else { continue }
            result.append(name)
            i = end
        }
        return result
    }

    /// `上市公司三季度业绩…`: a numeral before a unit of time or a counter opens a period or a
    /// count, not a name.
    private func opensWithCount(_ text: [Unicode.Scalar], at i: Int) -> Bool {
        ChineseNumeralCharacter.isNumeral(text[i]) && i + 1 < text.count && Self.countingCharacters.contains(text[i + 1])
    }

    /// `三家公司受影响`, `上千家企业`: a noun counted more than once is many, with no name after it
    /// (`另一家新股远帆物流`: one is a name's description).
    private func isCounted(_ text: [Unicode.Scalar], before noun: Int) -> Bool {
        let counter = text[noun - 1], numeral = text[noun - 2]
        return (counter == "家" || counter == "个" || counter == "间") && numeral != "一" && numeral != "1"
            && (ChineseNumeralCharacter.isNumeral(numeral) || isASCIIDigit(numeral))
    }

    /// `快递企业共揽收快递包裹`: an adverb after the description opens what the companies did, no name.
    private static let predicateAdverbs = ScalarBitSet("共均仅又再亦皆曾仍正已将也都还就".unicodeScalars)

    private static let countingCharacters = ScalarBitSet("季月年日周天个家名位倍成".unicodeScalars)

    /// `平台美达周四公布`, `平台美达披露`: what follows a name of two characters, which without it are
    /// mostly a verb (`快递企业揽收`): a day of the week or a word of `after-opening-name-zh` (not a
    /// period: `公司干了两年`).
    private func opensStatement(_ text: [Unicode.Scalar], at k: Int) -> Bool {
        // (a name of two characters that ends the text opens nothing: `…集团龙万`)
        k < text.count && (opensWithWeekday(text, at: k) || rules.afterOpeningName.longestMatch(in: text, at: k) != nil)
    }

    private func opensWithWeekday(_ text: [Unicode.Scalar], at k: Int) -> Bool {
        text[k] == "周" && k + 1 < text.count && Self.weekdays.contains(text[k + 1])
    }

    private static let weekdays = ScalarBitSet("一二三四五六日末".unicodeScalars)

    private func endsName(_ text: [Unicode.Scalar], at k: Int) -> Bool {
        rules.afterChineseName.longestMatch(in: text, at: k) != nil || rules.chineseSayings.longestMatch(in: text, at: k) != nil
            || rules.afterChineseOrganisation.longestMatch(in: text, at: k) != nil
    }
}
