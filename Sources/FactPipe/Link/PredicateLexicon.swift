/// Words that say what a quantity measures, from `Lexicons/predicates.tsv`: columns
/// `trigger`, `predicate`, `lang` (`zh`, `en` or `*`), `kinds` (the quantity kinds the
/// trigger names, comma-separated, or `*`) and, optionally, `levels` (`yes` for a rate whose
/// level is still the measure: `增速放缓至5%` is growth). A trigger that is also an English
/// counted noun (`users`, `employees`) names the predicate of a count written with it. A
/// trigger written again with another predicate names that one for other kinds (`raised $50
/// million` is funding, `raised prices by 12%` growth). A row with predicate `-` is a phrase
/// that holds a trigger and names nothing (`made up`).
public struct PredicateLexicon: Sendable {
    /// What a trigger says: its predicate, the kinds of quantity it names, whether levels
    /// measure it. A sentence keeps this of each trigger it holds, not the form, so that the
    /// link rules' copies of it carry no array.
    struct Meaning: Sendable {
        let predicate: String
        /// The kinds the trigger names, a bit each (``QuantityKind/bit``).
        fileprivate let kinds: UInt8
        /// A rate (`增速`, `growth`): a level it reaches measures it, as a change does.
        let namesLevels: Bool
        /// ``PredicateChoice/isChange(_:)`` of the predicate, asked of triggers again and again.
        let namesChange: Bool
        /// A measure of a whole economy (``EconomyMeasures/measures(_:)``), kept in the bit of
        /// `kinds` no kind takes (a field of its own made every copy of a trigger dearer: +0.6 %
        /// instructions on Chinese text).
        var measuresEconomy: Bool { kinds & Meaning.economyBit != 0 }
        fileprivate static let economyBit: UInt8 = 128
        /// Predicate `-`: a phrase that holds a trigger and names nothing (`made up 42%` is no rise);
        /// it is given no kinds.
        var namesNothing: Bool { kinds == 0 }

        /// A change that is no rate: the level a figure after it reaches is not what it measures.
        var namesChangeOnly: Bool { namesChange && !namesLevels }

        func fits(_ kind: QuantityKind) -> Bool { kinds & kind.bit != 0 }
    }

    struct Trigger: Sendable {
        let meaning: Meaning
        let form: [Unicode.Scalar]

        /// `kinds`: a bit for each kind the trigger names (``QuantityKind/bit``).
        init(predicate: String, kinds: UInt8, form: [Unicode.Scalar], namesLevels: Bool = false) {
            let kinds = predicate == PredicateLexicon.noPredicate ? 0 : kinds | (EconomyMeasures.measures(predicate) ? Meaning.economyBit : 0)
            meaning = Meaning(predicate: predicate, kinds: kinds, namesLevels: namesLevels,
                              namesChange: PredicateChoice.isChange(predicate))
            self.form = form
        }

        var predicate: String { meaning.predicate }
        func fits(_ kind: QuantityKind) -> Bool { meaning.fits(kind) }
    }
    /// The rows and the trie over their forms, held once for every copy of the lexicon (each
    /// sentence keeps one until it looks for its triggers).
    private final class Tables: Sendable {
        let triggers: [Trigger]
        let trie: AliasTrie
        /// Per trigger, the next row written with the same form (-1: none).
        let sameForm: [Int]
        /// The code points a scan for triggers stops at: each form's first (as a match key) and
        /// the ASCII letters and digits (where a word starts, passed over whole). At any other
        /// no trigger starts, and the scan goes on to the next.
        let scanStops: ScalarBitSet
        /// The first Latin word of each form that starts with one (as the trie keeps them): a
        /// word of the text none starts with is passed over after one walk.
        let firstWords: LatinWordBits

        init(triggers: [Trigger] = [], trie: AliasTrie = AliasTrie(), sameForm: [Int] = []) {
            self.triggers = triggers
            self.trie = trie
            self.sameForm = sameForm
            var stops = ScalarBitSet(values: triggers.compactMap { $0.form.first.map(AliasTrie.key) })
            stops.insertASCIIDigitsAndLetters()
            scanStops = stops
            var words = LatinWordBits()
            for trigger in triggers where trigger.form.first.map(isLatinLetter) == true {
                words.insert(LatinWordBits.key(trigger.form, from: 0))
            }
            firstWords = words
        }
    }
    private var tables = Tables()
    var triggers: [Trigger] { tables.triggers }
    private var byNoun = WordTable<Int>([])
    /// The first code point of each of `byNoun`'s nouns.
    private var nounInitials = ScalarBitSet()

