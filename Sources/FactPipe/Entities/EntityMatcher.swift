/// Finds the known entities of one sentence: the longest lexicon alias at each position,
/// left to right, whose ends fall on ICU word boundaries in Chinese and are not glued to
/// other letters or digits in Latin script.
struct EntityMatcher {
    let lexicon: EntityLexicon
    let legalForms: LegalForms

    struct Match {
        var range: Range<Int>
        var entity: Int32
        /// The alias matched, where the match is its form alone (no suffix taken with it): the
        /// text of such a match is the alias's, case aside.
        var alias: Int32? = nil
    }

    /// `text` is the sentence's folded text; `isWordBoundary(i)` says whether ICU puts a word
    /// boundary before `text[i]`. The matches go in `result`, emptied first.
    func matches(in text: [Unicode.Scalar], isWordBoundary: (Int) -> Bool, into result: inout [Match]) {
        result.empty()
        var i = 0
        let n = text.count
        let starts = lexicon.firstAsWritten
        while i < n {
            // most positions start no alias: a scan passes over them, before the search's setup
            i = starts.firstPosition(in: text, from: i)
            guard i < n else { break }
            if i > 0, isAlphanumeric(text[i - 1]), isAlphanumeric(text[i]) {
                // no alias starts inside a word: the rest of a Latin one is passed over, where the scan
                // would stop at each letter some alias starts with (`iPhone`, `eBay`); figures, which
                // Chinese text holds more, one position at a time (the skip costs it more than it saves)
                i = isLatinLetter(text[i]) ? Self.alphanumericRunEnd(text, from: i + 1) : i + 1
                continue
            }
            var best: Match? = nil
            lexicon.forEachAliasIndex(in: text, from: i, limit: n) { end, alias in
                let entity = lexicon.aliases[Int(alias)].entity
                let type = lexicon.entities[Int(entity)].type
                if end < n, Self.isAdministrativeSuffix(text[end]), type == .place,
                   accepts(alias, in: text, i..<(end + 1), isWordBoundary: isWordBoundary) {
                    best = Match(range: i..<(end + 1), entity: entity)
                } else if type == .org, Self.groupFollows(text, end), isHan(text[end - 1]),
                          accepts(alias, in: text, i..<(end + 2), isWordBoundary: isWordBoundary) {
                    best = Match(range: i..<(end + 2), entity: entity)
                } else if type == .org, let suffix = legalSuffixLength(text, end),
                          accepts(alias, in: text, i..<end, isWordBoundary: isWordBoundary) {
                    best = Match(range: i..<(end + suffix), entity: entity)
                } else if accepts(alias, in: text, i..<end, isWordBoundary: isWordBoundary) {
                    best = Match(range: i..<end, entity: entity, alias: alias)
                }
            }
            if let best, !isOverlapped(best, in: text, isWordBoundary: isWordBoundary) {
                result.append(best)
                i = best.range.upperBound
            } else {
                i += 1
            }
        }
    }

    /// Where the run of letters and digits going on at `i` ends. (Inline: English text, where most
    /// words hold a letter some alias starts with, passes over a word's rest here.)
    @inline(__always) private static func alphanumericRunEnd(_ text: [Unicode.Scalar], from i: Int) -> Int {
        text.withUnsafeBufferPointer { t in
            var j = i
            while j < t.count {
                // (the letters, most of a run, in a tight loop first)
                while j < t.count, isLatinLetter(t[j]) { j += 1 }
                guard j < t.count, isASCIIDigit(t[j]) else { break }
                j += 1
            }
            return j
        }
    }

    /// `小米集团`, `欧莱雅集团`: a known organisation's Chinese name with the word for its group.
    @inline(__always) private static func groupFollows(_ text: [Unicode.Scalar], _ end: Int) -> Bool {
        end + 1 < text.count && text[end] == "集" && text[end + 1] == "团"
    }

    /// `Rolls-Royce Holdings plc`, `Heineken N.V.`: a known organisation's English name with its
    /// legal form; the length of ` plc` and the like after `end`, if one stands there.
    private func legalSuffixLength(_ text: [Unicode.Scalar], _ end: Int) -> Int? {
        guard end + 2 < text.count, text[end] == " ", isLatinLetter(text[end - 1]) || text[end - 1] == ".",
              let form = legalForms.form(in: text, at: end + 1) else { return nil }
        return 1 + form.length
    }

    /// `北京市`, `广东省`: a Chinese place's name with the word for its rank, one word for ICU.
    @inline(__always) private static func isAdministrativeSuffix(_ s: Unicode.Scalar) -> Bool { s == "市" || s == "省" }

