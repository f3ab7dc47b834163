import FoundationEssentials

/// What an extraction run needs besides the text.
public struct ExtractionOptions: Sendable {
    /// The date relative mentions (`今年`, `last year`) are resolved against; when `nil`,
    /// the first full date written in a document is used.
    public var referenceDate: ReferenceDate?
    /// Also report the entities named (``Extractor/records(_:doc:)``).
    public var entities: Bool

    public init(referenceDate: ReferenceDate? = nil, entities: Bool = false) {
        self.referenceDate = referenceDate
        self.entities = entities
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
    let converter: USDConverter
    /// Made once: one made for each paragraph copies the entity lexicon's tables.
    let entityRecognizer: EntityRecognizer
    /// When set, the time of each stage is charged to it (for the benchmark).
    public var clock: StageClock?
    /// Run the recognisers only on sentences that ``CandidateFilter`` passes.
    var filtersSentences = true
    /// The memory of the last document's sentences, for the next document.
    fileprivate var spareBuffers: DocumentBuffers?

    public init(lexicons: Lexicons, rates: RateTable, options: ExtractionOptions = ExtractionOptions()) throws {
        self.lexicons = lexicons
        self.rates = rates
        self.options = options
        self.folder = try CharacterFolder(simplified: lexicons.simplified)
        self.segmenter = Segmenter()
        self.converter = USDConverter(rates: rates)
        self.entityRecognizer = EntityRecognizer(lexicon: lexicons.linking.entities, rules: lexicons.linking.names)
    }

    fileprivate func takeSpareBuffers() -> DocumentBuffers {
        defer { spareBuffers = nil }
        return spareBuffers ?? DocumentBuffers()
    }

    /// Starts a document that will be fed paragraph by paragraph.
    public func session() -> DocumentSession { DocumentSession(extractor: self) }

    /// All facts of a whole document.
    public func extract(_ text: String) -> [Fact] {
        extract(Array(text.unicodeScalars))
    }

    public func extract(_ scalars: Scalars) -> [Fact] {
        let session = session()
        // (one list for every paragraph, each sentence's facts moved into it: the facts of each
        // paragraph gathered apart and appended were copied, every string in them retained)
        var list = FactList()
        for paragraph in ParagraphSplitter.paragraphs(scalars) { session.feed(Array(scalars[paragraph]), into: &list) }
        return list.facts
    }

    /// The records of a whole document in text order: its facts and, when
    /// ``ExtractionOptions/entities`` is set, its entities.
    public func records(_ scalars: Scalars, doc: String) -> [Record] {
        var list = RecordList(output: GatheredRecords(doc: doc), withEntities: options.entities)
        feedParagraphs(of: scalars, into: &list)
        return list.output.records
    }

    /// The records of ``records(_:doc:)``, each written with `encoder` as it is found and
    /// appended to `out`, with no ``Record`` made for it; returns how many are facts.
    public func encodeRecords(_ scalars: Scalars, doc: String, with encoder: any RecordEncoder, into out: inout [UInt8]) -> Int {
        encoding(doc: doc, with: encoder, into: &out) { feedParagraphs(of: scalars, into: &$0) }
    }

    private func feedParagraphs<Output>(of scalars: Scalars, into list: inout RecordList<Output>) {
        let session = session()
        for paragraph in ParagraphSplitter.paragraphs(scalars) { session.feedRecords(Array(scalars[paragraph]), into: &list) }
    }

    /// Runs `body` with a list of records that are written with `encoder` and appended to
    /// `out`; returns how many of them are facts.
    fileprivate func encoding(doc: String, with encoder: any RecordEncoder, into out: inout [UInt8],
                              _ body: (inout RecordList<EncodedRecords>) -> Void) -> Int {
        var list = RecordList(output: EncodedRecords(encoder: encoder, doc: doc), withEntities: options.entities)
        swap(&list.output.bytes, &out)
        body(&list)
        swap(&list.output.bytes, &out)
        return list.output.facts
    }
}

/// One document in progress: paragraphs go in, in order, and their facts come out at
/// once, so a long stream never has to be held in memory.
public final class DocumentSession {
    private let extractor: Extractor
    /// What changes from paragraph to paragraph, in one property used once a paragraph: each
    /// use of a class's stored property is checked for exclusive access at run time, and a
    /// paragraph's work uses the state sentence by sentence.
    private var document: DocumentState

    /// The entities of the paragraph fed last (document positions).
    public var entities: [EntityMention] { document.entities }

    init(extractor: Extractor) {
        self.extractor = extractor
        var buffers = extractor.takeSpareBuffers()
        self.document = DocumentState(
            linker: FactLinker(names: extractor.lexicons.linking.names, predicates: extractor.lexicons.linking.predicates, buffers: buffers.linker.take()),
            names: DocumentNames(reusing: buffers.chineseForms.take()), buffers: buffers)
    }

