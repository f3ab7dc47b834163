// What a `DocumentSession` carries from one paragraph to the next, in two halves that share
// no memory: the first finds the names and quantities of a paragraph folded and cut into
// sentences (`PreparedParagraph`, which carries nothing over) (`RecognitionState`), the second
// links them and hands the facts on (`LinkState`). One thread may run the first half on a
// paragraph while another prepares the next and runs the second on the one before.

/// The memory a document's sentences reuse, kept by the extractor from one document to the
/// next: in a batch of short documents, each grew its own again. What it holds is never read
/// before it is written: each user empties or overwrites it first.
struct DocumentBuffers {
    var recognition = RecognitionBuffers()
    var link = LinkBuffers()
}

/// The memory of the first half.
struct RecognitionBuffers {
    /// The memory of the word shapes, reused by the recogniser of every sentence.
    var wordShapes = WordShapes.Storage()
    /// The memory of the entity recogniser, reused for every sentence.
    var nameScratch = EntityRecognizer.Scratch()
    /// The folded text of each sentence of a paragraph, as the paragraph before left it: its
    /// arrays are refilled for the next paragraph's sentences, not made anew.
    var sentenceTexts: [(text: [Unicode.Scalar], holdsHan: Bool)] = []
    /// The word boundaries of the paragraph's sentences, with their memory.
    private var words: ClauseWordBoundaries?
    /// The Chinese forms of the document before, for the memory of their heads.
    var chineseForms: DocumentNames.SpareChineseForms?

    /// The word boundaries kept, or new ones where none are kept for this segmenter and clock.
    mutating func clauseWords(segmenter: Segmenter, clock: StageClock?) -> ClauseWordBoundaries {
        if let words, words.segmenter === segmenter, words.clock === clock { return words }
        let made = ClauseWordBoundaries(segmenter: segmenter, clock: clock)
        words = made
        return made
    }
}

/// The memory of the second half.
struct LinkBuffers {
    /// The facts of a sentence as they are made: one buffer for every sentence of the
    /// document, left empty by each (one a paragraph was grown again in each).
    var sentenceFacts: [Fact] = []
    /// The memory the UTF-8 of each sentence with facts is written into.
    var sentenceUTF8: [UInt8] = []
    /// The linker's, between documents (a document's linker holds them while it lasts).
    var linker: FactLinker.Buffers?
}

/// A paragraph folded and cut into sentences (``DocumentSession/prepare(_:)``), for the first
/// half of its session's work (``DocumentSession/recognise(_:)``). It holds values only, and
/// may pass from one thread to another.
public struct PreparedParagraph: @unchecked Sendable {
    let paragraph: Scalars
    /// The folded view of the paragraph (``CharacterFolder``).
    let folded: [Unicode.Scalar]
    let sentenceRanges: [Range<Int>]
    /// Whether the folded view reads a line end of the paragraph as nothing (a zero-width space:
    /// one that wraps Chinese text, or the LF of a wrapping CR LF, ``WrappedLines``).
    let holdsWrapsReadAsNothing: Bool

    /// `paragraph` folded with `folder` and cut into sentences by `segmenter`.
    init(_ paragraph: Scalars, folder: CharacterFolder, segmenter: Segmenter, clock: StageClock?) {
        self.paragraph = paragraph
        var folded = folder.fold(paragraph[...])
        clock?.lap(.normalise)
        var wrapped: [(position: Int, readsAs: Unicode.Scalar)] = []
        sentenceRanges = segmenter.sentences(paragraph[...], wrappedLineEnds: &wrapped)
        // a line end inside a sentence reads as what it stands for: a space (`revenue of` /
        // `$11.4 billion`), or nothing (`募资130亿` / `美元`)
        for line in wrapped { folded[line.position] = line.readsAs }
        self.folded = folded
        holdsWrapsReadAsNothing = wrapped.contains { $0.readsAs == WrappedLines.nothing }
        clock?.lap(.segment)
    }
}

/// A paragraph whose names and quantities are found (``DocumentSession/recognise(_:)``), to be
/// linked and written by the same session (``DocumentSession/encodeRecords(of:doc:with:into:flushAt:flush:)``).
/// It holds values only, and may pass from one thread to another.
public struct RecognisedParagraph: @unchecked Sendable {
    fileprivate(set) var paragraph: Scalars
    fileprivate var sentenceRanges: [Range<Int>] = []
    /// The folded text of each sentence, with whether it holds Han text (more entries than
    /// sentences where the arrays were reused).
    fileprivate(set) var sentenceTexts: [(text: [Unicode.Scalar], holdsHan: Bool)]
    fileprivate var sentenceNames: [[EntityRecognizer.Found]] = []
    fileprivate var perSentence: [[SentenceQuantity]] = []
    /// The entities named, in document positions, when they are asked for.
    fileprivate var entities: [EntityMention] = []
    /// The folded text the paragraph was prepared with, let go of with the paragraph (by the
    /// thread that prepared it, where the halves run apart).
    fileprivate var folded: [Unicode.Scalar] = []
    /// ``PreparedParagraph/holdsWrapsReadAsNothing``.
    fileprivate var holdsWrapsReadAsNothing = false