    /// Whether a longer name starts at a later word of `match` and reaches past it (`the Gulf of
    /// Mexico`: not `the Gulf`, but `Gulf of Mexico`).
    @inline(__always) private func isOverlapped(_ match: Match, in text: [Unicode.Scalar], isWordBoundary: (Int) -> Bool) -> Bool {
        // (most matches are Han or one Latin word, where no later word starts: told inline, before
        // the call and the references it counts)
        guard isLatinLetter(text[match.range.lowerBound]), match.range.contains(where: { text[$0] == " " }) else { return false }
        return isOverlappedAtLaterWord(match, in: text, isWordBoundary: isWordBoundary)
    }

    private func isOverlappedAtLaterWord(_ match: Match, in text: [Unicode.Scalar], isWordBoundary: (Int) -> Bool) -> Bool {
        var j = match.range.lowerBound + 1
        while j < match.range.upperBound {
            defer { j += 1 }
            guard text[j - 1] == " " else { continue }
            var reachesPast = false
            lexicon.forEachAliasIndex(in: text, from: j, limit: text.count) { end, alias in
                if end > match.range.upperBound, end - j > match.range.count,
                   accepts(alias, in: text, j..<end, isWordBoundary: isWordBoundary) { reachesPast = true }
            }
            if reachesPast { return true }
        }
        return false
    }

    /// Whether the alias numbered `alias`, matched over `range`, is taken: its ends fall on word
    /// boundaries and its letter case agrees (the alias's forms read in place, not copied).
    private func accepts(_ alias: Int32, in text: [Unicode.Scalar], _ range: Range<Int>,
                         isWordBoundary: (Int) -> Bool) -> Bool {
        let first = text[range.lowerBound], last = text[range.upperBound - 1]
        if isHan(first), range.lowerBound > 0, isHan(text[range.lowerBound - 1]), !isWordBoundary(range.lowerBound) { return false }
        if isHan(last), range.upperBound < text.count, isHan(text[range.upperBound]), !isWordBoundary(range.upperBound),
           !(range.count >= 3 && Self.endsBeforeParticle(text, range.upperBound)) { return false }
        if !isHan(first), range.lowerBound > 0, isAlphanumeric(text[range.lowerBound - 1]) { return false }
        if !isHan(last), range.upperBound < text.count, isAlphanumeric(text[range.upperBound]) || text[range.upperBound] == "$" { return false }
        let k = Int(alias)
        return Self.caseAgrees(lexicon.aliases[k].form, text[range])
            || lexicon.aliases[k].otherCase.map { Self.caseAgrees($0, text[range]) } ?? false
    }

    /// `阿里云和百度智能云`, `周生生前三季度`: a function word or a date's first character after a
    /// name of three characters or more, where the dictionary joins them into another word.
    private static func endsBeforeParticle(_ text: [Unicode.Scalar], _ end: Int) -> Bool {
        ChineseOpeningNames.functionCharacters.contains(text[end]) || dateOpeners.contains(text[end])
    }
    private static let dateOpeners = ScalarBitSet("前今去明本上下第近".unicodeScalars)

    /// A capitalised alias needs a capital in the text (`Apple`, not `apple`); a short
    /// all-capital one (`AWS`, `AMD`) needs every capital. (Inline: the alias's form is then
    /// read in place, where a call takes a reference to the lexicon's scalars around it.)
    @inline(__always) private static func caseAgrees(_ form: ArraySlice<Unicode.Scalar>, _ written: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let firstLetter = form.firstIndex(where: isLatinLetter) else { return true }
        let offset = written.startIndex + (firstLetter - form.startIndex)
        if isUpper(form[firstLetter]) != isUpper(written[offset]) { return false }
        var letters = 0, capitals = 0
        for s in form where isLatinLetter(s) {
            letters += 1
            if isUpper(s) { capitals += 1 }
        }
        if letters >= 2, letters <= 5, capitals == letters {
            // (by offset: a zip of the slices takes a reference to each one's scalars)
            return (0..<min(form.count, written.count)).allSatisfy { k in
                let s = form[form.startIndex + k]
                return !isLatinLetter(s) || s == written[written.startIndex + k]
            }
        }
        return true
    }
}

@inline(__always) func isUpper(_ s: Unicode.Scalar) -> Bool { s.value >= 65 && s.value <= 90 }
@inline(__always) func isLower(_ s: Unicode.Scalar) -> Bool { s.value >= 97 && s.value <= 122 }
@inline(__always) func isAlphanumeric(_ s: Unicode.Scalar) -> Bool { isLatinLetter(s) || isASCIIDigit(s) }
