/// The aliases of one lexicon field, separated by `|`.
enum AliasField {
    /// Calls `body` with each alias of `field`, in order: the field split at `|`, each part
    /// trimmed of white space, empty parts and `-` left out. A `|` splits only where it is
    /// a character of its own (as `split(separator: "|")` on the characters of the field).
    static func forEachAlias(in field: [Unicode.Scalar], _ body: (ArraySlice<Unicode.Scalar>) -> Void) {
        var start = 0
        for i in 0...field.count where i == field.count || (field[i] == "|" && standsAlone(i, in: field)) {
            let alias = field.trimmingWhitespace(start..<i)
            start = i + 1
            if alias.isEmpty || (alias.count == 1 && field[alias.lowerBound] == "-") { continue }
            body(field[alias])
        }
    }

    /// Whether the `|` at `i` is a character of its own, not joined to a code point next to
    /// it (a prepended mark before it, a combining mark after it).
    private static func standsAlone(_ i: Int, in field: [Unicode.Scalar]) -> Bool {
        let before = i > 0 ? field[i - 1] : nil, after = i + 1 < field.count ? field[i + 1] : nil
        if isPlain(before) && isPlain(after) { return true }
        let around = String(String.UnicodeScalarView(field[max(i - 1, 0)...min(i + 1, field.count - 1)]))
        return around.contains("|" as Character)
    }

    /// ASCII and CJK ideographs never join a neighbour into one character.
    @inline(__always) private static func isPlain(_ s: Unicode.Scalar?) -> Bool {
        guard let v = s?.value else { return true }
        return v < 0x80 || (v >= 0x3400 && v <= 0x9FFF)
    }
}
