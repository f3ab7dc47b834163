/// Sentences and words of a paragraph, as ICU's break iterators give them: by ICU itself, or
/// by the fast paths that give its boundaries (`PlainSentenceBreaks`, `HanWordDictionary`).
final class Segmenter {
    /// ICU's iterators, cloned for the first text the fast paths leave to them: most texts
    /// need neither, and a short run then opens none of ICU's.
    private lazy var sentences = Self.cloned { try $0.sentences.clone() }
    private let plainSentences = PlainSentenceBreaks()
    private lazy var words = Self.cloned { try $0.words.clone() }
    private let shortTexts = RememberedWordBoundaries()
    /// (not checked for exclusive access at run time, a check at each division: only
    /// ``withWordBoundaries(of:_:)`` uses it, and its body never reaches it again)
    @exclusivity(unchecked) private var hanWords = HanWordDictionary()

    init() {}

    /// ICU's iterators, opened once per process and cloned by each segmenter: opening the
    /// sentence iterator builds its tables of abbreviations, some millions of instructions,
    /// while a clone shares them. (Shared by every thread: they are only ever cloned, never
    /// set to a text.)
    nonisolated(unsafe) private static let opened = Result {
        // `ss=standard` keeps `Mr.` and `U.S.` from ending an English sentence.
        (sentences: try BreakIterator(.sentence, locale: "en@ss=standard"), words: try BreakIterator(.word, locale: "zh"))
    }

    /// The clone `clone` makes of one of the opened iterators. ICU that can open or clone no
    /// iterator (its data missing: libicu is installed with it) leaves no text to segment: the
    /// program ends, saying why.
    private static func cloned(_ clone: ((sentences: BreakIterator, words: BreakIterator)) throws -> BreakIterator) -> BreakIterator {
        do { return try clone(opened.get()) } catch {
            fatalError("ICU could not open its break iterators (\(error)): is ICU's data (libicu) installed?")
        }
    }

    /// Sentence ranges (code points, relative to `text`), split also at the Chinese
    /// semicolon `；`, with opening quotes moved to the sentence they open, and overlong
    /// ones cut (``OverlongSentence``).
    func sentences(_ text: ArraySlice<Unicode.Scalar>) -> [Range<Int>] {
        var wrapped: [(position: Int, readsAs: Unicode.Scalar)] = []
        return sentences(text, wrappedLineEnds: &wrapped)
    }

    /// The sentences of `text`, as ``sentences(_:)`` gives them, and the line ends that wrap one
    /// onto the next line (``WrappedLines``), relative to `text`, with what each reads as, in
    /// `wrappedLineEnds` (a CR LF as one: its CR as the line end reads, its LF as nothing).
    func sentences(_ text: ArraySlice<Unicode.Scalar>, wrappedLineEnds: inout [(position: Int, readsAs: Unicode.Scalar)]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        let base = text.startIndex
        let boundaries = plainSentences.boundaries(of: text) ?? sentences.boundaries(of: text)
        result.reserveCapacity(boundaries.count)
        // (the next `；`, relative to `text`, found by passes sixteen code points a step)
        var semicolon = text.firstIndex(of: "；", from: base) - base
        for boundary in boundaries {
            var s = start
            while semicolon < boundary {
                result.append(s..<(semicolon + 1)); s = semicolon + 1
                semicolon = text.firstIndex(of: "；", from: base + s) - base
            }
            if s < boundary { result.append(s..<boundary) }
            start = boundary
        }
        // ICU ends a sentence after `Oct.` or `Inc.` even before `30, 2025`
        var merged: [Range<Int>] = []
        merged.reserveCapacity(result.count)
        // Each line end of a run of blank lines is a sentence of its own: the first code point
        // not white after a sentence's start is kept from the sentence before, and so is the
        // end of the last merged sentence's text before its white space (searched afresh at
        // each sentence, they made 1 MB of line ends take minutes).
        var notWhite = Int.min
        var lastTextEnd = 0
        for range in result {
            if notWhite < base + range.lowerBound {
                notWhite = text[(base + range.lowerBound)...].firstIndex(where: { !$0.isWhite }) ?? text.endIndex
            }
            if let last = merged.last, Self.gluedAcrossMark(text, base: base, last) {
                merged[merged.count - 1] = last.lowerBound..<range.upperBound
            } else if let last = merged.last, notWhite < text.endIndex,
                      Self.continues(text, base: base, last.lowerBound..<lastTextEnd, at: notWhite) {
                merged[merged.count - 1] = last.lowerBound..<range.upperBound
                // (`ended Sept.` / `30`: a line end after the abbreviation reads as a space)
                Self.noteLineEnds(text, in: (base + lastTextEnd)..<notWhite, base: base, into: &wrappedLineEnds)
            } else if let last = merged.last, let wrap = WrappedLines.reading(text, lineEndBefore: base + last.upperBound) {
                merged[merged.count - 1] = last.lowerBound..<range.upperBound
                Self.noteLineEnd(from: wrap.lineEnd, to: base + last.upperBound, readsAs: wrap.readsAs, base: base, into: &wrappedLineEnds)
            } else {
                merged.append(range)
                lastTextEnd = range.lowerBound
            }
            if notWhite < base + range.upperBound {
                var end = range.upperBound
                while text[base + end - 1].isWhite { end -= 1 }
                lastTextEnd = end
            }
        }
        result = merged
        // ICU attaches an opening quote after `。` to the sentence before it
        for k in result.indices.dropLast() {
            var end = result[k].upperBound
            while end > result[k].lowerBound + 1, Self.isOpeningQuote(text[base + end - 1]) { end -= 1 }
            if end < result[k].upperBound {
                result[k + 1] = end..<result[k + 1].upperBound
                result[k] = result[k].lowerBound..<end
            }
        }
        guard result.contains(where: { $0.count > OverlongSentence.limit }) else { return result }
        return result.flatMap { range in
            range.count > OverlongSentence.limit ? OverlongSentence.pieces(range, of: text, wordBoundaries: wordBoundaries) : [range]
        }
    }

