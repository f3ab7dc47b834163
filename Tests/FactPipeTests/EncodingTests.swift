import FactPipe
import Foundation
import Testing

@Suite("Encodings and bad bytes")
struct EncodingTests {
    static let simplified = "谷歌向Anthropic投资20亿美元，估值约1830亿美元，增长35%。\n"
    static let traditional = "鴻海去年營收達到新台幣6.16兆元。輝達市值逾4萬億美元，兩名高管各獲港幣3,500萬元獎金，營收增長兩成。\n"

    /// Decodes, extracts, checks every span against the decoded text, and returns the facts.
    func facts(_ decoded: DecodedText) -> [Fact] {
        let facts = TestSupport.extractor().extract(decoded.scalars)
        for fact in facts {
            #expect(String(String.UnicodeScalarView(decoded.scalars[fact.quantity.span])) == fact.text)
        }
        return facts
    }

    @Test("GBK bytes are detected as GB18030 and decoded exactly")
    func gbk() throws {
        let text = String(repeating: Self.simplified, count: 3)
        let decoded = try TextDecoder.decode(EncodingFixtures.encode(text, as: "GBK"))
        #expect(decoded.encoding == "GB18030")
        #expect(String(String.UnicodeScalarView(decoded.scalars)) == text)
        #expect(decoded.replacedSequences == 0)
        #expect(facts(decoded).map(\.text).prefix(3) == ["20亿美元", "约1830亿美元", "35%"])
    }

    @Test("Big5 traditional Chinese: 億, 萬, 兩, 港幣, 營收 recognised with spans on the original")
    func big5Traditional() throws {
        let text = String(repeating: Self.traditional, count: 2)
        let decoded = try TextDecoder.decode(EncodingFixtures.encode(text, as: "BIG5"))
        #expect(decoded.encoding == "Big5")
        #expect(String(String.UnicodeScalarView(decoded.scalars)) == text)
        let found = facts(decoded)
        let byText = Dictionary(found.map { ($0.text, $0) }, uniquingKeysWith: { first, _ in first })
        #expect(byText["新台幣6.16兆元"]?.quantity.value == Decimal("6160000000000"))
        #expect(byText["新台幣6.16兆元"]?.quantity.currency == "TWD")
        #expect(byText["逾4萬億美元"]?.quantity.value == Decimal("4000000000000"))
        #expect(byText["逾4萬億美元"]?.quantity.approx == .over)
        #expect(byText["港幣3,500萬元"]?.quantity.value == Decimal("35000000"))
        #expect(byText["港幣3,500萬元"]?.quantity.currency == "HKD")
        #expect(byText["兩名"]?.quantity.value == 2)
        #expect(byText["兩成"]?.quantity.value == 20)
        #expect(found.count == 2 * found.count / 2 && found.count >= 10)
    }

    @Test("UTF-16 with a byte-order mark, little and big endian; the mark is not part of the text")
    func utf16() throws {
        for (charset, bom) in [("UTF-16LE", [UInt8]([0xFF, 0xFE])), ("UTF-16BE", [0xFE, 0xFF])] {
            let decoded = try TextDecoder.decode(bom + EncodingFixtures.encode(Self.simplified, as: charset))
            #expect(decoded.encoding == charset)
            #expect(String(String.UnicodeScalarView(decoded.scalars)) == Self.simplified)
            let found = facts(decoded)
            #expect(found.first?.text == "20亿美元" && found.first?.quantity.span == 14..<19)
        }
    }

    @Test("truncated multibyte sequences are replaced and counted; facts around them keep exact spans")
    func truncated() throws {
        let bytes = Array("营收20亿美元".utf8) + [0xE4, 0xB8] + Array("，利润3亿元".utf8) + [0xF0, 0x9F] + Array("，增长3%。".utf8) + [0xE5]
        let decoded = try TextDecoder.decode(bytes)
        #expect(decoded.encoding == "UTF-8")
        #expect(decoded.replacedSequences == 3)
        let found = facts(decoded)
        #expect(found.map(\.text) == ["20亿美元", "3亿元", "3%"])
        #expect(found.map(\.quantity.span.lowerBound) == [2, 11, 18])
    }

