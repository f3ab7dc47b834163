/// Which names of a sentence can be a clause's subject and which are marked as objects.
enum SubjectRules {
    /// Words after which a Chinese name is not the clause's subject (`向X`, `通过旗下X`, `据X`).
    static let chineseBlockers = ["向", "对", "给", "为", "与", "和", "及", "从", "比", "较", "通过", "旗下", "在", "于", "据", "由", "同", "跟", "把", "被"]
    /// English words after which a name is not the grammatical subject.
    static let englishBlockers: Set<String> = [
        "to", "from", "in", "into", "at", "with", "for", "than", "by", "on", "against", "over", "of",
        "about", "between", "among", "across", "via", "through", "under", "as", "like", "versus", "vs",
        "beats", "beat",
    ]
    /// Verbs that report speech: a person who speaks is not what the numbers are about.
    static let reporting = [" said", " says", " told", " added", " estimated", "表示", "透露", "称", "说", "坦言", "指出", "认为", "预计"]
    /// Words that mark the name after them as the object of an investment (`向X`, `invested in X`).
    static let chineseObjectMarkers = ["向", "对"]
    static let englishObjectMarkers: Set<String> = ["in", "into"]
    /// Pronouns and phrases that open a clause and point back to the document's topic.
    static let chineseAnaphors = ["该公司", "这家公司", "该企业", "该集团", "该行", "该平台", "公司", "其"]
    static let chineseNotAnaphors = ["其中", "其他", "其余", "其实", "其次"]
    static let englishAnaphors = ["the company", "the lab", "the firm", "the group", "the startup", "it"]
    /// A name before one of these receives what the clause is about (`X获得Y投资`).
    static let receiving = ["获得", "获", "得到", "收到"]

    static func isEligible(_ e: EntityRecognizer.Found, in s: LinkSentence, chinese: Bool, dateStarts: Set<Int>) -> Bool {
        if e.type == .place {
            // a place is a subject only before a date or a trigger (`香港去年…`, `英国公共云市场规模…`)
            return dateStarts.contains(e.range.upperBound) || s.triggers.contains { $0.range.lowerBound == e.range.upperBound }
        }
        if isBlocked(e, in: s) { return false }
        // `亚马逊AWS`: a name right before another one only qualifies it
        if s.entities.contains(where: { $0.range.lowerBound == e.range.upperBound }) { return false }
        if e.type == .person, reporting.contains(where: { s.has($0, at: e.range.upperBound) }) { return false }
        return true
    }

    static func isBlocked(_ e: EntityRecognizer.Found, in s: LinkSentence) -> Bool {
        let start = e.range.lowerBound
        if start > 0, isHan(s.text[start - 1]) || (start > 1 && s.text[start - 1] == " " && isHan(s.text[start - 2])) {
            let end = s.text[start - 1] == " " ? start - 1 : start
            return chineseBlockers.contains { s.has($0, endingAt: end) }
        }
        return englishBlockers.contains(s.englishWord(before: start))
    }

    static func isObjectMarked(_ e: EntityRecognizer.Found, in s: LinkSentence) -> Bool {
        let start = e.range.lowerBound
        if chineseObjectMarkers.contains(where: { s.has($0, endingAt: start) }) { return true }
        return englishObjectMarkers.contains(s.englishWord(before: start))
    }

    /// The clause opens with a pronoun for the topic (`该公司…`, `It …`).
    static func opensWithAnaphor(_ clause: Range<Int>, in s: LinkSentence) -> Bool {
        let k = s.contentStart(clause)
        if chineseNotAnaphors.contains(where: { s.has($0, at: k) }) { return false }
        if chineseAnaphors.contains(where: { s.has($0, at: k) }) { return true }
        return englishAnaphors.contains { s.has($0, at: k) }
    }
}
