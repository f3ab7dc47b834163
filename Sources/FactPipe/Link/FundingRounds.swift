/// Which company a funding round belongs to, so that an investment "in the round" has an
/// object (`…完成新一轮融资… 谷歌也在本轮追加投资20亿` → Anthropic; `closed a $7 billion round.
/// The round was led by Northgate Partners, which put in $2.5 billion` → Helixmind).
enum FundingRounds {
    /// Phrases that point to the round a text is about.
    static let roundMentions = PhraseList(["本轮", "这轮", "该轮", "此轮", "这一轮", "轮融资", "the round", "this round", "that round",
                                           "the funding round", "the financing round", "the financing"])
    /// A round named by whose it is, after a possessive (`OpenAI的下一轮融资`, `Helixmind's Series B round`).
    static let possessiveEnds = ["轮融资", "轮", " round", " funding round"]
    static let possessiveEndList = PhraseList(possessiveEnds)
    static let possessives = PhraseList(["的", "'s", "’s"])

    /// Words after an investment that say what it goes into or is for.
    static let targetWords = PhraseList([" in ", " into ", " on ", " to build", " to expand", "建设", "兴建", "扩建", "用于", "研发", "采购", "购买", "打造", "布局", "建"])

    /// Whether an investment says what it goes into (`invested $2 billion in data centres`, `向…投资`).
    static func namesTarget(after fact: Range<Int>, in clause: Range<Int>, _ s: LinkSentence) -> Bool {
        targetWords.firstPosition(in: fact.upperBound..<clause.upperBound, of: s) != nil
            || SubjectRules.chineseObjectMarkerList.firstPosition(in: clause, of: s) != nil
    }

    /// Whether the sentence speaks of a round.
    static func mentionsRound(_ s: LinkSentence) -> Bool {
        roundMentions.firstPosition(in: s.text.indices, of: s) != nil
    }

    /// The name whose round the sentence names with a possessive, if any.
    static func roundOwner(in s: LinkSentence) -> String? {
        // (by index, each field read in place: `for e in` copies each entity, retaining its names)
        for i in s.entities.indices where s.entities[i].type == .org {
            let end = s.entities[i].range.upperBound
            guard let possessive = possessives.length(at: end, in: s) else { continue }
            let start = end + possessive
            // a few words between: `下一`, `new Series B`
            if possessiveEndList.firstPosition(in: start..<min(s.text.count, start + 16), of: s) != nil {
                return s.entities[i].name
            }
        }
        return nil
    }
}