    public init() {}

    public init(directory: String) throws {
        try self.init(directory: directory, folder: CharacterFolder(simplified: SimplifiedTable.load(directory + "/simplified.tsv")))
    }

    /// Triggers are folded with `folder`.
    init(directory: String, folder: CharacterFolder) throws {
        let file = try TSVFile(path: directory + "/predicates.tsv")
        let (trigger, predicate, lang, kinds) = (try file.column("trigger"), try file.column("predicate"),
                                                 try file.column("lang"), try file.column("kinds"))
        let levels = file.columns.firstIndex(of: "levels")
        var added: [(form: [Unicode.Scalar], payload: Int32)] = []
        added.reserveCapacity(file.rows.count)
        var triggers: [Trigger] = [], sameForm: [Int] = []
        triggers.reserveCapacity(file.rows.count)
        // each distinct `kinds` field read once
        var kindSets: [String: UInt8] = [:]
        // the last row of each form, by a digest of the form (rows are compared on a hit)
        var lastOfForm: [UInt64: Int] = [:]
        lastOfForm.reserveCapacity(file.rows.count)
        // the last row of each counted noun
        var nouns: [String: Int] = [:]
        for row in file.rows {
            guard row.fields.is(lang, "zh") || row.fields.is(lang, "en") || row.fields.is(lang, "*") else {
                throw LexiconError(path: file.path, line: row.line, message: "lang must be zh, en or *")
            }
            let kindsField = row.fields[kinds]
            let set: UInt8
            if let known = kindSets[kindsField] { set = known } else {
                set = try Self.kinds(kindsField, path: file.path, line: row.line)
                kindSets[kindsField] = set
            }
            let form = folder.fold(row.fields.scalars(trigger)[...])
            let predicateName = row.fields[predicate]
            guard !form.isEmpty, !predicateName.isEmpty else {
                throw LexiconError(path: file.path, line: row.line, message: "empty trigger or predicate")
            }
            let namesLevels = levels.map { row.fields.is($0, "yes") } ?? false
            triggers.append(Trigger(predicate: predicateName, kinds: set, form: form, namesLevels: namesLevels))
            sameForm.append(-1)
            if let earlier = lastOfForm.updateValue(triggers.count - 1, forKey: Self.digest(form)), triggers[earlier].form == form {
                sameForm[earlier] = triggers.count - 1
            } else {
                added.append((form, Int32(triggers.count - 1)))
            }
            if set & QuantityKind.number.bit != 0 {
                let noun = row.fields[trigger].lowercased()
                nouns[noun] = triggers.count - 1
                if let first = noun.unicodeScalars.first { nounInitials.insert(first.value) }
            }
        }
        byNoun = WordTable(nouns.lazy.map { ($0.key, $0.value) })
        var trie = AliasTrie()
        trie.insert(added)
        tables = Tables(triggers: triggers, trie: trie, sameForm: sameForm)
    }

    /// The predicate of a phrase that names none (`made up`: its `up` is no rise).
    static let noPredicate = "-"

    /// FNV-1a over the form's code points.
    private static func digest(_ form: [Unicode.Scalar]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for s in form { hash = (hash ^ UInt64(s.value)) &* 0x100_0000_01b3 }
        return hash
    }

    /// The kinds a `kinds` field names, a bit each: `*` for every kind but dates, else a
    /// comma-separated list.
    private static func kinds(_ field: String, path: String, line: Int) throws -> UInt8 {
        if field == "*" { return QuantityKind.allCases.reduce(0) { $0 | $1.bit } & ~QuantityKind.date.bit }
        var set: UInt8 = 0
        for name in field.split(separator: ",") {
            guard let kind = QuantityKind(rawValue: String(name)) else {
                throw LexiconError(path: path, line: line, message: "unknown kind '\(name)'")
            }
            set |= kind.bit
        }
        return set
    }

    /// The trigger a counted noun is (`users` → `users`).
    func trigger(forNoun noun: String) -> Trigger? {
        // (most nouns are none: the first code point, lower-cased as `lowercased()` would for
        // ASCII and Han, is asked before the whole noun is lower-cased and hashed)
        // (the first code point through an iterator: `first` of the view walks it generically)
        var scalars = noun.unicodeScalars.makeIterator()
        guard let first = scalars.next() else { return nil }
        if first.isASCII || isHan(first), !nounInitials.contains(AliasTrie.key(first)) { return nil }
        return byNoun[Self.lowercased(noun)].map { triggers[$0] }
    }