    /// Lets go of what the thread that prepared the paragraph allocated (the paragraph, its
    /// folded text, its sentences' ranges), on that thread, which links it: what is left is the
    /// first half's (``SpentParagraphs``).
    mutating func releasePrepared() {
        paragraph = []
        folded = []
        sentenceRanges = []
    }

    /// The paragraph moved out (not copied: a copy retains each of its arrays), an empty one
    /// left in its place.
    mutating func take() -> RecognisedParagraph {
        var taken = RecognisedParagraph(paragraph: [], sentenceTexts: [])
        swap(&taken, &self)
        return taken
    }
}

/// The first half: the document's names so far, and where the next paragraph starts.
struct RecognitionState {
    var offset = 0
    var names: DocumentNames
    var buffers: RecognitionBuffers
    var traditionalForms = TraditionalTextForms()

    /// Finds the names of the paragraph's sentences, then their quantities.
    mutating func recognise(_ prepared: PreparedParagraph, extractor: Extractor) -> RecognisedParagraph {
        let paragraph = prepared.paragraph, folded = prepared.folded, sentenceRanges = prepared.sentenceRanges
        defer { offset += paragraph.count }
        var result = RecognisedParagraph(paragraph: paragraph, sentenceTexts: [])
        swap(&result.sentenceTexts, &buffers.sentenceTexts)
        result.sentenceRanges = sentenceRanges
        result.folded = folded
        result.holdsWrapsReadAsNothing = prepared.holdsWrapsReadAsNothing
        let clock = extractor.clock
        let segmenter = extractor.segmenter
        result.perSentence.reserveCapacity(sentenceRanges.count)
        result.sentenceNames.reserveCapacity(sentenceRanges.count)
        let words = buffers.clauseWords(segmenter: segmenter, clock: clock)
        words.begin(paragraph)
        // (one closure for every sentence: a method reference made at each use is allocated each time)
        let isWordBoundary: (Int) -> Bool = words.isBoundary
        for (s, range) in sentenceRanges.enumerated() {
            if s == result.sentenceTexts.count { result.sentenceTexts.append(([], false)) }
            result.sentenceTexts[s].text.removeAll(keepingCapacity: true)
            result.sentenceTexts[s].text.append(contentsOf: folded[range])
            let text = result.sentenceTexts[s].text
            let holdsHan = FactPipe.holdsHan(text)
            result.sentenceTexts[s].holdsHan = holdsHan
            words.start(range, sentence: s)
            let sentenceFound = extractor.entityRecognizer.find(folded: text, original: paragraph[range], names: &names, holdsHan: holdsHan,
                                                                mayHoldWrap: prepared.holdsWrapsReadAsNothing,
                                                                isWordBoundary: isWordBoundary, scratch: &buffers.nameScratch)
            result.sentenceNames.append(sentenceFound)
            clock?.lap(.entities)
            if extractor.options.entities {
                for f in sentenceFound {
                    let span = (f.range.lowerBound + range.lowerBound)..<(f.range.upperBound + range.lowerBound)
                    result.entities.append(EntityMention(span: (span.lowerBound + offset)..<(span.upperBound + offset), text: paragraph.text(span),
                                                         name: f.name, type: f.type, known: f.known, owner: f.owner))
                }
            }
        }
        // (the names of every sentence first, then the quantities: each stage's code and tables
        // stay in the processor's caches over the paragraph, where the stages taken in turn for
        // each sentence evicted each other)
        for (s, range) in sentenceRanges.enumerated() {
            guard !extractor.filtersSentences || CandidateFilter.mayHoldQuantity(folded[range]) else {
                result.perSentence.append([]); continue
            }
            let (text, holdsHan) = result.sentenceTexts[s]
            let sentenceFound = result.sentenceNames[s]
            words.resume(range, sentence: s)
            words.askingStage = .recognise
            var recognizer = QuantityRecognizer(lexicons: extractor.lexicons, text: text, holdsHan: holdsHan,
                                                mayHoldWrap: prepared.holdsWrapsReadAsNothing, isWordBoundary: isWordBoundary,
                                                wordShapes: &buffers.wordShapes)
            var quantities = recognizer.recognize()
            recognizer.giveBackWordShapes(to: &buffers.wordShapes)
            // `五粮液`, `三一重工`: a numeral inside a known name is part of the name (a name that is
            // all figure, `3M`, is left to the reader of figures)
            // (looked for first through the indices: removing copies every quantity it passes)
            if !sentenceFound.isEmpty, quantities.indices.contains(where: {
                Self.liesInKnownName(quantities[$0].quantity.kind, quantities[$0].quantity.span, sentenceFound)
            }) {
                quantities.removeAll { Self.liesInKnownName($0.quantity.kind, $0.quantity.span, sentenceFound) }
            }
            if holdsHan, !quantities.isEmpty { traditionalForms.settle(&quantities, range: range, original: paragraph, folded: folded) }
            // `72.15 U.S. cents`, `5 billion Hong Kong dollars`: a place that names an amount's currency
            // is no one the sentence's figures are of
            if sentenceFound.indices.contains(where: { sentenceFound[$0].type == .place && Self.namesCurrency(sentenceFound[$0].range, quantities) }) {
                result.sentenceNames[s].removeAll { $0.type == .place && Self.namesCurrency($0.range, quantities) }
            }
            result.perSentence.append(quantities)
            clock?.lap(.recognise)
        }
        words.finish()
        return result
    }

