import FoundationEssentials

extension NumberScanner {
    /// Latin letters glued right after digits (`7bn`, `500k`, `7th`).
    func wordGluedAfterDigits(at end: Int) -> (word: String, end: Int)? {
        guard let c = at(end), isLatinLetter(c) else { return nil }
        var j = end
        var word = ""
        while let c = at(j), isLatinLetter(c) { word.unicodeScalars.append(FormTable<Bool>.lower(c)); j += 1 }
        return (word, j)
    }
}

extension QuantityRecognizer {
    /// Where the Latin word that ends before `i` with white space between stands: ASCII
    /// letters and a final point.
    private func wordRangeBefore(_ i: Int) -> Range<Int>? {
        guard i > 0, i <= text.count else { return nil }
        // (read in place, each position checked once against the start)
        return text.withUnsafeBufferPointer { t in
            guard isSpace(t[i - 1]) else { return nil }
            var j = i - 1
            while j > 0, isSpace(t[j - 1]) { j -= 1 }
            let end = j
            if j > 0, t[j - 1] == "." { j -= 1 }
            while j > 0, isLatinLetter(t[j - 1]) { j -= 1 }
            return j < end ? j..<end : nil
        }
    }

    /// The Latin word that ends just before `i` (one space between).
    func wordBefore(_ i: Int) -> (word: String, start: Int)? {
        guard let range = wordRangeBefore(i) else { return nil }
        let (j, end) = (range.lowerBound, range.upperBound)
        // ASCII letters (and a final point, left out): written straight into the string's storage
        let word = String(unsafeUninitializedCapacity: end - j) { bytes in
            var n = 0
            for k in j..<end where text[k] != "." { bytes[n] = UInt8(truncatingIfNeeded: FormTable<Bool>.lower(text[k]).value); n += 1 }
            return n
        }
        return (word, j)
    }

    /// The key of the word ``wordBefore(_:)`` reads (`nil` past 12 letters) and where it
    /// starts, read from its shape without building it.
    func wordKeyBefore(_ i: Int) -> (key: UInt64?, start: Int)? {
        guard let j = wordRangeBefore(i)?.lowerBound else { return nil }
        // the letters from `j` are a run of their own: its shape's leading key is theirs
        return (scanner.wordShape(at: j)?.leadingKey, j)
    }

    /// Whether one of `words` (the key of the word before `i` given: ``wordKeyBefore(_:)``),
    /// `#` or `No.` stands before `i`.
    func precededBy(_ words: WordKeys, at i: Int, word key: UInt64?) -> Bool {
        if let p = scanner.at(i - 1), p == "#" { return true }
        if let key, words.contains(key) { return true }
        // No.1
        if scanner.at(i - 1) == ".", scanner.at(i - 2) == "o" || scanner.at(i - 2) == "O", scanner.at(i - 3) == "N" || scanner.at(i - 3) == "n" { return true }
        return false
    }

    func matchesForward(_ s: [Unicode.Scalar], at start: Int) -> Bool {
        s.indices.allSatisfy { scanner.at(start + $0) == s[$0] }
    }

    func matchesBackward(_ s: String, endingAt end: Int) -> Bool {
        guard end <= text.count else { return false }
        var j = end
        for c in s.unicodeScalars.reversed() {
            j -= 1
            guard j >= 0, text[j] == c else { return false }
        }
        return true
    }

    func matchesBackward(_ s: [Unicode.Scalar], endingAt end: Int) -> Bool {
        guard end <= text.count, end >= s.count else { return false }
        var j = end
        for c in s.reversed() {
            j -= 1
            guard text[j] == c else { return false }
        }
        return true
    }

    /// A word of the negative list (五角大楼, 一切, 统一, `tier 1`) that holds the whole number.
    func notQuantityCovers(_ range: Range<Int>) -> Bool {
        // a word that covers the number holds its first character (most figures start with a digit)
        let words = lexicons.notQuantities
        guard words.someFormHolds(text[range.lowerBound]) else { return false }
        // (a word starts only at a character some word starts with: the others are passed over without a lookup)
        // (such a word starts at most six code points before the number: `tier 1`)
        for s in max(0, range.lowerBound - 6)...range.lowerBound where words.someFormStarts(with: text[s]) {
            if let m = words.longest(in: text, at: s, limit: text.count),
               m.end > range.lowerBound, m.end >= range.upperBound { return true }
        }
        return false
    }

    func currencyBefore(_ i: Int) -> (code: String, start: Int)? {
        var j = i
        if let s = scanner.at(j - 1), isSpace(s) { j -= 1 }
        guard let m = lexicons.currencyPrefixes.longest(in: text, endingAt: j, floor: 0),
              let code = m.payload.code(chinese: isChinese) else { return nil }
        // `pen 7`, `try one`: an ISO code in lower case before a number is a word
        if j - m.start == 3, text[m.start..<j].allSatisfy({ $0.properties.isLowercase }) { return nil }
        return (code, m.start)
    }

