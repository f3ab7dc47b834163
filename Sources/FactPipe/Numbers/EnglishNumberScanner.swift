import FoundationEssentials

extension NumberScanner {
    /// A Latin word at `i` (letters, with inner hyphens: `twenty-two`), lower-cased.
    func word(at i: Int) -> (word: String, end: Int)? {
        guard let c = at(i), isLatinLetter(c), !(at(i - 1).map(isLatinLetter) ?? false) else { return nil }
        var j = i
        while let c = at(j) {
            if isLatinLetter(c) { j += 1; continue }
            if c == "-", let n = at(j + 1), isLatinLetter(n), j > i { j += 1; continue }
            break
        }
        // ASCII letters and hyphens only: written straight into the string's storage
        let word = String(unsafeUninitializedCapacity: j - i) { bytes in
            for k in i..<j { bytes[k - i] = UInt8(truncatingIfNeeded: FormTable<Bool>.lower(text[k]).value) }
            return j - i
        }
        return (word, j)
    }

    /// Where the next word after spaces (at most two) or a hyphen may start.
    private func nextWordStart(after end: Int) -> Int? {
        var j = end
        var spaces = 0
        while let c = at(j), isSpace(c), spaces < 2 { j += 1; spaces += 1 }
        return spaces > 0 || at(j - 1) == "-" ? j : nil
    }

    /// The next word after spaces (at most two), for reading multi-word numbers.
    func nextWord(after end: Int) -> (word: String, start: Int, end: Int)? {
        guard let j = nextWordStart(after: end), let w = word(at: j) else { return nil }
        return (w.word, j, w.end)
    }

    /// Where the Latin word at `i` ends when it is the word of `key` (``WordKeys/key(_:)``),
    /// read from its shape without building it.
    @inline(__always) func end(ofWord key: UInt64, at i: Int) -> Int? {
        guard let shape = wordShape(at: i), shape.key == key else { return nil }
        return shape.end
    }

    /// The word ``nextWord(after:)`` finds, without building it: where it stands and its key
    /// (`nil` for a hyphenated word or one of more than 12 letters).
    func nextWordShape(after end: Int) -> (start: Int, end: Int, key: UInt64?)? {
        guard let j = nextWordStart(after: end), let shape = wordShape(at: j) else { return nil }
        return (j, shape.end, shape.key)
    }

    /// Where the next token of a written-out number starts: after a run of spaces, a hyphen,
    /// or a hyphen between spaces (`fifty - two`).
    func numberTokenStart(after end: Int) -> Int? {
        var j = end
        while let c = at(j), isSpace(c), j - end < 4 { j += 1 }
        if at(j) == "-", j > end {
            var k = j + 1
            while let c = at(k), isSpace(c), k - j <= 4 { k += 1 }
            return k > j + 1 ? k : nil
        }
        if j > end { return j }
        return at(end - 1) == "-" ? end : nil
    }

    /// The next number word (or its start), as `numberTokenStart` finds it.
    func nextNumberWord(after end: Int) -> (word: String, start: Int, end: Int)? {
        guard let j = numberTokenStart(after: end), let w = word(at: j) else { return nil }
        return (w.word, j, w.end)
    }

    /// The next number word as `nextNumberWord` finds it, when it is hyphenated or one of
    /// `words` (the others are never built).
    func nextNumberWord(after end: Int, among words: WordKeys) -> (word: String, start: Int, end: Int)? {
        guard let span = nextNumberWordSpan(after: end, among: words), let w = word(at: span.start) else { return nil }
        return (w.word, span.start, w.end)
    }

    /// The word ``nextNumberWord(after:among:)`` finds, without building it.
    func nextNumberWordSpan(after end: Int, among words: WordKeys) -> WordSpan? {
        guard let j = numberTokenStart(after: end), let shape = wordShape(at: j) else { return nil }
        if let key = shape.key, !words.contains(key) { return nil }
        return WordSpan(start: j, end: shape.end, key: shape.key)
    }

    /// A plain integer of at most three digits at the next token: `4 thousand 3 hundred and 21`.
    func nextSmallInteger(after end: Int) -> (value: Int, start: Int, end: Int)? {
        guard let j = numberTokenStart(after: end), let n = arabicNumber(at: j), n.plain, n.digits <= 3,
              !(at(n.end).map { isLatinLetter($0) || isASCIIDigit($0) || $0 == "." || $0 == "," } ?? false) else { return nil }
        return (integerValue(j..<n.end), j, n.end)
    }