    /// Keeps the memory of `recognised`'s sentence texts for the next paragraph (where the
    /// paragraph was recognised and linked on the same thread).
    mutating func reuse(_ recognised: inout RecognisedParagraph) {
        swap(&buffers.sentenceTexts, &recognised.sentenceTexts)
    }

    /// Whether a name at `range` lies inside an amount of money, after its number.
    private static func namesCurrency(_ range: Range<Int>, _ quantities: [SentenceQuantity]) -> Bool {
        quantities.indices.contains {
            quantities[$0].quantity.kind == .money && quantities[$0].quantity.span.lowerBound < range.lowerBound
                && range.upperBound <= quantities[$0].quantity.span.upperBound
        }
    }

    /// Whether a quantity at `span` that is not a date is a numeral inside a known name
    /// (`五粮液`, `三一重工`), which is part of the name.
    private static func liesInKnownName(_ kind: QuantityKind, _ span: Range<Int>, _ names: [EntityRecognizer.Found]) -> Bool {
        kind != .date && names.contains {
            $0.known && $0.range.lowerBound <= span.lowerBound && span.upperBound <= $0.range.upperBound && $0.range.count > span.count
        }
    }
}

/// The second half: the document's currencies, first full date and linker, and where the next
/// paragraph starts.
struct LinkState {
    var offset = 0
    var currencies = CurrencyContext()
    var documentDate: ReferenceDate?
    var linker: FactLinker
    /// The entities of the paragraph linked last (document positions).
    var entities: [EntityMention] = []
    var buffers: LinkBuffers

    /// Goes past a paragraph of `count` code points that holds nothing but blank lines.
    mutating func passBlank(_ count: Int) {
        offset += count
        entities = []
    }

