/// One sentence as the link stage sees it: folded text, its clauses, names and triggers.
/// Positions are code points relative to the sentence.
struct LinkSentence {
    let text: [Unicode.Scalar]
    /// Whether a Han character stands in `text`.
    let holdsHan: Bool
    /// Where the sentence starts in the document.
    let base: Int
    let entities: [EntityRecognizer.Found]
    let clauses: [Range<Int>]
    /// The predicate triggers in `text`, found when first asked for: a sentence without
    /// figures is linked only for its topic, which seldom needs them.
    var triggers: [(range: Range<Int>, trigger: PredicateLexicon.Meaning)] { buffers.triggers }
    private let buffers: SentenceBuffers
    /// The sentence's quantities, dates too: where each stands and its kind.
    let quantities: [(range: Range<Int>, kind: QuantityKind)]

    /// A sentence whose clauses, quantities (those of `facts`, whose spans are document
    /// positions) and triggers are kept in `buffers` (which another sentence must hold no more:
    /// they are refilled for this one).
    init(text: [Unicode.Scalar], holdsHan: Bool, base: Int, entities: [EntityRecognizer.Found], facts: [Fact],
         buffers: SentenceBuffers) {
        self.text = text
        self.holdsHan = holdsHan
        self.base = base
        self.entities = entities
        buffers.start(text, facts: facts, base: base)
        self.clauses = buffers.clauses
        self.quantities = buffers.quantities
        self.buffers = buffers
    }

    func clause(of position: Int) -> Int { Clauses.index(of: position, in: clauses) }

    /// The clause holding `position` (the whole sentence when it has none).
    func clauseRange(of position: Int) -> Range<Int> { clauses.isEmpty ? 0..<text.count : clauses[clause(of: position)] }

    /// `'s ` or `’s ` stands at `position`.
    func hasPossessive(at position: Int) -> Bool { has("'s ", at: position) || has("’s ", at: position) }

    // (both inline: nearly every caller passes a literal, whose code points then fold away)

    /// `word` ends at `end` (ASCII letters in any case; a Latin word not glued to a letter before it).
    @inline(__always) func has(_ word: String, endingAt end: Int) -> Bool {
        var k = end
        var first: Unicode.Scalar? = nil
        for c in word.unicodeScalars.reversed() {
            k -= 1
            guard k >= 0, k < text.count, AliasTrie.key(text[k]) == AliasTrie.key(c) else { return false }
            first = c
        }
        if let first, isLatinLetter(first), k > 0, isAlphanumeric(text[k - 1]) { return false }
        return true
    }

    /// `word` starts at `start` (ASCII letters in any case; a Latin word not glued to a letter after it).
    @inline(__always) func has(_ word: String, at start: Int) -> Bool {
        var k = start
        var last: Unicode.Scalar? = nil
        for c in word.unicodeScalars {
            guard k >= 0, k < text.count, AliasTrie.key(text[k]) == AliasTrie.key(c) else { return false }
            k += 1
            last = c
        }
        if let last, isLatinLetter(last), k < text.count, isAlphanumeric(text[k]) { return false }
        return true
    }

    /// ``has(_:at:)`` for a word of one code point, compared directly (most such callers look
    /// for a Han character or a mark, and an outlined call walks the String's code points).
    @inline(__always) func has(scalar c: Unicode.Scalar, at k: Int) -> Bool {
        guard k >= 0, k < text.count, AliasTrie.key(text[k]) == AliasTrie.key(c) else { return false }
        return !(isLatinLetter(c) && k + 1 < text.count && isAlphanumeric(text[k + 1]))
    }

    /// ``has(_:endingAt:)`` for a word of one code point.
    @inline(__always) func has(scalar c: Unicode.Scalar, endingAt end: Int) -> Bool {
        let k = end - 1
        guard k >= 0, k < text.count, AliasTrie.key(text[k]) == AliasTrie.key(c) else { return false }
        return !(isLatinLetter(c) && k > 0 && isAlphanumeric(text[k - 1]))
    }

    /// ``has(_:at:)`` for a word given by its match keys (``AliasTrie/key(_:)``).
    @inline(__always) func has(keys word: [UInt32], at start: Int) -> Bool {
        guard start >= 0, start + word.count <= text.count else { return false }
        for k in 0..<word.count where AliasTrie.key(text[start + k]) != word[k] { return false }
        let end = start + word.count
        if let last = word.last, Self.isLatinKey(last), end < text.count, isAlphanumeric(text[end]) { return false }
        return true
    }

