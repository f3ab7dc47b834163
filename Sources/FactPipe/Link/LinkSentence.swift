/// One sentence as the link stage sees it: folded text, its clauses, names and triggers.
/// Positions are code points relative to the sentence.
struct LinkSentence {
    let text: [Unicode.Scalar]
    /// Where the sentence starts in the document.
    let base: Int
    let entities: [EntityRecognizer.Found]
    let clauses: [Range<Int>]
    let triggers: [(range: Range<Int>, trigger: PredicateLexicon.Trigger)]

    init(text: [Unicode.Scalar], base: Int, entities: [EntityRecognizer.Found], predicates: PredicateLexicon) {
        self.text = text
        self.base = base
        self.entities = entities
        self.clauses = Clauses.split(text)
        self.triggers = predicates.occurrences(in: text)
    }

    func clause(of position: Int) -> Int { Clauses.index(of: position, in: clauses) }

    func has(_ word: String, endingAt end: Int) -> Bool {
        let w = Array(word.unicodeScalars)
        guard end >= w.count, end <= text.count else { return false }
        for k in 0..<w.count where AliasTrie.key(text[end - w.count + k]) != AliasTrie.key(w[k]) { return false }
        if let first = w.first, isLatinLetter(first), end - w.count > 0, isAlphanumeric(text[end - w.count - 1]) { return false }
        return true
    }

    func has(_ word: String, at start: Int) -> Bool {
        let w = Array(word.unicodeScalars)
        guard start >= 0, start + w.count <= text.count else { return false }
        for k in 0..<w.count where AliasTrie.key(text[start + k]) != AliasTrie.key(w[k]) { return false }
        if let last = w.last, isLatinLetter(last), start + w.count < text.count, isAlphanumeric(text[start + w.count]) { return false }
        return true
    }

    /// The first position of `range` that is not a space or quote.
    func contentStart(_ range: Range<Int>) -> Int {
        var k = range.lowerBound
        while k < range.upperBound, text[k] == " " || "“”\"‘’'「」(（".unicodeScalars.contains(text[k]) { k += 1 }
        return k
    }

    /// Where the word before `position` starts (after skipping spaces), if there is one.
    func position(ofWordEndingBefore position: Int) -> Int? {
        var end = position
        while end > 0, text[end - 1] == " " { end -= 1 }
        var start = end
        while start > 0, isAlphanumeric(text[start - 1]) || text[start - 1] == "'" || text[start - 1] == "’" { start -= 1 }
        return start < end ? start : nil
    }

    /// The English word before `position`, skipping spaces, articles and possessive names
    /// (`of Germany's Rheinwerk` → `of`).
    func englishWord(before position: Int) -> String {
        var end = position
        while true {
            while end > 0, text[end - 1] == " " { end -= 1 }
            var start = end
            while start > 0, isAlphanumeric(text[start - 1]) || text[start - 1] == "'" || text[start - 1] == "’" { start -= 1 }
            let word = String(String.UnicodeScalarView(text[start..<end].map { Unicode.Scalar(AliasTrie.key($0)) ?? $0 }))
            if word == "the" || word == "a" || word == "an" || word.hasSuffix("'s") || word.hasSuffix("’s") {
                if start == end { return "" }
                end = start; continue
            }
            if start == end, end > 0, let e = entities.first(where: { $0.range.upperBound == end }) { end = e.range.lowerBound; continue }
            return word
        }
    }
}
