import FactPipe
import Foundation
import Testing

/// Random documents: random Unicode and random bytes around quantity expressions whose
/// facts are known. Seeded, so a failure names the seed that reproduces it.
struct RandomDocument {
    struct Known { let sentence: String; let text: String; let kind: String; let value: Decimal }

    static let known: [Known] = [
        Known(sentence: "营收20亿美元。", text: "20亿美元", kind: "money", value: Decimal("2000000000")),
        Known(sentence: "增长35%。", text: "35%", kind: "percent", value: 35),
        Known(sentence: "Revenue was $7 billion.", text: "$7 billion", kind: "money", value: Decimal("7000000000")),
        Known(sentence: "營收達到港幣3.5億元。", text: "港幣3.5億元", kind: "money", value: Decimal("350000000")),
        Known(sentence: "Sales rose 12.5 percent.", text: "12.5 percent", kind: "percent", value: Decimal("12.5")),
        Known(sentence: "估值约1830亿美元。", text: "约1830亿美元", kind: "money", value: Decimal("183000000000")),
        Known(sentence: "市值逾4萬億美元。", text: "逾4萬億美元", kind: "money", value: Decimal("4000000000000")),
        Known(sentence: "It has 300 million users.", text: "300 million", kind: "number", value: Decimal("300000000")),
    ]

    /// Code point ranges to draw noise from: ASCII, Latin, CJK, full-width forms, emoji,
    /// combining marks, right-to-left scripts, odd spaces and controls, surrogate-free.
    static let ranges: [ClosedRange<UInt32>] = [
        0x20...0x7E, 0x09...0x0D, 0xA0...0x17F, 0x300...0x36F, 0x590...0x6FF, 0x2000...0x206F,
        0x3000...0x303F, 0x4E00...0x9FFF, 0xFF00...0xFFEF, 0xFFF0...0xFFFD, 0x1F300...0x1FAFF, 0x20000...0x2A6DF,
        0x30...0x39, 0x4E00...0x4E10,
    ]

    var bytes: [UInt8] = []
    var embedded: [Known] = []

    init(seed: UInt64, withBadBytes: Bool) {
        var g = SeededGenerator(seed: seed)
        for _ in 0..<Int.random(in: 1...8, using: &g) {
            appendNoise(&g, withBadBytes: withBadBytes)
            let k = Self.known.randomElement(using: &g)!
            embedded.append(k)
            bytes += Array("\n\n\(k.sentence)\n\n".utf8)
        }
        appendNoise(&g, withBadBytes: withBadBytes)
    }

    private mutating func appendNoise(_ g: inout SeededGenerator, withBadBytes: Bool) {
        var noise = String.UnicodeScalarView()
        for _ in 0..<Int.random(in: 0...120, using: &g) {
            let range = Self.ranges.randomElement(using: &g)!
            if let scalar = Unicode.Scalar(UInt32.random(in: range, using: &g)) { noise.append(scalar) }
        }
        bytes += Array(String(noise).utf8)
        if withBadBytes, Bool.random(using: &g) {
            // a short run of bytes that are not UTF-8 (never NUL: that marks a binary file)
            for _ in 0..<Int.random(in: 1...3, using: &g) { bytes.append(UInt8.random(in: 0x80...0xFF, using: &g)) }
        }
    }
}

@Suite("Random input")
struct PropertyTests {
    /// The checks every document must pass; returns how many known quantities were found.
    func check(_ document: RandomDocument, seed: UInt64, extractor: Extractor) {
        let decoded: DecodedText
        do { decoded = try TextDecoder.decode(document.bytes) } catch {
            Issue.record("seed \(seed): decode threw \(error)"); return
        }
        #expect(decoded.encoding == "UTF-8", "seed \(seed)")
        let facts = extractor.extract(decoded.scalars)
        let encoder = JSONLEncoder()
        for fact in facts {
            let span = fact.quantity.span
            guard span.lowerBound >= 0, span.lowerBound < span.upperBound, span.upperBound <= decoded.scalars.count else {
                Issue.record("seed \(seed): span \(span) outside the text"); continue
            }
            #expect(String(String.UnicodeScalarView(decoded.scalars[span])) == fact.text, "seed \(seed)")
            let line = encoder.line(.fact(doc: "random", fact))
            let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            #expect(object != nil, "seed \(seed): not JSON: \(line)")
            #expect(Set(object?.keys.map { $0 } ?? []) == Set(JSONLEncoder.factFields), "seed \(seed)")
            let keyOrder = JSONLEncoder.factFields.compactMap { key in line.range(of: "\"\(key)\":").map { line.distance(from: line.startIndex, to: $0.lowerBound) } }
            #expect(keyOrder == keyOrder.sorted() && keyOrder.count == JSONLEncoder.factFields.count, "seed \(seed)")
        }
        var remaining = facts
        for k in document.embedded {
            if let i = remaining.firstIndex(where: { $0.text == k.text && $0.quantity.kind.rawValue == k.kind && $0.quantity.value == k.value }) {
                remaining.remove(at: i)
            } else {
                Issue.record("seed \(seed): \(k.text) not found among \(facts.map(\.text))")
            }
        }
    }