    static let pluralScales: WordTable<Decimal> = [
        "dozens": 12, "hundreds": 100, "thousands": 1_000, "millions": 1_000_000,
        "billions": 1_000_000_000, "trillions": Decimal(string: "1000000000000")!, "tens": 10,
    ]

    /// The words (without hyphens) a number can start with: cardinals, `a`/`an`, scales,
    /// plural scales (`billions of`) and the parts of a scale (`half a million`).
    static let firstWordList = Array(EnglishNumberWords.units.keys) + Array(EnglishNumberWords.tens.keys) + ["a", "an", "half", "quarter"]
        + EnglishNumberWords.wordScales.keys.filter { !$0.hasSuffix("s") } + Array(pluralScales.keys)

    /// The first parts of hyphenated words that start a number: `twenty-two`, `one-eighth`, `a-third`.
    static let hyphenatedFirstPartList = Array(EnglishNumberWords.units.keys) + Array(EnglishNumberWords.tens.keys) + ["a"]

    /// The words (without hyphens) that continue digits: `hundred`, scales, dozens, `and`
    /// (`3 and a half`), `point`.
    static let wordsAfterDigits = WordKeys(
        ["hundred", "hundreds", "and", "point"] + Array(EnglishNumberWords.dozens) + Array(EnglishNumberWords.wordScales.keys))

    /// Whether an English number may start at `i`: only one of `firstWordList` or a hyphenated
    /// word starting with a cardinal or `a` can, read from the word's shape without building it.
    @inline(__always) func mayStartEnglishNumber(at i: Int) -> Bool { Self.mayStartEnglishNumber(wordShape(at: i)) }

    /// ``mayStartEnglishNumber(at:)`` told from the word's shape, read already (its roles were
    /// looked up when the shapes were made).
    @inline(__always) static func mayStartEnglishNumber(_ shape: (end: Int, key: UInt64?, leadingKey: UInt64?, roles: WordRoles)?) -> Bool {
        guard let shape else { return false }
        return shape.roles.mayStartEnglishNumber(hasKey: shape.key != nil)
    }

    /// The words after `a`/`an` that the reader may take on with it (`a million`, `a dozen`,
    /// `a hundred`, `a third`): every number word, and every word a denominator starts with.
    private static let wordsAfterArticle = WordKeys(
        Array(EnglishNumberReader.wordList) + Array(EnglishNumberWords.denominators.keys) + Array(EnglishNumberWords.tens.keys))
    private static let articles = WordKeys(["a", "an"])

    /// Where `a`/`an` at `i` ends when it is an article alone, which ``englishNumber(at:)``
    /// reads as one only before a currency: no word that could go on with it follows. Read
    /// from the shapes, before the reader is set to work.
    func bareArticleEnd(at i: Int) -> Int? {
        guard let shape = wordShape(at: i), let key = shape.key, Self.articles.contains(key) else { return nil }
        guard let j = numberTokenStart(after: shape.end), let next = wordShape(at: j) else { return shape.end }
        guard let nextKey = next.key, !Self.wordsAfterArticle.contains(nextKey) else { return nil }
        return shape.end
    }