    /// `MUSD 30`, `30 MEUR`: an ISO code behind `M`, millions of that currency.
    func millionsCode(at j: Int) -> (code: String, end: Int)? {
        guard j + 4 <= text.count, text[j] == "M", !(scanner.at(j - 1).map(isLatinLetter) ?? false),
              !(scanner.at(j + 4).map(isLatinLetter) ?? false) else { return nil }
        let code = String(String.UnicodeScalarView(text[(j + 1)..<(j + 4)]))
        guard code.unicodeScalars.allSatisfy({ $0.properties.isUppercase }), lexicons.currencyCodes.contains(code) else { return nil }
        return (code, j + 4)
    }

    func millionsCodeBefore(_ i: Int) -> (code: String, start: Int)? {
        var j = i
        if let s = scanner.at(j - 1), isSpace(s) { j -= 1 }
        guard j >= 4, let m = millionsCode(at: j - 4), m.end == j else { return nil }
        return (m.code, j - 4)
    }

    func millionsCodeAfter(_ end: Int, limit: Int) -> (code: String, end: Int)? {
        var j = end
        if let s = scanner.at(j), isSpace(s) { j += 1 }
        guard let m = millionsCode(at: j), m.end <= limit else { return nil }
        return m
    }

    func qualifierBefore(_ i: Int) -> (approx: Approximation, start: Int)? {
        var j = i
        if let s = scanner.at(j - 1), isSpace(s) { j -= 1 }
        guard let m = lexicons.qualifiersBefore.longest(in: text, endingAt: j, floor: 0) else {
            return j == i && overBeforeMultiplier(i) ? (.over, i - 1) : nil
        }
        // a Chinese qualifier sits right against the number; a Latin one is a whole word
        if j < i, let first = scanner.at(m.start), isHan(first) { return nil }
        if j == i, let first = scanner.at(m.start), isLatinLetter(first) { return nil }
        if let first = scanner.at(m.start), isLatinLetter(first), Self.particles.contains(where: { scanner.hasLetters($0, at: m.start) }),
           let verb = wordBefore(m.start)?.word,
           let particle = Self.particleVerbs[verb], scanner.hasLetters(particle, at: m.start),
           !(scanner.at(m.start + particle.utf8.count).map(isLatinLetter) ?? false) { return nil }
        return (m.payload, m.start)
    }

    /// The Chinese qualifier that opens the words, up to 16 code points, of what the share or
    /// ratio at `figure` is of, whose `的` stands right before it (`不到` of `不到OpenAI同类模型的1/10`):
    /// no figure, clause mark or other `的` between, and the qualifier a word of its own (not the
    /// `近` of `最近`); none for a figure that describes a noun after it (`高于政府制定的5.5%的目标`).
    func qualifierBeforeOwner(of figure: Range<Int>) -> Approximation? {
        let de = figure.lowerBound - 1
        guard scanner.at(de) == "的", scanner.at(figure.upperBound) != "的" else { return nil }
        var p = de
        while p > 0, de - p < 16 {
            let c = text[p - 1]
            guard isHan(c) || isLatinLetter(c) || c == " " || c == "-" || isASCIIDigit(c) && (scanner.at(p - 2).map { isLatinLetter($0) || $0 == "-" } ?? false),
                  c != "的", ChineseNumeralCharacter.element(c) == nil else { return nil }
            if p < de, let m = lexicons.qualifiersBefore.longest(in: text, endingAt: p, floor: 0), isHan(text[m.start]), isWordBoundary(m.start) {
                return m.payload
            }
            p -= 1
        }
        return nil
    }

    /// Verbs whose particle opens a qualifier: `up to` says where a figure went, not how far it
    /// may go (`the rate edged up to 4.5%`); `over` what was handed (`handed over 4,100 cars`).
    static let particleVerbs: [String: String] = {
        var verbs: [String: String] = [:]
        for verb in ["edged", "edge", "edges", "ticked", "tick", "ticks", "moved", "move", "moves", "went", "go", "goes", "gone",
                     "crept", "creep", "creeps", "inched", "inch", "inches", "rose", "rise", "rises", "risen", "climbed",
                     "jumped", "revised", "shot"] { verbs[verb] = "up" }
        for verb in ["handed", "hand", "hands", "handing", "took", "take", "takes", "taking", "turned", "turn", "turns",
                     "carried", "passed", "signed", "paid"] { verbs[verb] = "over" }
        return verbs
    }()
    /// The particles of ``particleVerbs``: the verb before a qualifier is looked up only when
    /// the qualifier opens with one.
    static let particles = Array(Set(particleVerbs.values))

    func qualifierAfter(_ end: Int, limit: Int) -> (approx: Approximation, end: Int)? {
        var j = end
        if let s = scanner.at(j), isSpace(s) { j += 1 }
        guard let m = lexicons.qualifiersAfter.longest(in: text, at: j, limit: limit) else { return nil }
        if j > end, let first = scanner.at(j), isHan(first) { return nil }
        return (m.payload, m.end)
    }

