/// `上海港`, `宁波舟山港集团`, `上海市统计局`: an institution named by the place it serves. One
/// known place or more in a row, up to eight more characters, and an institution's suffix
/// (`港`, `交易所`, `局`; name-rules kind `place-institution-zh`) with word boundaries before
/// and after it; an organisation's suffix may follow (`集团`). The places are part of the name.
/// A company named by its place and an industry's word (`新加坡电信`) is found here too.
struct ChinesePlaceLedNames {
    let rules: NameRules

    /// `places`: the ranges of the known places in `text`, in order.
    /// `named` tells whether the document has named a form so before. Each name comes with the
    /// index in `places` of the place an institution serves (the last of the run: `杭州市统计局`'s
    /// 杭州市), `nil` for a company.
    func find(in text: [Unicode.Scalar], places: [Range<Int>], isWordBoundary: (Int) -> Bool,
              named: (ArraySlice<Unicode.Scalar>) -> Bool) -> [(range: Range<Int>, place: Int?)] {
        var result: [(range: Range<Int>, place: Int?)] = []
        var k = 0
        while k < places.count {
            let start = places[k].lowerBound
            var placesEnd = places[k].upperBound
            var next = k + 1
            while next < places.count, places[next].lowerBound == placesEnd { placesEnd = places[next].upperBound; next += 1 }
            defer { k = next }
            guard isHan(text[start]) else { continue }
            if let institution = institutionEnd(in: text, after: placesEnd, isWordBoundary: isWordBoundary) {
                result.append((start..<institution.end, institution.isCompany ? nil : next - 1))
            } else if let end = companyEnd(in: text, from: start, after: placesEnd, isWordBoundary: isWordBoundary, named: named) {
                result.append((start..<end, nil))
            } else {
                continue
            }
            let end = result[result.count - 1].range.upperBound
            while next < places.count, places[next].lowerBound < end { next += 1 }
        }
        return result
    }

    /// Where an institution's suffix within six characters of `start` ends, with an
    /// organisation's suffix after it if one follows; whether it is a company's (`宁波舟山港集团`,
    /// `上海机场股份有限公司`: an organisation's suffix ends it).
    private func institutionEnd(in text: [Unicode.Scalar], after start: Int, isWordBoundary: (Int) -> Bool) -> (end: Int, isCompany: Bool)? {
        func boundary(_ i: Int) -> Bool { i == text.count || !isHan(text[i]) || isWordBoundary(i) }
        var at = start
        let suffixes = rules.placeInstitutionSuffixes, notInNames = Self.notInNames
        while at < text.count, at - start <= Self.reach, isHan(text[at]) {
            if suffixes.mayStart(text[at]), let length = suffixes.longestMatch(in: text, at: at), boundary(at), boundary(at + length) {
                // (`欧洲基本港`, `各地海关`: a kind of institution, many of them)
                if rules.pluralDescriptions.endsBefore(at, in: text) { return nil }
                let end = at + length
                if let organisation = rules.chineseOrgSuffixes.longestMatch(in: text, at: end), boundary(end + organisation) {
                    return (end + organisation, true)
                }
                return (end, rules.chineseOrgSuffixes.longestMatch(in: text, at: at) == length)
            }
            if notInNames.contains(text[at]) { return nil }
            at += 1
        }
        return nil
    }

    /// `新加坡电信`, `韩国电力`: where a company named by its place and an industry's word ends, if
    /// the word follows the places at once and either a partner's preposition comes before
    /// (`与新加坡电信签署`), a word of an organisation or a verb of saying follows (`方面`, `表示`), or
    /// the document has named it so. Otherwise the place stays a place (`中国电力需求`).
    private func companyEnd(in text: [Unicode.Scalar], from start: Int, after placesEnd: Int, isWordBoundary: (Int) -> Bool,
                            named: (ArraySlice<Unicode.Scalar>) -> Bool) -> Int? {
        let words = rules.placeCompanyWords
        guard placesEnd < text.count, words.mayStart(text[placesEnd]), let length = words.longestMatch(in: text, at: placesEnd) else { return nil }
        let end = placesEnd + length
        guard end == text.count || !isHan(text[end]) || isWordBoundary(end) else { return nil }
        if start > 0, Self.partnerMarks.contains(text[start - 1]) { return end }
        if rules.afterPlaceCompany.longestMatch(in: text, at: end) != nil || rules.chineseSayings.longestMatch(in: text, at: end) != nil { return end }
        return named(text[start..<end]) ? end : nil
    }

    private static let partnerMarks = ScalarBitSet("与和同跟".unicodeScalars)

    /// Whether an institution's suffix may start within the reach of a name after `end`.
    static func maySuffixFollow(_ text: [Unicode.Scalar], after end: Int, _ suffixes: ScalarPhrases, companyWords: ScalarPhrases) -> Bool {
        if end < text.count, companyWords.mayStart(text[end]) { return true }
        var at = end
        while at < text.count, at - end <= reach, isHan(text[at]) {
            if suffixes.mayStart(text[at]) { return true }
            at += 1
        }
        return false
    }

    /// How many characters may stand between the places and the suffix (`杭州市规划和自然资源局`).
    private static let reach = 8

    /// Particles, pronouns and numerals, and the words of a route (`上海至欧洲基本港`): an
    /// institution's name holds none.
    private static let notInNames = ScalarBitSet("的之该其这那各等及在是将已称对向从为了也都把被给让一二两三四五六七八九十百千万亿几多数至到往".unicodeScalars)
}
