/// Figures given name by name: `阿里巴巴、腾讯和百度的收入分别为2477亿元、1845亿元和327亿元`,
/// `Alibaba and Tencent grew 2% and 15%, respectively`: the i-th figure is the i-th name's.
enum Respectively {
    static let chineseMarker = "分别"
    static let englishMarker = "respectively"
    static let markers = PhraseList([chineseMarker, englishMarker])

    /// The subject of each fact (by index into `facts`, positions relative to the sentence)
    /// that a `分别`/`respectively` list gives.
    static func subjects(in s: LinkSentence, facts: [Range<Int>]) -> [Int: String] {
        var result: [Int: String] = [:]
        // (a list gives figures to two names or more: a single figure takes none, and a sentence
        // that names fewer than two gives none, so its text is not searched for the markers)
        guard facts.count >= 2, s.entities.count >= 2 else { return result }
        // (nor does one where no name stands joined to the one before it: a group is of two or more)
        guard s.entities.indices.dropFirst().contains(where: { joinedToPrevious($0, in: s) }) else { return result }
        let markers = Self.markers
        // (without Han only `respectively` may stand, and it gives figures only to those before
        // it: the text up to the end of the first is not searched)
        var next = s.holdsHan ? 0 : facts.lazy.map(\.upperBound).min() ?? 0
        while let m = markers.firstPosition(in: next..<s.text.count, of: s) {
            next = m + 1
            guard let marker = markers.phrase(at: m, in: s) else { continue }
            if marker == chineseMarker {
                // the group before the marker, the figures after it in its clause
                let clause = s.clauseRange(of: m)
                let after = facts.indices.filter { facts[$0].lowerBound > m && facts[$0].upperBound <= clause.upperBound }
                assign(group(endingBefore: m, in: s), after, into: &result)
            } else {
                // the figures before the marker, the group before the first of them
                let before = facts.indices.filter { facts[$0].upperBound <= m }
                guard let first = before.first else { continue }
                let names = group(endingBefore: facts[first].lowerBound, in: s)
                assign(names, Array(before.suffix(names.count)), into: &result)
            }
        }
        return result
    }

    private static func assign(_ names: [String], _ facts: [Int], into result: inout [Int: String]) {
        guard names.count >= 2, names.count == facts.count else { return }
        for (k, name) in zip(facts, names) { result[k] = name }
    }

    /// The names of the coordinated group (`A、B和C`, `A, B and C`) closest before `position`.
    private static func group(endingBefore position: Int, in s: LinkSentence) -> [String] {
        guard var k = s.entities.lastIndex(where: { $0.range.upperBound <= position }) else { return [] }
        var names = [s.entities[k].name]
        while k > 0, joinedToPrevious(k, in: s) {
            k -= 1
            names.insert(s.entities[k].name, at: 0)
        }
        // `对东南亚和中东的出口则分别增长了65%和48%`: a group of places after a preposition says
        // where the figures are, not whose
        if s.entities[k].type == .place, SubjectRules.isBlocked(s.span(k), in: s) { return [] }
        return names
    }

    /// What joins two names of a group.
    private static let joints = PhraseList(SubjectRules.coordinators + [", and ", ",and "])

    /// Whether name `k` is joined to name `k - 1` (their spans read in place: a copy of a name
    /// retains its strings).
    private static func joinedToPrevious(_ k: Int, in s: LinkSentence) -> Bool {
        let end = s.entities[k - 1].range.upperBound, gap = s.entities[k].range.lowerBound - end
        // (most names stand farther apart than the longest joint: the joints are compared only where one fits)
        let joints = Self.joints
        return gap > 0 && gap <= joints.longestLength && joints.starts(length: gap, at: end, in: s)
    }
}
