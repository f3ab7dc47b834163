/// `上海港`, `宁波舟山港集团`, `上海市统计局`: an institution named by the place it serves. One
/// known place or more in a row, up to six more characters, and an institution's suffix
/// (`港`, `交易所`, `局`; name-rules kind `place-institution-zh`) with word boundaries before
/// and after it; an organisation's suffix may follow (`集团`). The places are part of the name.
struct ChinesePlaceLedNames {
    let rules: NameRules

    /// `places`: the ranges of the known places in `text`, in order.
    func find(in text: [Unicode.Scalar], places: [Range<Int>], isWordBoundary: (Int) -> Bool) -> [Range<Int>] {
        let suffixes = rules.placeInstitutionSuffixes
        guard !suffixes.isEmpty else { return [] }
        var result: [Range<Int>] = []
        var k = 0
        while k < places.count {
            let start = places[k].lowerBound
            var placesEnd = places[k].upperBound
            var next = k + 1
            while next < places.count, places[next].lowerBound == placesEnd { placesEnd = places[next].upperBound; next += 1 }
            defer { k = next }
            guard isHan(text[start]), let end = institutionEnd(in: text, after: placesEnd, isWordBoundary: isWordBoundary) else { continue }
            result.append(start..<end)
            while next < places.count, places[next].lowerBound < end { next += 1 }
        }
        return result
    }

    /// Where an institution's suffix within six characters of `start` ends, with an
    /// organisation's suffix after it if one follows.
    private func institutionEnd(in text: [Unicode.Scalar], after start: Int, isWordBoundary: (Int) -> Bool) -> Int? {
        func boundary(_ i: Int) -> Bool { i == text.count || !isHan(text[i]) || isWordBoundary(i) }
        var at = start
        let suffixes = rules.placeInstitutionSuffixes, notInNames = Self.notInNames
        while at < text.count, at - start <= Self.reach, isHan(text[at]) {
            if suffixes.mayStart(text[at]), let length = suffixes.longestMatch(in: text, at: at), boundary(at), boundary(at + length) {
                let end = at + length
                if let organisation = rules.chineseOrgSuffixes.longestMatch(in: text, at: end), boundary(end + organisation) {
                    return end + organisation
                }
                return end
            }
            if notInNames.contains(text[at]) { return nil }
            at += 1
        }
        return nil
    }

    /// Whether an institution's suffix may start within the reach of a name after `end`.
    static func maySuffixFollow(_ text: [Unicode.Scalar], after end: Int, _ suffixes: ScalarPhrases) -> Bool {
        var at = end
        while at < text.count, at - end <= reach, isHan(text[at]) {
            if suffixes.mayStart(text[at]) { return true }
            at += 1
        }
        return false
    }

    /// How many characters may stand between the places and the suffix.
    private static let reach = 6

    /// Particles, pronouns and numerals: an institution's name holds none.
    private static let notInNames = ScalarBitSet("的之该其这那各等及在是将已称对向从为了也都把被给让一二两三四五六七八九十百千万亿几多数".unicodeScalars)
}