    /// The currency written after an amount that ends at `end`: its code (none for a word a
    /// family shares and no currency of its own has, `crowns`), where its form starts and ends,
    /// and its family.
    func currencyAfter(_ end: Int, limit: Int) -> (code: String?, start: Int, end: Int, family: CurrencyFamilyWord?)? {
        var j = end
        if let s = scanner.at(j), isSpace(s) { j += 1 }
        if let m = lexicons.currencySuffixes.longest(in: text, at: j, limit: limit), case let code = m.payload.code(chinese: isChinese),
           code != nil || m.payload.isSharedWord, !symbolStartsNextAmount(m.end, spaced: j > end), !isPieceCounter(j..<m.end),
           !modifiesPlaceOrShop(currencyEnd: m.end) {
            return (code, j, m.end, CurrencyFamilyWord(m.payload))
        }
        // billions of dollars
        if let ofEnd = scanner.end(ofWord: WordKey.of, at: j), let s = scanner.at(ofEnd), isSpace(s),
           let m = lexicons.currencySuffixes.longest(in: text, at: ofEnd + 1, limit: limit),
           scanner.at(ofEnd + 1).map(isLatinLetter) ?? false, case let code = m.payload.code(chinese: isChinese),
           code != nil || m.payload.isSharedWord { return (code, ofEnd + 1, m.end, CurrencyFamilyWord(m.payload)) }
        return nil
    }

    /// Nouns a currency's word names a place or a thing by, not a sum: `a euro zone government`,
    /// `five dollar stores`.
    private static let nounsCurrenciesModify: WordSet = ["zone", "zones", "area", "areas", "bloc", "store", "stores", "shop", "shops"]

    /// Whether the Latin word of a currency ending at `currencyEnd` modifies one of
    /// ``nounsCurrenciesModify`` (`euro zone`, `euro-zone`).
    private func modifiesPlaceOrShop(currencyEnd: Int) -> Bool {
        // (the first letter told first: a word is built only where one of the nouns may open)
        guard let last = scanner.at(currencyEnd - 1), isLatinLetter(last), let space = scanner.at(currencyEnd), space == " " || space == "-",
              let first = scanner.at(currencyEnd + 1), [0x7A, 0x61, 0x62, 0x73].contains(first.value | 0x20),
              let next = scanner.word(at: currencyEnd + 1) else { return false }
        return Self.nounsCurrenciesModify.contains(next.word)
    }

    /// 一块蛋糕, 2048块GPU: 块 before a noun counts pieces; money is 三块, 三块钱, 三块五.
    private func isPieceCounter(_ form: Range<Int>) -> Bool {
        guard form.count == 1, text[form.lowerBound] == "块", let next = scanner.at(form.upperBound) else { return false }
        if isLatinLetter(next) { return true }
        guard isHan(next) else { return false }
        return next != "钱" && ChineseNumeralCharacter.element(next) == nil
            && lexicons.qualifiersAfter.longest(in: text, at: form.upperBound, limit: text.count) == nil
    }

    private static let addressOpenings: [[Unicode.Scalar]] = ["http://", "https://", "www."].map { Array($0.unicodeScalars) }
    private static let half: [Unicode.Scalar] = ["一", "半"]
    /// 0.5, read once (a decimal read from a string costs some thousands of instructions)
    private static let oneHalf = Decimal(string: "0.5")!

    /// Whether a web address may open in the text: `://` or `www.` stands in every opening.
    /// One pass without an early exit, which the compiler vectorises (most sentences hold neither).
    func mayHoldAddress() -> Bool {
        text[...].withValues { v in
            guard v.count > 3 else { return false }
            // each test a 0 or 1, joined without branches
            @inline(__always) func bit(_ value: UInt32, _ scalar: Unicode.Scalar) -> UInt32 { value == scalar.value ? 1 : 0 }
            // two characters of each opening first, `:/` and `w.` (fewer tests a position; `.` and
            // `/` told in one, 0x2E and 0x2F, with `:.` and `w/` let through): the whole openings
            // are looked for only where one of those stands
            var pairs: UInt32 = 0
            for k in 1..<v.count { pairs |= (bit(v[k - 1], ":") | bit(v[k - 1], "w")) & bit(v[k] | 1, "/") }
            guard pairs != 0 else { return false }
            var found: UInt32 = 0
            for k in 3..<v.count {
                let scheme = bit(v[k - 2], ":") & bit(v[k - 1], "/") & bit(v[k], "/")
                let www = bit(v[k - 3], "w") & bit(v[k - 2], "w") & bit(v[k - 1], "w") & bit(v[k], ".")
                found |= scheme | www
            }
            return found != 0
        }
    }