    @Test("random Unicode around known quantities: no crash, exact spans, contract records, the quantities found")
    func randomUnicode() {
        let extractor = TestSupport.extractor()
        for seed in 1...400 as ClosedRange<UInt64> {
            check(RandomDocument(seed: seed, withBadBytes: false), seed: seed, extractor: extractor)
        }
    }

    /// Snippets cut anywhere out of the corpus articles end inside names, figures and the openings
    /// the link rules look for (`…集团龙万`, `分季1%`): the whole pipeline reads each, spans exact.
    @Test("snippets cut at random from the corpus articles: no trap, exact spans")
    func corpusSnippets() throws {
        let extractor = TestSupport.extractor()
        let texts = try CorpusArticle.all.map { Array(try String(contentsOf: $0.path, encoding: .utf8).unicodeScalars) }
        var g = SeededGenerator(seed: 29)
        for n in 0..<6000 {
            let text = texts.randomElement(using: &g)!
            let start = Int.random(in: 0..<text.count, using: &g)
            let snippet = Array(text[start..<min(text.count, start + Int.random(in: 1...40, using: &g))])
            for fact in extractor.extract(snippet) {
                let span = fact.quantity.span
                #expect(span.upperBound <= snippet.count && String(String.UnicodeScalarView(snippet[span])) == fact.text, "snippet \(n)")
            }
        }
    }

    @Test("random bytes as well: replaced and counted, the quantities still found with exact spans")
    func randomBytes() {
        let extractor = TestSupport.extractor()
        for seed in 1001...1400 as ClosedRange<UInt64> {
            check(RandomDocument(seed: seed, withBadBytes: true), seed: seed, extractor: extractor)
        }
    }

    @Test("the streaming decoder, fed random-sized pieces, gives the text whole decoding gives")
    func streamingAgreesWithWhole() throws {
        for seed in 2001...2300 as ClosedRange<UInt64> {
            let document = RandomDocument(seed: seed, withBadBytes: true)
            let whole = try TextDecoder.decode(document.bytes)
            var g = SeededGenerator(seed: seed)
            let decoder = StreamingTextDecoder()
            var scalars = Scalars()
            var start = 0
            while start < document.bytes.count {
                let end = min(document.bytes.count, start + Int.random(in: 1...700, using: &g))
                scalars += try decoder.decode(Array(document.bytes[start..<end]), final: false)
                start = end
            }
            scalars += try decoder.decode([], final: true)
            #expect(scalars == whole.scalars, "seed \(seed)")
            #expect(decoder.replacedSequences == whole.replacedSequences, "seed \(seed)")
        }
    }

    @Test("through the command line: every record of random documents valid against the JSON Schema, spans exact")
    func commandLine() throws {
        let dir = try EncodingFixtures.temporaryDirectory("random")
        defer { try? FileManager.default.removeItem(at: dir) }
        var documents: [String: String] = [:]
        for seed in 3001...3060 as ClosedRange<UInt64> {
            let document = RandomDocument(seed: seed, withBadBytes: seed % 2 == 0)
            let path = dir.appendingPathComponent("doc-\(seed).txt").path
            try Data(document.bytes).write(to: URL(fileURLWithPath: path))
            documents[path] = String(String.UnicodeScalarView(try TextDecoder.decode(document.bytes).scalars))
        }
        let output = dir.appendingPathComponent("records.jsonl").path
        let run = try CLIRun.run([], shell: "FACTPIPE extract --quiet -o '\(output)' '\(dir.path)' && python3 scripts/validate-records Schemas/fact-record.schema.json '\(output)'")
        #expect(run.status == 0, "\(run.stdout) \(run.stderr)")
        #expect(run.stdout.contains("records valid"))
        let lines = try String(contentsOfFile: output, encoding: .utf8).split(separator: "\n")
        #expect(lines.count >= 60)
        let scalarsOf = documents.mapValues { Array($0.unicodeScalars) }
        for line in lines {
            let record = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            let scalars = scalarsOf[record["doc"] as! String]!
            let start = record["start"] as! Int, end = record["end"] as! Int
            #expect(String(String.UnicodeScalarView(scalars[start..<end])) == record["text"] as? String)
        }
    }
}