    deinit {
        document.buffers.linker = document.linker.buffers
        document.buffers.chineseForms = document.names.takeChineseForms()
        extractor.spareBuffers = document.buffers
    }

    /// The facts and, if asked for, the entities of the next paragraph, in text order.
    public func feedRecords(_ paragraph: Scalars, doc: String) -> [Record] {
        var records: [Record] = []
        feedRecords(paragraph, doc: doc, into: &records)
        return records
    }

    /// ``feedRecords(_:doc:)``, appending to `records`.
    public func feedRecords(_ paragraph: Scalars, doc: String, into records: inout [Record]) {
        // (the facts go straight into the records, not through an array of facts first: a
        // fact is some 300 bytes, and each move of it is a copy)
        var list = RecordList(output: GatheredRecords(doc: doc), withEntities: extractor.options.entities)
        swap(&list.output.records, &records)
        feedRecords(paragraph, into: &list)
        swap(&list.output.records, &records)
    }

    /// The records of ``feedRecords(_:doc:)``, each written with `encoder` as it is found and
    /// appended to `out`, with no ``Record`` made for it; returns how many are facts.
    public func encodeRecords(_ paragraph: Scalars, doc: String, with encoder: any RecordEncoder, into out: inout [UInt8]) -> Int {
        extractor.encoding(doc: doc, with: encoder, into: &out) { feedRecords(paragraph, into: &$0) }
    }

    fileprivate func feedRecords<Output>(_ paragraph: Scalars, into list: inout RecordList<Output>) {
        feed(paragraph, into: &list)
        list.finish()
    }

    /// Code points consumed so far.
    public var position: Int { document.offset }

    /// Extracts the facts of the next piece of the document; `paragraph` must start where
    /// the previous one ended. Spans in the facts are offsets into the whole document.
    public func feed(_ paragraph: Scalars) -> [Fact] {
        var sink = FactList()
        feed(paragraph, into: &sink)
        return sink.facts
    }

    fileprivate func feed<Sink: FactSink>(_ paragraph: Scalars, into sink: inout Sink) {
        document.feed(paragraph, extractor: extractor, into: &sink)
    }
}

/// The memory a document's sentences reuse (``DocumentState``), kept by the extractor from
/// one document to the next: in a batch of short documents, each grew its own again. What it
/// holds is never read before it is written: each user empties or overwrites it first.
struct DocumentBuffers {
    /// The memory of the word shapes, reused by the recogniser of every sentence.
    var wordShapes = WordShapes.Storage()
    /// The memory of the entity recogniser, reused for every sentence.
    var nameScratch = EntityRecognizer.Scratch()
    /// The facts of a sentence as they are made: one buffer for every sentence of the
    /// document, left empty by each (one a paragraph was grown again in each).
    var sentenceFacts: [Fact] = []
    /// The folded text of each sentence of the paragraph, with whether it holds Han text: the
    /// arrays of one paragraph are refilled for the next one's sentences, not made anew.
    var sentenceTexts: [(text: [Unicode.Scalar], holdsHan: Bool)] = []
    /// The word boundaries of the paragraph's sentences, with their memory.
    private var words: ClauseWordBoundaries?
    /// The memory the UTF-8 of each sentence with facts is written into.
    var sentenceUTF8: [UInt8] = []
    /// The linker's, between documents (a document's linker holds them while it lasts).
    var linker: FactLinker.Buffers?
    /// The Chinese forms of the document before, for the memory of their heads.
    var chineseForms: DocumentNames.SpareChineseForms?
}

extension DocumentBuffers {
    /// The word boundaries kept, or new ones where none are kept for this segmenter and clock.
    mutating func clauseWords(segmenter: Segmenter, clock: StageClock?) -> ClauseWordBoundaries {
        if let words, words.segmenter === segmenter, words.clock === clock { return words }
        let made = ClauseWordBoundaries(segmenter: segmenter, clock: clock)
        words = made
        return made
    }
}

/// What a ``DocumentSession`` carries from one paragraph to the next.
private struct DocumentState {
    var offset = 0
    var currencies = CurrencyContext()
    var documentDate: ReferenceDate?
    var linker: FactLinker
    var names: DocumentNames
    /// The entities of the paragraph fed last (document positions).
    var entities: [EntityMention] = []
    /// The memory of its sentences, from the document before (or new).
    var buffers: DocumentBuffers

    init(linker: FactLinker, names: DocumentNames, buffers: DocumentBuffers) {
        self.linker = linker
        self.names = names
        self.buffers = buffers
    }