    /// Web addresses: their digits (`%20`, `?q=30`) are not quantities.
    func addressRanges() -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var i = 0
        while i < text.count {
            guard text[i] == "h" || text[i] == "w", !(scanner.at(i - 1).map(isLatinLetter) ?? false),
                  Self.addressOpenings.contains(where: { matchesBackward($0, endingAt: i + $0.count) }) else { i += 1; continue }
            var j = i
            while j < text.count, !isSpace(text[j]), !isHan(text[j]), text[j] != "\"", text[j] != ">", text[j] != ")" { j += 1 }
            ranges.append(i..<j)
            i = j
        }
        return ranges
    }

    /// `10 $30`: a sign set apart from the number before it and against the number after it
    /// belongs to the one after.
    private func symbolStartsNextAmount(_ end: Int, spaced: Bool) -> Bool {
        guard spaced, let last = scanner.at(end - 1), !isLatinLetter(last), !isHan(last) else { return false }
        var k = end
        if let s = scanner.at(k), isSpace(s) { k += 1 }
        return scanner.at(k).map(isASCIIDigit) ?? false
    }

    func unitAfter(_ end: Int, limit: Int, english: Bool) -> (entry: UnitEntry, start: Int, end: Int)? {
        var j = end
        if let s = scanner.at(j), isSpace(s) { j += 1 }
        guard let m = lexicons.units.longest(in: text, at: j, limit: limit) else { return nil }
        let first = text[j]
        if j > end, isHan(first) { return nil }
        // `x` only glued to the number (10x); Latin units need a space or a hyphen before
        if first == "x" || first == "X", j > end { return nil }
        // `18pc` too, as the British press writes percent (`a Windows 11 PC` is a computer)
        if j > end, m.end == j + 2, first == "p" || first == "P", text[j + 1] == "c" || text[j + 1] == "C" { return nil }
        // `a 35-year-old founder`: an age, not a span of time
        if first == "-", scanner.at(m.end) == "-" { return nil }
        return (m.payload, j, m.end)
    }

    /// `两个半月`, `一个半小时`: where a unit of time starts after `个半` or `半`, if one does.
    func halfBeforeUnitOfTime(_ end: Int, limit: Int) -> Int? {
        let k = scanner.at(end) == "个" && scanner.at(end + 1) == "半" ? end + 2 : scanner.at(end) == "半" ? end + 1 : nil
        guard let k, let m = lexicons.units.longest(in: text, at: k, limit: limit), m.payload.kind == .duration else { return nil }
        return k
    }

    /// `三年半`, `两个月半`: the end of the half after a unit of time, if one follows (not the
    /// 半 of a word: `三年半导体`).
    func halfAfterUnitOfTime(_ end: Int, limit: Int) -> Int? {
        guard end < limit, scanner.at(end) == "半" else { return nil }
        guard let next = scanner.at(end + 1), isHan(next) else { return end + 1 }
        return "的内后里前时多以来".unicodeScalars.contains(next) ? end + 1 : nil
    }

    /// iOS 17, Llama 3, Windows 11: a number that names a version.
    /// `“618”大促`, `「11」号`: a number of two digits or more alone between quotation marks is a
    /// name (a numeral quoted as a word, `“一”和“五”`, stays a number).
    func isQuotedName(_ core: NumberCore, _ range: Range<Int>) -> Bool {
        guard core.trailingMultiplier == nil, range == core.range, range.count >= 2, text[range].allSatisfy(isASCIIDigit),
              let open = scanner.at(range.lowerBound - 1), let close = scanner.at(range.upperBound) else { return false }
        switch (open, close) {
        case ("“", "”"), ("「", "」"), ("『", "』"), ("\"", "\""), ("‘", "’"): return true
        default: return false
        }
    }

    /// `星衡-4`, `通义-2`: whole digits with no unit after a hyphen glued to a Han character
    /// number a name; a minus sign follows a copula, a preposition or a verb of change
    /// (`气温为-4`, `增长-4`), or carries a unit or a point (`增速-3.2%`).
    func isHanNameNumber(_ core: NumberCore, _ range: Range<Int>) -> Bool {
        guard core.trailingMultiplier == nil, range.lowerBound + 1 == core.range.lowerBound, range.upperBound == core.range.upperBound,
              text[range.lowerBound] == "-", let before = scanner.at(range.lowerBound - 1), isHan(before),
              !Self.beforeMinusSign.contains(before) else { return false }
        return text[core.range].allSatisfy(isASCIIDigit)
    }
    private static let beforeMinusSign = ScalarBitSet("为是至到达于比或和与及降跌涨升长增减低高零".unicodeScalars)

    /// Capitalised words a figure follows that name no version (`About 30`, `Over 5`).
    private static let wordsBeforeFigure: WordSet = ["about", "some", "over", "nearly", "almost", "around", "and", "or", "the", "to", "than"]

    func isVersionName(_ core: NumberCore) -> Bool {
        guard core.trailingMultiplier == nil, !core.isEnglish else { return false }
        return followsVersionWord(core.range.lowerBound)
    }

    /// `A350-1000`, `Boeing 787-9`: the digits after the hyphen at `hyphen` go on with a model's
    /// code, digits glued to letters or a version's number (not `$5-21 million`, `2020-21`).
    func continuesModelCode(before hyphen: Int) -> Bool {
        var j = hyphen
        while let c = scanner.at(j - 1), isASCIIDigit(c) { j -= 1 }
        if let c = scanner.at(j - 1), isLatinLetter(c) { return true }
        return followsVersionWord(j)
    }

    /// A capitalised word (not a month, a currency or a word a figure follows) one space before
    /// the digits at `start`: a product's, whose version they number.
    private func followsVersionWord(_ start: Int) -> Bool {
        guard let s = scanner.at(start - 1), isSpace(s) else { return false }
        var j = start - 1
        let end = j
        while let c = scanner.at(j - 1), isLatinLetter(c) || isASCIIDigit(c) { j -= 1 }
        guard j < end else { return false }
        let word = text[j..<end]
        // ASCII letters and digits: upper case is A to Z
        func isUppercase(_ c: Unicode.Scalar) -> Bool { c.value &- 65 < 26 }
        guard word.contains(where: isUppercase) else { return false }
        let lowered = text.lowercasedASCIIText(j..<end)
        if lexicons.currencyPrefixes.longest(in: text, endingAt: end, floor: 0) != nil { return false }
        if DateRecognizer.months[lowered] != nil { return false }
        if Self.wordsBeforeFigure.contains(lowered) { return false }
        // sentence-initial capitals are ordinary words
        if j == 0 || (scanner.at(j - 1).map { $0 == "\n" } ?? false) { return word.count > 1 && word.dropFirst().contains(where: isUppercase) }
        return true
    }

    static let uncountedPlurals = WordKeys(["people", "staff", "children", "personnel", "men", "women", "employees", "workers", "aircraft"])

    private static let wordsBeforeNoNoun = WordKeys([
        "of", "to", "in", "on", "at", "for", "from", "by", "with", "and", "or", "the",
        "a", "an", "than", "per", "that", "which", "is", "was", "were", "are", "as",
        "its", "this", "has", "had", "less", "plus", "across", "us", "news", "series",
        "since", "while", "when", "his", "hers", "yes",
    ])

    /// `tokens` of `42万亿tokens`: a word of three or more lower-case letters right after a
    /// Chinese figure (`5G`, `3nm`, `GWh` are no such word).
    func gluedLowercaseNoun(at k: Int, limit: Int) -> (word: String, end: Int)? {
        var j = k
        while j < limit, let c = scanner.at(j), c.value >= 97 && c.value <= 122 { j += 1 }
        guard j - k >= 3, !(scanner.at(j).map { isAlphanumeric($0) } ?? false) else { return nil }
        return (text.lowercasedASCIIText(k..<j), j)
    }

    /// `2.5 million monthly active users` → `users`.
    func countedNoun(after end: Int, limit: Int) -> String? {
        // `six of its 41 warehouses`: a part counts what its whole counts
        if let whole = wholeOfPart(after: end, limit: limit) { return countedNoun(after: whole, limit: limit) }
        var cursor = end
        // (a capitalised plural passed over, counted when no noun follows: `15 Boeing 787-9 Dreamliners`)
        var named: Range<Int>? = nil
        for _ in 0..<4 {
            // the word one space on, read from its shape: its key compared with the words' keys,
            // no string built (a word without a key, hyphenated or longer than 12 letters, is none
            // of them)
            guard scanner.at(cursor).map(isSpace) == true else { break }
            // `60 Airbus A350-1000 jets`: a maker's name and a model's code stand before the noun counted
            if let code = modelWordEnd(at: cursor + 1) {
                // (a capitalised plural is what is counted unless a model or a name goes on after it:
                // `9 million Americans lost`, not `60 Airbus A350-1000 jets`)
                if text[code - 1] == "s", isLatinLetter(text[cursor + 2]) {
                    guard scanner.at(code).map(isSpace) == true, modelWordEnd(at: code + 1) != nil else { return text.text((cursor + 1)..<code) }
                    named = (cursor + 1)..<code
                }
                cursor = code
                continue
            }
            guard let shape = scanner.wordShape(at: cursor + 1) else { break }
            let (start, wordEnd) = (cursor + 1, shape.end)
            if let key = shape.key {
                if Self.wordsBeforeNoNoun.contains(key) || DateRecognizer.monthsByKey[key] != nil { break }
                if Self.uncountedPlurals.contains(key) { return text.text(start..<wordEnd) }
            }
            if wordEnd - start > 3, text[wordEnd - 1] == "s" || text[wordEnd - 1] == "S", text[wordEnd - 2] != "s" && text[wordEnd - 2] != "S",
               shape.key != nil || !text[start..<wordEnd].contains("-") {
                // `the 4.5 million analysts had expected`: those who expected the figure, not what it counts
                return expectedBy(at: wordEnd) ? nil : text.text(start..<wordEnd)
            }
            cursor = wordEnd
        }
        return named.map { text.text($0) }
    }

    /// Where a word that names a maker or a model ends, if one starts at `k`: a capital and a
    /// lower-case letter or a digit (`Airbus`, `A350-1000`), or a digit and a hyphen or a letter
    /// (`787-9`); letters, digits and inner hyphens.
    private func modelWordEnd(at k: Int) -> Int? {
        guard let c = scanner.at(k), let next = scanner.at(k + 1) else { return nil }
        let capitalised = c.value &- 65 < 26 && (next.value &- 97 < 26 || isASCIIDigit(next))
        guard capitalised || isASCIIDigit(c) && (next == "-" || isLatinLetter(next) || isASCIIDigit(next)) else { return nil }
        var j = k + 1
        var coded = capitalised
        while let c = scanner.at(j), isAlphanumeric(c) || c == "-" && (scanner.at(j + 1).map(isAlphanumeric) ?? false) {
            if !isASCIIDigit(c) { coded = true }
            j += 1
        }
        // (digits alone are a number, not a model)
        return coded ? j : nil
    }

    /// Whether ` had expected`, ` were forecasting` follows a noun ending at `end`: the noun says who
    /// expected the figure before it (a passive, `workers were expected to`, counts them), also past
    /// who polled them (`the 150,000 economists polled by Reuters had expected`; `50 economists
    /// polled by Reuters` alone counts them).
    private func expectedBy(at end: Int) -> Bool {
        var k = end
        if let poll = Self.pollingPhrases.first(where: { matchesForward($0, at: end) }) {
            // the pollster: up to three words
            k = end + poll.count
            for _ in 0..<3 {
                while let c = scanner.at(k), isAlphanumeric(c) || c == "." || c == "&" { k += 1 }
                if Self.expectingPhrases.contains(where: { matchesForward($0, at: k) }) { break }
                guard scanner.at(k) == " " else { return false }
                k += 1
            }
        }
        return Self.expectingPhrases.contains { matchesForward($0, at: k) && !(scanner.at(k + $0.count).map(isLatinLetter) ?? false) }
    }

    private static let pollingPhrases: [[Unicode.Scalar]] = [" polled by ", " surveyed by "].map { Array($0.unicodeScalars) }

    private static let expectingPhrases: [[Unicode.Scalar]] = {
        let participles = ["expected", "forecast", "estimated", "predicted", "projected", "anticipated"]
        let progressives = ["expecting", "forecasting", "estimating", "predicting", "projecting", "anticipating"]
        let phrases = participles.flatMap { [" had \($0)", " have \($0)"] } + progressives.flatMap { [" were \($0)", " are \($0)"] }
        return phrases.map { Array($0.unicodeScalars) }
    }()

    /// Where the digits of the whole end after ` of its 41`, ` of the 12`, ` of their 300`.
    private func wholeOfPart(after end: Int, limit: Int) -> Int? {
        guard scanner.at(end) == " ", scanner.at(end + 1) == "o", scanner.at(end + 2) == "f", scanner.at(end + 3) == " " else { return nil }
        var k = end + 4
        guard let determiner = Self.determinersOfWhole.first(where: { matchesForward($0, at: k) }) else { return nil }
        k += determiner.count
        let digits = k
        while k < limit, let c = scanner.at(k), isASCIIDigit(c) || c == "," && k > digits { k += 1 }
        return k > digits ? k : nil
    }

    private static let determinersOfWhole: [[Unicode.Scalar]] = ["its ", "the ", "their ", "our "].map { Array($0.unicodeScalars) }

    /// A money cue (投资, 估值, revenue, raised) earlier in the same clause.
    func moneyCueBefore(_ start: Int) -> Bool {
        let cues = lexicons.moneyCues
        // each position of the clause is tested on its own: read back from the number to
        // the clause's start in one pass, the nearest cue first
        var i = start
        while i > 0 {
            i -= 1
            let c = text[i]
            if c == "," || c == "，" || c == ";" || c == "；" || c == "。" || c == ":" || c == "：" || c == "(" || c == "（" { break }
            // a cue starts only with a code point some cue starts with, and one that starts with
            // a letter not inside a Latin word: elsewhere `longest` finds none
            guard cues.someFormStarts(with: c), !(isLatinLetter(c) && i > 0 && isLatinLetter(text[i - 1])) else { continue }
            // a Chinese cue is a word of its own: not 费用 across 付费|用户
            if let m = cues.longest(in: text, at: i, limit: start),
               isHan(c) ? isWordBoundary(i) && isWordBoundary(m.end) : !modifiesCountedNoun(cueEnd: m.end) { return true }
        }
        return false
    }

    /// `800 million of the new money`, `half a billion of its funding`: the amount is a part
    /// of a sum of money named within three words after `of`.
    func moneyNounAfterOf(_ end: Int) -> Bool {
        guard let of = scanner.nextWord(after: end), of.word == "of" else { return false }
        var cursor = of.end
        for _ in 0..<3 {
            guard let w = scanner.nextWord(after: cursor) else { return false }
            if let m = lexicons.moneyCues.longest(in: text, at: w.start, limit: text.count),
               m.end == text.count || !isAlphanumeric(text[m.end]), !modifiesCountedNoun(cueEnd: m.end) { return true }
            cursor = w.end
        }
        return false
    }

    /// An English cue read as an adjective of a counted noun (`paid subscribers`, `sales
    /// staff`) says nothing of money.
    private func modifiesCountedNoun(cueEnd: Int) -> Bool {
        guard let next = scanner.nextWord(after: cueEnd), let trigger = lexicons.linking.predicates.trigger(forNoun: next.word) else { return false }
        return !trigger.fits(.money)
    }

    /// Quantities written without digits or numerals of the usual shape: 一半, half,
    /// twice, 翻番, 翻了两番.
    /// Shares written without a numeral of the usual shape: 打对折 (half price), 半成 (5 %).
    static let percentPhrases: [String: Decimal] = ["百分之百": 100, "对折": 50, "半折": 50, "半成": 5]
    /// The same as code points, matched where they stand without reading a string (none is
    /// the start of another: at most one matches at a position).
    private static let percentPhraseScalars: [(phrase: Scalars, value: Decimal)] =
        percentPhrases.map { (Array($0.key.unicodeScalars), $0.value) }.sorted { $0.phrase.lexicographicallyPrecedes($1.phrase) { $0.value < $1.value } }

    /// Verbs that say how many times something grew: `tripled` is a multiple of 3.
    static let multiplyingVerbs: [String: Decimal] = [
        "doubled": 2, "doubling": 2, "tripled": 3, "tripling": 3, "trebled": 3, "quadrupled": 4, "quadrupling": 4,
        "twofold": 2, "threefold": 3, "fourfold": 4, "fivefold": 5, "sixfold": 6, "sevenfold": 7, "eightfold": 8,
        "ninefold": 9, "tenfold": 10, "twentyfold": 20, "hundredfold": 100,
    ]
    /// The same verbs in their base form (`to double its revenue`, `more than triple`, `double
    /// the £98 million`): a multiple only where a verb or comparison reads, not `double-digit`.
    static let baseMultiplyingVerbs: [String: Decimal] = ["double": 2, "triple": 3, "treble": 3, "quadruple": 4]
    /// Words before a verb's base form: `to` and the modal verbs.
    static let infinitiveOrModal = ["to", "will", "would", "could", "may", "might", "can", "should", "must"]
    static let beforeBaseVerb = WordSet(infinitiveOrModal + ["nearly", "almost", "roughly"])
    /// `double down on`, `will double as a hotel`: no multiple.
    static let idiomAfterBaseVerb: WordSet = ["down", "as"]
    static let afterBaseVerb: WordSet = ["the", "its", "their", "his", "her", "in", "by", "from", "over", "this", "that", "last"]

    /// Whether `text` ends with a word that says how many times something grew (`sixfold`,
    /// `more than double`, `tripled`).
    static func isMultiplyingWord(_ text: String) -> Bool {
        let last = lastWord(text).lowercased()
        return multiplyingVerbs[last] != nil || baseMultiplyingVerbs[last] != nil
    }

    /// The last word of `text` between spaces or line ends (a wrapped line's: `nearly` /
    /// `double`), found from the end without splitting the rest.
    /// (over UTF-8 when every byte is ASCII: each code point is then a Character of its own but
    /// for `\r\n`, and the Characters' grapheme breaks cost thousands of instructions)
    private static func lastWord(_ text: String) -> Substring {
        let isASCII = text.utf8.allSatisfy { $0 < 0x80 }
        return text[isASCII ? lastWordRange(text.utf8, isSpace: { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D })
                            : lastWordRange(text, isSpace: { $0 == " " || $0.isNewline })]
    }

    private static func lastWordRange<View: BidirectionalCollection>(_ view: View, isSpace: (View.Element) -> Bool) -> Range<String.Index>
    where View.Index == String.Index {
        var end = view.endIndex
        while end > view.startIndex, isSpace(view[view.index(before: end)]) { end = view.index(before: end) }
        let start = view[..<end].lastIndex(where: isSpace).map(view.index(after:)) ?? view.startIndex
        return start..<end
    }

    /// Whether a multiple is a verb's base form alone (`double`, `triple`).
    static func isBaseMultiplyingVerb(_ text: String) -> Bool {
        baseMultiplyingVerbs[text.lowercased()] != nil
    }

    /// Whether a multiple ends with a verb's base form, `twice` or `times`, which also compare
    /// (`nearly double a year earlier`), not with a verb that says a change (`doubled`).
    static func isComparingWord(_ text: String) -> Bool {
        let last = lastWord(text).lowercased()
        return baseMultiplyingVerbs[last] != nil || last == "twice" || last == "times"
    }

    /// The words of English phrases (``phrases(into:)``), each letters only.
    static let aPercentagePoint = " a percentage point".scalarArray
    static let phraseWordList = Array(multiplyingVerbs.keys) + Array(baseMultiplyingVerbs.keys) + ["twice", "half"]

    /// Where a phrase may start: a Latin letter, or 一 (一半), 百/对/半 (percent phrases), 翻 (翻番).
    private static let phraseStarts = ScalarBitSet("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz一百对半翻".unicodeScalars)

    /// Appends to `results` the quantities phrases name without a number (一半, 翻番, `twice`,
    /// `doubled`), where no quantity of `results` stands. (Appended in place: an array of them
    /// returned was appended and released for every sentence, most holding none.)
    func phrases(into results: inout [SentenceQuantity]) {
        // every phrase opens with a word of them, or a Chinese character: most English sentences
        // hold neither, and are not read again (some 1,000 instructions a sentence)
        let holdsPhraseWord = scanner.holdsWord(.phraseWord)
        guard isChinese || holdsPhraseWord else { return }
        func free(_ r: Range<Int>) -> Bool { !results.contains { $0.quantity.span.overlaps(r) } }
        var i = 0
        while i < text.count {
            let c = text[i]
            guard Self.phraseStarts.contains(c) else { i += 1; continue }
            var match: (Range<Int>, QuantityKind, Decimal)? = nil
            var unit: String? = nil
            // (a letter told first: most positions asked in English text open a word)
            if isLatinLetter(c) {
                guard let shape = scanner.wordShape(at: i) else { i += 1; continue }
                guard shape.key != nil, shape.roles.contains(.phraseWord), let w = scanner.word(at: i) else {
                    i = scanner.pastSpace(shape.end, limit: text.count); continue
                }
                if w.word == "twice" { match = (i..<w.end, .multiple, 2) }
                else if let times = Self.multiplyingVerbs[w.word] { match = (i..<w.end, .multiple, times) }
                else if let times = Self.baseMultiplyingVerbs[w.word], scanner.at(w.end) != "-" {
                    let next = scanner.nextWord(after: w.end)?.word
                    if !(next.map(Self.idiomAfterBaseVerb.contains) ?? false),
                       qualifierBefore(i) != nil || wordBefore(i).map({ Self.beforeBaseVerb.contains($0.word) }) == true
                        || next.map(Self.afterBaseVerb.contains) ?? false {
                        match = (i..<w.end, .multiple, times)
                    }
                }
                else if w.word == "half", text.has(Self.aPercentagePoint, at: w.end) {
                    // `by half a percentage point`: a change of rate, not half of something
                    match = (i..<w.end + Self.aPercentagePoint.count, .percent, Self.oneHalf); unit = "pp"
                }
                else if w.word == "half", let before = wordBefore(i).map(\.word) ?? Optional(""),
                        !["first", "second", "the", "a", "latter", "other", "one"].contains(before),
                        scanner.nextWord(after: w.end).map({ $0.word != "a" && $0.word != "an" }) ?? true {
                    match = (i..<w.end, .fraction, Self.oneHalf)
                }
                if match == nil { i = w.end; continue }
            }
            else if text[i] == "一", matchesBackward(Self.half, endingAt: i + 2) { match = (i..<i + 2, .fraction, Self.oneHalf) }
            else if text[i] == "百" || text[i] == "对" || text[i] == "半", let p = Self.percentPhraseScalars.first(where: { text.has($0.phrase, at: i) }),
                    text[i] != "对" || scanner.at(i - 1) == "打" {
                // (对折 is half price only after 打)
                match = (i..<i + p.phrase.count, .percent, p.value); unit = "%"
            }
            else if text[i] == "翻" {
                var j = i + 1
                if scanner.at(j) == "了" { j += 1 }
                if scanner.at(j) == "番" || scanner.at(j) == "倍" { match = (i..<j + 1, .multiple, 2) }
                else if let c = scanner.at(j), case .digit(let d) = ChineseNumeralCharacter.element(c) ?? .zero, scanner.at(j + 1) == "番" {
                    var v: Decimal = 1
                    for _ in 0..<d { v *= 2 }
                    match = (i..<j + 2, .multiple, v)
                }
            }
            if let (range, kind, value) = match, free(range) {
                var start = range.lowerBound
                var approx: Approximation? = nil
                var end = range.upperBound
                if let q = qualifierBefore(start) { approx = q.approx; start = q.start }
                // 一半左右, 一半以上
                if let q = qualifierAfter(end, limit: text.count), isHan(text[end]) { approx = approx ?? q.approx; end = q.end }
                if approx == nil, kind != .number { approx = qualifierBeforeOwner(of: start..<end) }
                results.append(SentenceQuantity(quantity: Quantity(span: start..<end, kind: kind, value: value, unit: unit, approx: approx)))
                i = end
            } else {
                i += 1
            }
        }
    }
}
