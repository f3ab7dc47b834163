/// Finds names that are in no lexicon: Latin-script names inside Chinese text, transliterated
/// names joined by an interpunct, Chinese organisations by their suffix, and runs of
/// capitalised English words.
struct UnknownNameFinder {
    let rules: NameRules

    struct Candidate {
        var range: Range<Int>
        var type: EntityType
        /// One capitalised word opening an English sentence: a name only if the document
        /// already knows it.
        var needsConfirmation = false
        /// The shorter form a later mention may use (`Okafor`, `Veridian`).
        var shortForm: Range<Int>? = nil
        /// An organisation's first word, another short form (`Crestline` of Crestline Burger Co.).
        var firstWord: Range<Int>? = nil
        /// Latin words that end with an organisation's last word (`Metal Exchange`).
        var endsWithOrganisationWord = false
        /// Whether that word is a legal form the name keeps (`Ridgeline Motors Co.`).
        var endsWithKeptLegalForm = false
        /// The name to give, where it is not the text as written (`BETHESDA` → Bethesda).
        var name: String? = nil
    }

    /// The ranges already claimed by known names, read in place from the names found (an array
    /// of the ranges, made for each sentence, costs an allocation and its reference counts).
    struct Taken {
        let found: [EntityRecognizer.Found]

        /// Whether a range taken satisfies `predicate` (each range read by index: a closure over
        /// the names themselves would copy each one).
        @inline(__always) func contains(where predicate: (Range<Int>) -> Bool) -> Bool {
            found.indices.contains { predicate(found[$0].range) }
        }

        /// Whether a range taken overlaps `r`, as `overlaps` says.
        @inline(__always) func overlaps(_ r: Range<Int>) -> Bool { contains { $0.overlaps(r) } }
    }

    /// Memory the finder reuses from one sentence to the next: the Latin tokens of each sentence
    /// go in the same array, which is allocated once, not once a sentence (and only grows).
    struct Scratch {
        fileprivate var tokens: [Token] = []
    }