    /// ``DocumentSession/feed(_:)``, handing the facts of each sentence to `sink`.
    mutating func feed<Sink: FactSink>(_ paragraph: Scalars, extractor: Extractor, into sink: inout Sink) {
        defer { offset += paragraph.count }
        let clock = extractor.clock
        let folded = extractor.folder.fold(paragraph[...])
        clock?.lap(.normalise)
        let segmenter = extractor.segmenter
        let sentenceRanges = segmenter.sentences(paragraph[...])
        clock?.lap(.segment)
        var perSentence: [[SentenceQuantity]] = []
        var sentenceNames: [[EntityRecognizer.Found]] = []
        perSentence.reserveCapacity(sentenceRanges.count)
        sentenceNames.reserveCapacity(sentenceRanges.count)
        entities = []
        var found = 0
        var namesFound = 0
        let words = buffers.clauseWords(segmenter: segmenter, clock: clock)
        words.begin(paragraph)
        // (one closure for every sentence: a method reference made at each use is allocated each time)
        let isWordBoundary: (Int) -> Bool = words.isBoundary
        for (s, range) in sentenceRanges.enumerated() {
            if s == buffers.sentenceTexts.count { buffers.sentenceTexts.append(([], false)) }
            buffers.sentenceTexts[s].text.removeAll(keepingCapacity: true)
            buffers.sentenceTexts[s].text.append(contentsOf: folded[range])
            let text = buffers.sentenceTexts[s].text
            let holdsHan = FactPipe.holdsHan(text)
            buffers.sentenceTexts[s].holdsHan = holdsHan
            words.start(range, sentence: s)
            let sentenceFound = extractor.entityRecognizer.find(folded: text, original: paragraph[range], names: &names, holdsHan: holdsHan,
                                                      isWordBoundary: isWordBoundary, scratch: &buffers.nameScratch)
            namesFound += sentenceFound.count
            sentenceNames.append(sentenceFound)
            clock?.lap(.entities)
            if extractor.options.entities {
                for f in sentenceFound {
                    let span = (f.range.lowerBound + range.lowerBound)..<(f.range.upperBound + range.lowerBound)
                    entities.append(EntityMention(span: (span.lowerBound + offset)..<(span.upperBound + offset), text: paragraph.text(span),
                                                  name: f.name, type: f.type, known: f.known, owner: f.owner))
                }
            }
        }
        // (the names of every sentence first, then the quantities: each stage's code and tables
        // stay in the processor's caches over the paragraph, where the stages taken in turn for
        // each sentence evicted each other)
        for (s, range) in sentenceRanges.enumerated() {
            guard !extractor.filtersSentences || CandidateFilter.mayHoldQuantity(folded[range]) else {
                perSentence.append([]); continue
            }
            let (text, holdsHan) = buffers.sentenceTexts[s]
            let sentenceFound = sentenceNames[s]
            words.resume(range, sentence: s)
            words.askingStage = .recognise
            var recognizer = QuantityRecognizer(lexicons: extractor.lexicons, text: text, holdsHan: holdsHan, isWordBoundary: isWordBoundary,
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
            found += quantities.count
            perSentence.append(quantities)
            clock?.lap(.recognise)
        }
        words.finish()
        guard found > 0 || namesFound > 0 else { return }
        currencies.resolve(&perSentence)

        sink.prepare(facts: found, entities: entities)
        let converter = extractor.converter
        let reference = extractor.options.referenceDate
        for (s, range) in sentenceRanges.enumerated() {
            // (a sentence without quantities or names has nothing to link)
            if perSentence[s].isEmpty && sentenceNames[s].isEmpty { continue }
            let sentenceText = perSentence[s].isEmpty ? UTF8Text.empty : UTF8Text(paragraph, Self.trim(paragraph, range), reusing: &buffers.sentenceUTF8)
            let lang = perSentence[s].isEmpty ? "" : holdsHan(paragraph[range]) ? "zh" : "en"
            buffers.sentenceFacts.reserveCapacity(perSentence[s].count)
            // each quantity moved out, not copied (it holds a few strings)
            // (the quantity is completed inside `found` and taken out of it last, moved into the
            // fact: copied out first, it would be copied and then released with `found`)
            perSentence[s].removeEach { (found: consuming SentenceQuantity) in
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
            if buffers.sentenceFacts.isEmpty && sentenceNames[s].isEmpty { continue }
            let base = range.lowerBound + offset
            let view = linker.sentence(text: buffers.sentenceTexts[s].text, holdsHan: buffers.sentenceTexts[s].holdsHan, base: base, entities: sentenceNames[s],
                                       facts: buffers.sentenceFacts)
            linker.link(view, facts: &buffers.sentenceFacts, reference: reference ?? documentDate)
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

    /// Whether a quantity at `span` that is not a date is a numeral inside a known name
    /// (`五粮液`, `三一重工`), which is part of the name.
    private static func liesInKnownName(_ kind: QuantityKind, _ span: Range<Int>, _ names: [EntityRecognizer.Found]) -> Bool {
        kind != .date && names.contains {
            $0.known && $0.range.lowerBound <= span.lowerBound && span.upperBound <= $0.range.upperBound && $0.range.count > span.count
        }
    }

    /// `range` without leading and trailing white space (spaces, tabs, line ends, U+3000).
    private static func trim(_ text: Scalars, _ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound, end = range.upperBound
        while start < end, text[start].isWhite { start += 1 }
        while end > start, text[end - 1].isWhite { end -= 1 }
        return start..<end
    }
}

/// What ``DocumentSession`` hands the facts of a paragraph to, sentence by sentence (a
/// protocol, not a closure: the session's code is specialised for each kind).
protocol FactSink {
    /// Called before the first facts of a paragraph that has facts or names: how many facts
    /// will come, and the paragraph's entities.
    mutating func prepare(facts count: Int, entities: [EntityMention])
    /// Takes the facts of a sentence, in text order, leaving `facts` empty.
    mutating func take(_ facts: inout [Fact])
}

/// The facts of a paragraph or of a whole document, in an array.
private struct FactList: FactSink {
    var facts: [Fact] = []

    mutating func prepare(facts count: Int, entities: [EntityMention]) {
        // (room asked for only when empty: asked for again at each paragraph, it would be the exact
        // size each time, not doubled, and every fact copied over at each paragraph)
        if facts.isEmpty { facts.reserveCapacity(count) }
    }
    mutating func take(_ facts: inout [Fact]) { self.facts.append(movingFrom: &facts) }
}

/// Where the records of a document go, in text order.
protocol RecordOutput {
    /// Called before the records of a paragraph with facts or names: how many will come.
    mutating func reserve(records count: Int)
    mutating func add(_ fact: consuming Fact)
    mutating func add(_ entity: EntityMention)
}

/// The records of the document `doc`, in an array.
struct GatheredRecords: RecordOutput {
    var records: [Record] = []
    let doc: String

    mutating func reserve(records count: Int) {
        // (an array begun empty gets its room at once, not by doubling, each time copying
        // every record)
        if records.isEmpty { records.reserveCapacity(count) }
    }

    mutating func add(_ fact: consuming Fact) { records.append(.fact(doc: doc, fact)) }
    mutating func add(_ entity: EntityMention) { records.append(.entity(doc: doc, entity)) }
}

/// The records of the document `doc` written as they come, and how many of them are facts.
struct EncodedRecords: RecordOutput {
    let encoder: any RecordEncoder
    let doc: String
    /// `encoder` when it is a ``JSONLEncoder``, with the document's ``JSONLEncoder/factOpening(doc:)``
    /// (escaped once, not again for every fact).
    private let jsonl: (encoder: JSONLEncoder, factOpening: [UInt8])?
    var bytes: [UInt8] = []
    private(set) var facts = 0

    init(encoder: any RecordEncoder, doc: String) {
        self.encoder = encoder
        self.doc = doc
        jsonl = (encoder as? JSONLEncoder).map { ($0, $0.factOpening(doc: doc)) }
    }

    mutating func reserve(records count: Int) {}

    mutating func add(_ fact: consuming Fact) {
        if let jsonl {
            jsonl.encoder.encode(fact: fact, after: jsonl.factOpening, into: &bytes)
        } else {
            encoder.encode(fact: fact, doc: doc, into: &bytes)
        }
        facts += 1
    }

    mutating func add(_ entity: EntityMention) { encoder.encode(entity: entity, doc: doc, into: &bytes) }
}

/// The records of paragraphs: their facts and, when asked for, their entities, in text order.
private struct RecordList<Output: RecordOutput>: FactSink {
    var output: Output
    let withEntities: Bool
    /// The entities of the paragraph.
    private var entities: [EntityMention] = []
    /// The first entity not written yet.
    private var nextEntity = 0

    init(output: Output, withEntities: Bool) {
        self.output = output
        self.withEntities = withEntities
    }

    mutating func prepare(facts count: Int, entities: [EntityMention]) {
        if withEntities { self.entities = entities; nextEntity = 0 }
        output.reserve(records: count + self.entities.count)
    }

    mutating func take(_ facts: inout [Fact]) {
        facts.removeEach { fact in
            while nextEntity < entities.count, entities[nextEntity].span.lowerBound < fact.quantity.span.lowerBound {
                output.add(entities[nextEntity]); nextEntity += 1
            }
            output.add(fact)
        }
    }

    /// Writes the entities after the last fact of the paragraph.
    mutating func finish() {
        for entity in entities[nextEntity...] { output.add(entity) }
        nextEntity = entities.count
    }
}
