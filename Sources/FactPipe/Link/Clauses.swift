/// Clauses of a sentence: the runs between commas, semicolons, colons and dashes (a dash
/// between spaces too, as an English dash folds: ` - `; a comma
/// between digits, as in `1,000`, separates nothing), and English clauses opened by
/// `while`, `whereas`, or `that` after a verb of saying (`Amazon said that AWS revenue grew …`).
enum Clauses {
    static let englishOpeners = ["while", "whereas"].map { Array(" \($0) ".unicodeScalars) }
    static let reported = Array(" that ".unicodeScalars)
    static let sayings = ["said", "says", "reported", "announced", "estimated", "expects", "added", "told", "noted"].map { Array(" \($0) ".unicodeScalars) }
    /// The letter each saying opens with, after its space.
    static let sayingInitials = ScalarBitSet(sayings.map { $0[1] })

    /// The clauses of `text`, into `result` (emptied first: a buffer kept from sentence to sentence).
    static func split(_ text: [Unicode.Scalar], into result: inout [Range<Int>]) {
        result.empty()
        var start = 0
        var i = 0
        while i < text.count {
            i = nextMayEndClause(text, from: i)
            guard i < text.count else { break }
            if isSeparator(text, i) {
                if i > start { result.append(start..<i) }
                start = i + 1
            } else if text[i] == " ", i > start, i + 1 < text.count,
                      // (the openers follow `w`, `that` follows `t`: only those that may stand are tried)
                      text[i + 1] == "w" ? englishOpeners.contains(where: { text.has($0, at: i) })
                        : text.has(reported, at: i) && (start..<i).contains(where: { k in opensSaying(text, at: k) }) {
                result.append(start..<i)
                start = i + 1
            }
            i += 1
        }
        if start < text.count { result.append(start..<text.count) }
    }

    /// Whether one of `sayings` stands at `k` (each opens with a space, then its initial).
    private static func opensSaying(_ text: [Unicode.Scalar], at k: Int) -> Bool {
        text[k] == " " && k + 1 < text.count && sayingInitials.contains(text[k + 1]) && sayings.contains { text.has($0, at: k) }
    }

    /// The first position from `i` that may end a clause or open an English one (a space before
    /// `wh` or `th`, as every opener and `that` start), or the text's end: most code points,
    /// letters, digits, Han and the other marks, are neither a separator nor a space before an
    /// opener, and a tight loop passes them over. Below `@` only `,`, `:`, `;` and `-` (between
    /// spaces) are separators, from there to `，` only `—`.
    private static func nextMayEndClause(_ text: [Unicode.Scalar], from i: Int) -> Int {
        // (a bit for each code point below `@` the scan stops at)
        let lowStops: UInt64 = 1 << 0x2C | 1 << 0x3A | 1 << 0x3B | 1 << 0x20 | 1 << 0x2D
        return text.withUnsafeBufferPointer { scalars in
            // (read through the buffer, without a bounds check at each code point: `k` stays
            // below the count, and so do `k + 1` and `k + 2` where they are read)
            var k = i
            while k < scalars.count {
                let v = scalars[k].value
                if v &- 0x40 < 0xFF0C - 0x40 {
                    if v == 0x2014 { return k }
                } else if v >= 0xFF0C || lowStops >> UInt64(v) & 1 != 0
                            && (v != 0x20 || k + 2 < scalars.count && scalars[k + 2] == "h" && (scalars[k + 1] == "w" || scalars[k + 1] == "t")) {
                    return k
                }
                k += 1
            }
            return k
        }
    }

    /// Whether `text[i]` stands between two ASCII digits (`1,100`, `10:30`): a group's or a time's
    /// mark, which ends no clause.
    @inline(__always) static func isBetweenDigits<Text: RandomAccessCollection<Unicode.Scalar>>(_ text: Text, _ i: Int) -> Bool where Text.Index == Int {
        i > text.startIndex && isASCIIDigit(text[i - 1]) && i + 1 < text.endIndex && isASCIIDigit(text[i + 1])
    }