    /// ``has(_:endingAt:)`` for a word given by its match keys.
    @inline(__always) func has(keys word: [UInt32], endingAt end: Int) -> Bool {
        let start = end - word.count
        guard start >= 0, end <= text.count else { return false }
        for k in 0..<word.count where AliasTrie.key(text[start + k]) != word[k] { return false }
        if let first = word.first, Self.isLatinKey(first), start > 0, isAlphanumeric(text[start - 1]) { return false }
        return true
    }

    /// `the`, `a`, `an` (any case) or a word ending in `'s`/`’s`.
    /// (inline: asked at each word ``englishWordRange(before:)`` passes, where its call cost a third of it)
    @inline(__always) private func isArticleOrPossessive(_ r: Range<Int>) -> Bool {
        let n = r.count
        func key(_ k: Int) -> UInt32 { AliasTrie.key(text[r.lowerBound + k]) }
        if n >= 2, key(n - 1) == 115, text[r.upperBound - 2] == "'" || text[r.upperBound - 2] == "’" { return true }
        switch n {
        case 1: return key(0) == 97
        case 2: return key(0) == 97 && key(1) == 110
        case 3: return key(0) == 116 && key(1) == 104 && key(2) == 101
        default: return false
        }
    }

    @inline(__always) private static func isLatinKey(_ v: UInt32) -> Bool { let l = v | 0x20; return l >= 97 && l <= 122 }

    /// The first position of `range` that is not a space or quote.
    func contentStart(_ range: Range<Int>) -> Int {
        var k = range.lowerBound
        while k < range.upperBound, Self.isSpaceOrOpeningMark(text[k]) { k += 1 }
        return k
    }

    /// (a switch, not a static set: asked ~100,000 times a 1 MB slice, and a static is reached through its initialiser's check at each use)
    private static func isSpaceOrOpeningMark(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case " ", "“", "”", "\"", "‘", "’", "'", "「", "」", "(", "（": true
        default: false
        }
    }

    /// Where the word before `position` starts (after skipping spaces), if there is one.
    func position(ofWordEndingBefore position: Int) -> Int? {
        var end = position
        while end > 0, text[end - 1] == " " { end -= 1 }
        let start = wordStart(endingAt: end)
        return start < end ? start : nil
    }

    /// Where the word ending at `end` starts: letters, digits and apostrophes, and the hyphens
    /// inside a compound (`Seoul-based` is one word).
    private func wordStart(endingAt end: Int) -> Int {
        var start = end
        while start > 0, isAlphanumeric(text[start - 1]) || text[start - 1] == "'" || text[start - 1] == "’"
                || text[start - 1] == "-" && start < end && start > 1 && isAlphanumeric(text[start - 2]) { start -= 1 }
        return start
    }

    /// The English word after `position`, lower-cased (skipping spaces), or "".
    func englishWord(after position: Int) -> String { text.lowercasedASCIIText(englishWordRange(after: position)) }

    /// Where ``englishWord(after:)`` stands.
    func englishWordRange(after position: Int) -> Range<Int> {
        var start = position
        while start < text.count, text[start] == " " { start += 1 }
        var end = start
        while end < text.count, isAlphanumeric(text[end]) { end += 1 }
        return start..<end
    }

    /// Where the first of the next `count` English words from `position` (one space apart) that
    /// `matches` (given where the word stands) ends; `nil` when none does before the words run out.
    func endOfEnglishWord(from position: Int, within count: Int, where matches: (Range<Int>) -> Bool) -> Int? {
        var k = position
        for _ in 0..<count {
            let word = englishWordRange(after: k)
            guard !word.isEmpty else { return nil }
            k += word.count
            if matches(word) { return k }
            guard k < text.count, text[k] == " " else { return nil }
            k += 1
        }
        return nil
    }

    /// The quantity of `kind` that starts at `position`, if any.
    func quantity(_ kind: QuantityKind, at position: Int) -> Range<Int>? {
        quantities.first { $0.range.lowerBound == position && $0.kind == kind }?.range
    }

    /// Whether the sentence names a person `name`.
    /// (both by index, each field read in place: a closure over the names themselves copies each one)
    func isPerson(_ name: String) -> Bool { entities.indices.contains { entities[$0].type == .person && entities[$0].name == name } }
    /// (a name the sentence does not hold, carried from before, is no place's)
    func isPlace(_ name: String) -> Bool { entities.indices.contains { entities[$0].type == .place && entities[$0].name == name } }
    func isProduct(_ name: String) -> Bool { entities.indices.contains { entities[$0].type == .product && entities[$0].name == name } }

    /// The English word before `position`, skipping spaces, articles and possessive names
    /// (`of Germany's Rheinwerk` → `of`).
    func englishWord(before position: Int) -> String {
        text.lowercasedASCIIText(englishWordRange(before: position))
    }

    /// The word at `range` as a ``WordKeys`` key, without building it: `nil` for a word that
    /// is not letters only or has more than 12, and for none.
    func wordKey(_ range: Range<Int>) -> UInt64? {
        range.isEmpty ? nil : WordKeys.key(ofLettersIn: text[range])
    }

    /// Where ``englishWord(before:)`` stands.
    func englishWordRange(before position: Int) -> Range<Int> {
        var end = position
        while true {
            while end > 0, text[end - 1] == " " { end -= 1 }
            let start = wordStart(endingAt: end)
            if isArticleOrPossessive(start..<end) { end = start; continue }
            if start == end, end > 0, let e = entities.first(where: { $0.range.upperBound == end }) { end = e.range.lowerBound; continue }
            return start..<end
        }
    }
}