    /// Reads English number words at `i`: `seven billion`, `one hundred and five`,
    /// `a million`, `half a dozen`, `two point five`, and fractions (`two thirds`,
    /// `one-eighth`, `a third`, `three twenty-firsts`).
    func englishNumber(at i: Int) -> NumberCore? {
        let shape = wordShape(at: i)
        guard Self.mayStartEnglishNumber(shape), let shape else { return nil }
        // the first word is built only when it is hyphenated (no other starting word has no key):
        // the plural scales and the parts are letters only
        guard let key = shape.key else {
            if let first = word(at: i), let fraction = hyphenatedFraction(first.word, range: i..<first.end) { return fraction }
            var reader = EnglishNumberReader(scanner: self, start: i)
            return reader.read(from: WordSpan(start: i, end: shape.end, key: nil))
        }
        // billions of, hundreds of millions of: vague amounts of the magnitude named
        if let scale = Self.pluralScalesByKey[key] {
            var value = scale
            var end = shape.end
            if let of = nextWord(after: end), of.word == "of", let more = nextWord(after: of.end),
               let second = Self.pluralScales[more.word], DecimalMath.less(scale, second) {
                // (through `DecimalMath`: Foundation's operators cost thousands of instructions)
                value = DecimalMath.product(value, second); end = more.end
            }
            var core = NumberCore(range: i..<end, value: value)
            core.isEnglish = true; core.approx = .vague; core.trailingMultiplier = value
            return core
        }
        // half a million, a quarter million, three quarters billion
        if let part = leadingPart(key, at: i, end: shape.end) { return part }
        var reader = EnglishNumberReader(scanner: self, start: i)
        return reader.read(from: WordSpan(start: i, end: shape.end, key: key))
    }

    /// Continues digits with the number words after them: `4 thousand 3 hundred and 21`,
    /// `1.2 million`, `3 million and a half`.
    func englishNumber(continuing value: Decimal, range: Range<Int>) -> NumberCore? {
        // after digits only these words go on with the number (cardinals do not: `3 two`)
        guard let j = numberTokenStart(after: range.upperBound), let shape = wordShape(at: j), let key = shape.key,
              Self.wordsAfterDigits.contains(key) else { return nil }
        var reader = EnglishNumberReader(scanner: self, start: range.lowerBound)
        return reader.read(afterDigits: value, end: range.upperBound, first: WordSpan(start: j, end: shape.end, key: key))
    }

    /// `one-eighth`, `a-third`: a fraction written as one hyphenated word.
    private func hyphenatedFraction(_ word: String, range: Range<Int>) -> NumberCore? {
        guard word.utf8.contains(UInt8(ascii: "-")) else { return nil }
        guard let parts = EnglishNumberWords.hyphenHalves(word), let d = EnglishNumberWords.denominators[parts.second],
              let n = parts.first == "a" ? 1 : EnglishNumberWords.cardinal(parts.first) else { return nil }
        var core = NumberCore(range: range, value: DecimalMath.quotient(Decimal(n), Decimal(d)))
        core.isEnglish = true; core.isFraction = true
        return core
    }

    private static let pluralScalesByKey = WordKeyTable(pluralScales.map { ($0.key, $0.value) })
    /// The parts of a scale that open a number, by key, and their denominators.
    private static let leadingParts = WordKeyTable(["half", "quarter"].map { ($0, EnglishNumberWords.denominators[$0]!) })

    /// `half a million`, `quarter million`, `half a dozen`: a part of a scale, a count.
    private func leadingPart(_ key: UInt64, at i: Int, end: Int) -> NumberCore? {
        guard let d = Self.leadingParts[key], let scaled = scaleAfterPart(end) else { return nil }
        var core = NumberCore(range: i..<scaled.end, value: DecimalMath.quotient(scaled.scale, Decimal(d)))
        core.isEnglish = true
        core.trailingMultiplier = scaled.scale >= 1000 ? scaled.scale : nil
        return core
    }

    /// The scale after a fraction: `[of] [a] million`, `a dozen`.
    func scaleAfterPart(_ end: Int) -> (scale: Decimal, end: Int)? {
        var cursor = end
        if let of = nextWord(after: cursor), of.word == "of" { cursor = of.end }
        if let article = nextWord(after: cursor), article.word == "a" || article.word == "an" { cursor = article.end }
        guard let w = nextWord(after: cursor) else { return nil }
        if w.word == "dozen" { return (12, w.end) }
        guard let s = EnglishNumberWords.wordScales[w.word], s >= 1000 else { return nil }
        return (s, w.end)
    }

    /// The words (without hyphens) a denominator starts with: `fifths`, `twenty firsts`.
    static let denominatorWords = WordKeys(Array(EnglishNumberWords.denominators.keys) + Array(EnglishNumberWords.tens.keys))

