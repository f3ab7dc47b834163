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
    /// The Latin word that ends just before `i` (one space between).
    func wordBefore(_ i: Int) -> (word: String, start: Int)? {
        var j = i
        guard let s = scanner.at(j - 1), isSpace(s) else { return nil }
        j -= 1
        while let s = scanner.at(j - 1), isSpace(s) { j -= 1 }
        let end = j
        while let c = scanner.at(j - 1), isLatinLetter(c) || c == "." && j == end { j -= 1 }
        guard j < end else { return nil }
        var word = ""
        for k in j..<end where text[k] != "." { word.unicodeScalars.append(FormTable<Bool>.lower(text[k])) }
        return (word, j)
    }

    func precededBy(_ words: Set<String>, at i: Int) -> Bool {
        if let p = scanner.at(i - 1), p == "#" { return true }
        if let w = wordBefore(i), words.contains(w.word) { return true }
        // No.1
        if scanner.at(i - 1) == ".", scanner.at(i - 2) == "o" || scanner.at(i - 2) == "O", scanner.at(i - 3) == "N" || scanner.at(i - 3) == "n" { return true }
        return false
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

    /// A word of the negative list (五角大楼, 一切, 统一) that holds the whole number.
    func notQuantityCovers(_ range: Range<Int>) -> Bool {
        for s in max(0, range.lowerBound - 4)...range.lowerBound {
            if let m = lexicons.notQuantities.longest(in: text, at: s, limit: text.count),
               m.end > range.lowerBound, m.end >= range.upperBound { return true }
        }
        return false
    }

    func currencyBefore(_ i: Int) -> (code: String, start: Int)? {
        var j = i
        if let s = scanner.at(j - 1), isSpace(s) { j -= 1 }
        guard let m = lexicons.currencyPrefixes.longest(in: text, endingAt: j, floor: 0),
              let code = m.payload.code(chinese: isChinese) else { return nil }
        return (code, m.start)
    }

    func qualifierBefore(_ i: Int) -> (approx: Approximation, start: Int)? {
        var j = i
        if let s = scanner.at(j - 1), isSpace(s) { j -= 1 }
        guard let m = lexicons.qualifiersBefore.longest(in: text, endingAt: j, floor: 0) else { return nil }
        // a Chinese qualifier sits right against the number; a Latin one is a whole word
        if j < i, let first = scanner.at(m.start), isHan(first) { return nil }
        if j == i, let first = scanner.at(m.start), isLatinLetter(first) { return nil }
        return (m.payload, m.start)
    }

    func qualifierAfter(_ end: Int, limit: Int) -> (approx: Approximation, end: Int)? {
        var j = end
        if let s = scanner.at(j), isSpace(s) { j += 1 }
        guard let m = lexicons.qualifiersAfter.longest(in: text, at: j, limit: limit) else { return nil }
        if j > end, let first = scanner.at(j), isHan(first) { return nil }
        return (m.payload, m.end)
    }

    func currencyAfter(_ end: Int, limit: Int) -> (code: String, end: Int)? {
        var j = end
        if let s = scanner.at(j), isSpace(s) { j += 1 }
        if let m = lexicons.currencySuffixes.longest(in: text, at: j, limit: limit), let code = m.payload.code(chinese: isChinese) { return (code, m.end) }
        // billions of dollars
        if let w = scanner.word(at: j), w.word == "of", let s = scanner.at(w.end), isSpace(s),
           let m = lexicons.currencySuffixes.longest(in: text, at: w.end + 1, limit: limit),
           scanner.at(w.end + 1).map(isLatinLetter) ?? false, let code = m.payload.code(chinese: isChinese) { return (code, m.end) }
        return nil
    }

    func unitAfter(_ end: Int, limit: Int, english: Bool) -> (entry: UnitEntry, form: String, start: Int, end: Int)? {
        var j = end
        if let s = scanner.at(j), isSpace(s) { j += 1 }
        guard let m = lexicons.units.longest(in: text, at: j, limit: limit) else { return nil }
        let first = text[j]
        if j > end, isHan(first) { return nil }
        // `x` only glued to the number (10x); Latin units need a space or a hyphen before
        if first == "x" || first == "X", j > end { return nil }
        return (m.payload, text.text(j..<m.end), j, m.end)
    }

    /// iOS 17, Llama 3, Windows 11: a number that names a version.
    func isVersionName(_ core: NumberCore) -> Bool {
        guard core.trailingMultiplier == nil, !core.isEnglish else { return false }
        let start = core.range.lowerBound
        guard let s = scanner.at(start - 1), isSpace(s) else { return false }
        var j = start - 1
        let end = j
        while let c = scanner.at(j - 1), isLatinLetter(c) || isASCIIDigit(c) { j -= 1 }
        guard j < end else { return false }
        let word = text[j..<end]
        guard word.contains(where: { $0.properties.isUppercase }) else { return false }
        let lowered = String(String.UnicodeScalarView(word.map(FormTable<Bool>.lower)))
        if lexicons.currencyPrefixes.longest(in: text, endingAt: end, floor: 0) != nil { return false }
        if DateRecognizer.months[lowered] != nil { return false }
        if ["about", "some", "over", "nearly", "almost", "around", "and", "or", "the", "to", "than"].contains(lowered) { return false }
        // sentence-initial capitals are ordinary words
        if j == 0 || (scanner.at(j - 1).map { $0 == "\n" } ?? false) { return word.count > 1 && word.dropFirst().contains(where: { $0.properties.isUppercase }) }
        return true
    }

    static let uncountedPlurals: Set<String> = ["people", "staff", "children", "personnel", "men", "women", "employees", "workers"]

    /// `2.5 million monthly active users` → `users`.
    func countedNoun(after end: Int, limit: Int) -> String? {
        let stop: Set<String> = ["of", "to", "in", "on", "at", "for", "from", "by", "with", "and", "or", "the",
                                 "a", "an", "than", "per", "that", "which", "is", "was", "were", "are", "as",
                                 "its", "this", "has", "had", "less", "plus", "across", "us", "news", "series",
                                 "since", "while", "when", "this", "his", "hers", "yes"]
        var cursor = end
        for _ in 0..<4 {
            guard let w = scanner.nextWord(after: cursor), w.start - cursor == 1 else { return nil }
            if stop.contains(w.word) || DateRecognizer.months[w.word] != nil { return nil }
            if Self.uncountedPlurals.contains(w.word) { return text.text(w.start..<w.end) }
            if w.word.count > 3, w.word.hasSuffix("s"), !w.word.hasSuffix("ss"), !w.word.contains("-") || Self.uncountedPlurals.contains(w.word) {
                return text.text(w.start..<w.end)
            }
            cursor = w.end
        }
        return nil
    }

    /// A money cue (投资, 估值, revenue, raised) earlier in the same clause.
    func moneyCueBefore(_ start: Int) -> Bool {
        var clauseStart = start
        while clauseStart > 0 {
            let c = text[clauseStart - 1]
            if c == "," || c == "，" || c == ";" || c == "；" || c == "。" || c == ":" || c == "：" || c == "(" || c == "（" { break }
            clauseStart -= 1
        }
        var i = clauseStart
        while i < start {
            if lexicons.moneyCues.longest(in: text, at: i, limit: start) != nil { return true }
            i += 1
        }
        return false
    }

    /// Quantities written without digits or numerals of the usual shape: 一半, half,
    /// twice, 翻番, 翻了两番.
    func phrases(claimed: inout [Range<Int>], existing: [SentenceQuantity]) -> [SentenceQuantity] {
        var found: [SentenceQuantity] = []
        func free(_ r: Range<Int>) -> Bool { !existing.contains { $0.quantity.span.overlaps(r) } && !found.contains { $0.quantity.span.overlaps(r) } }
        var i = 0
        while i < text.count {
            var match: (Range<Int>, QuantityKind, Decimal)? = nil
            if text[i] == "一", matchesBackward("一半", endingAt: i + 2) { match = (i..<i + 2, .fraction, Decimal(string: "0.5")!) }
            else if text[i] == "翻" {
                var j = i + 1
                if scanner.at(j) == "了" { j += 1 }
                if scanner.at(j) == "番" || scanner.at(j) == "倍" { match = (i..<j + 1, .multiple, 2) }
                else if let c = scanner.at(j), case .digit(let d) = ChineseNumeralCharacter.element(c) ?? .zero, scanner.at(j + 1) == "番" {
                    var v: Decimal = 1
                    for _ in 0..<d { v *= 2 }
                    match = (i..<j + 2, .multiple, v)
                }
            } else if let w = scanner.word(at: i) {
                if w.word == "twice" { match = (i..<w.end, .multiple, 2) }
                else if w.word == "half", let before = wordBefore(i).map(\.word) ?? Optional(""),
                        !["first", "second", "the", "a", "latter", "other", "one"].contains(before),
                        scanner.nextWord(after: w.end).map({ $0.word != "a" && $0.word != "an" }) ?? true {
                    match = (i..<w.end, .fraction, Decimal(string: "0.5")!)
                }
                if match == nil { i = w.end; continue }
            }
            if let (range, kind, value) = match, free(range) {
                var start = range.lowerBound
                var approx: Approximation? = nil
                if let q = qualifierBefore(start) { approx = q.approx; start = q.start }
                found.append(SentenceQuantity(quantity: Quantity(span: start..<range.upperBound, kind: kind, value: value, approx: approx)))
                i = range.upperBound
            } else {
                i += 1
            }
        }
        return found
    }
}
