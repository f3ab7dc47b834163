/// Chinese personal names no lexicon lists (`陈志远`), found by a surname and a frame that
/// only a person fits:
/// - after a title (`合伙人陈志远`, `首席执行官李晓明`), before what follows a name;
/// - before a verb of saying at the start of a clause (`，周鸿祎表示`, `据黄仁勋介绍`);
/// - alone in Latin-script text (`and 陈志远, a partner at …`).
/// The given name is one or two characters; two are taken when the frame allows both.
struct ChinesePersonNames {
    let rules: NameRules

    /// `stops` are the sentence's.
    func find(in text: [Unicode.Scalar], stops: HanSentenceStops, taken: (Range<Int>) -> Bool) -> [Range<Int>] {
        var result: [Range<Int>] = []
        func add(_ r: Range<Int>) {
            if !taken(r), !result.contains(where: { $0.overlaps(r) }) { result.append(r) }
        }
        var latinScript: Bool? = nil
        // (each turn takes the next stop first: no `defer`, which the scan's inlined loop would leave out of line)
        var i = -1
        while true {
            i = stops.next(.surnameStart, from: i + 1)
            guard i < text.count else { break }
            guard isHan(text[i]), mayFrameName(text, at: i), let surname = rules.chineseSurnames.longestMatch(in: text, at: i) else { continue }
            if let title = rules.chineseTitles.lengthEnding(at: i, in: text), title > 0, let name = nameAfterTitle(text, i, surname) {
                add(name); continue
            }
            if opensClause(text, at: i), let name = nameBeforeSaying(text, i, surname) { add(name); continue }
            // the sentence's script last: it is counted once, when a name first asks for it
            guard let name = nameInLatinText(text, i, surname) else { continue }
            if latinScript == nil {
                // (one pass for both counts: no code point is both Han and a Latin letter)
                var han = 0, latin = 0
                for s in text {
                    if isHan(s) { han += 1 } else if isLatinLetter(s) { latin += 1 }
                }
                latinScript = latin > 4 * han
            }
            if latinScript == true { add(name) }
        }
        // (in order already: each name starts at its surname, and the surnames are visited left to right)
        return result
    }

    /// Whether a frame may hold a name that starts at `i`: each needs the text's start, a code
    /// point other than Han, a title's end or the end of what goes before a saying right
    /// before it (tested on that code point alone, before the surname is looked up).
    @inline(__always) private func mayFrameName(_ text: [Unicode.Scalar], at i: Int) -> Bool {
        i == 0 || !isHan(text[i - 1]) || rules.chineseTitles.mayEnd(text[i - 1]) || rules.beforeChineseSaying.mayEnd(text[i - 1])
    }

    /// `合伙人陈志远认为`: the longest given name that something a name is followed by ends.
    private func nameAfterTitle(_ text: [Unicode.Scalar], _ start: Int, _ surname: Int) -> Range<Int>? {
        for given in [2, 1] {
            let end = start + surname + given
            guard end <= text.count, text[(start + surname)..<end].allSatisfy(isHan) else { continue }
            if given == 1, rules.notChineseNameEnds.contains(text[end - 1]) { continue }
            // (`部长侯捷在今天召开的…`: a word a name is followed by, 在, is no given name's end)
            if given == 2, rules.afterChineseName.longestMatch(in: text, at: end - 1) == 1 { continue }
            if endsName(text, at: end) { return start..<end }
        }
        return nil
    }

    /// `周鸿祎表示`: a name directly before a verb of saying.
    private func nameBeforeSaying(_ text: [Unicode.Scalar], _ start: Int, _ surname: Int) -> Range<Int>? {
        for given in [2, 1] {
            let end = start + surname + given
            guard end <= text.count, text[(start + surname)..<end].allSatisfy(isHan) else { continue }
            if given == 1, rules.notChineseNameEnds.contains(text[end - 1]) { continue }
            if rules.chineseSayings.longestMatch(in: text, at: end) != nil { return start..<end }
        }
        return nil
    }

    /// `and 陈志远, a partner`: a short run of Han characters in a sentence of Latin script.
    private func nameInLatinText(_ text: [Unicode.Scalar], _ start: Int, _ surname: Int) -> Range<Int>? {
        guard start == 0 || !isHan(text[start - 1]) else { return nil }
        var end = start
        while end < text.count, isHan(text[end]) { end += 1 }
        let given = end - start - surname
        guard (1...2).contains(given) else { return nil }
        return start..<end
    }

    private func opensClause(_ text: [Unicode.Scalar], at i: Int) -> Bool {
        if i == 0 || !isHan(text[i - 1]) { return true }
        return rules.beforeChineseSaying.endsBefore(i, in: text)
    }

    private func endsName(_ text: [Unicode.Scalar], at end: Int) -> Bool {
        end == text.count || !isHan(text[end]) || rules.chineseSayings.longestMatch(in: text, at: end) != nil
            || rules.afterChineseName.longestMatch(in: text, at: end) != nil
    }
}
