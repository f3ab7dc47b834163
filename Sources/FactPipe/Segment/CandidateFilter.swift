/// Decides cheaply whether a sentence can hold a quantity at all, so that the recognisers
/// (and the word segmentation they may ask for) run only where something can be found.
///
/// It errs on the side of passing: a sentence passes when it has an ASCII digit (after
/// folding), a character a Chinese numeral, date or phrase can be built from (一, 万, 两,
/// 年, 翻, 半, ...), or a Latin word that is an English number, scale, fraction, month or
/// `year`. Every recogniser entry point starts at one of these.
enum CandidateFilter {
    /// Han and CJK-symbol code points (U+3000...U+9FFF) that can start or make a quantity.
    private static let hanTriggers: [Bool] = {
        var table = [Bool](repeating: false, count: 0xA000 - 0x3000)
        for c in ChineseNumeralCharacter.all + ChineseNumeralCharacter.followingUnitCharacters { table[Int(c.value - 0x3000)] = true }
        // relative years (今年, 去年), 一半 and 半成, 翻番 and 翻倍, 打对折
        for c in "年半翻折".unicodeScalars { table[Int(c.value - 0x3000)] = true }
        return table
    }()

    /// English words that can start or make a quantity.
    private static let englishTriggers: WordKeys = {
        var words: [String] = []
        words += EnglishNumberWords.units.keys
        words += EnglishNumberWords.tens.keys
        words += EnglishNumberWords.scales.keys
        words += EnglishNumberWords.denominators.keys
        words += NumberScanner.pluralScales.keys
        words += DateRecognizer.months.keys
        words += ["hundred", "dozen", "dozens", "twice", "half", "year"]
        words += QuantityRecognizer.multiplyingVerbs.keys
        words += QuantityRecognizer.baseMultiplyingVerbs.keys
        // `a dollar`: the article is an amount before a currency word
        words += ["dollar", "dollars", "buck", "bucks", "euro", "euros", "pound", "pounds", "cent", "cents"]
        // hyphenated entries are found through their parts
        return WordKeys(words.flatMap { $0.isEmpty || $0.utf8.contains(UInt8(ascii: "-")) ? $0.split(separator: "-").map(String.init) : [$0] })
    }()

    /// Whether `text` (folded) may hold a quantity.
    static func mayHoldQuantity(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
        // an ASCII digit is enough, wherever it stands: one pass, before the words are read
        if holdsASCIIDigit(text) { return true }
        let han = hanTriggers
        let english = englishTriggers
        // (read through the values' buffer, every index below `end` as the loops test: the
        // slice's bounds checks cost as much as the tests of the letters)
        return text.withValues { values in
            var i = 0
            let end = values.count
            while i < end {
                let v = values[i]
                // (no ASCII digit stands here: `holdsASCIIDigit` has passed over the whole text)
                if v < 0x80 {
                    let lower = v | 0x20
                    if lower >= 97 && lower <= 122 {
                        var j = i + 1
                        var k = UInt64(lower - 96)
                        // (a code point that is a letter once lower-cased is ASCII: above 0x7F, `| 0x20` leaves it there)
                        while j < end, case let w = values[j] | 0x20, w >= 97 && w <= 122 {
                            k = k << 5 | UInt64(w - 96)
                            j += 1
                        }
                        if j - i <= 12 && english.contains(k) { return true }
                        i = j
                        continue
                    }
                } else if v >= 0x3000 && v < 0xA000 {
                    // (every numeral character, and every one that needs a unit after it, stands here)
                    if han[Int(v - 0x3000)] { return true }
                } else if NumberScanner.isVulgarFraction(value: v) {
                    return true
                }
                i += 1
            }
            return false
        }
    }

    /// Whether `text` holds one of `0`...`9`: arithmetic without a branch or an early exit
    /// (the top bit of `v - 48` or of `57 - v` is set outside the digits), which the compiler
    /// vectorises.
    private static func holdsASCIIDigit(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
        text.withValues { values in
            var found: UInt32 = 0
            for v in values { found |= ~((v &- 48) | (57 &- v)) >> 31 }
            return found != 0
        }
    }
}
