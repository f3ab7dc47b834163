import FoundationEssentials

/// The English number words: cardinals, scales and the denominators of fractions.
enum EnglishNumberWords {
    static let units: WordTable<Int> = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
        "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
        "nineteen": 19, "nought": 0, "naught": 0,
    ]
    /// The ordinals that end compound denominators: twenty-first(s), thirty-fifth(s).
    static let ordinalUnits: WordTable<Int> = [
        "first": 1, "firsts": 1, "second": 2, "seconds": 2, "third": 3, "thirds": 3, "fourth": 4,
        "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
        "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
    ]
    /// Scales written as words after a number: `seven billion`, `three lakh crore`.
    static let wordScales: WordTable<Decimal> = [
        "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
        "trillion": Decimal(string: "1000000000000")!,
        "thousands": 1_000, "millions": 1_000_000, "billions": 1_000_000_000,
        "trillions": Decimal(string: "1000000000000")!,
        "lakh": 100_000, "lakhs": 100_000, "lac": 100_000, "lacs": 100_000, "lkh": 100_000, "lkhs": 100_000,
        "crore": 10_000_000, "crores": 10_000_000, "cr": 10_000_000, "krore": 10_000_000,
        "krores": 10_000_000, "koti": 10_000_000,
        "bln": 1_000_000_000, "tln": Decimal(string: "1000000000000")!,
    ]
    static let dozens: WordSet = ["dozen", "dozens", "doz", "dozs", "dz", "dzs"]
    static let tens: WordTable<Int> = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90,
    ]
    /// Scale words, also as the suffixes used after digits (`7bn`, `500k`, `1.2M`).
    static let scales: WordTable<Decimal> = [
        "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
        "trillion": Decimal(string: "1000000000000")!,
        "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000,
        "k": 1_000, "m": 1_000_000, "mn": 1_000_000, "mm": 1_000_000, "mil": 1_000_000,
        "b": 1_000_000_000, "bn": 1_000_000_000, "bln": 1_000_000_000,
        "t": Decimal(string: "1000000000000")!, "tn": Decimal(string: "1000000000000")!,
        "tln": Decimal(string: "1000000000000")!,
        "thousands": 1_000, "millions": 1_000_000, "billions": 1_000_000_000,
        "trillions": Decimal(string: "1000000000000")!, "hundreds": 100, "dozens": 12,
    ]
    /// Scale suffixes written straight after digits; case matters for `M` vs `m`? No:
    /// news uses both for millions.
    static let digitSuffixes: WordSet = ["k", "m", "mn", "mm", "b", "bn", "bln", "t", "tn"]
    static let denominators: WordTable<Int> = [
        "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
        "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
        "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
        "tenth": 10, "tenths": 10, "twelfth": 12, "twelfths": 12, "twentieth": 20,
        "twentieths": 20, "hundredth": 100, "hundredths": 100, "thousandth": 1000,
        "thousandths": 1000, "millionth": 1_000_000, "millionths": 1_000_000,
        "billionth": 1_000_000_000, "billionths": 1_000_000_000,
        "trillionth": 1_000_000_000_000, "trillionths": 1_000_000_000_000,
    ]

    static func cardinal(_ word: String) -> Int? {
        if let u = units[word] { return u }
        if let t = tens[word] { return t }
        // twenty-two written as one token
        guard word.utf8.contains(UInt8(ascii: "-")), let parts = hyphenHalves(word),
              let t = tens[parts.first], let u = units[parts.second], u < 10, u > 0 else { return nil }
        return t + u
    }

    /// The two parts of a hyphenated word (`twenty-two`, `one-eighth`): what
    /// `word.split(separator: "-")` gives when it gives two, nil otherwise. An ASCII word is
    /// split on its bytes, many times cheaper than splitting its characters.
    static func hyphenHalves(_ word: String) -> (first: String, second: String)? {
        let hyphen = UInt8(ascii: "-")
        let bytes = word.utf8
        guard bytes.allSatisfy({ $0 < 0x80 }) else {
            // (beyond ASCII a hyphen and the marks after it are one character)
            let parts = word.split(separator: "-")
            return parts.count == 2 ? (String(parts[0]), String(parts[1])) : nil
        }
        // as split omits empty parts, hyphens at either end and in runs part nothing
        guard let start = bytes.firstIndex(where: { $0 != hyphen }),
              let last = bytes.lastIndex(where: { $0 != hyphen }),
              let firstEnd = bytes[start...last].firstIndex(of: hyphen),
              let secondStart = bytes[firstEnd...last].firstIndex(where: { $0 != hyphen }),
              !bytes[secondStart...last].contains(hyphen) else { return nil }
        return (String(word[start..<firstEnd]), String(word[secondStart...last]))
    }
}