    /// `noun.lowercased()`, the noun itself when it is so already: ASCII without a capital, or
    /// Han, which has no case (most nouns asked for are one or the other).
    private static func lowercased(_ noun: String) -> String {
        noun.unicodeScalars.allSatisfy { $0.isASCII ? !("A"..."Z").contains($0) : isHan($0) } ? noun : noun.lowercased()
    }

    /// Every trigger in `text` (folded), the longest at each position, left to right (each row
    /// of a form written more than once); English triggers only as whole words. Into `result`,
    /// emptied first (a buffer kept from sentence to sentence).
    func occurrences(in text: [Unicode.Scalar], into result: inout [(range: Range<Int>, trigger: Meaning)]) {
        result.empty()
        let triggers = tables.triggers, trie = tables.trie, sameForm = tables.sameForm, stops = tables.scanStops, firstWords = tables.firstWords
        let n = text.count
        // (no trigger starts inside a word: `i` is always the text's start, a position after a
        // code point that is no letter or digit, or the first letter or digit of a word)
        var i = 0
        while i < n {
            // (inline: in Chinese text the next stop is mostly a trigger's first character, and a
            // call would cost more than it passes over)
            while i < n, !stops.contains(text[i]) { i += 1 }
            guard i < n else { break }
            if isLatinLetter(text[i]) {
                i = Self.nextCandidate(fromWordAt: i, in: text, stops: stops, firstWords: firstWords)
                guard i < n else { break }
            }
            // (a Latin word here has passed the test of `firstWords`, which holds the first words the
            // trie's own test asks for: only the first keys are asked)
            if trie.mayMatchByFirstKeys(in: text, from: i, limit: n) {
                // the longest so far: where it ends and which trigger it is (-1: none yet)
                var best = (end: 0, trigger: Int32(-1))
                trie.forEachMatch(in: text, from: i, limit: n) { end, payload in
                    if end < n, isAlphanumeric(text[end]), isLatinLetter(triggers[Int(payload)].form.last!) { return }
                    best = (end, payload)
                }
                if best.trigger >= 0 {
                    var row = Int(best.trigger)
                    while row >= 0 {
                        if !triggers[row].meaning.namesNothing { result.append((i..<best.end, triggers[row].meaning)) }
                        row = sameForm[row]
                    }
                    i = best.end
                    // (a match ending before a digit, inside a word: the rest of the word is passed over)
                    if i < n, isAlphanumeric(text[i - 1]), isAlphanumeric(text[i]) { i = Self.wordEnd(from: i, in: text) }
                    continue
                }
            }
            i = isAlphanumeric(text[i]) ? Self.wordEnd(from: i + 1, in: text) : i + 1
        }
    }

    /// The first position from the Latin word at `i` that the trie must be asked about, or the
    /// text's end: Latin words that start no form (`firstWords`) or end a hyphenated compound are
    /// passed over, each after one walk that keys it and finds its end (the trie's own test would
    /// turn it down after a walk of its own), and so are code points that are no `stops`.
    private static func nextCandidate(fromWordAt i: Int, in text: [Unicode.Scalar], stops: ScalarBitSet, firstWords: LatinWordBits) -> Int {
        var i = i
        while i < text.count {
            // (a letter asked first, by its range: every Latin letter is a stop, and in English
            // text the code point after a word's end is mostly the next word's first)
            if isLatinLetter(text[i]) {
                let word = LatinWordBits.keyAndEnd(text, from: i)
                // (`weight-loss injection`, `high-growth markets`: the last word of a compound names no measure)
                if firstWords.mayContain(word.key), !(i >= 2 && text[i - 1] == "-" && isLatinLetter(text[i - 2])) { return i }
                i = wordEnd(from: word.end, in: text)
            } else if stops.contains(text[i]) {
                return i
            } else {
                i += 1
            }
        }
        return i
    }

    /// The first position from `k` on that holds no letter or digit (or the text's end).
    @inline(__always) private static func wordEnd(from k: Int, in text: [Unicode.Scalar]) -> Int {
        var k = k
        while k < text.count, isAlphanumeric(text[k]) { k += 1 }
        return k
    }
}

private extension QuantityKind {
    /// A bit of its own for each kind (128 is left for ``PredicateLexicon/Meaning/measuresEconomy``).
    var bit: UInt8 {
        switch self {
        case .money: 1
        case .percent: 2
        case .number: 4
        case .multiple: 8
        case .fraction: 16
        case .duration: 32
        case .date: 64
        }
    }
}
