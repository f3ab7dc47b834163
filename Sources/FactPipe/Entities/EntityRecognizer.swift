/// Finds every entity of a sentence, known or not, and links forms the document used before.
struct EntityRecognizer {
    let rules: NameRules
    /// Made once with the recogniser: one made per sentence copies the lexicon each time.
    private let matcher: EntityMatcher
    var lexicon: EntityLexicon { matcher.lexicon }

    init(lexicon: EntityLexicon, rules: NameRules) {
        self.rules = rules
        matcher = EntityMatcher(lexicon: lexicon, legalForms: rules.legalForms)
    }

    /// A name in a sentence; `range` is relative to the sentence.
    struct Found {
        var range: Range<Int>
        var name: String
        var type: EntityType
        var known: Bool
        var owner: String? = nil
    }

    /// Memory the recogniser reuses from one sentence to the next: what it finds on the way to
    /// a sentence's names goes in arrays allocated once, not once a sentence.
    struct Scratch {
        fileprivate var matches: [EntityMatcher.Match] = []
        fileprivate var candidates: [UnknownNameFinder.Candidate] = []
        fileprivate var finder = UnknownNameFinder.Scratch()
    }

    /// `folded` is the sentence's folded text, `original` the same code points as written.
    /// `holdsHan`: whether a Han character stands in `folded`. `scratch`: the recogniser's
    /// memory, kept from one sentence to the next.
    func find(folded: [Unicode.Scalar], original: ArraySlice<Unicode.Scalar>, names: inout DocumentNames,
              holdsHan: Bool, isWordBoundary: (Int) -> Bool, scratch: inout Scratch) -> [Found] {
        var found: [Found] = []
        let entities = lexicon.entities
        matcher.matches(in: folded, isWordBoundary: isWordBoundary, into: &scratch.matches)
        let matches = scratch.matches
        // room at once for the names known and a few more: grown from one, the array is
        // allocated anew at each doubling
        if !matches.isEmpty { found.reserveCapacity(matches.count + 3) }
        for match in matches {
            // (the entity's fields read in place: a copy of it counts references to its strings)
            let e = Int(match.entity), type = entities[e].type
            // `Palo Alto shares rose` after `Palo Alto Networks`: the company, not the city
            if type == .place, let company = names.organisation(openingWith: folded[match.range]) {
                found.append(Found(range: match.range, name: company.name, type: .org, known: company.known))
                continue
            }
            found.append(Found(range: match.range, name: entities[e].name, type: type, known: true, owner: entities[e].owner))
            let leadingWord = type == .org ? Self.leadingWord(of: match.range, in: folded) : nil
            // an alias matched as it stands (with its leading word or without) adds the same forms
            // as the first time, which are recorded by then
            if let alias = match.alias, !names.isFirstMatch(ofAlias: alias, withLeadingWord: leadingWord != nil) { continue }
            let entry = DocumentNames.Entry(name: entities[e].name, type: type, known: true)
            names.add(folded[match.range], entry)
            if let leadingWord { names.add(folded[leadingWord], entry) }
        }
        // without a Han character no Chinese name can stand here
        if holdsHan { nameInstitutionsByPlace(&found, in: folded, original: original, names: &names, isWordBoundary: isWordBoundary) }
        UnknownNameFinder(rules: rules).find(in: folded, taken: .init(found: found), holdsHan: holdsHan, isWordBoundary: isWordBoundary,
                                             into: &scratch.candidates, scratch: &scratch.finder)
        let unknown = scratch.candidates
        // (by index, each field read in place: a copy of a candidate counts a reference to its name)
        for c in unknown.indices {
            var range = unknown[c].range
            // `London Metal Exchange`: a known place that opens an organisation's name is part of it
            if unknown[c].endsWithOrganisationWord, range.lowerBound > 1, folded[range.lowerBound - 1] == " ",
               let place = found.firstIndex(where: { $0.type == .place && $0.range.upperBound + 1 == range.lowerBound }),
               isLatinLetter(folded[found[place].range.lowerBound]) {
                range = found[place].range.lowerBound..<range.upperBound
                found.remove(at: place)
            }
            // `Pacific Ridge` after `Pacific Ridge Power`: a word the finder leaves off (the adjective
            // of a place) goes on a form the document has named
            if let opening = Self.capitalisedWordBefore(range.lowerBound, in: folded), names.entry(for: folded[opening..<range.upperBound]) != nil {
                range = opening..<range.upperBound
            }
            // (looked up by the form's code points: its key is made only for a record)
            if let entry = names.entry(for: folded[range]) {
                found.append(mention(of: entry, at: range, in: folded))
                continue
            }
            if unknown[c].needsConfirmation { continue }
            // an organisation whose short form the document has named already: `Ridgeline Motors Co.`
            // after a headline's `Ridgeline Motors`, `远帆海运控股股份有限公司` after `远帆海运`, keep the
            // short name; `Andes Crest Mining` after `Andes Crest` is named in full, and so is the short
            // form from here on
            var renamesShortForm = false
            if unknown[c].type == .org, let short = unknown[c].shortForm, let entry = names.entry(for: folded[short]),
               entry.type == .org, !entry.known {
                if unknown[c].endsWithKeptLegalForm || isHan(folded[range.lowerBound]) {
                    found.append(Found(range: range, name: entry.name, type: entry.type, known: false))
                    continue
                }
                renamesShortForm = unknown[c].endsWithOrganisationWord
            }
            let entry = DocumentNames.Entry(name: unknown[c].name ?? written(original, range, folded: folded), type: unknown[c].type, known: false)
            names.add(folded[range], entry)
            if let short = unknown[c].shortForm, short.count >= 2 {
                if renamesShortForm { names.rename(folded[short], entry) } else { names.add(folded[short], entry) }
            }
            if let first = unknown[c].firstWord { names.add(folded[first], entry) }
            found.append(Found(range: range, name: entry.name, type: unknown[c].type, known: false))
        }
        if holdsHan, !names.chineseForms.isEmpty { addLaterChineseMentions(to: &found, in: folded, names: names) }
        // (many sentences name nothing: the passes over the names have no work then)
        guard !found.isEmpty else { return found }
        if found.count > 1 { found.sort { $0.range.lowerBound < $1.range.lowerBound } }
        Self.nameByGloss(&found, in: folded, names: &names)
        ProductOwners(rules: rules).assign(&found, in: folded, names: &names)
        return found
    }