    /// `text` is the sentence's folded text; `taken` the ranges already claimed by known names;
    /// `holdsHan` whether a Han character stands in it (the Chinese names need one). The
    /// candidates go in `result`, emptied first.
    func find(in text: [Unicode.Scalar], taken: Taken, holdsHan: Bool, isWordBoundary: (Int) -> Bool,
              into result: inout [Candidate], scratch: inout Scratch) {
        result.empty()
        var dateSpans: [Range<Int>]? = nil
        func dates() -> [Range<Int>] {
            if let dateSpans { return dateSpans }
            let spans = DateRecognizer(text, holdsHan: holdsHan).find().map(\.span)
            dateSpans = spans
            return spans
        }
        func free(_ r: Range<Int>) -> Bool {
            !taken.overlaps(r) && !result.contains { $0.range.overlaps(r) }
        }
        // takes `c` if it is free (the Latin names and the Chinese ones by their suffix are handed
        // over one by one: an array of them from each finder costs an allocation)
        func add(_ c: Candidate) { if free(c.range) { result.append(c) } }
        if let place = datelinePlace(text) { add(Candidate(range: place, type: .place, name: Self.titleCased(text[place]))) }
        // (a Chinese sentence is passed over once, for what each search looks for first)
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: holdsHan ? text.count : 0) { buffer in
            let stops = holdsHan ? rules.hanSentenceStops.read(text, into: buffer) : nil
            // (the text is not searched where no transliteration character can stand)
            if holdsHan || !rules.transliterationIsHan, stops?.holds(.interpunct) ?? text[...].holds("·") {
                for c in interpunctNames(text) { add(c) }
            }
            // (most Chinese sentences hold no letter of a Latin name)
            if stops?.holds(.nameLetter) ?? true {
                latinNames(text, holdsHan: holdsHan, taken: taken, tokens: &scratch.tokens, into: add)
            }
            guard let stops else { return }
            if stops.holds(.nameMark) { for c in markedWorks(text, stops: stops) { add(c) } }
            chineseNamesBySuffix(text, stops: stops, dates: dates, isWordBoundary: isWordBoundary, into: add)
            for r in ChinesePersonNames(rules: rules).find(in: text, stops: stops, taken: { !free($0) }) { result.append(Candidate(range: r, type: .person)) }
            for r in ChineseAppositiveNames(rules: rules).find(in: text, stops: stops, taken: { !free($0) }, isWordBoundary: isWordBoundary) {
                result.append(Candidate(range: r, type: .org))
            }
            for r in ChineseOpeningNames(rules: rules).find(in: text, stops: stops, dates: dates, taken: { !free($0) }) {
                result.append(Candidate(range: r, type: .org))
            }
        }
        // (most sentences hold one candidate or none: nothing to sort, and the sort's setup is spared)
        if result.count > 1 { result.sort { $0.range.lowerBound < $1.range.lowerBound } }
    }

    // MARK: BETHESDA, Md. —

    /// `BETHESDA, Md. —`, `NEW YORK, Nov. 20 —`: a place in capitals opening a sentence, before a
    /// comma, is a dateline's (named in title case, ``titleCased(_:)``). (Its range alone: most
    /// sentences hold none, and a candidate returned is written out even when there is none.)
    private func datelinePlace(_ text: [Unicode.Scalar]) -> Range<Int>? {
        var start = 0
        while start < text.count, text[start] == " " || text[start] == "\n" { start += 1 }
        var end = start
        while end < text.count, isUpper(text[end]) || text[end] == " " && end + 1 < text.count && isUpper(text[end + 1]) { end += 1 }
        guard end - start >= 3, end + 1 < text.count, text[end] == ",", text[end + 1] == " " else { return nil }
        // a dateline's dash follows soon (`WELLINGTON, Nov. 26 —`, folded to `-`); `ANZ, the country's
        // largest lender,` is no dateline
        guard ((end + 2)..<min(text.count, end + 48)).contains(where: { k in
            text[k] == "-" && (k + 1 == text.count || text[k + 1] == " " || text[k + 1] == "\n") })
        else { return nil }
        return start..<end
    }

    /// `BETHESDA` → `Bethesda`, `NEW YORK` → `New York` (words of capitals and single spaces).
    private static func titleCased(_ capitals: ArraySlice<Unicode.Scalar>) -> String {
        var name = ""
        var first = true
        for s in capitals {
            name.unicodeScalars.append(first || s == " " ? s : Unicode.Scalar(s.value + 32)!)
            first = s == " "
        }
        return name
    }

    // MARK: 达里奥·阿莫迪

    /// (Asked only of a text that holds `·`.)
    private func interpunctNames(_ text: [Unicode.Scalar]) -> [Candidate] {
        let part = rules.transliteration
        var result: [Candidate] = []
        var i = 0
        while i < text.count {
            guard text[i] == "·", i > 0, part.contains(text[i - 1]), i + 1 < text.count, part.contains(text[i + 1]) else { i += 1; continue }
            var start = i
            while start > 0, part.contains(text[start - 1]), i - start < 6 { start -= 1 }
            var end = i, lastStart = i + 1
            while end + 1 < text.count, text[end] == "·", part.contains(text[end + 1]) {
                lastStart = end + 1; end += 1
                while end < text.count, part.contains(text[end]), end - lastStart < 6 { end += 1 }
            }
            result.append(Candidate(range: start..<end, type: .person, shortForm: lastStart..<end))
            i = end
        }
        return result
    }

    // MARK: Latin script

    struct Token {
        var range: Range<Int>
        /// The text in lower case of a token that can be or end a name, the empty word for others.
        var word: LowercasedWord
    }

    /// The tokens of `text` (`holdsHan`: whether a Han character stands in it), written from the
    /// start of `memory`; their count. (Through the buffers: an append would check the array's
    /// uniqueness at each token. A token and the code point that ends it, or a token ending in a
    /// point, take two code points at least: `memory` is grown to half the text's length, rounded
    /// up, first.)
    func tokens(_ text: [Unicode.Scalar], holdsHan: Bool, into memory: inout [Token]) -> Int {
        let room = (text.count + 1) / 2
        if memory.count < room { memory.append(contentsOf: repeatElement(Token(range: 0..<0, word: .empty), count: room - memory.count)) }
        return memory.withUnsafeMutableBufferPointer { result in text.withUnsafeBufferPointer { t in
            var count = 0
            var i = 0
            while i < t.count {
                guard isNameLetter(t[i]) else { i += 1; continue }
                // a letter the scan reaches follows no letter (the scan passes over the rest of a
                // word); one after a figure starts no token, nor does any letter glued to it
                if i > 0, isASCIIDigit(t[i - 1]) { i = Self.alphanumericRunEnd(t, from: i + 1); continue }
                var j = i + 1
                while j < t.count {
                    // (the ASCII letters of the word in a tight loop first: most of what a token holds)
                    while j < t.count, isLatinLetter(t[j]) { j += 1 }
                    // (a space, which ends most tokens, first)
                    guard j < t.count, t[j] != " " else { break }
                    if isAlphanumeric(t[j]) || isAccentedLetter(t[j]) { j += 1; continue }
                    if (t[j] == "-" || t[j] == "." || t[j] == "&"), j + 1 < t.count, isAlphanumeric(t[j + 1]) {
                        // `Pittsburgh-based`: the name ends at the hyphen
                        if t[j] == "-", Self.locatingCompound(text, at: j) { break }
                        j += 2; continue
                    }
                    break
                }
                // only a capitalised word or one beside Chinese text can be or end a name (most words,
                // in lower case, are told by one range test: only `x…`, `i…` and `plc` of them may)
                let first = t[i]
                let mayName = !(first.value &- 97 < 26 && first != "x" && first != "i" && first != "p" && !holdsHan)
                    && (isCapitalised(first) || holdsHan && (i > 0 && isHan(t[i - 1]) || j < t.count && isHan(t[j])) || first == "x" || first == "i"
                        || j - i == 3 && first == "p" && t[i + 1] == "l" && t[i + 2] == "c")
                var word = mayName ? LowercasedWord(t, i..<j) : .empty
                if mayName, j < t.count, t[j] == "." {
                    let withPoint = LowercasedWord(t, i..<(j + 1))
                    if rules.englishOrgSuffixes.contains(withPoint, in: text) { j += 1; word = withPoint }
                }
                result[count] = Token(range: i..<j, word: word)
                count += 1
                // (a space, which follows most tokens, starts none: passed over with the token)
                i = j < t.count && t[j] == " " ? j + 1 : j
            }
            return count
        } }
    }

    /// Where the run of letters (accented ones too) and figures from `i` ends. (Out of line: the
    /// scan's loop, which most code points take, keeps its shape.)
    @inline(never) private static func alphanumericRunEnd(_ t: UnsafeBufferPointer<Unicode.Scalar>, from i: Int) -> Int {
        var j = i
        while j < t.count, isAlphanumeric(t[j]) || isAccentedLetter(t[j]) { j += 1 }
        return j
    }

    static let institutions: WordSet = ["office", "ministry", "department", "bureau", "agency", "authority", "commission",
                                            "council", "board", "institute", "university", "court", "association", "federation",
                                            "society", "foundation", "organization", "organisation", "alliance", "chamber", "academy"]
    static let institutionLinks = ["of", "for"]

    static let locatingSuffixes = ["-based", "-headquartered"].map(\.scalarArray)

    /// Whether `-based` (or `-headquartered`) stands at `i` as the end of a word: the word
    /// before it names a place.
    static func locatingCompound(_ text: [Unicode.Scalar], at i: Int) -> Bool {
        // (most words are followed by no hyphen: the suffixes, a global read through its lazy
        // initialiser, are spared them)
        guard i < text.count, text[i] == "-" else { return false }
        return locatingSuffixes.contains { suffix in
            text.has(suffix, at: i) && (i + suffix.count == text.count || !isAlphanumeric(text[i + suffix.count]))
        }
    }

    /// The token that goes on the name ending with token `last`: the next one after a space,
    /// after ` & ` (`Pratt & Whitney`), or after the particles of a person's name (`Harold van
    /// den Broek`).
    private func nextNamePart(after last: Int, _ all: ArraySlice<Token>, _ text: [Unicode.Scalar]) -> Int? {
        guard last + 1 < all.count else { return nil }
        let a = all[last].range, b = all[last + 1].range
        if joined(text, a, b) {
            var next = last + 1
            while next + 1 < all.count, Self.isNameParticle(text[all[next].range]), joined(text, all[next].range, all[next + 1].range) { next += 1 }
            return next == last + 1 || isCapitalised(text[all[next].range.lowerBound]) ? next : last + 1
        }
        if b.lowerBound == a.upperBound + 3, text[a.upperBound..<b.lowerBound].elementsEqual(" & ".unicodeScalars) { return last + 1 }
        return nil
    }

    /// Whether token `k`, capitalised, is followed in its run of Latin words by another that may
    /// go on a name (capitalised, or an organisation's last word).
    private func opensLatinName(_ k: Int, _ all: ArraySlice<Token>, _ text: [Unicode.Scalar], taken: Taken) -> Bool {
        guard isCapitalised(text[all[k].range.lowerBound]), let next = nextNamePart(after: k, all, text), !taken.overlaps(all[next].range) else { return false }
        return isCapitalised(text[all[next].range.lowerBound]) && isName(all[next], text) || rules.englishOrgSuffixes.contains(all[next].word, in: text)
    }

    private static let nameParticles = ["van", "von", "den", "der", "de", "da", "di", "du", "del", "della", "dos", "das", "le", "la", "bin", "ibn"]
        .map(\.scalarArray)

    private static func isNameParticle(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        guard word.count <= 5, let first = word.first else { return false }
        // (a switch: the code points of a string literal are decoded at every test)
        switch first { case "v", "d", "l", "b", "i": return nameParticles.contains { word.elementsEqual($0) }; default: return false }
    }

    /// A title word that is also an organisation's last word (`Financial`) ends a name when
    /// no capitalised word follows it (`Harborline Financial set aside`), and is a title
    /// before one (`Chief Financial Officer`).
    private func endsAsSuffix(_ k: Int, _ all: ArraySlice<Token>, _ text: [Unicode.Scalar]) -> Bool {
        guard rules.englishOrgSuffixes.contains(all[k].word, in: text) else { return false }
        return k + 1 == all.count || !joined(text, all[k].range, all[k + 1].range) || !isCapitalised(text[all[k + 1].range.lowerBound])
    }

    /// `holdsHan`: whether a Han character stands in `text`; `tokens`: memory for the sentence's
    /// tokens (see ``Scratch``).
    private func latinNames(_ text: [Unicode.Scalar], holdsHan: Bool, taken: Taken, tokens memory: inout [Token],
                            into add: (Candidate) -> Void) {
        let all = memory[..<tokens(text, holdsHan: holdsHan, into: &memory)]
        let firstWord = text.firstIndex { isAlphanumeric($0) || isHan($0) }
        var k = 0
        var titled = false
        // most tokens are no candidate and carry no word: their title test is the empty word's
        let emptyIsTitle = rules.titlesHoldEmptyWord
        while k < all.count {
            // a token that can be no name (nor stands beside Chinese text) is at most a title
            // before one (`chief executive`): the tests below for a name are spared it. Of a run
            // of such tokens only the last one's test counts (each one's overwrites the one before).
            if all[k].word.isEmpty {
                while k + 1 < all.count, all[k + 1].word.isEmpty { k += 1 }
                titled = (emptyIsTitle || isLowercaseTitle(k, all, text)) && !taken.overlaps(all[k].range)
                k += 1; continue
            }
            let token = all[k].range
            if taken.overlaps(token) { titled = false; k += 1; continue }
            // `机型澜星Fold 3在…`: a model number after a name glued to Chinese text makes a product, and is part of it
            let modelEnd = holdsHan && token.lowerBound > 0 && isHan(text[token.lowerBound - 1]) ? modelNumberEnd(text, after: token.upperBound) : nil
            // (`与Norvance Therapeutics签署`: capitalised words after one glued to Chinese text go on its
            // name, read as in English text)
            if holdsHan, nextToHan(text, token), modelEnd != nil || !opensLatinName(k, all, text, taken: taken) {
                // (`TOPCon组件`: a technology, no name)
                if isName(all[k], text), !isCurrencyOrCode(text, token),
                   rules.technologyNouns.longestMatch(in: text, at: token.upperBound) == nil {
                    if let end = modelEnd {
                        add(Candidate(range: token.lowerBound..<end, type: .product))
                        titled = false; k += 1; continue
                    }
                    let product = containsDigit(text[token]) || namesProduct(text, after: token.upperBound)
                    add(Candidate(range: token, type: product ? .product : .org))
                }
                titled = false; k += 1; continue
            }
            if rules.titles.contains(all[k].word, in: text) {
                titled = true; k += 1; continue
            }
            guard isCapitalised(text[token.lowerBound]), isName(all[k], text) else { titled = false; k += 1; continue }
            var last = k
            while let next = nextNamePart(after: last, all, text),
                  isCapitalised(text[all[next].range.lowerBound]) || rules.englishOrgSuffixes.contains(all[next].word, in: text),
                  !taken.overlaps(all[next].range),
                  !rules.titles.contains(all[next].word, in: text) || endsAsSuffix(next, all, text),
                  isName(all[next], text) || rules.englishOrgSuffixes.contains(all[next].word, in: text) || adjectiveWithinName(next, all, text)
                    || titled && monthAsSurname(next, all, text) {
                last = next
            }
            // `Office for National Statistics`, `Ministry of Commerce`: an institution's word, `of` or
            // `for`, and capitalised words make one name
            var institution = false
            while Self.institutions.contains(all[last].word, in: text), last + 2 < all.count,
                  joined(text, all[last].range, all[last + 1].range), joined(text, all[last + 1].range, all[last + 2].range),
                  Self.institutionLinks.contains(where: { text[all[last + 1].range].elementsEqual($0.unicodeScalars) }),
                  isCapitalised(text[all[last + 2].range.lowerBound]), isName(all[last + 2], text) || adjectiveWithinName(last + 2, all, text),
                  !taken.overlaps(all[last + 2].range) {
                last += 2
                institution = true
                while last + 1 < all.count, joined(text, all[last].range, all[last + 1].range), isCapitalised(text[all[last + 1].range.lowerBound]),
                      !taken.overlaps(all[last + 1].range), isName(all[last + 1], text) {
                    last += 1
                }
            }
            // `North American`, `South Korean`: a word before the adjective of a place is part of the adjective
            if last == k, last + 1 < all.count, !all[last + 1].word.isEmpty, joined(text, all[last].range, all[last + 1].range),
               rules.placeAdjectives.contains(all[last + 1].word, in: text) {
                titled = false; k = last + 2; continue
            }
            var first = k
            // `SRS Distribution`: a short acronym no rule names alone opens the name it stands before
            if !titled, opensWithAcronym(k, all, text, taken: taken) { first = k - 1 }
            // (`British Airways`: the adjective of a place and an organisation's last word alone make one)
            let organisation = rules.englishOrgSuffixes.contains(all[last].word, in: text) && (last > k || placeAdjectiveBefore(k, all, text, taken: taken))
            // `Korean Steel Association`, `Brazilian Paper Mills Ltd.`: an organisation's name may open
            // with the adjective of a place
            if organisation {
                while first > 0, rules.placeAdjectives.contains(all[first - 1].word, in: text), joined(text, all[first - 1].range, all[first].range),
                      !taken.overlaps(all[first - 1].range) {
                    first -= 1
                }
            }
            let range = all[first].range.lowerBound..<all[last].range.upperBound
            // (the words are counted, and the first read: no array of them)
            let wordCount = last - first + 1
            var candidate = Candidate(range: range, type: organisation || institution ? .org : (titled ? .person : .org))
            if !organisation, Self.locatingCompound(text, at: range.upperBound) { candidate.type = .place }
            if wordCount >= 2, !organisation, !institution, followedBySaid(text, range.upperBound) || followedByTitle(text, range.upperBound) { candidate.type = .person }
            // `Chen said`: a surname alone names a person
            if wordCount == 1, rules.latinSurnames.contains(all[first].word, in: text) { candidate.type = .person }
            if candidate.type == .person, last > k { candidate.shortForm = all[last].range }
            if organisation {
                candidate.endsWithOrganisationWord = true
                let withoutLastWord = range.lowerBound..<all[max(first, last - 1)].range.upperBound
                // (`British Airways` is not known as `British`)
                candidate.shortForm = last > k ? withoutLastWord : nil
                // `Mattel Inc.` is named Mattel
                if let form = rules.legalForms.form(in: text, at: all[last].range.lowerBound), form.length == all[last].range.count {
                    if form.kept { candidate.endsWithKeptLegalForm = true } else { candidate.name = text.text(withoutLastWord) }
                }
                if last - k >= 2, token.count >= 4 { candidate.firstWord = token }
            }
            // `Nexora Photonics` … `Nexora`: a name of two words without a suffix is known by its first
            else if candidate.type == .org, last == k + 1, token.count >= 4 { candidate.shortForm = token }
            if wordCount == 1 {
                let sentenceInitial = firstWord.map { opensSentence(text, at: range.lowerBound, firstWord: $0) } ?? false
                candidate.needsConfirmation = sentenceInitial && !showsName(text, after: range.upperBound)
            }
            // `CX-41`, `A100`: one word with digits is a model's or a drug's code, as beside Chinese text
            if !organisation, !institution, candidate.type == .org, namesProduct(text, after: range.upperBound) || wordCount == 1 && containsDigit(text[range]) {
                candidate.type = .product
            }
            // `PlayStation Plus`: one capitalised word right after a known name goes on that name,
            // it names nothing alone
            let continuesKnownName = wordCount == 1 && taken.contains { $0.upperBound + 1 == range.lowerBound } && text[range.lowerBound - 1] == " "
            if !(wordCount == 1 && rules.englishOrgSuffixes.contains(all[first].word, in: text)), !continuesKnownName { add(candidate) }
            titled = false
            k = last + 1
        }
    }

    /// Whether token `k - 1` is an acronym of two or three capitals (which ``isName(_:_:)`` leaves
    /// out alone) joined to token `k` by a space, no title, no word that is no name, not taken.
    private func opensWithAcronym(_ k: Int, _ all: ArraySlice<Token>, _ text: [Unicode.Scalar], taken: Taken) -> Bool {
        guard k > all.startIndex else { return false }
        let acronym = all[k - 1]
        guard (2...3).contains(acronym.range.count), text[acronym.range].allSatisfy(isUpper), joined(text, acronym.range, all[k].range),
              !taken.overlaps(acronym.range) else { return false }
        let word = LowercasedWord(text, acronym.range)
        return !rules.notNames.contains(word, in: text) && !rules.titles.contains(word, in: text)
    }

    private func placeAdjectiveBefore(_ k: Int, _ all: ArraySlice<Token>, _ text: [Unicode.Scalar], taken: Taken) -> Bool {
        k > all.startIndex && rules.placeAdjectives.contains(all[k - 1].word, in: text) && joined(text, all[k - 1].range, all[k].range)
            && isCapitalised(text[all[k - 1].range.lowerBound]) && !taken.overlaps(all[k - 1].range)
    }

    /// `Union Pacific Corp.`, `Association of American Railroads`: the adjective of a place goes
    /// on a name when a capitalised name word or an organisation's last word follows it.
    private func adjectiveWithinName(_ k: Int, _ all: ArraySlice<Token>, _ text: [Unicode.Scalar]) -> Bool {
        guard k + 1 < all.count, !all[k].word.isEmpty, joined(text, all[k].range, all[k + 1].range),
              isCapitalised(text[all[k + 1].range.lowerBound]), rules.placeAdjectives.contains(all[k].word, in: text) else { return false }
        return isName(all[k + 1], text) || rules.englishOrgSuffixes.contains(all[k + 1].word, in: text)
    }

    /// `chief financial officer Dana Whitcombe`, `its chief executive, Priya Raman,`: a title in
    /// lower case counts before a name of two capitalised words.
    @inline(__always) private func isLowercaseTitle(_ k: Int, _ all: ArraySlice<Token>, _ text: [Unicode.Scalar]) -> Bool {
        // asked of most lower-case words, which no capitalised word follows: that test first, inline
        // (a capitalised token carries its word: one without, most, is passed over unread)
        k + 2 < all.count && !all[k + 1].word.isEmpty && isCapitalised(text[all[k + 1].range.lowerBound]) && isTitleBeforeName(k, all, text)
    }

    @inline(never) private func isTitleBeforeName(_ k: Int, _ all: ArraySlice<Token>, _ text: [Unicode.Scalar]) -> Bool {
        let (title, first, second) = (all[k].range, all[k + 1].range, all[k + 2].range)
        let gap = first.lowerBound - title.upperBound
        guard gap == 1 && text[title.upperBound] == " " || gap == 2 && text.has([",", " "], at: title.upperBound),
              isCapitalised(text[first.lowerBound]), isCapitalised(text[second.lowerBound]), joined(text, first, second) else { return false }
        return rules.titles.contains(LowercasedWord(text, title), in: text)
    }

    /// `Chief Executive John May said`: after a title's first name, a month with no day or year
    /// after it is a surname.
    private func monthAsSurname(_ k: Int, _ all: ArraySlice<Token>, _ text: [Unicode.Scalar]) -> Bool {
        guard DateRecognizer.months.contains(all[k].word, in: text), text[all[k].range.upperBound - 1] != "." else { return false }
        var i = all[k].range.upperBound
        while i < text.count, text[i] == " " { i += 1 }
        return i == text.count || !isASCIIDigit(text[i])
    }

    private func isName(_ token: Token, _ text: [Unicode.Scalar]) -> Bool {
        if rules.notNames.contains(token.word, in: text) { return false }
        // (the token read once, for its first hyphen, its letters and capitals, and a figure)
        var hyphen: Int? = nil, letters = 0, capitals = 0, holdsDigit = false
        for i in token.range {
            let s = text[i]
            if isNameLetter(s) {
                letters += 1
                if isCapitalised(s) { capitals += 1 }
            } else if s == "-" {
                if hyphen == nil { hyphen = i }
            } else if isASCIIDigit(s) {
                holdsDigit = true
            }
        }
        // `Sunday-night telecasts`, `Mexican-American`: a word that is no name, joined to another
        if let hyphen, rules.notNames.contains(token.word.isEmpty ? .empty : LowercasedWord(text, token.range.lowerBound..<hyphen), in: text)
            || Self.isAcronymModifier(text, token.range.lowerBound, hyphen) { return false }
        if letters < 2 { return false }
        // `TOP100`, `Top500`: a word that is no name, a number glued after it
        if holdsDigit, hyphen == nil, let digit = token.range.first(where: { isASCIIDigit(text[$0]) }), digit > token.range.lowerBound,
           token.range[digit...].allSatisfy({ isASCIIDigit(text[$0]) }),
           rules.notNames.contains(LowercasedWord(text, token.range.lowerBound..<digit), in: text) { return false }
        // generic acronyms of three letters or fewer (AI, GPU, CEO) are rarely names
        if letters <= 3, capitals == letters, !holdsDigit { return false }
        // and so are their plurals (SUVs, GPUs, IPOs)
        if letters <= 4, capitals >= 2, capitals == letters - 1, !holdsDigit, text[token.range.upperBound - 1] == "s" { return false }
        return capitals > 0 || !token.word.isEmpty && "xXiI".unicodeScalars.contains(text[token.range.lowerBound])
    }

    /// `VAT-free`, `AI-powered`: an acronym joined to a lower-case word describes; it names nothing.
    private static func isAcronymModifier(_ text: [Unicode.Scalar], _ start: Int, _ hyphen: Int) -> Bool {
        hyphen - start >= 2 && text[start..<hyphen].allSatisfy(isUpper) && hyphen + 1 < text.count
            && text[hyphen + 1].value >= 97 && text[hyphen + 1].value <= 122
    }

    @inline(__always) private func isCapitalised(_ s: Unicode.Scalar) -> Bool { isUpper(s) || isAccentedLetter(s) && isAccentedCapital(s) }

    /// (apart from the ASCII test, which then inlines without the property lookup's setup)
    @inline(never) private func isAccentedCapital(_ s: Unicode.Scalar) -> Bool { s.properties.isUppercase }

    private func containsDigit(_ s: ArraySlice<Unicode.Scalar>) -> Bool { s.contains(where: isASCIIDigit) }

    private func joined(_ text: [Unicode.Scalar], _ a: Range<Int>, _ b: Range<Int>) -> Bool {
        b.lowerBound == a.upperBound + 1 && text[a.upperBound] == " "
    }

    @inline(__always) private func nextToHan(_ text: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        (r.lowerBound > 0 && isHan(text[r.lowerBound - 1])) || (r.upperBound < text.count && isHan(text[r.upperBound]))
    }

    /// `US$`, `HK$`, `RMB`-style currency marks and codes next to digits are no names.
    private func isCurrencyOrCode(_ text: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        if r.upperBound < text.count, text[r.upperBound] == "$" || isASCIIDigit(text[r.upperBound]) { return true }
        return false
    }

    private func opensSentence(_ text: [Unicode.Scalar], at i: Int, firstWord: Int) -> Bool {
        if i == firstWord { return true }
        var k = i
        while k > 0, isUnicodeWhitespace(text[k - 1]) || Self.isOpeningMark(text[k - 1]) { k -= 1 }
        if k == 0 || k == firstWord || Self.isClauseOpeningMark(text[k - 1]) { return true }
        // `WASHINGTON, Nov. 13, 2026 - Consumer prices …`: a dateline's dash spaced on both sides
        return k < i && k >= 2 && (text[k - 1] == "-" || text[k - 1] == "–") && isUnicodeWhitespace(text[k - 2])
    }

    // (a switch: the code points of a string literal are decoded at every test)
    private static func isOpeningMark(_ s: Unicode.Scalar) -> Bool {
        switch s { case "“", "\"", "‘", "'", "(", "（", "「": true; default: false }
    }

    private static func isClauseOpeningMark(_ s: Unicode.Scalar) -> Bool {
        switch s { case ":", "：", "—": true; default: false }
    }

    /// Words after a sentence's first word that show it is a name: an apposition (`X, the …`),
    /// a possessive, or a verb only a company or a person does. Verbs a common noun also
    /// takes (`Demand was`, `Staff will`, `Revenue posted`) show nothing.
    static let nameShowingFollowers = [", the ", ", a ", ", an ", ", which ", "'s ", "’s ", " said", " says", " told", " reported",
                                       " raised", " agreed", " announced"].map(\.scalarArray)

    private func showsName(_ text: [Unicode.Scalar], after end: Int) -> Bool {
        // (each follower is three code points long at least: the two after the word, compared
        // first, rule out most of them)
        guard end + 1 < text.count else { return false }
        let first = text[end], second = text[end + 1]
        return Self.nameShowingFollowers.contains { $0[0] == first && $0[1] == second && text.has($0, at: end) }
    }

    /// `its Atlas models`: a name before a product word names a product.
    private func namesProduct(_ text: [Unicode.Scalar], after end: Int) -> Bool {
        var k = end
        while k < text.count, text[k] == " " { k += 1 }
        guard k - end <= 1, let noun = rules.productNouns.longestMatch(in: text, at: k) else { return false }
        let after = k + noun
        return after == text.count || !isLatinLetter(text[after]) || !isLatinLetter(text[after - 1]) || (text[after] == "s" && (after + 1 == text.count || !isLatinLetter(text[after + 1])))
    }

    static let sayingVerbs = [" said", " says", " told"].map(\.scalarArray)

    /// Where a model number (` 3`, ` 60`) after a Latin name ends, when Chinese text or
    /// punctuation follows it.
    private static let afterModelNumber = ScalarBitSet([",", "。", "、", ";", ":", "!", "?", ")"])

    private func modelNumberEnd(_ text: [Unicode.Scalar], after end: Int) -> Int? {
        guard end + 1 < text.count, text[end] == " ", isASCIIDigit(text[end + 1]) else { return nil }
        var k = end + 1
        while k < text.count, isASCIIDigit(text[k]), k - end <= 3 { k += 1 }
        guard k - end <= 3 else { return nil }
        // (the text is folded: `，` is `,`)
        return k == text.count || isHan(text[k]) || Self.afterModelNumber.contains(text[k]) ? k : nil
    }

    /// `Émile Durand, chief financial officer, said`, `…, its founder, …`: a title set off right
    /// after the name (its first word, after `its`, `the` or `a`/`an` at most: `Morgan Reilly, an analyst at`).
    private static let titleDeterminers: WordSet = ["its", "the", "an", "a"]
    private func followedByTitle(_ text: [Unicode.Scalar], _ end: Int) -> Bool {
        guard text.has([",", " "], at: end) else { return false }
        var k = end + 2
        for position in 0..<2 {
            let start = k
            while k < text.count, isLatinLetter(text[k]) || text[k] == "-" { k += 1 }
            guard k > start, k < text.count, text[k] == " " || text[k] == "," else { return false }
            let word = LowercasedWord(text, start..<k)
            if rules.titles.contains(word, in: text) { return true }
            guard position == 0, Self.titleDeterminers.contains(word, in: text), text[k] == " " else { return false }
            k += 1
        }
        return false
    }

    private func followedBySaid(_ text: [Unicode.Scalar], _ end: Int) -> Bool {
        Self.sayingVerbs.contains { text.has($0, at: end) }
    }

    // MARK: 《星海回响》, 大模型“星衡-4”

    /// The marks a work's name may stand in: title marks, and quotation marks after a noun for
    /// a product.
    static let nameMarks: [Unicode.Scalar] = ["《", "“", "「"]

    /// A title in title marks names a work (a game, a film, an app) unless it ends as the
    /// title of a document does (`《数据安全法》`, `《年度报告》`) or such a word follows it
    /// (`《两岸关系》杂志`); a name in quotation marks right after a product noun names a product
    /// (`新一代大模型“星衡-4”`, `芯片「天枢」`; other quotations are words said or coined). The name
    /// is what the marks hold.
    private func markedWorks(_ text: [Unicode.Scalar], stops: HanSentenceStops) -> [Candidate] {
        var result: [Candidate] = []
        var i = 0
        while true {
            i = stops.next(.nameMark, from: i)
            guard i < text.count else { break }
            let open = text[i]
            let close: Unicode.Scalar
            switch open {
            case "《": close = "》"
            case "“" where followsProductNoun(i, in: text): close = "”"
            case "「" where followsProductNoun(i, in: text): close = "」"
            default: i += 1; continue
            }
            var end = i + 1
            while end < text.count, end - i <= 16, text[end] != close, text[end] != open,
                  !(open == "《" ? Self.sentencePunctuation : Self.clauseMarks).contains(text[end]) { end += 1 }
            guard end < text.count, text[end] == close else { i += 1; continue }
            let title = (i + 1)..<end
            // `《两岸关系》杂志`: a word after the marks may say what the title is of, too
            if title.count >= 2, open != "《" || !rules.documentTitleEnds.endsBefore(end, in: text)
                && rules.documentTitleEnds.longestMatch(in: text, at: end + 1) == nil {
                result.append(Candidate(range: title, type: .product))
            }
            i = end + 1
        }
        return result
    }

    /// A product noun ends right before `i`, after a word of launching or owning a few characters
    /// before it in the clause (`发布新一代大模型`, `旗下AI芯片`; not `另一家平台`, `这里，手机`).
    private func followsProductNoun(_ i: Int, in text: [Unicode.Scalar]) -> Bool {
        guard let length = rules.productNouns.lengthEnding(at: i, in: text) else { return false }
        var end = i - length
        while end > 0, i - length - end <= 8, !Self.clauseMarks.contains(text[end - 1]) {
            if rules.productLaunchWords.endsBefore(end, in: text) { return true }
            end -= 1
        }
        return false
    }
    private static let clauseMarks = ScalarBitSet([",", "。", "!", "?", ";", ":", "、", "“", "”"])

    private static let sentencePunctuation = ScalarBitSet(["。", "!", "?", ";"])

    // MARK: 星河资本

    /// `星河资本`, `瑞康曲妥珠单抗`: two to four Han characters before an organisation's suffix
    /// (`资本`, `银行`), or two to six before a drug's stem (`单抗`, `替尼`), in one pass.
    private func chineseNamesBySuffix(_ text: [Unicode.Scalar], stops: HanSentenceStops, dates: () -> [Range<Int>],
                                      isWordBoundary: (Int) -> Bool, into add: (Candidate) -> Void) {
        let organisations = rules.chineseOrgSuffixes, products = rules.chineseProductSuffixes
        var i = 0
        while i < text.count {
            i = stops.next(.suffixStart, from: i)
            guard i < text.count else { break }
            let type: EntityType, longestPrefix: Int, suffixLength: Int
            if organisations.mayStart(text[i]), let length = organisations.longestMatch(in: text, at: i) {
                (type, longestPrefix, suffixLength) = (.org, 4, length)
            } else if products.mayStart(text[i]), let length = products.longestMatch(in: text, at: i) {
                (type, longestPrefix, suffixLength) = (.product, 6, length)
            } else {
                i += 1; continue
            }
            var suffixEnd = i + suffixLength
            // `华东酒业协会`: a suffix after a suffix ends the name (the short form keeps the first: `华东酒业`)
            var shortEnd = i
            while type == .org, suffixEnd < text.count, organisations.mayStart(text[suffixEnd]),
                  let more = organisations.longestMatch(in: text, at: suffixEnd) {
                shortEnd = suffixEnd
                suffixEnd += more
            }
            if rules.notAfterChineseSuffix.longestMatch(in: text, at: suffixEnd) != nil { i = suffixEnd; continue }
            var best: Int? = nil
            var start = i
            while start > 0, isHan(text[start - 1]), i - start < longestPrefix { start -= 1 }
            for s in start...i where i - s >= 2 {
                // a name follows a word it may follow, or a description (`民营银行前海融通银行`)
                if s > 0, isHan(text[s - 1]), !rules.beforeChineseName.endsBefore(s, in: text), !rules.organisationNouns.endsBefore(s, in: text) { continue }
                let prefix = text[s..<i]
                if rules.genericBeforeSuffix.occurs(in: prefix) || rules.genericEndingBeforeSuffix.endsBefore(i, in: text)
                    || rules.beforeChineseName.occurs(in: prefix) || isMadeOfCategories(prefix) { continue }
                // (`超过40家基金公司`: the count before the name's start counts too)
                if countsSomething(text[(s > 0 ? s - 1 : s)..<i]) || dates().contains(where: { $0.overlaps(s..<i) }) { continue }
                // ICU's word breaks last: they are computed for the sentence on first use
                guard s == 0 || !isHan(text[s - 1]) || isWordBoundary(s) else { continue }
                best = s; break
            }
            if let best { add(Candidate(range: best..<suffixEnd, type: type, shortForm: type == .org ? best..<shortEnd : nil)) }
            i = suffixEnd
        }
    }

    /// `运输公司`, `农村信息科技`: nouns for kinds of business, one after another, describe.
    private func isMadeOfCategories(_ prefix: ArraySlice<Unicode.Scalar>) -> Bool {
        let categories = rules.categoriesBeforeSuffix
        var k = prefix.startIndex
        while k < prefix.endIndex {
            guard categories.mayStart(prefix[k]), let length = categories.longestMatch(in: prefix, at: k) else { return false }
            k += length
        }
        return true
    }

    /// `三家公司`, `两个集团`: a number and a counter describe, they do not name.
    private func countsSomething(_ prefix: ArraySlice<Unicode.Scalar>) -> Bool {
        let numerals = Self.countNumerals, counters = Self.counters
        return zip(prefix, prefix.dropFirst()).contains { numerals.contains($0.0) || isASCIIDigit($0.0) ? counters.contains($0.1) : false }
    }

    /// (and the words that pick one out: `单家头部实验室`, `每家`, `该所`)
    private static let countNumerals = ScalarBitSet("一二两三四五六七八九十百千万几数多单每各某该这那哪首另".unicodeScalars)
    private static let counters = ScalarBitSet("家个位名所只".unicodeScalars)
}

/// Letters of Latin names beyond ASCII (`Hélène`, `Søren`, `Łukasz`).
private func isAccentedLetter(_ s: Unicode.Scalar) -> Bool { s.value >= 0xC0 && s.value <= 0x24F && s.value != 0xD7 && s.value != 0xF7 }

/// A letter of a Latin name, ASCII or accented.
func isNameLetter(_ s: Unicode.Scalar) -> Bool { isLatinLetter(s) || isAccentedLetter(s) }
