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
        // (moved out, not copied: a copy retains every array the buffers hold, and each is
        // released again when the copy left behind is dropped)
        spareBuffers.take() ?? DocumentBuffers()
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
        session.forEachPiece(of: scalars) { session.feed($0, into: &list) }
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
    /// appended to `out`, with no ``Record`` made for it; returns how many are facts. With
    /// `flush`, `out` is handed to it whenever it holds `limit` bytes or more after a record,
    /// for it to write them and empty it: the records of a document are then not held whole
    /// (each carries its sentence, so a long sentence thick with numbers has hundreds of
    /// times its own bytes of them).
    public func encodeRecords(_ scalars: Scalars, doc: String, with encoder: any RecordEncoder, into out: inout [UInt8],
                              flushAt limit: Int = .max, flush: ((inout [UInt8]) -> Void)? = nil) -> Int {
        encoding(doc: doc, with: encoder, into: &out, flushAt: limit, flush: flush) { feedParagraphs(of: scalars, into: &$0) }
    }

    private func feedParagraphs<Output>(of scalars: Scalars, into list: inout RecordList<Output>) {
        let session = session()
        session.forEachPiece(of: scalars) { session.feedRecords($0, into: &list) }
    }

    /// Runs `body` with a list of records that are written with `encoder` and appended to
    /// `out`; returns how many of them are facts.
    fileprivate func encoding(doc: String, with encoder: any RecordEncoder, into out: inout [UInt8],
                              flushAt limit: Int = .max, flush: ((inout [UInt8]) -> Void)? = nil,
                              _ body: (inout RecordList<EncodedRecords>) -> Void) -> Int {
        var list = RecordList(output: EncodedRecords(encoder: encoder, doc: doc), withEntities: options.entities)
        list.output.flush = flush.map { (limit, $0) }
        swap(&list.output.bytes, &out)
        body(&list)
        swap(&list.output.bytes, &out)
        return list.output.facts
    }
}

/// One document in progress: paragraphs go in, in order, and their facts come out at
/// once, so a long stream never has to be held in memory.
///
/// A paragraph's work has two halves: ``recognise(_:)`` finds the names and quantities of a
/// paragraph from ``prepare(_:)``, and ``encodeRecords(of:doc:with:into:flushAt:flush:)`` (or
/// ``feedRecords(of:doc:into:)``) links them and writes its records. The halves share no
/// memory: one thread may recognise a paragraph while another prepares the next and links the
/// one before, each call taking the paragraphs in order.
public final class DocumentSession {
    private let extractor: Extractor
    /// What the first half carries from paragraph to paragraph (one property used once a
    /// paragraph: each use of a class's stored property is checked for exclusive access at run
    /// time, and a paragraph's work uses the state sentence by sentence).
    private var recognition: RecognitionState
    /// What the second half carries.
    private var linking: LinkState
    /// Whether each piece fed is one paragraph or a part of one (a document the extractor
    /// split), so that it need not be looked through for the paragraphs of a stream's pieces.
    private var piecesAreParagraphs = false

    /// The entities of the paragraph fed (or linked) last (document positions).
    public var entities: [EntityMention] { linking.entities }

    init(extractor: Extractor) {
        self.extractor = extractor
        var buffers = extractor.takeSpareBuffers()
        recognition = RecognitionState(names: DocumentNames(reusing: buffers.recognition.chineseForms.take()), buffers: RecognitionBuffers())
        linking = LinkState(
            linker: FactLinker(names: extractor.lexicons.linking.names, predicates: extractor.lexicons.linking.predicates, buffers: buffers.link.linker.take()),
            buffers: LinkBuffers())
        // (the buffers swapped in and out, not copied: a copy retains every array they hold, and
        // each is released again with the copy left behind, for every document)
        swap(&recognition.buffers, &buffers.recognition)
        swap(&linking.buffers, &buffers.link)
    }

    deinit {
        linking.buffers.linker = linking.linker.buffers
        recognition.buffers.chineseForms = recognition.names.takeChineseForms()
        var spare = DocumentBuffers()
        swap(&spare.recognition, &recognition.buffers)
        swap(&spare.link, &linking.buffers)
        extractor.spareBuffers = consume spare
    }