    private static func isOpeningQuote(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "“", "「", "『", "‘", "(", "（": true
        default: false
        }
    }

    static let abbreviations: WordSet = [
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mr", "mrs", "ms", "dr", "no", "inc", "corp", "co", "ltd", "st", "vs", "approx", "est", "rs", "u.s", "u.k", "u.n", "e.u", "e.g", "i.e",
    ]
    /// Abbreviations a capitalised name usually follows (`Dr. Chen`, `the U.S. Department of
    /// Energy`): they end a sentence only before a word that usually opens one.
    static let precedesNames: WordSet = ["mr", "mrs", "ms", "dr", "u.s", "u.k", "u.n", "e.u"]
    static let sentenceOpeners: WordSet = [
        "the", "a", "an", "it", "its", "in", "on", "at", "for", "as", "by", "but", "and", "or", "so", "yet", "this", "that",
        "these", "those", "he", "she", "they", "we", "i", "his", "her", "their", "our", "there", "after", "before", "while",
        "when", "if", "since", "shares", "sales", "revenue",
    ]

    /// The line end in `white` (indices of `text`) as it reads inside a sentence: a space. Only a
    /// short run of white space, with one line end, is a wrapped line's (a blank line between
    /// them is not; and a long run of line ends, each a sentence of its own, is asked about at
    /// each: it is not read through).
    private static func noteLineEnds(_ text: ArraySlice<Unicode.Scalar>, in white: Range<Int>, base: Int,
                                     into wrappedLineEnds: inout [(position: Int, readsAs: Unicode.Scalar)]) {
        guard white.count <= 8, let first = white.first(where: { ParagraphSplitter.isLineEnd(text[$0]) }) else { return }
        let crlf = text[first] == "\r" && first + 1 < white.upperBound && text[first + 1] == "\n"
        let afterIt = crlf ? first + 2 : first + 1
        guard !white[afterIt...].contains(where: { ParagraphSplitter.isLineEnd(text[$0]) }) else { return }
        noteLineEnd(from: first, to: afterIt, readsAs: " ", base: base, into: &wrappedLineEnds)
    }

    /// How the line end from `lineEnd` up to `end` (indices of the text) reads inside a sentence:
    /// as `readsAs`, a CR LF's LF as nothing.
    private static func noteLineEnd(from lineEnd: Int, to end: Int, readsAs: Unicode.Scalar, base: Int,
                                    into wrappedLineEnds: inout [(position: Int, readsAs: Unicode.Scalar)]) {
        for k in lineEnd..<end { wrappedLineEnds.append((k - base, k == lineEnd ? readsAs : WrappedLines.nothing)) }
    }

    /// Whether the sentence ICU ended at `range`'s end goes on at `first` (the next word's
    /// first letter): after an abbreviation before a lower-case word or a number, and after
    /// one a name usually follows, or initials (`D.R. Horton`), before a word that does not
    /// usually open a sentence.
    private static func continues(_ text: ArraySlice<Unicode.Scalar>, base: Int, _ range: Range<Int>, at first: Int) -> Bool {
        // both an abbreviation and initials end with a point, after which only white space
        // may follow (most sentences, and every Chinese one, end otherwise)
        let floor = base + range.lowerBound
        var end = base + range.upperBound
        while end > floor, text[end - 1].isWhite { end -= 1 }
        guard end > floor, text[end - 1] == "." else { return false }
        if let abbreviation = abbreviation(endingWithPoint: text, floor..<end) {
            if text[first].properties.isLowercase || (text[first].value >= 48 && text[first].value <= 57) { return true }
            return precedesNames.contains(abbreviation) && !opensSentence(text, at: first)
        }
        return endsWithInitials(text, floor..<end) && isUpper(text[first]) && !opensSentence(text, at: first)
    }

    /// `D.R.`, `J.P.`, `W.`: capitals each followed by a point, after a space or an opening, at
    /// the end of `sentence` (indices of `text`).
    private static func endsWithInitials(_ text: ArraySlice<Unicode.Scalar>, _ sentence: Range<Int>) -> Bool {
        let floor = sentence.lowerBound, end = sentence.upperBound
        var k = end
        while k - 2 >= floor, text[k - 1] == ".", isUpper(text[k - 2]) { k -= 2 }
        return k < end && (k == floor || text[k - 1] == " " || text[k - 1] == "(")
    }

    private static func opensSentence(_ text: ArraySlice<Unicode.Scalar>, at start: Int) -> Bool {
        var end = start
        while end < text.endIndex, isLatinLetter(text[end]), end - start < 10 { end += 1 }
        return sentenceOpeners.contains(text[start..<end].lowercasedASCIIText())
    }

    /// `search?q=30`, `example.com/a.b`: a Latin `?`, `!` or `.` with no space after it
    /// stands inside a token (a web address, a file name), not at a sentence's end.
    private static func gluedAcrossMark(_ text: ArraySlice<Unicode.Scalar>, base: Int, _ range: Range<Int>) -> Bool {
        let end = base + range.upperBound
        guard end > base + range.lowerBound, end < text.endIndex, Self.isLatinStop(text[end - 1]) else { return false }
        let next = text[end]
        return next.isASCII && !next.properties.isWhitespace && next != "\"" && next != "'"
    }

    /// `?`, `!` or `.` (a switch: a string's scalars would be walked at every sentence).
    private static func isLatinStop(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "?", "!", ".": true
        default: false
        }
    }

    private static let longestAbbreviation = abbreviations.map { $0.unicodeScalars.count }.max() ?? 0
    /// The abbreviations without a point (most of them), packed (``WordKeys``): a word without
    /// a point is looked up without a string made for it.
    private static let abbreviationKeys = WordKeys(abbreviations.filter { !$0.contains(".") })

    /// A letter (any script) or `.`; ASCII without a property lookup.
    @inline(__always) private static func isLetterOrPoint(_ s: Unicode.Scalar) -> Bool {
        s.isASCII ? isLatinLetter(s) || s == "." : s.properties.isAlphabetic
    }

    /// The abbreviation (lower case, without its last point) `sentence` (indices of `text`,
    /// ending with a point) ends with, if any.
    private static func abbreviation(endingWithPoint text: ArraySlice<Unicode.Scalar>, _ sentence: Range<Int>) -> String? {
        let floor = sentence.lowerBound, end = sentence.upperBound
        // lower-casing never shortens a word: one longer than every abbreviation is none
        // (read once: a static is reached through its initialiser's check at each use)
        let longest = longestAbbreviation
        var start = end - 1
        while start > floor, end - 1 - start <= longest,
              Self.isLetterOrPoint(text[start - 1]) { start -= 1 }
        guard end - 1 - start <= longest else { return nil }
        let letters = text[start..<(end - 1)]
        // (most sentences end with a word of Latin letters alone that is none: told by its key,
        // read in the one walk that finds it holds no point and nothing beyond ASCII)
        if let key = WordKeys.key(ofLettersIn: letters), !abbreviationKeys.contains(key) { return nil }
        if letters.allSatisfy({ $0.isASCII }) {
            let word = String(unsafeUninitializedCapacity: letters.count) { bytes in
                for (k, s) in letters.enumerated() { bytes[k] = UInt8(s.value) | (s.value >= 65 && s.value <= 90 ? 0x20 : 0) }
                return letters.count
            }
            return abbreviations.contains(word) ? word : nil
        }
        var word = ""
        for s in letters { word.unicodeScalars.append(contentsOf: s.properties.lowercaseMapping.unicodeScalars) }
        return abbreviations.contains(word) ? word : nil
    }

    /// Word boundaries of `text` as a bitmap of `text.count + 1` entries.
    func wordBoundaries(_ text: ArraySlice<Unicode.Scalar>) -> [Bool] {
        withWordBoundaries(of: text) { map in map.map { $0 != 0 } }
    }

    /// Calls `body` with the word boundaries of `text`, one byte a position (`text.count + 1`,
    /// not 0 where a boundary stands), in a buffer lent for the call: no array is made for
    /// a text divided by the dictionary or remembered.
    func withWordBoundaries<R>(of text: ArraySlice<Unicode.Scalar>, _ body: (UnsafeRawBufferPointer) -> R) -> R {
        // (only what the dictionary cannot take is remembered: its division of a short run
        // costs less than a lookup in memory the processor's caches do not hold)
        if let result = hanWords.withBoundaries(of: text, body) { return result }
        if let bits = shortTexts.bits(of: text) {
            // (a remembered text is short: its bytes are on the stack)
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: text.count + 1) { map in
                for k in map.indices { map[k] = UInt8(truncatingIfNeeded: bits >> k & 1) }
                return body(UnsafeRawBufferPointer(map))
            }
        }
        let shortTexts = shortTexts
        return icuWordBoundaries(text).withUnsafeBytes { map in
            shortTexts.remember(text, map)
            return body(map)
        }
    }

    /// Word boundaries of `text` as ICU's iterator gives them, as a bitmap.
    func icuWordBoundaries(_ text: ArraySlice<Unicode.Scalar>) -> [Bool] {
        var map = [Bool](repeating: false, count: text.count + 1)
        map[0] = true
        for b in words.boundaries(of: text) where b <= text.count { map[b] = true }
        return map
    }
}
