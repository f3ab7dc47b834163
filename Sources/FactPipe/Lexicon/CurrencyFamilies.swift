import FoundationEssentials

/// Families of currencies that go by one word (`crowns`: the Norwegian, Swedish and Danish
/// crowns), from `currency-families.tsv`: an amount in the word alone (`18.2 billion crowns`)
/// is in the currency of the family the text last named in full (``CurrencyContext``).
enum CurrencyFamilies {
    /// Marks the currency forms of `suffixes` that a family's words are (each word added when it
    /// is not a form of its own) or end (`Norwegian crowns`, `挪威克朗`), with the family's number
    /// (from 1, in the order the file names them). A folder without the file has no families.
    static func assign(path: String, to suffixes: inout [String: CurrencyForm]) throws {
        guard FileManager.default.fileExists(atPath: path) else { return }
        let file = try TSVFile(path: path)
        let (wordColumn, familyColumn) = (try file.column("word"), try file.column("family"))
        var families: [String] = []
        // (compared as lower-case code points: strings' own comparison reads them as characters)
        var wordFamilies: [(word: [Unicode.Scalar], family: UInt8)] = []
        for row in file.rows {
            let name = row.fields[familyColumn]
            if !families.contains(name) {
                guard families.count < Int(UInt8.max) else { throw LexiconError(path: path, line: row.line, message: "too many families") }
                families.append(name)
            }
            let word = row.fields[wordColumn]
            let family = UInt8(families.firstIndex(of: name)! + 1)
            wordFamilies.append((lowered(word), family))
            suffixes[word, default: CurrencyForm()].family = family
            suffixes[word, default: CurrencyForm()].isSharedWord = true
        }
        for (form, currency) in suffixes where !currency.isSharedWord {
            let scalars = lowered(form)
            guard let match = wordFamilies.first(where: { isFullName(scalars, endingIn: $0.word) }) else { continue }
            suffixes[form]?.family = match.family
        }
    }

    /// `text`'s code points lower-cased as the currency table matches them.
    private static func lowered(_ text: String) -> [Unicode.Scalar] { text.unicodeScalars.map(FormTable<CurrencyForm>.lower) }

    /// Whether `form` names a currency of the family of `word` in full: it ends in the word, after
    /// a space when the word is Latin (`norwegian crowns`; not `us$` of `$`).
    private static func isFullName(_ form: [Unicode.Scalar], endingIn word: [Unicode.Scalar]) -> Bool {
        guard form.count > word.count, form.suffix(word.count).elementsEqual(word), let first = word.first else { return false }
        return isHan(first) || form[form.count - word.count - 1] == " "
    }
}
