import FoundationEssentials

/// What an extraction run needs besides the text.
public struct ExtractionOptions: Sendable {
    /// The date relative mentions (`今年`, `last year`) are resolved against; when `nil`,
    /// the first full date written in a document is used.
    public var referenceDate: ReferenceDate?

    public init(referenceDate: ReferenceDate? = nil) {
        self.referenceDate = referenceDate
    }
}

/// Turns documents into facts: normalise → segment → recognise → values → link.
///
/// An extractor owns ICU objects and is not thread-safe: make one per worker.
public final class Extractor: @unchecked Sendable {
    let lexicons: Lexicons
    let rates: RateTable
    let options: ExtractionOptions
    let folder: CharacterFolder
    let segmenter: Segmenter

    public init(lexicons: Lexicons, rates: RateTable, options: ExtractionOptions = ExtractionOptions()) throws {
        self.lexicons = lexicons
        self.rates = rates
        self.options = options
        self.folder = try CharacterFolder()
        self.segmenter = try Segmenter()
    }

    /// Starts a document that will be fed paragraph by paragraph.
    public func session() -> DocumentSession { DocumentSession(extractor: self) }

    /// All facts of a whole document.
    public func extract(_ text: String) -> [Fact] {
        extract(Array(text.unicodeScalars))
    }

    public func extract(_ scalars: Scalars) -> [Fact] {
        let session = session()
        var facts: [Fact] = []
        for paragraph in ParagraphSplitter.paragraphs(scalars) {
            facts.append(contentsOf: session.feed(Array(scalars[paragraph])))
        }
        return facts
    }
}

/// One document in progress: paragraphs go in, in order, and their facts come out at
/// once, so a long stream never has to be held in memory.
public final class DocumentSession {
    private let extractor: Extractor
    private var offset = 0
    private var currencies = CurrencyContext()
    private var documentDate: ReferenceDate?
    private let linker: FactLinker

    init(extractor: Extractor) {
        self.extractor = extractor
        self.linker = FactLinker()
    }

    /// Code points consumed so far.
    public var position: Int { offset }

    /// Extracts the facts of the next piece of the document; `paragraph` must start where
    /// the previous one ended. Spans in the facts are offsets into the whole document.
    public func feed(_ paragraph: Scalars) -> [Fact] {
        defer { offset += paragraph.count }
        let folded = extractor.folder.fold(paragraph[...])
        let sentenceRanges = extractor.segmenter.sentences(paragraph[...])
        var perSentence: [[SentenceQuantity]] = []
        perSentence.reserveCapacity(sentenceRanges.count)
        for range in sentenceRanges {
            let text = Array(folded[range])
            guard text.contains(where: { $0.value >= 0x30 && $0.value <= 0x39 || $0.value >= 0x41 || $0.value == 0x24 }) else {
                perSentence.append([]); continue
            }
            var boundaries: [Bool]? = nil
            let segmenter = extractor.segmenter
            let recognizer = QuantityRecognizer(lexicons: extractor.lexicons, text: text) { index in
                if boundaries == nil { boundaries = segmenter.wordBoundaries(paragraph[range]) }
                return boundaries![index]
            }
            perSentence.append(recognizer.recognize())
        }
        currencies.resolve(&perSentence)

        var facts: [Fact] = []
        let converter = USDConverter(rates: extractor.rates)
        for (s, range) in sentenceRanges.enumerated() where !perSentence[s].isEmpty {
            let sentenceText = paragraph.text(range).trimmed
            let lang = paragraph[range].contains(where: isHan) ? "zh" : "en"
            for found in perSentence[s] {
                var quantity = found.quantity
                quantity.span = (quantity.span.lowerBound + range.lowerBound + offset)..<(quantity.span.upperBound + range.lowerBound + offset)
                if let date = found.date {
                    if documentDate == nil, let y = date.year, let m = date.month, let d = date.day, date.relativeYear == nil {
                        documentDate = ReferenceDate(year: y, month: m, day: d)
                    }
                    quantity.time = date.iso(reference: extractor.options.referenceDate ?? documentDate)
                }
                if let unitSpan = found.unitSpan {
                    quantity.unit = paragraph.text((unitSpan.lowerBound + range.lowerBound)..<(unitSpan.upperBound + range.lowerBound))
                }
                let local = (quantity.span.lowerBound - offset)..<(quantity.span.upperBound - offset)
                var fact = Fact(quantity: quantity, text: paragraph.text(local), usd: nil, subject: nil,
                                predicate: nil, object: nil, time: quantity.time, sentence: sentenceText, lang: lang)
                linker.link(&fact)
                fact.usd = converter.convert(fact.quantity, at: fact.time)
                facts.append(fact)
            }
        }
        return facts
    }
}
