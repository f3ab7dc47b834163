/// The currency a text has established, for amounts written without one (`投资20亿`):
/// the sentence's, then the paragraph's, then the document's so far.
struct CurrencyContext {
    var document: String?
    /// The currency each family of currencies (``CurrencyFamilies``) was last named in full
    /// with, by the family's number (0: the unit 元, ``CurrencyFamilyWord/localUnit``).
    private var familyCurrencies: [String?] = []

    /// Fills in the currency of quantities that want one from context, in place.
    /// `sentences` holds the quantities of each sentence of `text` (at `ranges` in it): a piece
    /// that may hold several paragraphs (a stream's pieces hold all a read brought), each of
    /// which counts on its own, as it does read whole; no `text`, one paragraph.
    mutating func resolve(_ sentences: inout [[SentenceQuantity]], at ranges: [Range<Int>], in text: Scalars?) {
        guard let text, sentences.contains(where: Self.wantsCurrency) else {
            resolve(&sentences, paragraph: sentences.indices)
            return
        }
        // each sentence in the paragraph it starts in, the last taking the rest
        var first = 0
        for paragraph in ParagraphSplitter.paragraphs(text).dropLast() {
            var end = first
            while end < sentences.count, ranges[end].lowerBound < paragraph.upperBound { end += 1 }
            resolve(&sentences, paragraph: first..<end)
            first = end
        }
        resolve(&sentences, paragraph: first..<sentences.count)
    }

    /// ``resolve(_:at:in:)`` for the sentences of one paragraph.
    private mutating func resolve(_ sentences: inout [[SentenceQuantity]], paragraph: Range<Int>) {
        resolveFamilies(&sentences, paragraph: paragraph)
        // currencies are counted only in a paragraph, and a sentence, with an amount that wants one
        let wanting = paragraph.filter { Self.wantsCurrency(sentences[$0]) }
        let paragraphCurrency = wanting.isEmpty ? nil : Self.dominant(sentences[paragraph])
        for s in wanting {
            let sentenceCurrency = Self.dominant(sentences[s...s])
            for q in sentences[s].indices where sentences[s][q].wantsContextCurrency {
                guard let currency = sentenceCurrency ?? paragraphCurrency ?? document else { continue }
                sentences[s][q].quantity.kind = .money
                sentences[s][q].quantity.currency = currency
                sentences[s][q].quantity.unit = currency
                sentences[s][q].quantity.currencyInferred = true
            }
        }
        if let last = Self.lastWrittenCurrency(sentences[paragraph]) { document = last }
    }

    /// Gives an amount in a word a family of currencies shares (`18.2 billion crowns`) the
    /// currency the text last named in full with a word of that family (`Norwegian crowns`),
    /// in the order written.
    private mutating func resolveFamilies(_ sentences: inout [[SentenceQuantity]], paragraph: Range<Int>) {
        for s in paragraph {
            for q in sentences[s].indices {
                guard let word = sentences[s][q].currencyFamily else { continue }
                let family = Int(word.family)
                if !word.isShared {
                    if familyCurrencies.count <= family { familyCurrencies += repeatElement(nil, count: family + 1 - familyCurrencies.count) }
                    familyCurrencies[family] = sentences[s][q].quantity.currency
                } else if family < familyCurrencies.count, let currency = familyCurrencies[family],
                          currency != sentences[s][q].quantity.currency {
                    // (taken from context only where the word alone says otherwise: `francs`
                    // after `Swiss francs` is the franc it would be anyway)
                    sentences[s][q].quantity.kind = .money
                    sentences[s][q].quantity.currency = currency
                    sentences[s][q].quantity.unit = currency
                    sentences[s][q].quantity.currencyInferred = true
                    sentences[s][q].unitSpan = nil
                }
            }
        }
    }

    // (the quantities below are read in place through their indices: iterating an array
    // copies each element, and a quantity holds a few strings)

    /// Whether an amount of `sentence` wants a currency from context.
    private static func wantsCurrency(_ sentence: [SentenceQuantity]) -> Bool {
        sentence.indices.contains { sentence[$0].wantsContextCurrency }
    }

    /// The currency of the last money amount that names its own, if that names one.
    private static func lastWrittenCurrency(_ sentences: ArraySlice<[SentenceQuantity]>) -> String? {
        for s in sentences.indices.reversed() {
            for q in sentences[s].indices.reversed() where sentences[s][q].quantity.kind == .money && !sentences[s][q].quantity.currencyInferred {
                return sentences[s][q].quantity.currency
            }
        }
        return nil
    }

    /// The currency written most often among explicit money amounts (the first on a tie).
    private static func dominant(_ sentences: ArraySlice<[SentenceQuantity]>) -> String? {
        // counted in a list in the order first written, not a dictionary: a paragraph names few
        // currencies, and comparing their short codes costs less than hashing them
        var counts: [(currency: String, count: Int)] = []
        for sentence in sentences {
            // each quantity read in place, not copied
            for k in sentence.indices where sentence[k].quantity.kind == .money && !sentence[k].quantity.currencyInferred {
                guard let c = sentence[k].quantity.currency else { continue }
                if let n = counts.firstIndex(where: { $0.currency == c }) { counts[n].count += 1 } else { counts.append((c, 1)) }
            }
        }
        var best: (currency: String, count: Int)? = nil
        for entry in counts where entry.count > best?.count ?? 0 { best = entry }
        return best?.currency
    }
}