    /// Where the capitalised Latin word a space before `start` opens.
    private static func capitalisedWordBefore(_ start: Int, in text: [Unicode.Scalar]) -> Int? {
        guard start > 1, text[start - 1] == " ", isLatinLetter(text[start - 2]) else { return nil }
        var k = start - 2
        while k > 0, isLatinLetter(text[k - 1]) { k -= 1 }
        return isUpper(text[k]) ? k : nil
    }

    /// `上海港`: known places that open an institution's name are part of it (``ChinesePlaceLedNames``).
    private func nameInstitutionsByPlace(_ found: inout [Found], in folded: [Unicode.Scalar], original: ArraySlice<Unicode.Scalar>,
                                         names: inout DocumentNames, isWordBoundary: (Int) -> Bool) {
        let suffixes = rules.placeInstitutionSuffixes, companyWords = rules.placeCompanyWords
        // (by index, each field read in place: a closure over the names themselves copies each one)
        guard found.indices.contains(where: { found[$0].type == .place && isHan(folded[found[$0].range.lowerBound])
            && ChinesePlaceLedNames.maySuffixFollow(folded, after: found[$0].range.upperBound, suffixes, companyWords: companyWords) }) else { return }
        // (by index too: a filter over the names copies each one; the room for them all at once)
        var places: [Range<Int>] = [], placeNames: [String] = []
        places.reserveCapacity(found.count)
        for k in found.indices where found[k].type == .place { places.append(found[k].range); placeNames.append(found[k].name) }
        for (range, place) in ChinesePlaceLedNames(rules: rules).find(in: folded, places: places, isWordBoundary: isWordBoundary,
                                                                           named: { names.entry(for: $0) != nil }) {
            guard !found.contains(where: { $0.range.overlaps(range) && $0.type != .place }) else { continue }
            found.removeAll { range.contains($0.range.lowerBound) }
            let entry = names.entry(for: folded[range]) ?? DocumentNames.Entry(name: written(original, range, folded: folded), type: .org, known: false)
            names.add(folded[range], entry)
            // (a place's institution is the place's, as a country's central bank is the country's)
            found.append(Found(range: range, name: entry.name, type: entry.type, known: entry.known, owner: place.map { placeNames[$0] }))
        }
    }

    /// ``find(folded:original:names:holdsHan:isWordBoundary:scratch:)`` of a sentence whose folded
    /// text may hold line ends read as nothing (`mayHoldWrap`: zero-width spaces, ``WrappedLines``):
    /// the names are found in the text without them, so that a name cut by one reads whole, and
    /// given with ranges in the sentence.
    func find(folded: [Unicode.Scalar], original: ArraySlice<Unicode.Scalar>, names: inout DocumentNames,
              holdsHan: Bool, mayHoldWrap: Bool, isWordBoundary: (Int) -> Bool, scratch: inout Scratch) -> [Found] {
        let compacted = mayHoldWrap ? CompactedText(droppingWrapsOf: folded) : nil
        guard let compacted, !compacted.keepsPositions else {
            return find(folded: folded, original: original, names: &names, holdsHan: holdsHan, isWordBoundary: isWordBoundary, scratch: &scratch)
        }
        var found = find(folded: compacted.scalars, original: compacted.kept(of: original)[...], names: &names, holdsHan: holdsHan,
                         isWordBoundary: { isWordBoundary(compacted.original($0)) }, scratch: &scratch)
        for k in found.indices { found[k].range = compacted.original(found[k].range) }
        return found
    }

