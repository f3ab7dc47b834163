/// Clauses of a sentence: the runs between commas, semicolons, colons and dashes (a comma
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
            // (most code points, letters and Han, are neither a separator nor a space before an
            // opener: a tight loop passes them over)
            while i < text.count, !mayEndClause(text, at: i) { i += 1 }
            guard i < text.count else { break }
            if isSeparator(text, i) {
                if i > start { result.append(start..<i) }
                start = i + 1
            } else if text[i] == " ", i > start, i + 1 < text.count, text[i + 1] == "w" || text[i + 1] == "t",
                      englishOpeners.contains(where: { text.has($0, at: i) })
                        || text.has(reported, at: i) && (start..<i).contains(where: { k in opensSaying(text, at: k) }) {
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

    /// Whether `text[i]` may end a clause or open an English one (a space before `w` or `t`):
    /// `false` is sure. Between `;` and `，` only `—` is a separator.
    @inline(__always) private static func mayEndClause(_ text: [Unicode.Scalar], at i: Int) -> Bool {
        let v = text[i].value
        if v &- 0x3C < 0xFF0C - 0x3C { return v == 0x2014 }
        return v != 0x20 || i + 1 < text.count && (text[i + 1] == "w" || text[i + 1] == "t")
    }

    /// Whether `text[i]` ends a clause: `，`, `；`, `：`, `—`, or a Latin `,` or `:` not between digits.
    @inline(__always) static func isSeparator<Text: RandomAccessCollection<Unicode.Scalar>>(_ text: Text, _ i: Int) -> Bool where Text.Index == Int {
        // most code points are none of the marks below: below the full-width forms, only
        // `,`, `:`, `;` and `—` are
        let v = text[i].value
        if v < 0xFF0C, v != 0x2C, v != 0x3A, v != 0x3B, v != 0x2014 { return false }
        let betweenDigits = i > text.startIndex && isASCIIDigit(text[i - 1]) && i + 1 < text.endIndex && isASCIIDigit(text[i + 1])
        switch text[i] {
        case "，", "；", ";", "：", "—":
            return true
        case ",", ":":
            return !betweenDigits
        default:
            return false
        }
    }

    /// The clause holding position `i`.
    static func index(of i: Int, in clauses: [Range<Int>]) -> Int {
        clauses.lastIndex { $0.lowerBound <= i } ?? 0
    }
}