/// The clauses and quantities of a sentence and its predicate triggers, looked for once, on
/// first use. A linker keeps one from sentence to sentence and refills it once the sentence
/// before holds it no more: its arrays are allocated once, not once a sentence.
///
/// Its properties are not checked for exclusive access at run time (the checks cost some
/// hundred instructions a sentence): no access to one is held across a call that could reach
/// it again, since ``start(_:facts:base:)`` and ``triggers`` lend them only to functions of
/// the text, the facts and the lexicon, which hold no reference to the buffers.
final class SentenceBuffers {
    private let predicates: PredicateLexicon
    @exclusivity(unchecked) private var text: [Unicode.Scalar] = []
    @exclusivity(unchecked) private(set) var clauses: [Range<Int>] = []
    @exclusivity(unchecked) private(set) var quantities: [(range: Range<Int>, kind: QuantityKind)] = []
    @exclusivity(unchecked) private var found: [(range: Range<Int>, trigger: PredicateLexicon.Meaning)] = []
    @exclusivity(unchecked) private var scanned = false

    init(predicates: PredicateLexicon) {
        self.predicates = predicates
    }

    /// Starts on the sentence `text`, which starts at `base` in the document: its clauses split,
    /// the quantities of `facts` read, its triggers not looked for yet.
    func start(_ text: [Unicode.Scalar], facts: [Fact], base: Int) {
        self.text = text
        scanned = false
        Clauses.split(text, into: &clauses)
        Self.readQuantities(of: facts, base: base, into: &quantities)
    }

    /// Each fact's span, relative to the sentence at `base`, and kind, into `quantities` (emptied first).
    private static func readQuantities(of facts: [Fact], base: Int, into quantities: inout [(range: Range<Int>, kind: QuantityKind)]) {
        quantities.empty()
        // (by index, each field read in place: a copy of a fact retains its strings)
        for k in facts.indices {
            let span = facts[k].quantity.span
            quantities.append(((span.lowerBound - base)..<(span.upperBound - base), facts[k].quantity.kind))
        }
    }

    var triggers: [(range: Range<Int>, trigger: PredicateLexicon.Meaning)] {
        if !scanned {
            predicates.occurrences(in: text, into: &found)
            scanned = true
        }
        return found
    }
}

/// Where a name stands and what it names: all the subject rules ask of a name. It holds no
/// strings, so a copy is free (a copy of an ``EntityRecognizer/Found`` retains its names).
struct NameSpan {
    let range: Range<Int>
    let type: EntityType
}

extension LinkSentence {
    /// Name `i`'s span, its fields read in place.
    func span(_ i: Int) -> NameSpan { NameSpan(range: entities[i].range, type: entities[i].type) }
}

extension EntityRecognizer.Found {
    /// The name's span, for a caller that holds the name itself.
    var span: NameSpan { NameSpan(range: range, type: type) }
}