    @Test("random bytes and binary signatures are refused as not text, never decoded into facts")
    func binary() throws {
        for seed in 1...20 as ClosedRange<UInt64> {
            let bytes = EncodingFixtures.bytes(count: 4096, seed: seed)
            #expect(throws: DecodeError.self) { try TextDecoder.decode(bytes) }
        }
        let headers: [([UInt8], String)] = [
            ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "PNG image"),
            ([0xFF, 0xD8, 0xFF, 0xE0], "JPEG image"),
            ([0x50, 0x4B, 0x03, 0x04], "ZIP archive"),
            ([0x1F, 0x8B, 0x08, 0x00], "gzip archive"),
            (Array("%PDF-1.7\n".utf8), "PDF document"),
            ([0x7F, 0x45, 0x4C, 0x46], "ELF executable"),
        ]
        for (header, name) in headers {
            let bytes = header + Array("营收20亿美元。 revenue of $5 billion".utf8)
            do { _ = try TextDecoder.decode(bytes); Issue.record("\(name) decoded as text") }
            catch let error as DecodeError { #expect(error.message.hasPrefix("not text: \(name)")) }
            let stream = StreamingTextDecoder()
            #expect(throws: DecodeError.self) { _ = try stream.decode(bytes, final: true) }
        }
        #expect(BinarySignature.name(of: Array("ID3 rose 5% to $20 billion".utf8)) == nil)
        #expect(BinarySignature.name(of: Array("RIFF tensions: revenue up 5%".utf8)) == nil)
    }

    @Test("a forced encoding is used as given; an unknown one is an error")
    func forced() throws {
        let decoded = try TextDecoder.decode(EncodingFixtures.encode(Self.traditional, as: "BIG5"), encoding: "Big5")
        #expect(String(String.UnicodeScalarView(decoded.scalars)) == Self.traditional)
        #expect(throws: DecodeError.self) { try TextDecoder.decode([0x41], encoding: "no-such-charset") }
    }

    @Test("the streaming decoder gives the same text fed one byte at a time")
    func streamingPieces() throws {
        let cases: [([UInt8], String, String)] = [
            (EncodingFixtures.encode(Self.simplified + Self.simplified, as: "GBK"), "GB18030", Self.simplified + Self.simplified),
            (EncodingFixtures.encode(Self.traditional + Self.traditional, as: "BIG5"), "Big5", Self.traditional + Self.traditional),
            ([0xFF, 0xFE] + EncodingFixtures.encode(Self.traditional, as: "UTF-16LE"), "UTF-16LE", Self.traditional),
            ([0xEF, 0xBB, 0xBF] + Array(Self.traditional.utf8), "UTF-8", Self.traditional),
            (Array(("plain ASCII first\n\n" + Self.simplified).utf8), "UTF-8", "plain ASCII first\n\n" + Self.simplified),
        ]
        for (bytes, encoding, text) in cases {
            let decoder = StreamingTextDecoder()
            var scalars = Scalars()
            for byte in bytes { scalars += try decoder.decode([byte], final: false) }
            scalars += try decoder.decode([], final: true)
            #expect(decoder.encoding == encoding)
            #expect(decoder.replacedSequences == 0)
            #expect(String(String.UnicodeScalarView(scalars)) == text)
        }
    }

    @Test("the streaming decoder, well-formed UTF-8 for many pieces and then ill-formed, gives what whole decoding gives")
    func streamingTurnsIllFormed() throws {
        let text = Array(String(repeating: "营收20亿美元，同比增长35%。Revenue rose 5%.\n", count: 400).utf8)
        let illFormed: [[UInt8]] = [[0xFF], [0x80, 0x80], [0xE4, 0xB8], [0xF8, 0x41], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xF0, 0x9F, 0x98]]
        for (n, bad) in illFormed.enumerated() {
            let bytes = text + bad + Array("营收20亿美元。\n".utf8) + bad
            let whole = try TextDecoder.decode(bytes)
            for pieceSize in [1, 2, 3, 5, 4096, 65_536] {
                let decoder = StreamingTextDecoder()
                var scalars = Scalars()
                for start in stride(from: 0, to: bytes.count, by: pieceSize) {
                    scalars += try decoder.decode(Array(bytes[start..<min(bytes.count, start + pieceSize)]), final: false)
                }
                scalars += try decoder.decode([], final: true)
                #expect(decoder.encoding == "UTF-8")
                #expect(scalars == whole.scalars, "case \(n), pieces of \(pieceSize)")
                #expect(decoder.replacedSequences == whole.replacedSequences, "case \(n), pieces of \(pieceSize)")
                #expect(decoder.replacedSequences > 0, "case \(n), pieces of \(pieceSize)")
            }
        }
    }

    @Test("the streaming decoder passes text on as it comes: ASCII at once, UTF-8 at the first line end")
    func streamingPrompt() throws {
        let decoder = StreamingTextDecoder()
        #expect(try decoder.decode(Array("Revenue rose 5%.\n\n".utf8), final: false).count == 18)
        #expect(try decoder.decode(Array("营收20亿".utf8), final: false).isEmpty)
        #expect(try decoder.decode(Array("美元。\n".utf8), final: false).count == 9)
        #expect(decoder.encoding == "UTF-8")
        let bad = StreamingTextDecoder()
        let bytes = Array("营收20亿".utf8) + [0xFF] + Array("美元\n".utf8)
        let scalars = try bad.decode(bytes, final: true)
        #expect(bad.replacedSequences == 1)
        #expect(String(String.UnicodeScalarView(scalars)) == "营收20亿\u{FFFD}美元\n")
    }
}