    /// The facts and, if asked for, the entities of the next paragraph, in text order.
    public func feedRecords(_ paragraph: Scalars, doc: String) -> [Record] {
        var records: [Record] = []
        feedRecords(paragraph, doc: doc, into: &records)
        return records
    }

    /// ``feedRecords(_:doc:)``, appending to `records`.
    public func feedRecords(_ paragraph: Scalars, doc: String, into records: inout [Record]) {
        gathering(doc: doc, into: &records) { feedRecords(paragraph, into: &$0) }
    }

    /// The records of ``feedRecords(_:doc:)``, each written with `encoder` as it is found and
    /// appended to `out`, with no ``Record`` made for it; returns how many are facts. With
    /// `flush`, `out` is handed to it whenever it holds `limit` bytes or more after a record,
    /// for it to write them and empty it: a long paragraph's records are then not held whole.
    public func encodeRecords(_ paragraph: Scalars, doc: String, with encoder: any RecordEncoder, into out: inout [UInt8],
                              flushAt limit: Int = .max, flush: ((inout [UInt8]) -> Void)? = nil) -> Int {
        extractor.encoding(doc: doc, with: encoder, into: &out, flushAt: limit, flush: flush) { feedRecords(paragraph, into: &$0) }
    }

    /// The next paragraph (it must start where the previous one ended) folded and cut into
    /// sentences, for ``recognise(_:)``. It uses a sentence segmenter of the session's own, so
    /// it may run on another thread than ``recognise(_:)`` (the thread that links, say), each
    /// call in paragraph order.
    public func prepare(_ paragraph: Scalars) -> PreparedParagraph { prepare(paragraph, segmenter: preparingSegmenter) }

    /// Where `text`, the start of a paragraph too long to be held until its end (a stream with
    /// no blank line), may be cut in two without changing its sentences: the start of one of
    /// its last sentences, with some text after it. What comes before may be fed or prepared as
    /// a paragraph, and the rest goes before what follows. `nil` when its last thousands of
    /// code points end no sentence. It uses the segmenter of ``prepare(_:)``, and so the thread
    /// that prepares.
    public func sentenceCut(in text: Scalars) -> Int? { sentenceCut(in: text[...]) }

    /// The cut of `sentenceCut(in:)` in a part of a text (an index of `text`).
    public func sentenceCut(in text: ArraySlice<Unicode.Scalar>) -> Int? { preparingSegmenter.lastSentenceStart(in: text) }

    /// Hands `body` each paragraph of a whole document in turn, one longer than
    /// ``LongParagraphCut/limit`` in the pieces a stream of it is cut into, for `body` to feed
    /// (``feed(_:)``): the pieces the command feeds a document read whole in. Fed while `body`
    /// runs, a piece is known to be one paragraph or a part of one.
    public func forEachPiece(of document: Scalars, _ body: (Scalars) -> Void) {
        let wereParagraphs = piecesAreParagraphs
        piecesAreParagraphs = true
        defer { piecesAreParagraphs = wereParagraphs }
        for paragraph in ParagraphSplitter.paragraphs(document) {
            for piece in LongParagraphCut.pieces(of: document[paragraph], sentenceStart: sentenceCut(in:)) {
                body(Array(document[piece]))
            }
        }
    }

    private func prepare(_ paragraph: Scalars, segmenter: Segmenter) -> PreparedParagraph {
        PreparedParagraph(paragraph, folder: extractor.folder, segmenter: segmenter, clock: extractor.clock)
    }

    /// The segmenter ``prepare(_:)`` uses: apart from the extractor's, which ``recognise(_:)``
    /// asks for word boundaries (made at the first use: a session that runs its halves in turn
    /// needs none).
    private lazy var preparingSegmenter = Segmenter()

    /// The first half of a paragraph's work: the names and quantities of a paragraph from
    /// ``prepare(_:)``, to be linked by ``encodeRecords(of:doc:with:into:flushAt:flush:)`` or
    /// ``feedRecords(of:doc:into:)`` of this session, in the same order. It first takes back
    /// the memory of the paragraph linked last, which those hand back: each thread lets go of
    /// what it allocated.
    public func recognise(_ prepared: PreparedParagraph) -> RecognisedParagraph {
        if var spent = spentParagraphs.take() { recognition.reuse(&spent) }
        return recognition.recognise(prepared, extractor: extractor)
    }