    /// Links the quantities of `recognised` (recognised in turn after the paragraph linked
    /// before, `oneParagraph` if it is known to hold one only), handing the facts of each
    /// sentence to `sink`.
    mutating func link<Sink: FactSink>(_ recognised: inout RecognisedParagraph, extractor: Extractor, oneParagraph: Bool,
                                       into sink: inout Sink) {
        let paragraph = recognised.paragraph
        defer { offset += paragraph.count }
        entities = recognised.entities
        let quantityCount = recognised.perSentence.reduce(0) { $0 + $1.count }
        guard quantityCount > 0 || recognised.sentenceNames.contains(where: { !$0.isEmpty }) else { return }
        let clock = extractor.clock
        currencies.resolve(&recognised.perSentence, at: recognised.sentenceRanges, in: oneParagraph ? nil : paragraph)

        sink.prepare(facts: quantityCount, entities: entities)
        let converter = extractor.converter
        let reference = extractor.options.referenceDate
        for (s, range) in recognised.sentenceRanges.enumerated() {
            let opensParagraph = Self.opensLine(range.lowerBound, in: paragraph)
            if opensParagraph { linker.startParagraph() }
            // (a sentence without quantities or names has nothing to link)
            if recognised.perSentence[s].isEmpty && recognised.sentenceNames[s].isEmpty {
                if opensParagraph { linker.passParagraphOpening() }
                continue
            }
            let sentenceText = recognised.perSentence[s].isEmpty ? UTF8Text.empty
                : UTF8Text(paragraph, Self.trim(paragraph, range), reusing: &buffers.sentenceUTF8)
            let lang = recognised.perSentence[s].isEmpty ? "" : holdsHan(paragraph[range]) ? "zh" : "en"
            buffers.sentenceFacts.reserveCapacity(recognised.perSentence[s].count)
            // each quantity moved out, not copied (it holds a few strings)
            // (the quantity is completed inside `found` and taken out of it last, moved into the
            // fact: copied out first, it would be copied and then released with `found`)
            recognised.perSentence[s].removeEach { (found: consuming SentenceQuantity) in
                let local = found.quantity.span
                found.quantity.span = (local.lowerBound + range.lowerBound + offset)..<(local.upperBound + range.lowerBound + offset)
                if let date = found.date {
                    if documentDate == nil, let y = date.year, let m = date.month, let d = date.day, date.relativeYear == nil {
                        documentDate = ReferenceDate(year: y, month: m, day: d)
                    }
                    found.quantity.time = date.iso(reference: reference ?? documentDate)
                }
                if let unitSpan = found.unitSpan {
                    found.quantity.unit = paragraph.text((unitSpan.lowerBound + range.lowerBound)..<(unitSpan.upperBound + range.lowerBound))
                }
                let text = paragraph.text((local.lowerBound + range.lowerBound)..<(local.upperBound + range.lowerBound))
                let time = found.quantity.time
                buffers.sentenceFacts.append(Fact(quantity: (consume found).quantity, text: text, usd: nil, subject: nil,
                                                  predicate: nil, object: nil, time: time, sentenceUTF8: sentenceText, lang: lang))
            }
            if buffers.sentenceFacts.isEmpty && recognised.sentenceNames[s].isEmpty {
                if opensParagraph { linker.passParagraphOpening() }
                continue
            }
            let base = range.lowerBound + offset
            let (text, holdsHan) = recognised.sentenceTexts[s]
            if recognised.holdsWrapsReadAsNothing, case let compacted = CompactedText(droppingWrapsOf: text), !compacted.keepsPositions {
                linkAcrossWraps(compacted, holdsHan: holdsHan, base: base, entities: recognised.sentenceNames[s],
                                reference: reference ?? documentDate)
            } else {
                let view = linker.sentence(text: text, holdsHan: holdsHan, base: base, entities: recognised.sentenceNames[s],
                                           facts: buffers.sentenceFacts)
                linker.link(view, facts: &buffers.sentenceFacts, reference: reference ?? documentDate)
            }
            for k in buffers.sentenceFacts.indices {
                // (converted before the fact is written to; and set only when there is a value,
                // the fact's being nil until then: the assignment of an optional holding decimals
                // goes through its generic witness. Only money converts: tested first, the other
                // facts are spared the reading of their amount and currency)
                if buffers.sentenceFacts[k].quantity.kind == .money,
                   let usd = converter.convert(buffers.sentenceFacts[k].quantity.value, in: buffers.sentenceFacts[k].quantity.currency, at: buffers.sentenceFacts[k].time) {
                    buffers.sentenceFacts[k].usd = usd
                }
            }
            sink.take(&buffers.sentenceFacts)
        }
        clock?.lap(.link)
    }

    /// Links the facts of a sentence whose folded text holds line ends read as nothing
    /// (``WrappedLines``) in the text without them (`compacted`), so that a word cut by one
    /// (`募` / `资`) reads whole; the facts keep their spans in the document.
    private mutating func linkAcrossWraps(_ compacted: CompactedText, holdsHan: Bool, base: Int, entities: [EntityRecognizer.Found],
                                          reference: ReferenceDate?) {
        let entities = entities.map { found in
            var found = found
            found.range = compacted.compacted(found.range)
            return found
        }
        let spans = buffers.sentenceFacts.map(\.quantity.span)
        for k in spans.indices {
            let local = compacted.compacted((spans[k].lowerBound - base)..<(spans[k].upperBound - base))
            buffers.sentenceFacts[k].quantity.span = (local.lowerBound + base)..<(local.upperBound + base)
        }
        let view = linker.sentence(text: compacted.scalars, holdsHan: holdsHan, base: base, entities: entities, facts: buffers.sentenceFacts)
        linker.link(view, facts: &buffers.sentenceFacts, reference: reference)
        for k in spans.indices { buffers.sentenceFacts[k].quantity.span = spans[k] }
    }

    /// Whether a sentence starting at `start` opens a line: only white space, a line break among
    /// it, stands between it and the text before (a piece of text starts on a line of its own).
    private static func opensLine(_ start: Int, in text: Scalars) -> Bool {
        var k = start - 1
        while k >= 0, text[k].isWhite {
            if text[k] == "\n" || text[k] == "\r" || text[k] == "\u{2028}" || text[k] == "\u{2029}" || text[k] == "\u{85}" { return true }
            k -= 1
        }
        return k < 0
    }

    /// `range` without leading and trailing white space (spaces, tabs, line ends, U+3000).
    private static func trim(_ text: Scalars, _ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound, end = range.upperBound
        while start < end, text[start].isWhite { start += 1 }
        while end > start, text[end - 1].isWhite { end -= 1 }
        return start..<end
    }
}
