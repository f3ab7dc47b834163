/// The currency a text has established, for amounts written without one (`投资20亿`):
/// the sentence's, then the paragraph's, then the document's so far.
struct CurrencyContext {
    var document: String?

    /// Fills in the currency of quantities that want one from context, in place.
    /// `sentences` holds each sentence's quantities of one paragraph.
    mutating func resolve(_ sentences: inout [[SentenceQuantity]]) {
        // currencies are counted only in a paragraph, and a sentence, with an amount that wants one
        let wanting = sentences.indices.filter { sentences[$0].contains(where: \.wantsContextCurrency) }
        let paragraphCurrency = wanting.isEmpty ? nil : Self.dominant(sentences[...])
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
        if let last = sentences.joined().last(where: { $0.quantity.kind == .money && !$0.quantity.currencyInferred })?.quantity.currency {
            document = last
        }
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