    /// A fraction's denominator at the next word: `fifths`, `twenty-firsts`, `twenty firsts`.
    func denominator(after end: Int) -> (value: Int, plural: Bool, end: Int)? {
        guard let w = nextNumberWord(after: end, among: Self.denominatorWords) else { return nil }
        if let d = EnglishNumberWords.denominators[w.word] { return (d, w.word.hasSuffix("s"), w.end) }
        if let parts = EnglishNumberWords.hyphenHalves(w.word), let t = EnglishNumberWords.tens[parts.first],
           let u = EnglishNumberWords.ordinalUnits[parts.second] {
            return (t + u, parts.second.hasSuffix("s"), w.end)
        }
        if let t = EnglishNumberWords.tens[w.word], let next = nextWord(after: w.end),
           let u = EnglishNumberWords.ordinalUnits[next.word] {
            return (t + u, next.word.hasSuffix("s"), next.end)
        }
        return nil
    }
}

extension EnglishNumberReader {
    /// Words after which `a third`, `a fourth` count a place in a sequence and divide nothing:
    /// `for a fourth straight quarter`, `a third time`, `a fifth consecutive year`.
    static let sequenceWords: WordSet = ["straight", "consecutive", "successive", "time", "round", "term", "quarter",
                                         "year", "month", "week", "day", "season", "generation", "attempt", "party", "wave"]

    /// Words a fraction is followed by (`a third of`, `by a fifth in May`, `a third more`); before
    /// any other word, `a third` counts a place (`a third bidder dropped out`).
    static let fractionFollowers: WordSet = ["of", "in", "from", "to", "since", "last", "this", "over", "compared", "versus", "vs",
                                             "than", "and", "or", "on", "at", "as", "after", "before", "its", "their", "his", "her",
                                             "the", "a", "an", "by", "during", "for", "with", "while", "but", "more", "less", "fewer",
                                             "higher", "lower", "larger", "smaller", "bigger", "year", "between", "among", "per",
                                             // (`A fifth will go to the mine`, `a third said`: a fraction that acts)
                                             "will", "would", "could", "can", "may", "might", "should", "must", "is", "are", "was",
                                             "were", "be", "been", "has", "have", "had", "do", "does", "did", "said", "say", "says",
                                             "expect", "expects", "plan", "plans", "went", "goes", "go", "came", "come", "rose",
                                             "fell", "left", "remain", "remained", "voted", "work", "worked", "live", "lived", "now"]

    /// Whether the ordinal ending at `end` (not `quarter`, `half`) is followed by one of them, or
    /// by a word no fraction is followed by (not `a fifth year on year`, which rose by a fifth).
    static func countsInSequence(_ end: Int, _ scanner: NumberScanner) -> Bool {
        guard let next = scanner.nextWord(after: end), sequenceWords.contains(next.word) || !fractionFollowers.contains(next.word),
              let last = scanner.at(end - 1), let before = scanner.at(end - 2),
              last == "h" && before == "t" || last == "d" && before == "r" else { return false }
        return !(next.word == "year" && scanner.nextWord(after: next.end).map { $0.word == "on" || $0.word == "over" } ?? false)
    }
}

/// Reads one written-out English number word by word, the way it is spoken: groups under
/// a thousand (`seven hundred twenty-one`) closed by scales in descending order
/// (`thirty-one million two hundred fifty-six thousand`), `and`, `point`, mixed fractions.
struct EnglishNumberReader {
    private enum Last { case none, article, unit, teen, tens, hundred, scale, and, decimal, done }

    /// The words (without hyphens) `accept` may take or act on.
    static let words = WordKeys(wordList)
    static let wordList = Array(EnglishNumberWords.units.keys) + Array(EnglishNumberWords.tens.keys) + ["a", "an", "hundred", "hundreds", "and", "point"]
        + Array(EnglishNumberWords.dozens) + Array(EnglishNumberWords.wordScales.keys)