    /// The code points of `range` as written, a line end that wraps the name read as the folded
    /// text reads it (a space in Latin text, nothing in Chinese: ``WrappedLines``).
    private func written(_ original: ArraySlice<Unicode.Scalar>, _ range: Range<Int>, folded: [Unicode.Scalar]) -> String {
        let base = original.startIndex
        let written = original[(base + range.lowerBound)..<(base + range.upperBound)]
        guard written.contains(where: ParagraphSplitter.isLineEnd) else { return original.text(written.indices) }
        var name = String.UnicodeScalarView()
        for (k, s) in zip(range, written) {
            if ParagraphSplitter.isLineEnd(s) {
                // (a CR LF reads once)
                if folded[k] == " ", name.last != " " { name.append(" ") }
            } else {
                name.append(s)
            }
        }
        return String(name)
    }

    /// `库迪咖啡（Cotti Coffee）`: a Chinese name no lexicon knows, glossed in brackets by a Latin
    /// name, goes by the gloss (here and in later mentions), as a known name goes by its English one.
    static func nameByGloss(_ found: inout [Found], in text: [Unicode.Scalar], names: inout DocumentNames) {
        for k in found.indices.dropLast() {
            let name = found[k], gloss = found[k + 1]
            guard !name.known, isHan(text[name.range.lowerBound]), isLatinLetter(text[gloss.range.lowerBound]),
                  gloss.range.lowerBound == name.range.upperBound + 1, text[name.range.upperBound] == "(",
                  gloss.range.upperBound < text.count, text[gloss.range.upperBound] == ")" else { continue }
            found[k].name = gloss.name
            names.rename(text[name.range], DocumentNames.Entry(name: gloss.name, type: name.type, known: gloss.known))
        }
    }

    /// `United` after `United Airlines`, `Harborline` after `Harborline Financial`: the first
    /// word of a name of several Latin words, capitalised and of four letters at least, is a
    /// later mention's short form (a lone word is a name only where the name finder takes it).
    static func leadingWord(of range: Range<Int>, in text: [Unicode.Scalar]) -> Range<Int>? {
        guard let space = text[range].firstIndex(of: " "), space - range.lowerBound >= 4, isUpper(text[range.lowerBound]),
              text[range.lowerBound..<space].allSatisfy(isLatinLetter) else { return nil }
        return range.lowerBound..<space
    }

    /// A mention of a name the document gave, written at `form`: with an organisation suffix
    /// right after it, which is the name's own (`瑞安保险集团` after a headline's `瑞安保险`; not
    /// `资本` of `资本支出`).
    private func mention(of entry: DocumentNames.Entry, at form: Range<Int>, in text: [Unicode.Scalar]) -> Found {
        var end = form.upperBound
        if entry.type == .org, end < text.count, isHan(text[end]), let suffix = rules.chineseOrgSuffixes.longestMatch(in: text, at: end),
           rules.notAfterChineseSuffix.longestMatch(in: text, at: end + suffix) == nil {
            end += suffix
        }
        return Found(range: form.lowerBound..<end, name: entry.name, type: entry.type, known: entry.known)
    }

    /// `陈志远` again, after `合伙人陈志远` taught the document the name: each such mention that no
    /// name found before overlaps goes on `found` (in place: most sentences hold none).
    private func addLaterChineseMentions(to found: inout [Found], in text: [Unicode.Scalar], names: DocumentNames) {
        let before = found.count
        var i = 0
        while i < text.count {
            i = names.firstChineseFormStart(in: text, from: i)
            guard i < text.count else { break }
            // a mention from inside a name found before overlaps it: on past that name (often
            // the form itself, found by its frame in this sentence)
            if let covering = (0..<before).first(where: { found[$0].range.contains(i) }) { i = found[covering].range.upperBound; continue }
            guard let length = names.chineseForms.longestMatch(in: text, at: i),
                  // (`星衡-4` is no mention in `星衡-40`)
                  !(isAlphanumeric(text[i + length - 1]) && i + length < text.count && isAlphanumeric(text[i + length])),
                  // (by index, each range read in place)
                  !(0..<before).contains(where: { found[$0].range.overlaps(i..<(i + length)) }),
                  let entry = names.entry(for: text[i..<(i + length)]) else { i += 1; continue }
            let later = mention(of: entry, at: i..<(i + length), in: text)
            found.append(later)
            i = later.range.upperBound
        }
    }
}
