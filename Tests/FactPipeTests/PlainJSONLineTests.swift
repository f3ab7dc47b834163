import FactPipe
import Foundation
import Testing

/// `PlainJSONLine`, the shortcut for `--input jsonl`, reads a line as the JSON decoder does,
/// and leaves every line it does not read exactly to the decoder.
@Suite("Plain JSON lines")
struct PlainJSONLineTests {
    /// What the command line decodes a line to with `JSONDecoder`.
    static func decoded(_ line: [UInt8]) -> DecodedJSONLine? {
        try? JSONDecoder().decode(DecodedJSONLine.self, from: Data(line))
    }

    /// Checks one line: read, it reads as the decoder reads it; when the decoder fails, it is not read.
    static func check(_ line: [UInt8], shouldRead: Bool? = nil) {
        let plain = PlainJSONLine(line[...])
        let decoded = Self.decoded(line)
        let shown = String(decoding: line, as: UTF8.self)
        if let plain {
            #expect(decoded != nil, "read a line the decoder rejects: \(shown)")
            #expect(plain.id == decoded?.id, "\(shown)")
            #expect(plain.text == decoded.map { Array($0.text.unicodeScalars) }, "\(shown)")
        }
        if let shouldRead { #expect((plain != nil) == shouldRead, "\(shown)") }
        // read a piece at a time: the same line read, its pieces joined the same text
        let streamed = StreamedJSONLine(line)
        #expect((streamed != nil) == (plain != nil), "\(shown)")
        if let streamed, let plain {
            #expect(streamed.id == plain.id)
            for maxBytes in [1, 4, 7, 64] {
                var pieces = streamed.pieces(maxBytes: maxBytes), joined: [Unicode.Scalar] = []
                while let piece = pieces.next() { joined += piece }
                #expect(joined == plain.text, "\(maxBytes) \(shown)")
            }
        }
    }

    static let ranges: [ClosedRange<UInt32>] = [
        0x00...0x7F, 0x20...0x7E, 0x80...0x7FF, 0x800...0xD7FF, 0xE000...0xFFFF, 0x4E00...0x9FFF, 0x10000...0x10FFFF,
    ]

    /// A random scalar, and how it is written in a JSON string: raw when it may be, else (or
    /// at random) as an escape.
    static func written(_ g: inout SeededGenerator) -> (Unicode.Scalar, String) {
        let range = ranges.randomElement(using: &g)!
        let scalar = Unicode.Scalar(UInt32.random(in: range, using: &g))!
        let short: [Unicode.Scalar: String] = ["\"": #"\""#, "\\": #"\\"#, "/": #"\/"#, "\u{08}": #"\b"#,
                                                "\u{0C}": #"\f"#, "\n": #"\n"#, "\r": #"\r"#, "\t": #"\t"#]
        let unicode = String(scalar).utf16.map { unit -> String in
            let hex = String(unit, radix: 16, uppercase: Bool.random(using: &g))
            return #"\u"# + String(repeating: "0", count: 4 - hex.count) + hex
        }.joined()
        let escapes = (short[scalar].map { [$0] } ?? []) + [unicode]
        let mustEscape = scalar.value < 0x20 || scalar == "\"" || scalar == "\\"
        if mustEscape || Int.random(in: 0..<4, using: &g) == 0 { return (scalar, escapes.randomElement(using: &g)!) }
        return (scalar, String(scalar))
    }

    static func whitespace(_ g: inout SeededGenerator) -> String {
        String((0..<Int.random(in: 0...2, using: &g)).map { _ in " \t\r\n".randomElement(using: &g)! })
    }

    /// A line in the common shape: both keys in either order, whitespace around every token.
    static func line(_ g: inout SeededGenerator) -> (line: String, id: String, text: [Unicode.Scalar]) {
        var text: [Unicode.Scalar] = [], textJSON = ""
        for _ in 0..<Int.random(in: 0...40, using: &g) {
            let (scalar, json) = written(&g)
            text.append(scalar)
            textJSON += json
        }
        let id: String, idJSON: String
        if Bool.random(using: &g) {
            let n = [Int.min, Int.max, 0, -1, Int.random(in: -1000...1000, using: &g), Int.random(in: Int.min...Int.max, using: &g)]
                .randomElement(using: &g)!
            (id, idJSON) = (String(n), String(n))
        } else {
            var scalars = "", json = ""
            for _ in 0..<Int.random(in: 0...6, using: &g) {
                let (scalar, written) = written(&g)
                scalars.unicodeScalars.append(scalar)
                json += written
            }
            (id, idJSON) = (scalars, "\"\(json)\"")
        }
        var fields = ["\"id\"\(whitespace(&g)):\(whitespace(&g))\(idJSON)", "\"text\"\(whitespace(&g)):\(whitespace(&g))\"\(textJSON)\""]
        if Bool.random(using: &g) { fields.reverse() }
        // other keys, half the time, anywhere among the two
        if Bool.random(using: &g) {
            for _ in 0..<Int.random(in: 1...3, using: &g) {
                let key = ["url", "title", "date", "", "lang", "meta"].randomElement(using: &g)!
                fields.insert("\"\(key)\"\(whitespace(&g)):\(whitespace(&g))\(value(&g, depth: 0))", at: Int.random(in: 0...fields.count, using: &g))
            }
        }
        return (whitespace(&g) + "{" + fields.map { whitespace(&g) + $0 + whitespace(&g) }.joined(separator: ",") + "}" + whitespace(&g), id, text)
    }

    /// A random JSON value, as RFC 8259 writes one.
    static func value(_ g: inout SeededGenerator, depth: Int) -> String {
        switch Int.random(in: 0..<(depth < 3 ? 8 : 6), using: &g) {
        case 0: return "\"" + (0..<Int.random(in: 0...8, using: &g)).map { _ in written(&g).1 }.joined() + "\""
        case 1: return ["0", "-0", "12", "-3.25", "1e9", "2.5E-3", "6.02e+23", "-0.0"].randomElement(using: &g)!
        case 2: return ["true", "false", "null"].randomElement(using: &g)!
        case 3: return String(Int.random(in: -100_000...100_000, using: &g))
        case 4, 5: return "\"\(Int.random(in: 0...1_000_000, using: &g))\""
        case 6: return "[" + (0..<Int.random(in: 0...3, using: &g)).map { _ in whitespace(&g) + value(&g, depth: depth + 1) + whitespace(&g) }.joined(separator: ",") + "]"
        default:
            return "{" + (0..<Int.random(in: 0...3, using: &g)).map { k in
                whitespace(&g) + "\"k\(k)\"" + whitespace(&g) + ":" + whitespace(&g) + value(&g, depth: depth + 1) + whitespace(&g)
            }.joined(separator: ",") + "}"
        }
    }

    @Test("lines in the common shape are read, each as the decoder reads it", arguments: 0..<4)
    func commonShape(seed: UInt64) {
        var g = SeededGenerator(seed: seed)
        for _ in 0..<500 {
            let (line, id, text) = Self.line(&g)
            let bytes = Array(line.utf8)
            Self.check(bytes, shouldRead: true)
            let plain = PlainJSONLine(bytes[...])
            #expect(plain?.id == id && plain?.text == text, "\(line)")
        }
    }

    /// Lines one byte changed, cut, or spliced: every one read is read as the decoder reads it.
    @Test("changed lines are read as the decoder reads them, or left to it", arguments: 0..<4)
    func changedLines(seed: UInt64) {
        var g = SeededGenerator(seed: 100 + seed)
        let pieces: [[UInt8]] = [[0x00], [0x1F], [0x7F], [0x80], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
                                 [0xE4, 0xB8], Array(#"\ud800"#.utf8), Array(#"\udc00"#.utf8), Array(#"\u"#.utf8),
                                 Array(#"\x"#.utf8), Array(",".utf8), Array("\"".utf8), Array("}".utf8), Array(":".utf8),
                                 Array(#""id":1,"#.utf8), Array(#""text":"a","#.utf8), Array(" x".utf8), Array("1".utf8),
                                 Array("0".utf8), Array("-".utf8), Array(".5".utf8), Array("e3".utf8), [0xEF, 0xBB, 0xBF]]
        for _ in 0..<1000 {
            var bytes = Array(Self.line(&g).line.utf8)
            switch Int.random(in: 0..<3, using: &g) {
            case 0: bytes.insert(contentsOf: pieces.randomElement(using: &g)!, at: Int.random(in: 0...bytes.count, using: &g))
            case 1: bytes.removeSubrange(Int.random(in: 0...bytes.count, using: &g)...)
            default:
                if !bytes.isEmpty { bytes[Int.random(in: 0..<bytes.count, using: &g)] = UInt8.random(in: 0...255, using: &g) }
            }
            Self.check(bytes)
        }
    }

    @Test("lines of another shape, or in error, are left to the decoder")
    func leftToTheDecoder() {
        let lines = [
            #"{"id": "a", "id": "b", "text": "c"}"#,
            #"{"id": "a", "text": "b", "text": "c"}"#, #"{"\u0069d": "a", "text": "b"}"#, #"{"id": "a"}"#, #"{"text": "b"}"#,
            #"{"id": 01, "text": "b"}"#, #"{"id": -0, "text": "b"}"#, #"{"id": 1.0, "text": "b"}"#, #"{"id": 1e3, "text": "b"}"#,
            #"{"id": 9223372036854775808, "text": "b"}"#, #"{"id": -9223372036854775809, "text": "b"}"#,
            #"{"id": null, "text": "b"}"#, #"{"id": true, "text": "b"}"#, #"{"id": "a", "text": null}"#, #"{"id": "a", "text": 5}"#,
            #"{"id": "a", "text": "\ud83d"}"#, #"{"id": "a", "text": "\ude00"}"#, #"{"id": "a", "text": "\ud83d\u0041"}"#,
            #"{"id": "a", "text": "\ud83dx"}"#, #"{"id": "a", "text": "\q"}"#, #"{"id": "a", "text": "\u12G4"}"#,
            "{\"id\": \"a\", \"text\": \"tab\there\"}", "{\"id\": \"a\", \"text\": \"nul\u{0}\"}",
            #"{"id": "a", "text": "b"} x"#, #"{"id": "a", "text": "b"}}"#, #"{"id": "a", "text": "b",}"#, #"{,"id": "a", "text": "b"}"#,
            #"{"id": "a" "text": "b"}"#, #"{"id" "a", "text": "b"}"#, #"["a", "b"]"#, #""text""#, "not json", "{", "",
            "\u{FEFF}{\"id\": \"a\", \"text\": \"b\"}", "{\"id\": \"a\", \"text\": \"b\u{0B}\"}",
        ]
        // other keys whose values the decoder reads but RFC 8259 does not allow, keys escaped or
        // beyond ASCII, nesting beyond 64: left to the decoder too
        let others = [
            #"{"id": "a", "text": "b", "n": 01}"#, #"{"id": "a", "text": "b", "n": 1.}"#, #"{"id": "a", "text": "b", "n": -}"#,
            #"{"id": "a", "text": "b", "n": [1,]}"#, #"{"id": "a", "text": "b", "n": {"m": 1,}}"#, #"{"id": "a", "text": "b", "n": "\ud800"}"#,
            #"{"id": "a", "text": "b", "n": 1e5.5}"#, #"{"id": "a", "text": "b", "n": tru}"#, #"{"id": "a", "text": "b", "n": NaN}"#,
            #"{"id": "a", "text": "b", "l\u0061ng": "en"}"#, #"{"id": "a", "text": "b", "längd": 1}"#, #"{"id": "a", "text": "b", "n"}"#,
            #"{"id": "a", "text": "b", "n": }"#, #"{"id": "a", "text": "b", "n": 1 2}"#,
            #"{"id": "a", "text": "b", "n": "# + String(repeating: "[", count: 65) + String(repeating: "]", count: 65) + "}",
        ]
        for line in lines + others { Self.check(Array(line.utf8), shouldRead: false) }
        // and those RFC 8259 allows are read
        let read = [
            #"{"id": "a", "text": "b", "lang": "en"}"#, #"{"url": "https://example.com/a?b=1", "id": 7, "text": "b"}"#,
            #"{"id": "a", "meta": {"tags": ["x", "y"], "n": -1.5e-3, "ok": true, "none": null}, "text": "b", "": []}"#,
            #"{"id": "a", "text": "b", "x": 1, "x": 2}"#,
            #"{"id": "a", "text": "b", "n": "# + String(repeating: "[", count: 64) + String(repeating: "]", count: 64) + "}",
        ]
        for line in read { Self.check(Array(line.utf8), shouldRead: true) }
        for bad: [UInt8] in [[0x80], [0xC0, 0x80], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xFF], [0xE4, 0xB8]] {
            Self.check(Array(#"{"id": "a", "text": "x"#.utf8) + bad + Array(#"y"}"#.utf8), shouldRead: false)
            Self.check(Array(#"{"id": "a"#.utf8) + bad + Array(#"", "text": "y"}"#.utf8), shouldRead: false)
        }
    }

    @Test("a long text read a piece at a time: pieces of about the size asked, cut between code points")
    func pieces() {
        var g = SeededGenerator(seed: 7)
        var text: [Unicode.Scalar] = [], json = ""
        while json.utf8.count < 300_000 {
            let (scalar, written) = Self.written(&g)
            text.append(scalar)
            json += written
        }
        let line = Array(#"{"id": "long", "text": ""#.utf8) + Array(json.utf8) + Array(#""}"#.utf8)
        Self.check(line, shouldRead: true)
        var pieces = StreamedJSONLine(line)!.pieces(), sizes: [Int] = [], joined: [Unicode.Scalar] = []
        while let piece = pieces.next() {
            sizes.append(piece.count)
            joined += piece
        }
        #expect(joined == text)
        // (a piece is about 64 KB of the line, most of its code points two to four bytes)
        #expect(sizes.count >= 5 && sizes.dropLast().allSatisfy { $0 > 10_000 && $0 <= 1 << 16 })
        // ill-formed deep into the text: not read, as the decoder would not read it
        for bad: [UInt8] in [[0xFF], [0xED, 0xA0, 0x80], Array(#"\ud800"#.utf8), [0x0A]] {
            var broken = line
            broken.insert(contentsOf: bad, at: line.count - 50_000)
            Self.check(broken, shouldRead: false)
        }
    }

    @Test("every escape, surrogate pairs and the whitespace between tokens")
    func escapes() {
        let line = " {\t\"text\" :\r\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\u4E2D\\ud83d\\ude00\\u0000中\" , \"id\":-42 } "
        Self.check(Array(line.utf8), shouldRead: true)
        let plain = PlainJSONLine(Array(line.utf8)[...])
        #expect(plain?.id == "-42")
        #expect(plain?.text == Array("\"\\/\u{08}\u{0C}\n\r\té中😀\u{0}中".unicodeScalars))
    }
}