    let scanner: NumberScanner
    let start: Int
    // (the decimals made from integers through `DecimalMath`, not Foundation's literals: the
    // same decimals, without the literal's conversion at every number read)
    private var total = Decimal()
    private var current = Decimal()
    /// The part of `current` under a hundred, to know whether tens or units may follow.
    private var tail = 0
    /// The scales applied so far, to keep them descending.
    private var largestScale = Decimal()
    private var lastAppliedScale: Decimal? = nil
    private var last: Last = .none
    private var end: Int
    private var any = false
    private var isFraction = false
    /// The number so far is digits (`322 hundred`).
    private var fromDigits = false
    /// The number opened with digits (`26.4 billion`).
    private var openedWithDigits = false
    /// The reading before the group after the last scale started, to fall back to when
    /// that group turns out to belong to another number (`2 million and 3 million`).
    private var checkpoint: (total: Decimal, end: Int)? = nil
    private var valueBeforeAnd: Decimal? = nil
    /// The reading before a group joined by `and`, to give the group back when a
    /// hundred or scale shows it starts another number (`3 hundred and 2 hundred`).
    private var beforeAnd: (total: Decimal, current: Decimal, end: Int, last: Last)? = nil
    private var articleEnd: Int? = nil

    private static let one = DecimalMath.decimal(1), dozen = DecimalMath.decimal(12), hundred = DecimalMath.decimal(100)
    private static let thousand = DecimalMath.decimal(1000)

    init(scanner: NumberScanner, start: Int) {
        self.scanner = scanner
        self.start = start
        self.end = start
    }

    mutating func read(from first: WordSpan) -> NumberCore? {
        readWords(from: first)
        return finish()
    }

    /// `first`: the word after the digits.
    mutating func read(afterDigits value: Decimal, end digitsEnd: Int, first: WordSpan) -> NumberCore? {
        current = value; any = true; end = digitsEnd; last = .teen
        let before = end
        fromDigits = true; openedWithDigits = true
        readWords(from: first)
        guard end > before else { return nil }
        return finish()
    }

    /// Reads words (and the digits framed by them) until one does not continue the number.
    private mutating func readWords(from first: WordSpan) {
        var word = first
        var cursor = first.end
        for _ in 0..<24 {
            guard accept(word) else { break }
            cursor = word.end
            fromDigits = false
            if let n = scanner.nextSmallInteger(after: cursor), acceptsDigits(n.value, at: n) {
                current = DecimalMath.sum(current, DecimalMath.decimal(Int64(n.value))); tail += n.value; end = n.end; cursor = n.end
                last = n.value < 10 ? .unit : .teen
            }
            // a word the reader takes in no state ends the number here
            guard let next = scanner.nextNumberWordSpan(after: cursor, among: Self.words) else { break }
            word = next
        }
    }

    /// Digits inside words only where the words frame them: after `and`
    /// (`hundred and 21`) or before a scale (`thousand 3 hundred`).
    private func acceptsDigits(_ value: Int, at n: (value: Int, start: Int, end: Int)) -> Bool {
        switch last {
        case .and: return value < 100 && tail == 0
        case .scale:
            guard current.isZero, let w = scanner.nextWord(after: n.end) else { return false }
            return w.word == "hundred" || (EnglishNumberWords.wordScales[w.word].map { s in lastAppliedScale.map { DecimalMath.less(s, $0) } ?? true } ?? false)
        default: return false
        }
    }

    /// What a word is to the reader; the words of each role are kept apart (no cardinal is a
    /// scale or a dozen).
    private enum Role: Sendable { case cardinal(Int, tens: Bool), article, hundred(plural: Bool), and, point, dozen, scale(Decimal, plural: Bool) }

    /// The roles of the words without hyphens, read with one lookup of the word's key (a
    /// hyphenated word is a cardinal or nothing: ``EnglishNumberWords/cardinal(_:)`` reads it).
    private static let roles: WordKeyTable<Role> = {
        var roles: [(String, Role)] = []
        for (word, c) in EnglishNumberWords.units { roles.append((word, .cardinal(c, tens: false))) }
        for (word, c) in EnglishNumberWords.tens { roles.append((word, .cardinal(c, tens: true))) }
        for word in ["a", "an"] { roles.append((word, .article)) }
        for word in ["hundred", "hundreds"] { roles.append((word, .hundred(plural: word == "hundreds"))) }
        roles.append(("and", .and))
        roles.append(("point", .point))
        for word in EnglishNumberWords.dozens { roles.append((word, .dozen)) }
        for (word, s) in EnglishNumberWords.wordScales { roles.append((word, .scale(s, plural: word.hasSuffix("s")))) }
        return WordKeyTable(roles)
    }()