    /// Whether `text[i]` ends a clause: `，`, `；`, `：`, `—`, or a Latin `,` or `:` not between digits.
    @inline(__always) static func isSeparator<Text: RandomAccessCollection<Unicode.Scalar>>(_ text: Text, _ i: Int) -> Bool where Text.Index == Int {
        // most code points are none of the marks below: below the full-width forms, only
        // `,`, `:`, `;` and `—` are
        let v = text[i].value
        if v < 0xFF0C, v != 0x2C, v != 0x3A, v != 0x3B, v != 0x2014, v != 0x2D { return false }
        let betweenDigits = isBetweenDigits(text, i)
        switch text[i] {
        case "，", "；", ";", "：", "—":
            return true
        case ",":
            return !betweenDigits && !isBeforeBase(text, i) && !isInListAfterOf(text, i)
        case ":":
            return !betweenDigits
        case "-":
            // (a dash between spaces, as the dash folds: `LONDON, Dec. 3, 2026 — Oil prices fell`; not `30-year`)
            return i > text.startIndex && text[i - 1] == " " && i + 1 < text.endIndex && text[i + 1] == " "
        default:
            return false
        }
    }

    /// `the Cambridge, Massachusetts-based company`: the comma at `i` between a place and the one it
    /// is in, before `-based`, separates nothing.
    static func isBeforeBase<Text: RandomAccessCollection<Unicode.Scalar>>(_ text: Text, _ i: Int) -> Bool where Text.Index == Int {
        var k = i + 2
        guard k < text.endIndex, text[i + 1] == " ", isUpper(text[k]) else { return false }
        while k < text.endIndex, isLatinLetter(text[k]) || text[k] == " " && k + 1 < text.endIndex && isUpper(text[k + 1]) { k += 1 }
        return k < text.endIndex && text[k] == "-" && text[k...].starts(with: "-based".unicodeScalars)
    }

    /// `lowered the risk of heart attack, stroke or death by 23%`: the comma at `i` between the
    /// items of a list of lower-case nouns right after `of` (each of one or two words), ended by
    /// `and` or `or`, separates nothing (`by the middle of the next decade, cars and trucks …`
    /// is no list: a determiner after `of` opens a phrase of its own).
    static func isInListAfterOf<Text: RandomAccessCollection<Unicode.Scalar>>(_ text: Text, _ i: Int) -> Bool where Text.Index == Int {
        guard i + 2 < text.endIndex, text[i + 1] == " ", isLower(text[i + 2]) else { return false }
        // after it: items (commas between them), then `and` or `or` before a word
        // (right after it, the last of three or more: `of A, B, or C`)
        var k = i + 2, items = 0, itemWords = 0, conjunctionFirst = false
        let (and, or) = (conjunctions[0], conjunctions[1])
        while true {
            let start = k
            while k < text.endIndex, isLower(text[k]) { k += 1 }
            guard k > start, k + 1 < text.endIndex, text[k] == " " || text[k] == "," else { return false }
            if isWord(text, start..<k, and) || isWord(text, start..<k, or) {
                guard text[k] == " ", isLower(text[k + 1]) else { return false }
                conjunctionFirst = itemWords == 0 && items == 0
                break
            }
            itemWords += 1
            guard itemWords <= 2 else { return false }
            if text[k] == "," {
                items += 1; itemWords = 0; k += 1
                guard items < 4, k + 1 < text.endIndex else { return false }
            }
            guard text[k] == " " else { return false }
            k += 1
        }
        // before it: items after `of`, none opened by a determiner
        k = i
        itemWords = 0
        var commas = 0
        let (of, determiners) = (Self.of, Self.determiners)
        for _ in 0..<8 {
            var start = k
            while start > text.startIndex, isLower(text[start - 1]) { start -= 1 }
            guard start < k, start - 1 > text.startIndex, text[start - 1] == " " else { return false }
            if isWord(text, start..<k, of) { return itemWords > 0 && (!conjunctionFirst || commas > 0) }
            if determiners.contains(where: { isWord(text, start..<k, $0) }) { return false }
            itemWords += 1
            guard itemWords <= 2 else { return false }
            k = start - 1
            if text[k - 1] == "," { k -= 1; itemWords = 0; commas += 1 }
        }
        return false
    }

    private static let determiners = ["the", "a", "an", "its", "their", "this", "that", "these", "those", "our", "his", "her"].map { Array($0.unicodeScalars) }
    private static let conjunctions = ["and", "or"].map { Array($0.unicodeScalars) }
    private static let of = Array("of".unicodeScalars)

    /// Whether `text[range]` is `word` (the lengths compared first: most words differ in length).
    @inline(__always) private static func isWord<Text: RandomAccessCollection<Unicode.Scalar>>(_ text: Text, _ range: Range<Int>, _ word: [Unicode.Scalar]) -> Bool where Text.Index == Int {
        range.count == word.count && word.indices.allSatisfy { text[range.lowerBound + $0] == word[$0] }
    }

    /// The clause holding position `i`.
    static func index(of i: Int, in clauses: [Range<Int>]) -> Int {
        clauses.lastIndex { $0.lowerBound <= i } ?? 0
    }
}
