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

    /// The next word after spaces (at most two), for reading multi-word numbers.
    func nextWord(after end: Int) -> (word: String, start: Int, end: Int)? {
        var j = end
        var spaces = 0
        while let c = at(j), isSpace(c), spaces < 2 { j += 1; spaces += 1 }
        guard spaces > 0 || (at(j - 1) == "-"), let w = word(at: j) else { return nil }
        return (w.word, j, w.end)
    }

    static let pluralScales: [String: Decimal] = [
        "dozens": 12, "hundreds": 100, "thousands": 1_000, "millions": 1_000_000,
        "billions": 1_000_000_000, "trillions": Decimal(string: "1000000000000")!, "tens": 10,
    ]

    /// Reads English number words at `i`: `seven billion`, `one hundred and five`,
    /// `a million`, `half a dozen`, `two point five`, and fractions (`two thirds`,
    /// `one-eighth`, `a third`).
    func englishNumber(at i: Int) -> NumberCore? {
        guard let first = word(at: i) else { return nil }
        // split hyphenated fraction forms: one-eighth
        if first.word.contains("-") {
            let parts = first.word.split(separator: "-").map(String.init)
            if parts.count == 2, EnglishNumberWords.denominators[parts[1]] != nil,
               EnglishNumberWords.cardinal(parts[0]) != nil || parts[0] == "a" {
                let n = Decimal(EnglishNumberWords.cardinal(parts[0]) ?? 1)
                let d = Decimal(EnglishNumberWords.denominators[parts[1]]!)
                var core = NumberCore(range: i..<first.end, value: n / d)
                core.isEnglish = true; core.isFraction = true
                return core
            }
        }
        // billions of, hundreds of millions of: vague amounts of the magnitude named
        if let scale = Self.pluralScales[first.word] {
            var value = scale
            var end = first.end
            if let of = nextWord(after: end), of.word == "of", let more = nextWord(after: of.end),
               let second = Self.pluralScales[more.word], second > scale {
                value *= second; end = more.end
            }
            var core = NumberCore(range: i..<end, value: value)
            core.isEnglish = true; core.approx = .vague; core.trailingMultiplier = value
            return core
        }
        var total: Decimal = 0
        var current: Decimal = 0
        var any = false
        var end = i
        var lastScale: Decimal? = nil
        var lastWasAnd = false
        var expectScaleAfterArticle = false
        var cursor = (word: first.word, start: i, end: first.end)
        var countWords = 0
        var lastWasTens = false
        var valueBeforeAnd: Decimal? = nil
        if first.word == "a" || first.word == "an", let next = nextWord(after: first.end),
           let d = EnglishNumberWords.denominators[next.word], !next.word.hasSuffix("s") {
            var core = NumberCore(range: i..<next.end, value: 1 / Decimal(d))
            core.isEnglish = true; core.isFraction = true
            return core
        }

        while true {
            let w = cursor.word
            if let c = EnglishNumberWords.cardinal(w) {
                if any && current != 0 && !lastWasAnd {
                    // "twenty two": tens then units
                    if !(lastWasTens && c < 10) { break }
                }
                lastWasTens = EnglishNumberWords.tens[w] != nil
                if expectScaleAfterArticle { break }
                current += Decimal(c)
                any = true; end = cursor.end; lastScale = nil
            } else if w == "hundred" {
                current = (current == 0 ? 1 : current) * 100
                lastWasTens = false
                any = true; end = cursor.end; lastScale = 100; expectScaleAfterArticle = false
            } else if let s = EnglishNumberWords.scales[w], w.count > 2, !w.hasSuffix("s") {
                total += (current == 0 ? 1 : current) * s
                current = 0
                any = true; end = cursor.end; lastScale = s; expectScaleAfterArticle = false
            } else if (w == "a" || w == "an") && !any {
                // `a million`, `a hundred`, `a dozen`
                expectScaleAfterArticle = true
                current = 1
            } else if w == "dozen" || w == "dozens" && any, any || expectScaleAfterArticle {
                current = (current == 0 ? 1 : current) * 12
                any = true; end = cursor.end; expectScaleAfterArticle = false; lastScale = 12
            } else if (w == "a" || w == "an"), lastWasAnd, let next = nextWord(after: cursor.end),
                      let d = EnglishNumberWords.denominators[next.word], !next.word.hasSuffix("s") {
                // one and a half
                var core = NumberCore(range: i..<next.end, value: total + current + 1 / Decimal(d))
                core.isEnglish = true; core.isFraction = true
                return core
            } else if w == "and", any, !lastWasAnd {
                lastWasAnd = true
                valueBeforeAnd = total + current
                guard let next = nextWord(after: cursor.end) else { break }
                cursor = next; countWords += 1
                continue
            } else if w == "point", any, let next = nextWord(after: cursor.end), let d = EnglishNumberWords.units[next.word], d < 10 {
                var digits = String(d)
                var last = next
                while let more = nextWord(after: last.end), let m = EnglishNumberWords.units[more.word], m < 10 {
                    digits += String(m); last = more
                }
                current += Decimal(string: "0." + digits)!
                end = last.end
                break
            } else {
                break
            }
            lastWasAnd = false
            guard let next = nextWord(after: cursor.end) else { break }
            cursor = next; countWords += 1
            if countWords > 12 { break }
        }
        guard any else { return nil }
        var core = NumberCore(range: i..<end, value: total + current)
        core.isEnglish = true
        core.trailingMultiplier = lastScale.flatMap { $0 >= 1000 ? $0 : nil }
        core.isSingleOne = (total + current) == 1 && lastScale == nil
        // a fraction: `two thirds`, `a third`, `three quarters`
        if let next = nextWord(after: end), let d = EnglishNumberWords.denominators[next.word], next.word != "half" || total + current == 1 {
            let numerator = total + current
            if numerator < 100 || next.word.hasSuffix("s") {
                core.range = i..<next.end
                if let whole = valueBeforeAnd, numerator - whole < Decimal(d) * 100 {
                    // mixed number: one hundred and three quarters = 100 + 3/4
                    core.value = whole + (numerator - whole) / Decimal(d)
                } else {
                    core.value = numerator / Decimal(d)
                }
                core.isFraction = true
                core.isSingleOne = false
                core.trailingMultiplier = nil
            }
        }
        return core
    }
}