    /// (no word of the roles is hyphenated or longer than a key holds: a word without a key
    /// has none of them)
    private func role(of w: WordSpan) -> Role? {
        if let key = w.key { return Self.roles[key] }
        return scanner.word(at: w.start).flatMap { EnglishNumberWords.cardinal($0.word) }.map { .cardinal($0, tens: false) }
    }

    private mutating func accept(_ w: WordSpan) -> Bool {
        guard let role = role(of: w) else { return false }
        if case .cardinal(let c, let isTens) = role {
            let allowed: Bool
            switch last {
            case .none: allowed = true
            case .hundred, .and: allowed = tail == 0
            case .scale: allowed = current.isZero
            case .tens: allowed = c > 0 && c < 10
            default: allowed = false
            }
            guard allowed else { return false }
            current = DecimalMath.sum(current, DecimalMath.decimal(Int64(c))); tail += c
            last = isTens ? .tens : c < 10 ? .unit : .teen
            any = true; end = w.end
            return true
        }
        switch role {
        case .article:
            guard last == .none else { return false }
            last = .article; current = Self.one; articleEnd = w.end
            // `a million`, `a dozen`, `a third`: the article only counts with what follows
            return true
        case .hundred(let plural):
            guard [.none, .article, .unit, .teen, .tens].contains(last), DecimalMath.less(current, 100) || fromDigits, !plural || any else {
                return giveBackAndGroup()
            }
            if last == .none { return false }
            current = DecimalMath.product(current.isZero ? Self.one : current, Self.hundred); tail = 0
            last = .hundred; any = true; end = w.end
            return true
        case .and:
            guard any, [.hundred, .scale, .unit, .teen, .tens].contains(last) else { return false }
            return acceptAnd(after: w.end)
        case .point:
            guard any, [.unit, .teen, .tens, .hundred].contains(last) else { return false }
            return acceptDecimals(after: w.end)
        case .dozen:
            guard any || last == .article, last != .scale, last != .decimal else { return false }
            current = DecimalMath.product(current.isZero ? Self.one : current, Self.dozen); tail = 0
            last = .hundred; any = true; end = w.end
            return true
        case .scale(let s, let plural):
            guard any || last == .article || last == .none && !plural else { return false }
            // `billion dollars` after `several`: one of the scale
            if last == .none { current = Self.one; last = .article }
            return applyScale(s, end: w.end) || giveBackAndGroup()
        case .cardinal:
            return false
        }
    }

    private mutating func giveBackAndGroup() -> Bool {
        if let b = beforeAnd { total = b.total; current = b.current; end = b.end; last = b.last; beforeAnd = nil }
        return false
    }

    private mutating func applyScale(_ s: Decimal, end wordEnd: Int) -> Bool {
        if current.isZero && last != .article {
            // `three thousand millions`, `three lakh crore`: a scale of the whole so far
            guard DecimalMath.less(Decimal(), total), DecimalMath.less(largestScale, s) else { return false }
            total = DecimalMath.product(total, s)
        } else {
            if let previous = lastAppliedScale, !DecimalMath.less(s, previous) { return revertGroup() }
            total = DecimalMath.sum(total, DecimalMath.product(current, s))
        }
        current = Decimal(); tail = 0; beforeAnd = nil
        largestScale = DecimalMath.less(s, largestScale) ? largestScale : s
        lastAppliedScale = s
        last = .scale; any = true; end = wordEnd
        checkpoint = (total, end)
        return true
    }

    /// Gives back the group read since the last scale: it starts another number.
    private mutating func revertGroup() -> Bool {
        if let checkpoint { total = checkpoint.total; current = 0; tail = 0; end = checkpoint.end; last = .scale }
        return false
    }

