import FactPipe
import FactPipeSQLite
import Foundation
import Testing

/// The library as another Swift package uses it: `import FactPipe`, public API only.
@Suite("Library use through the public API")
struct LibraryUsageTests {
    static let lexiconFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Lexicons").path

    static func extractor() throws -> Extractor {
        let lexicons = try Lexicons(directory: lexiconFolder)
        let rates = try RateTable(path: lexiconFolder + "/rates.tsv")
        return try Extractor(lexicons: lexicons, rates: rates,
                             options: ExtractionOptions(referenceDate: ReferenceDate(iso: "2025-11-03")))
    }

    @Test("extract the facts of a text, with exact values and code-point spans")
    func extract() throws {
        let text = "谷歌在2023年向Anthropic投资20亿美元，增长约35%。"
        let facts = try Self.extractor().extract(text)
        #expect(facts.map(\.quantity.kind) == [.date, .money, .percent])

        let money = facts[1]
        #expect(money.text == "20亿美元")
        #expect(money.quantity.value == Decimal(2_000_000_000))
        #expect(money.quantity.currency == "USD")
        #expect(money.usd?.usd == Decimal(2_000_000_000))
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[money.quantity.span])) == money.text)

        #expect(facts[2].quantity.approx == .about)
        #expect(facts[0].time == "2023")
    }

    @Test("a stream fed paragraph by paragraph gives offsets into the whole document")
    func session() throws {
        let session = try Self.extractor().session()
        #expect(session.feed(Array("Revenue rose 12%.\n\n".unicodeScalars)).map(\.quantity.span) == [13..<16])
        #expect(session.feed(Array("It hired 300 people.".unicodeScalars)).map(\.quantity.span) == [28..<31])
    }

    @Test("a session's two halves on two threads: prepared, linked and written on one, recognised on the other, the bytes of one thread")
    func sessionHalves() async throws {
        let extractor = try Self.extractor()
        let paragraphs = ["公司去年融资20亿美元，营收增长35%。\n\n", "Revenue rose 12.5 percent to $7 billion.\n\n", "其中约一半用于研发。"]
            .map { Array($0.unicodeScalars) }
        var inTurn: [UInt8] = []
        let sequential = extractor.session()
        for paragraph in paragraphs { _ = sequential.encodeRecords(paragraph, doc: "a", with: JSONLEncoder(), into: &inTurn) }

        let session = extractor.session()
        let lent = UncheckedSession(session: session)
        let prepared = paragraphs.map { session.prepare($0) }
        let recognised = await Task.detached { [prepared] in
            // (this thread calls the first half only; the test's prepares and links)
            prepared.map { lent.session.recognise($0) }
        }.value
        var apart: [UInt8] = []
        var facts = 0
        for paragraph in recognised { facts += session.encodeRecords(of: paragraph, doc: "a", with: JSONLEncoder(), into: &apart) }
        #expect(facts == 6)
        #expect(apart == inTurn)
        #expect(session.position == paragraphs.map(\.count).reduce(0, +))
    }

    @Test("a long paragraph's records handed out as they come: whole lines, the bytes of one write")
    func flushedRecords() throws {
        let extractor = try Self.extractor()
        let paragraph = Array(String(repeating: "公司去年融资20亿美元，营收增长35%。Revenue rose 12.5 percent to $7 billion.\n", count: 40).unicodeScalars)
        var whole: [UInt8] = []
        let facts = extractor.session().encodeRecords(paragraph, doc: "a", with: JSONLEncoder(), into: &whole)
        var handed: [[UInt8]] = []
        var rest: [UInt8] = []
        let flushedFacts = extractor.session().encodeRecords(paragraph, doc: "a", with: JSONLEncoder(), into: &rest, flushAt: 2000) { bytes in
            handed.append(bytes)
            bytes.removeAll()
        }
        #expect(facts == 200 && flushedFacts == facts)
        #expect(handed.count > 10)
        #expect(handed.allSatisfy { $0.count >= 2000 && $0.count < 4000 && $0.last == UInt8(ascii: "\n") })
        #expect(rest.count < 2000)
        #expect(handed.joined() + rest == whole)
    }

    @Test("a paragraph too long to hold, cut where the session says a sentence starts: the records of the paragraph fed whole")
    func sentenceCut() throws {
        let extractor = try Self.extractor()
        // sentences whose end is followed by a closing quote, or by an abbreviation's point
        let sentences = ["分析师说：\"公司今年营收增长35%。\"", "Revenue at Acme Corp. rose 12.5 percent to $7 billion. ",
                         "Dr. Chen said it hired 300 people.\" ", "订单增加了一倍。"]
        var text: [Unicode.Scalar] = []
        while text.count < 10_000 { text += sentences[text.count % 4].unicodeScalars }
        var whole: [UInt8] = []
        _ = extractor.session().encodeRecords(text, doc: "a", with: JSONLEncoder(), into: &whole)
        // each length of the text read so far, as a stream would give it
        for length in stride(from: 200, to: text.count, by: 997) {
            let session = extractor.session()
            let arrived = Array(text[..<length])
            let cut = try #require(session.sentenceCut(in: arrived))
            #expect(cut > 0 && cut < length)
            var inTwo: [UInt8] = []
            _ = session.encodeRecords(Array(text[..<cut]), doc: "a", with: JSONLEncoder(), into: &inTwo)
            _ = session.encodeRecords(Array(text[cut...]), doc: "a", with: JSONLEncoder(), into: &inTwo)
            #expect(inTwo == whole, "cut at \(cut) of \(length)")
        }
        #expect(extractor.session().sentenceCut(in: Array("营收增长了百分之三十五，订单还在增加".unicodeScalars)) == nil)
    }

    @Test("a document's long paragraphs: pieces no longer than the limit, cut at a line end or a sentence start, short paragraphs in runs")
    func longParagraphPieces() throws {
        let extractor = try Self.extractor()
        let session = extractor.session()
        let sentences = ["分析师说：\"公司今年营收增长35%。\"", "Revenue at Acme Corp. rose 12.5 percent to $7 billion. ",
                         "Dr. Chen said it hired 300 people.\" ", "订单增加了一倍。"]
        // a short paragraph, one of 200,000 code points with a line end now and then, one with
        // none, and a short one; the text starts inside an array (a slice's own indices)
        var long: [Unicode.Scalar] = [], unbroken: [Unicode.Scalar] = []
        while long.count < 200_000 { long += (sentences[long.count % 4] + (long.count % 7 == 0 ? "\n" : "")).unicodeScalars }
        while unbroken.count < 150_000 { unbroken += sentences[unbroken.count % 4].unicodeScalars }
        let paragraphs = ["开头一段。\n\n", String(String.UnicodeScalarView(long)) + "\n\n", String(String.UnicodeScalarView(unbroken)) + "\n\n", "最后一段。"]
        let text = Array(("前言\n\n" + paragraphs.joined()).unicodeScalars)
        let document = text[4...]
        let pieces = LongParagraphCut.pieces(of: document, sentenceStart: session.sentenceCut(in:))
        #expect(pieces.first?.lowerBound == document.startIndex && pieces.last?.upperBound == document.endIndex)
        #expect(zip(pieces, pieces.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
        #expect(pieces.allSatisfy { $0.count <= LongParagraphCut.limit || ParagraphSplitter.paragraphs(document[$0]).count > 1 })
        #expect(pieces.count >= 6)
        // cut where sentences start: the pieces fed in turn have the facts of the text fed at once
        let atOnce = extractor.session().feed(Array(document))
        let inPieces = extractor.session()
        #expect(!atOnce.isEmpty)
        #expect(pieces.flatMap { inPieces.feed(Array(document[$0])) } == atOnce)
        // a paragraph whose text follows line ends left from the paragraph before (a stream may
        // cut before the last line ends of a blank line) is cut where it is cut alone
        let longParagraph = ParagraphSplitter.paragraphs(document)[1]
        let alone = LongParagraphCut.pieces(of: document[longParagraph], sentenceStart: session.sentenceCut(in:))
        #expect(alone.count >= 4)
        for leftover in 1...2 {
            let afterLineEnds = LongParagraphCut.pieces(of: document[(longParagraph.lowerBound - leftover)..<longParagraph.upperBound],
                                                        sentenceStart: session.sentenceCut(in:))
            #expect(afterLineEnds.map(\.upperBound).filter { $0 > longParagraph.lowerBound } == alone.map(\.upperBound))
        }
        // Chinese clauses with no sentence end, nor space: cut where an overlong sentence is cut,
        // after a clause mark, so that no number is cut in two
        let clauses = Array((1...20_000).map { "第\($0)项支出\($0 * 7 % 900 + 10)万元，" }.joined().unicodeScalars)
        let clausePieces = LongParagraphCut.pieces(of: clauses[...], sentenceStart: session.sentenceCut(in:))
        #expect(clausePieces.count >= 3)
        #expect(clausePieces.allSatisfy { clauses[$0.upperBound - 1] == "，" })
        // a text no longer than the limit is one piece
        #expect(LongParagraphCut.pieces(of: document.prefix(1000), sentenceStart: session.sentenceCut(in:)) == [document.startIndex..<(document.startIndex + 1000)])
    }

    @Test("a paragraph of blank lines only, however long, then text: no facts, and the offsets after it count it")
    func blankLinesOnly() throws {
        let extractor = try Self.extractor()
        let blank = Array(String(repeating: "\n \r\n\u{3000}\n\r", count: 50_000).unicodeScalars)
        let text = Array("营收增长5%。".unicodeScalars)
        let session = extractor.session()
        #expect(session.feed(blank).isEmpty)
        #expect(session.entities.isEmpty)
        let facts = session.feed(text)
        #expect(facts.map(\.quantity.span) == [(blank.count + 4)..<(blank.count + 6)])
        #expect(extractor.extract(blank + text) == facts)
    }

    @Test("records as JSON Lines, and as named fields for tabular output")
    func records() throws {
        let fact = try Self.extractor().extract("市值1830亿美元")[0]
        let line = JSONLEncoder().line(.fact(doc: "a.txt", fact))
        #expect(line.hasPrefix(#"{"type":"fact","doc":"a.txt","start":2,"end":9,"text":"1830亿美元","kind":"money","value":183000000000,"#))
        let fields = RecordFields(.fact(doc: "a.txt", fact))
        #expect(fields.fields.map(\.name) == JSONLEncoder.factFields)
        #expect(fields["usd"] == .number("183000000000"))
        #expect(RecordFields(.error(doc: "b", message: "cannot open")).type == "error")
    }

    @Test("a JSON object's fields read as bytes in place: the fields RecordFields makes, escapes undone")
    func fieldBytes() throws {
        let line = #"{"a":"plain","b\"":"say \"hi\"\n\t\\ \u00e9\ud83d\ude00","c":12.50,"d":true,"e":null,"f":[1,{"g":"]"}],"h":"","i":false}"#
        let bytes = Array(line.utf8)
        var read: [(name: String, value: RecordFields.Value)] = []
        let whole = bytes.withUnsafeBytes { raw in
            RecordFields.forEachField(inJSONObject: raw) { name, value in
                let text = { (b: UnsafeRawBufferPointer) in String(decoding: b, as: UTF8.self) }
                let field: RecordFields.Value = switch value {
                case .null: .null
                case .bool(let b): .bool(b)
                case .number(let b): .number(text(b))
                case .string(let b): .string(text(b))
                case .json(let b): .json(text(b))
                }
                read.append((text(name), field))
            }
        }
        #expect(whole)
        let fields = try #require(RecordFields(jsonObject: bytes[...]))
        #expect(read.map(\.name) == fields.fields.map(\.name) && read.map(\.value) == fields.fields.map(\.value))
        #expect(fields["b\""] == .string("say \"hi\"\n\t\\ é😀"))
        #expect(fields["c"] == .number("12.50") && fields["f"] == .json(#"[1,{"g":"]"}]"#) && fields["h"] == .string(""))
        for broken in [#"{"a":"x""#, #"{"a":}"#, #"["a"]"#, #"{"a":"x",}"#, #"{"a":nul}"#, ""] {
            #expect(RecordFields(jsonObject: Array(broken.utf8)[...]) == nil, "\(broken)")
            #expect(!Array(broken.utf8).withUnsafeBytes { RecordFields.forEachField(inJSONObject: $0) { _, _ in } }, "\(broken)")
        }
    }

    @Test("records into SQLite; a second write of a document replaces it; a document left unfinished keeps its old rows")
    func sqlite() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("factpipe-api-\(getpid()).db").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let extractor = try Self.extractor()
        for _ in 0..<2 {
            let store = try SQLiteRecordStore(path: path)
            for fact in extractor.extract("融资20亿美元，增长5%") { try store.write(.fact(doc: "a", fact)) }
            try store.endDocument("a")
            try store.endDocument("empty")
            try store.close()
        }
        let store = try SQLiteRecordStore(path: path)
        try store.write(.error(doc: "b", message: "cannot open"))
        try store.endDocument("b")
        for fact in extractor.extract("up 7%") { try store.write(.fact(doc: "a", fact)) }
        try store.close()

        let documents = try storedRows(path, "SELECT doc, facts, errors FROM documents ORDER BY doc")
        #expect(documents == [[.text("a"), .integer(2), .integer(0)],
                              [.text("b"), .integer(0), .integer(1)],
                              [.text("empty"), .integer(0), .integer(0)]])
        let facts = try storedRows(path, "SELECT text, value, currency_inferred FROM facts WHERE doc = 'a' ORDER BY seq")
        #expect(facts.map { $0[0] } == [.text("20亿美元"), .text("5%")])
        #expect(facts[0][1] == .integer(2_000_000_000))
        #expect(facts[0][2] == .integer(0))
    }

    @Test("records encoded as JSON Lines elsewhere go into SQLite as the same rows as the records themselves")
    func sqliteFromJSONLines() throws {
        let directory = FileManager.default.temporaryDirectory
        let recordsPath = directory.appendingPathComponent("factpipe-api-records-\(getpid()).db").path
        let linesPath = directory.appendingPathComponent("factpipe-api-lines-\(getpid()).db").path
        defer { for path in [recordsPath, linesPath] { try? FileManager.default.removeItem(atPath: path) } }
        let extractor = try Self.extractor()
        let text = Array("OpenAI融资66亿美元，估值1570亿美元。\n\nIt said \"revenue\" rose 12% to $3.7 billion.".unicodeScalars)
        // (a name that needs escapes, and a document after it)
        let documents = ["a \"quoted\"\tdoc", "b"]
        let byRecords = try SQLiteRecordStore(path: recordsPath)
        let byLines = try SQLiteRecordStore(path: linesPath)
        for doc in documents {
            for record in extractor.records(text, doc: doc) { try byRecords.write(record) }
            var lines: [UInt8] = []
            _ = extractor.encodeRecords(text, doc: doc, with: JSONLEncoder(), into: &lines)
            // (in two parts, cut at a line end, as a writer hands them on)
            let cut = lines.firstIndex(of: UInt8(ascii: "\n"))! + 1
            try byLines.write(jsonLines: Array(lines[..<cut]))
            try byLines.write(jsonLines: Array(lines[cut...]))
        }
        try byRecords.write(.error(doc: "c", message: "cannot open"))
        var error: [UInt8] = []
        JSONLEncoder().encode(.error(doc: "c", message: "cannot open"), into: &error)
        try byLines.write(jsonLines: error + Array("not a record\n".utf8))
        for store in [byRecords, byLines] {
            try store.endDocument("c")
            try store.close()
        }
        for table in ["facts", "entities", "errors"] {
            let query = "SELECT * FROM \(table) ORDER BY doc, seq"
            #expect(try storedRows(linesPath, query) == storedRows(recordsPath, query), "\(table)")
        }
        let counts = "SELECT doc, facts, entities, errors FROM documents ORDER BY doc"
        #expect(try storedRows(linesPath, counts) == storedRows(recordsPath, counts))
        #expect(try storedRows(linesPath, counts).count == 3)
        #expect(try storedRows(linesPath, "SELECT count(*) FROM facts WHERE doc = 'b'")[0][0] != .integer(0))
    }

    @Test("lint a lexicon: problems come with their line")
    func lint() {
        let text = "# my currencies\nform\tcode\tposition\n美刀\tUSD\tsuffix\n美刀\tHKD\tsuffix\nbucks\tXYZ\tsuffix\n"
        let problems = LexiconLinter.check(bytes: Array(text.utf8), path: "my-currencies.tsv")
        #expect(problems.map(\.description) == [
            "my-currencies.tsv:4: error: '美刀' (suffix, zh) means 'HKD' here but 'USD' on line 3",
            "my-currencies.tsv:5: error: code: 'XYZ' is not an ISO 4217 currency code",
        ])
    }
}

/// A session lent to a task that calls only its first half.
private struct UncheckedSession: @unchecked Sendable {
    let session: DocumentSession
}