    /// The paragraphs linked, handed back to ``recognise(_:)``.
    private let spentParagraphs = SpentParagraphs()

    /// The second half: the records of a paragraph from ``recognise(_:)``, written as
    /// ``encodeRecords(_:doc:with:into:flushAt:flush:)`` writes them; returns how many are facts.
    public func encodeRecords(of recognised: consuming RecognisedParagraph, doc: String, with encoder: any RecordEncoder,
                              into out: inout [UInt8], flushAt limit: Int = .max, flush: ((inout [UInt8]) -> Void)? = nil) -> Int {
        var recognised = recognised
        return extractor.encoding(doc: doc, with: encoder, into: &out, flushAt: limit, flush: flush) { link(&recognised, into: &$0) }
    }

    /// The second half, its records appended to `records` as ``feedRecords(_:doc:into:)``
    /// appends them.
    public func feedRecords(of recognised: consuming RecognisedParagraph, doc: String, into records: inout [Record]) {
        var recognised = recognised
        gathering(doc: doc, into: &records) { link(&recognised, into: &$0) }
    }

    /// Runs `body` with a list of records gathered into `records`.
    private func gathering(doc: String, into records: inout [Record], _ body: (inout RecordList<GatheredRecords>) -> Void) {
        // (the facts go straight into the records, not through an array of facts first: a
        // fact is some 300 bytes, and each move of it is a copy)
        var list = RecordList(output: GatheredRecords(doc: doc), withEntities: extractor.options.entities)
        swap(&list.output.records, &records)
        body(&list)
        swap(&list.output.records, &records)
    }

    fileprivate func feedRecords<Output>(_ paragraph: Scalars, into list: inout RecordList<Output>) {
        feed(paragraph, into: &list)
        list.finish()
    }

    /// The second half of a paragraph from ``recognise(_:)``, which takes back its memory.
    private func link<Output>(_ recognised: inout RecognisedParagraph, into list: inout RecordList<Output>) {
        linking.link(&recognised, extractor: extractor, oneParagraph: false, into: &list)
        list.finish()
        // (what this thread allocated let go of here, and the rest by the thread that recognises)
        recognised.releasePrepared()
        spentParagraphs.put(recognised.take())
    }

    /// Code points consumed so far (linked, where the halves run apart).
    public var position: Int { linking.offset }

    /// Extracts the facts of the next piece of the document; `paragraph` must start where
    /// the previous one ended. Spans in the facts are offsets into the whole document.
    public func feed(_ paragraph: Scalars) -> [Fact] {
        var sink = FactList()
        feed(paragraph, into: &sink)
        return sink.facts
    }

    /// Both halves in turn, the memory of the sentence texts kept for the next paragraph.
    fileprivate func feed<Sink: FactSink>(_ paragraph: Scalars, into sink: inout Sink) {
        // (blank lines only, however many: nothing to find, and no sentence of each line end to hold)
        if ParagraphSplitter.contentStart(of: paragraph[...]) == paragraph.count {
            recognition.offset += paragraph.count
            linking.passBlank(paragraph.count)
            return
        }
        var recognised = recognition.recognise(prepare(paragraph, segmenter: extractor.segmenter), extractor: extractor)
        linking.link(&recognised, extractor: extractor, oneParagraph: piecesAreParagraphs, into: &sink)
        recognition.reuse(&recognised)
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
    /// Where `bytes` go once they hold `limit` bytes or more, if anywhere (the writer empties them).
    var flush: (limit: Int, write: (inout [UInt8]) -> Void)?

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
        flushWhenFull()
    }

    mutating func add(_ entity: EntityMention) {
        encoder.encode(entity: entity, doc: doc, into: &bytes)
        flushWhenFull()
    }

    @inline(__always) private mutating func flushWhenFull() {
        if let flush, bytes.count >= flush.limit { flush.write(&bytes) }
    }
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