    /// `and` joins a group (`hundred and five`) or a fraction (`one and a half`,
    /// `one million and a half`, `five and three quarters million`).
    private mutating func acceptAnd(after andEnd: Int) -> Bool {
        guard let next = scanner.nextNumberWord(after: andEnd) else {
            if last == .hundred || last == .scale, scanner.nextSmallInteger(after: andEnd) != nil {
                valueBeforeAnd = DecimalMath.sum(total, current); beforeAnd = (total, current, end, last); last = .and; return true
            }
            return false
        }
        var numerator: Int? = nil
        var numeratorEnd = next.end
        if next.word == "a" || next.word == "an" { numerator = 1 }
        else if let c = EnglishNumberWords.cardinal(next.word), c < 100 { numerator = c }
        if let n = numerator, let d = scanner.denominator(after: numeratorEnd), n < d.value {
            numeratorEnd = d.end
            let part = DecimalMath.quotient(Decimal(n), Decimal(d.value))
            if let s = scanner.nextWord(after: numeratorEnd), let scale = EnglishNumberWords.wordScales[s.word], scale >= 1000,
               lastAppliedScale.map({ scale < $0 }) ?? true {
                // five and a half million; one billion and a half million
                if last == .scale { total += part * scale; end = s.end; lastAppliedScale = scale; return false }
                current += part
                end = numeratorEnd
                _ = applyScale(scale, end: s.end)
                return false
            }
            if last == .scale, let s = lastAppliedScale {
                total += part * s        // one million and a half
            } else {
                current += part; isFraction = lastAppliedScale == nil; last = .done
            }
            end = numeratorEnd
            return false
        }
        guard last == .hundred || last == .scale, EnglishNumberWords.cardinal(next.word) != nil else { return false }
        valueBeforeAnd = DecimalMath.sum(total, current)
        beforeAnd = (total, current, end, last)
        last = .and
        return true
    }

    /// `two point five`, `nine point nought four`: decimals read digit by digit.
    private mutating func acceptDecimals(after pointEnd: Int) -> Bool {
        var digits = ""
        var cursor = pointEnd
        while let w = scanner.nextWord(after: cursor), let d = EnglishNumberWords.units[w.word], d < 10 {
            digits += String(d); cursor = w.end
        }
        guard !digits.isEmpty, let fraction = Decimal(string: "0." + digits) else { return false }
        current += fraction
        end = cursor; last = .decimal
        // only a scale may follow: two point two million
        if let s = scanner.nextWord(after: end), let scale = EnglishNumberWords.wordScales[s.word], scale >= 1000 {
            _ = applyScale(scale, end: s.end)
        }
        return false
    }

    private mutating func finish() -> NumberCore? {
        guard any || last == .article else { return nil }
        // a bare cardinal after a scale on digits starts the next phrase: `$26.4 billion three
        // months earlier` (after words it goes on, as ICU spells `fifty-three thousand five`)
        if openedWithDigits, checkpoint != nil, beforeAnd == nil, last == .unit || last == .teen || last == .tens,
           DecimalMath.less(current, Self.hundred) {
            _ = revertGroup()
        }
        // a fraction: two thirds, three twenty-firsts, one hundred and three quarters
        let numerator = DecimalMath.sum(total, current)
        var core = NumberCore(range: start..<end, value: numerator)
        core.isEnglish = true
        core.isFraction = isFraction
        core.trailingMultiplier = lastAppliedScale.flatMap { last == .scale && !DecimalMath.less($0, Self.thousand) ? $0 : nil }
        core.isSingleOne = lastAppliedScale == nil && last != .hundred && !isFraction && DecimalMath.equal(core.value, Self.one)
        if [.unit, .teen, .tens, .hundred, .article, .scale].contains(last),
           let d = scanner.denominator(after: last == .article ? articleEnd ?? end : end),
           d.plural ? DecimalMath.less(Self.one, numerator) : DecimalMath.equal(numerator, Self.one), last != .scale || d.plural,
           d.plural || !Self.countsInSequence(d.end, scanner) {
            core.range = start..<d.end
            if let whole = valueBeforeAnd, numerator - whole < Decimal(d.value) {
                core.value = whole + DecimalMath.quotient(numerator - whole, Decimal(d.value))   // one hundred and three quarters
            } else {
                core.value = DecimalMath.quotient(numerator, Decimal(d.value))
            }
            core.isFraction = true
            core.isSingleOne = false
            core.trailingMultiplier = nil
            // two thirds of a million, three quarters billion: a count
            if let scaled = scanner.scaleAfterPart(d.end) {
                core.value *= scaled.scale; core.range = start..<scaled.end
                core.isFraction = false; core.trailingMultiplier = scaled.scale
            }
        } else if last == .article {
            // `a dollar`: the article is an amount only before a currency
            core.range = start..<(articleEnd ?? end)
            core.isArticle = true
        }
        return core
    }
}
