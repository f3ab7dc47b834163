@testable import FactPipe
import Foundation
import Testing

/// The shortcuts taken for speed give exactly what the general code gives.
@Suite("Fast paths")
struct FastPathTests {
    /// Sentences that hold quantities in every shape the recognisers know, beyond the corpus.
    static let samples = [
        "估值达到1830亿美元", "投资20亿，年初又追加了10亿", "访问量达到61亿次", "一百万个定制TPU芯片",
        "损失估计高达数十亿美元", "Claude用不到1/40的用户数量", "相差近40倍", "两千三百五十万元人民币",
        "营收翻了一番，利润翻番。", "其中一半来自海外。", "今年利润下降，去年持平。", "参萬肆仟圆",
        "revenue of seven billion dollars, up thirty-five per cent", "about two thirds of users",
        "It fell by half in March.", "twice as many as last year", "a dozen firms raised a million",
        "one-eighth of the budget", "Q3 2024 sales", "In May the board met.", "百分之三十五", "七成五",
    ]

    /// The text of every article of the corpus, Chinese and English.
    static func corpusArticles() throws -> [String] {
        let root = TestSupport.corpusDirectory
        return try ["zh", "en"].flatMap { language in
            let folder = root.appendingPathComponent(language)
            return try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.map { name in
                try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            }
        }
    }

    /// The linker asks these lists only of a sentence with Han text (``LinkSentence/holdsHan``):
    /// a phrase without a Han character would be missed in a sentence without one.
    @Test("the word lists the linker asks only of sentences with Han text hold a Han character in every phrase")
    func hanOnlyListsHoldHan() {
        let lists: [String: PhraseList] = [
            "chineseComparisonBefore": GoverningDates.chineseComparisonBeforeList,
            "chineseComparisonAfter": GoverningDates.chineseComparisonAfterList,
            "owning": SubjectRules.owningList, "placeFirms": SubjectRules.placeFirmsList,
            "closeTo": SubjectRules.closeToList, "analyst": SubjectRules.analystList,
            "chineseObjectMarkers": SubjectRules.chineseObjectMarkerList,
            "receiving": SubjectRules.receivingList, "receivingAdverbs": SubjectRules.receivingAdverbList,
        ]
        for (name, list) in lists {
            #expect(!list.phrases.isEmpty, "\(name)")
            for phrase in list.phrases { #expect(phrase.unicodeScalars.contains(where: isHan), "\(name): \(phrase)") }
        }
    }

    @Test("the candidate filter passes every sentence in which the recognisers find something")
    func candidateFilterIsConservative() throws {
        let documents = try Self.samples + Self.corpusArticles()
        for document in documents {
            let filtered = TestSupport.extractor()
            let unfiltered = TestSupport.extractor()
            unfiltered.filtersSentences = false
            let scalars = Array(document.unicodeScalars)
            #expect(filtered.extract(scalars) == unfiltered.extract(scalars), "\(document.prefix(40))")
        }
    }

    @Test("records encoded as they are found are the bytes of the records gathered and then encoded")
    func encodedRecords() throws {
        var documents = try Self.samples + Self.corpusArticles()
        // (paragraphs with facts or names after one without, and names after the last fact)
        documents.append(documents.joined(separator: "\n\n无事。\n\n"))
        let encoder = JSONLEncoder()
        for entities in [false, true] {
            let extractor = try Extractor(lexicons: TestSupport.lexicons, rates: TestSupport.fixedRates,
                                          options: ExtractionOptions(entities: entities))
            for document in documents {
                let scalars = Array(document.unicodeScalars)
                var gathered: [UInt8] = []
                let records = extractor.records(scalars, doc: "a")
                for record in records { encoder.encode(record, into: &gathered) }
                var encoded = Array("kept".utf8)
                let facts = extractor.encodeRecords(scalars, doc: "a", with: encoder, into: &encoded)
                #expect(encoded == Array("kept".utf8) + gathered, "\(document.prefix(40))")
                #expect(facts == records.filter { if case .fact = $0 { true } else { false } }.count)
                // the same fed to a session paragraph by paragraph, as a stream is
                let gathering = extractor.session(), encoding = extractor.session()
                for paragraph in ParagraphSplitter.paragraphs(scalars) {
                    let piece = Array(scalars[paragraph])
                    let pieceRecords = gathering.feedRecords(piece, doc: "a")
                    var pieceGathered: [UInt8] = []
                    for record in pieceRecords { encoder.encode(record, into: &pieceGathered) }
                    var pieceEncoded: [UInt8] = []
                    let pieceFacts = encoding.encodeRecords(piece, doc: "a", with: encoder, into: &pieceEncoded)
                    #expect(pieceEncoded == pieceGathered, "\(document.prefix(40))")
                    #expect(pieceFacts == pieceRecords.filter { if case .fact = $0 { true } else { false } }.count)
                }
            }
        }
    }

    @Test("the first byte JSON escapes is found from every start, in texts long and short")
    func nextEscape() {
        let pieces = ["a", "~", " ", "\"", "\\", "\n", "\u{1}", "\u{1F}", "\u{7F}", "é", "中", "🙂", "abcdefgh"]
        var g = SeededGenerator(seed: 11)
        var wrong: [(bytes: [UInt8], start: Int)] = []
        for _ in 0..<2000 {
            let bytes = Array(Self.randomText(pieces, count: 0...12, using: &g).utf8)
            bytes.withUnsafeBufferPointer { buffer in
                for start in 0...bytes.count {
                    let expected = bytes[start...].firstIndex { $0 < 32 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") } ?? bytes.count
                    if JSONLEncoder.nextEscape(in: buffer, from: start) != expected { wrong.append((bytes, start)) }
                }
            }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(3))")
    }

    @Test("the first index of a code point is found from every start of every slice, in texts long and short")
    func firstIndexOfScalar() {
        let pieces = ["a", "；", ";", "中", "\u{FF1B}\u{FF1B}", "\u{1FF1B}", "abcdefgh", "。"]
        var g = SeededGenerator(seed: 12)
        var wrong: [(text: String, start: Int)] = []
        for _ in 0..<500 {
            let text = Self.randomText(pieces, count: 0...12, using: &g)
            let scalars = Array(text.unicodeScalars)
            for low in 0...min(3, scalars.count) {
                let slice = scalars[low...]
                for start in slice.indices.lowerBound...slice.endIndex {
                    let expected = slice[start...].firstIndex(of: "；") ?? slice.endIndex
                    if slice.firstIndex(of: "；", from: start) != expected { wrong.append((text, start)) }
                }
            }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(3))")
    }

    @Test("a multiple's last word is read as splitting its Characters at spaces and line ends reads it, in ASCII text and past it")
    func multiplyingLastWord() {
        // (a prepended mark, `\u{0600}`, joins the space after it into one Character; a combining
        // mark joins the space before it)
        let pieces = ["double", "Doubled", "twice", "sixfold", "triple", "nearly", " ", " ", "中", "\u{0600}", "\u{301}", "\r\n", "x"]
        func lastWord(_ text: String) -> String { text.split(whereSeparator: { $0 == " " || $0.isNewline }).last.map { $0.lowercased() } ?? "" }
        let named = ["nearly double", "Doubled  ", "x\u{0600} double", "中 twice", " \u{301}triple", "double\u{301}", "sixfold\r\n"]
        var g = SeededGenerator(seed: 13)
        var wrong: [String] = []
        for text in named + (0..<200).map({ _ in Self.randomText(pieces, count: 0...5, using: &g) }) {
            let word = lastWord(text)
            let multiplying = QuantityRecognizer.multiplyingVerbs[word] != nil || QuantityRecognizer.baseMultiplyingVerbs[word] != nil
            let comparing = QuantityRecognizer.baseMultiplyingVerbs[word] != nil || word == "twice"
            if QuantityRecognizer.isMultiplyingWord(text) != multiplying || QuantityRecognizer.isComparingWord(text) != comparing {
                wrong.append(text)
            }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(3))")
    }

    @Test("UTF-8 is decoded to the scalars Swift's own decoding gives, and refused exactly where Swift refuses it")
    func utf8Scalars() {
        // well-formed pieces and the edges of table 3-7 on both sides
        let pieces: [[UInt8]] = [
            Array("abcdefgh".utf8), Array("融资20亿".utf8), Array("🙂".utf8), [0], [0x7F], [0xC2, 0x80], [0xDF, 0xBF],
            [0xE0, 0xA0, 0x80], [0xED, 0x9F, 0xBF], [0xEF, 0xBF, 0xBD], [0xF0, 0x90, 0x80, 0x80], [0xF4, 0x8F, 0xBF, 0xBF],
            [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x9F, 0xBF], [0xED, 0xA0, 0x80], [0xF0, 0x8F, 0xBF, 0xBF],
            [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0x80], [0xBF], [0xE4, 0xB8], [0xF0, 0x9F, 0x99], [0xFF],
        ]
        // no scalars: none, or continuation bytes only
        #expect(UTF8Scalars.decode([])?.scalars == [])
        #expect(UTF8Scalars.decode([0x80]) == nil && UTF8Scalars.decode([0x80, 0xBF, 0x80]) == nil)
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...12, using: &generator) {
                bytes += Bool.random(using: &generator) ? pieces[Int.random(in: 0..<3, using: &generator)]
                    : pieces.randomElement(using: &generator)!
            }
            let ours = UTF8Scalars.decode(bytes)
            let swift = String(validating: bytes, as: UTF8.self)
            #expect((ours == nil) == (swift == nil), "\(bytes)")
            if let ours, let swift {
                #expect(ours.scalars == Array(swift.unicodeScalars), "\(bytes)")
                #expect(ours.containsNUL == swift.unicodeScalars.contains("\0"), "\(bytes)")
            }
        }
    }

    @Test("decimals are written digit for digit as their description gives them")
    func decimalDigits() {
        var values: [Decimal] = [0, 1, -1, Decimal(string: "0.1")!, Decimal(string: "-0.000001")!, Decimal(string: "1e18")!,
                                 Decimal(string: "18446744073709551615")!, Decimal(string: "18446744073709551616")!,
                                 Decimal(1) / Decimal(3), Decimal(2) / Decimal(3), Decimal(string: "192000000")!,
                                 Decimal(string: "0.000000000000000001")!, Decimal(string: "1234.5678")!,
                                 Decimal(string: "-0.000000000000000001")!, Decimal(string: "1.0000000000000000001")!,
                                 Decimal(string: "12e20")!, Decimal(string: "12e21")!, Decimal(string: "-18446744073709551615e-18")!,
                                 Decimal(string: "-18446744073709551615e20")!, Decimal(string: "1000000000000000000e-18")!,
                                 Decimal(sign: .minus, exponent: -3, significand: 0), Decimal(sign: .plus, exponent: 5, significand: 0)]
        var seed: UInt64 = 42
        var previous: Decimal = 0
        for _ in 0..<2000 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            let mantissa = Int64(bitPattern: seed >> 8) % 1_000_000_000_000
            let exponent = Int(seed % 31) - 20
            let value = Decimal(sign: mantissa < 0 ? .minus : .plus, exponent: exponent, significand: Decimal(mantissa.magnitude))
            values.append(value)
            // long mantissas and more than 18 places, as money times a rate gives them
            if previous != 0 {
                values.append(value * previous)
                values.append(value / previous)
            }
            previous = value
        }
        #expect(DecimalText.layoutChecked)
        for (sample, text) in DecimalText.layoutSamples {
            #expect(Decimal(string: sample).map(DecimalText.plain) == text, "\(sample)")
        }
        var shortWritten = 0
        for value in values {
            var short: [UInt8] = []
            var isShort = false
            ByteWriter.append(to: &short, bound: 200) { isShort = DecimalText.putShort(value, &$0) }
            if isShort {
                #expect(String(decoding: short, as: UTF8.self) == DecimalText.plain(value), "\(value)")
                shortWritten += 1
            } else {
                #expect(short.isEmpty)
            }
            var fast: [UInt8] = []
            if DecimalText.appendPlain(value, to: &fast) {
                #expect(String(decoding: fast, as: UTF8.self) == DecimalText.plain(value), "\(value)")
            } else {
                // the fast path leaves out only numbers that end in more than 20 zeros
                #expect(DecimalText.plain(value).hasSuffix(String(repeating: "0", count: 21)), "\(value)")
            }
        }
        #expect(shortWritten >= values.count / 4)
    }

    @Test("numbers are written with as many digits as their description has")
    func digitCounts() {
        var values: [UInt] = [0, 1, 9, 10, 99, 100, UInt.max, UInt.max / 10, 10_000_000_000_000_000_000, 9_999_999_999_999_999_999]
        for k in 0..<UInt.bitWidth { values += [(1 << k) - 1, 1 << k, (1 << k) + 1] }
        for power in PowersOfTen.int64 { values += [UInt(power) - 1, UInt(power), UInt(power) + 1] }
        var seed: UInt = 7
        for _ in 0..<1000 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            values += [seed, seed >> (seed % 64)]
        }
        for value in values {
            #expect(ByteWriter.digitCount(value) == String(value).count, "\(value)")
            var bytes: [UInt8] = []
            ByteWriter.append(to: &bytes, bound: 20) { $0.put(decimal: value) }
            #expect(String(decoding: bytes, as: UTF8.self) == String(value))
        }
    }

    @Test("a fact's kind and approximation are written as their quoted raw values")
    func quotedRawValues() {
        func written(_ put: (inout ByteWriter) -> Void) -> String {
            var bytes: [UInt8] = []
            ByteWriter.append(to: &bytes, bound: 64, put)
            return String(decoding: bytes, as: UTF8.self)
        }
        for kind in QuantityKind.allCases {
            #expect(written { JSONLEncoder.putQuoted(kind, &$0) } == "\"\(kind.rawValue)\"")
        }
        for approx in Approximation.allCases {
            #expect(written { JSONLEncoder.putQuoted(approx, &$0) } == "\"\(approx.rawValue)\"")
        }
        #expect(written { JSONLEncoder.putQuoted(nil, &$0) } == "null")
    }

    @Test("dates are written digit by digit as their joined parts write them")
    func isoTextIsTheJoinedText() {
        let years = [-12345, -5, 0, 7, 99, 999, 1000, 2024, 9999, 10000, 123456]
        let parts: [Int?] = [nil, -3, 0, 1, 9, 10, 12, 31, 99, 100, 1234]
        for y in years {
            for m in parts {
                for d in parts {
                    #expect(DateMention.isoText(y, m, d) == DateMention.joinedISOText(y, m, d), "\(y) \(String(describing: m)) \(String(describing: d))")
                }
            }
        }
    }

    @Test("text between offsets is the scalars' text")
    func textBetweenOffsets() {
        let scalars = Array("a€𝄞中\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}z".unicodeScalars)
        for start in 0...scalars.count {
            for end in start...scalars.count {
                #expect(scalars.text(start..<end) == String(String.UnicodeScalarView(scalars[start..<end])))
            }
        }
    }

    @Test("sentence boundaries found without ICU are ICU's, and text it cannot answer for is left to ICU")
    func plainSentenceBreaks() throws {
        // every class that may follow a terminator, and the ones that send the text to ICU
        let pieces = ["。", "！", "？", "!", "?", "！？", "。”", "？」", "。）", "。\"", "。 ", "。　", "。\n", "。\r\n", "。\u{2029}",
                      "。，", "。、", "。：", "。—", "！ ？", "。” “", "3.5", "7.58亿", "，", "；", "：", "“", "（", " ", "\n", "\r",
                      "\u{2028}", "a", "B", "9", "中", "·", "…", "%", "U.S.", "Inc.", "。.5", "e\u{301}", "\u{200D}", "\u{FE0F}", "．", "𠀀"]
        var texts: [String] = []
        for a in pieces { for b in pieces { texts.append("利润" + a + "增长" + b + "下降") } }
        for a in pieces { for b in pieces { for c in ["。", "！", "”"] { texts.append(a + c + b) } } }
        for article in try Self.corpusArticles() {
            let document = Array(article.unicodeScalars)
            texts += ParagraphSplitter.paragraphs(document).map { String(String.UnicodeScalarView(document[$0])) }
        }
        let plain = PlainSentenceBreaks()
        let icu = try BreakIterator(.sentence, locale: "en@ss=standard")
        var answered = 0
        for text in texts {
            let scalars = Array(text.unicodeScalars)[...]
            guard let found = plain.boundaries(of: scalars) else { continue }
            answered += 1
            #expect(found == icu.boundaries(of: scalars), "\(text.debugDescription)")
        }
        #expect(answered > texts.count / 3)
        #expect(plain.boundaries(of: Array("He paid $3. Then he left.".unicodeScalars)[...]) == [12, 25])
        #expect(plain.boundaries(of: Array("利润增长\u{301}。".unicodeScalars)[...]) == nil)
    }

    @Test("full stops and ICU's English exceptions break as ICU breaks them, on random text", arguments: 0..<4)
    func fullStopsAsICU(seed: UInt64) throws {
        // pieces that meet every rule about a full stop: abbreviations ICU knows (`Mr.`, `U.S.`,
        // `Ph.D.`, `Lt.Cdr.`), capitals, lower case, digits, quotes and brackets, spaces, line ends
        let pieces = ["Mr", "Mrs", "Ph", "D", "U", "S", "A", "C", "Lt", "Cdr", "Inc", "Jan", "e", "g", "a", "m", "p", "vs", "He",
                      "the", "42", "3", ".", ".", ".", ". ", ".  ", "?", "!", ")", "\"", "'", "”", ",", ":", ";", "-", "(", " ",
                      "\n", "\r\n", "中", "。", "…", "$", "%", "\u{2029}"]
        var g = SeededGenerator(seed: seed)
        let plain = PlainSentenceBreaks()
        let icu = try BreakIterator(.sentence, locale: "en@ss=standard")
        for _ in 0..<5000 {
            let text = Self.randomText(pieces, count: 1...14, using: &g)
            let scalars = Array(text.unicodeScalars)[...]
            let found = try #require(plain.boundaries(of: scalars))
            #expect(found == icu.boundaries(of: scalars), "\(text.debugDescription)")
        }
    }

    @Test("the exceptions are ICU's English ones")
    func sentenceBreakExceptionsLoaded() {
        let exceptions = ICUData.sentenceBreakExceptions(locale: "en")
        #expect(exceptions.contains("Mr.") && exceptions.contains("U.S.") && exceptions.contains("Ph.D."))
        #expect(exceptions.allSatisfy { $0.hasSuffix(".") })
    }

    @Test("the trie passes over a Latin word only where every match would end inside a word", arguments: 0..<4)
    func trieFirstWords(seed: UInt64) {
        let forms = ["net income", "net", "gpt-4", "GPT", "revenue", "q3", "at&t", "sales growth", "s", "公司", "苹果公司", "a1",
                     "the fed", "the fed chair", "hong kong", "the x-ray", "sales 公司"]
        var trie = AliasTrie()
        trie.insert(forms.enumerated().map { (form: Array($0.element.unicodeScalars), payload: Int32($0.offset)) })
        let pieces = ["net", " ", "income", "incomes", "GPT", "-4", "-40", "revenue", "revenues", "q3", "Q35", "at", "&", "t", "s",
                      "sales", "growth", "公司", "苹果", "a1", "a", "1", "Net", ",", "x", "the", "The", "fed", "Fed", "federal", "chair",
                      "hong", "Kong", "kongs", "-ray", "ray", "the ", "The ", "Hong ", "sales "]
        var g = SeededGenerator(seed: seed)
        for _ in 0..<2000 {
            let text = Array(Self.randomText(pieces, count: 1...8, using: &g).unicodeScalars)
            for start in text.indices {
                // every form the text holds at `start`, less those ending with a letter inside a word
                let wholeWords = forms.indices.filter { k in
                    let form = Array(forms[k].unicodeScalars).map(AliasTrie.key)
                    let end = start + form.count
                    guard end <= text.count, text[start..<end].map(AliasTrie.key) == form else { return false }
                    return !(isLatinLetter(text[end - 1]) && end < text.count && isAlphanumeric(text[end]))
                }
                var found: [Int] = []
                trie.forEachMatch(in: text, from: start, limit: text.count) { _, payload in found.append(Int(payload)) }
                #expect(Set(wholeWords).isSubset(of: Set(found)), "\(String(String.UnicodeScalarView(text))) at \(start)")
                // (the filters before the walk, of the first two keys and the first one or two words)
                #expect(wholeWords.isEmpty || trie.mayMatch(in: text, from: start, limit: text.count),
                        "\(String(String.UnicodeScalarView(text))) at \(start)")
            }
        }
    }

    @Test("a form table finds the longest form, the first given of its length, not glued to a letter, as a scan of every form does",
          arguments: 0..<2)
    func formTableLongest(seed: UInt64) {
        // (forms sharing first and last code points and their neighbours, of one code point and more)
        let forms = ["us$", "hk$", "$", "a$", "usd", "sd", "d", "ud", "rmb", "b", "mb", "元", "美元", "港元", "ab", "abd", "abc", "ad",
                     "a", "b d", "美", "xd"]
        let table = FormTable(forms.enumerated().map { ($0.element, $0.offset) })
        let pieces = ["us", "US", "$", "hk", "a", "A", "d", "D", "s", "u", "rmb", "RM", "b", "m", "元", "美", "港", " ", "1", "x", "c"]
        /// The first of the longest forms standing at `start` (or ending at `end`) within `bounds`, as the table matches them.
        func scan(_ text: [Unicode.Scalar], _ place: (Int) -> Int, within bounds: ClosedRange<Int>) -> (Int, Int)? {
            var best: (Int, Int)? = nil
            for (k, form) in forms.enumerated() {
                let scalars = Array(form.unicodeScalars)
                let start = place(scalars.count)
                let end = start + scalars.count
                guard bounds.contains(start), bounds.contains(end),
                      zip(text[start..<end], scalars).allSatisfy({ FormTable<Int>.lower($0) == FormTable<Int>.lower($1) }),
                      !(isLatinLetter(scalars.last!) && end < text.count && isLatinLetter(text[end])),
                      !(isLatinLetter(scalars.first!) && start > 0 && isLatinLetter(text[start - 1])) else { continue }
                if best == nil || scalars.count > best!.1 { best = (k, scalars.count) }
            }
            return best
        }
        var g = SeededGenerator(seed: seed)
        for _ in 0..<2000 {
            let text = Array(Self.randomText(pieces, count: 1...8, using: &g).unicodeScalars)
            for i in text.indices {
                let limit = Int.random(in: (i + 1)...text.count, using: &g)
                let after = table.longest(in: text, at: i, limit: limit)
                let expected = scan(text, { _ in i }, within: i...limit)
                #expect(after.map { [$0.payload, $0.end] } == expected.map { [$0.0, i + $0.1] }, "\(String(String.UnicodeScalarView(text))) at \(i)")
                let end = i + 1, floor = Int.random(in: 0...i, using: &g)
                let before = table.longest(in: text, endingAt: end, floor: floor)
                let expectedBefore = scan(text, { end - $0 }, within: floor...end)
                #expect(before.map { [$0.payload, $0.start] } == expectedBefore.map { [$0.0, end - $0.1] },
                        "\(String(String.UnicodeScalarView(text))) ending at \(end)")
            }
        }
    }

    @Test("short texts segmented before get the boundaries ICU gives them, also once the memory has been emptied")
    func rememberedWordBoundaries() throws {
        let segmenter = Segmenter()
        let icu = try BreakIterator(.word, locale: "zh")
        // few characters, so that texts come back; more texts than the memory holds
        let pieces = ["同比", "增长", "亿元", "数据", "显示", "公司", "中国", "人民", "银行", "的", "和", "年", "AI", "3", "，", " "]
        var g = SeededGenerator(seed: 7)
        var repeated = 0
        var seen = Set<String>()
        for _ in 0..<20_000 {
            let text = Self.randomText(pieces, count: 1...7, using: &g)
            if !seen.insert(text).inserted { repeated += 1 }
            let scalars = Array(text.unicodeScalars)[...]
            var expected = [Bool](repeating: false, count: scalars.count + 1)
            expected[0] = true
            for b in icu.boundaries(of: scalars) where b <= scalars.count { expected[b] = true }
            #expect(segmenter.wordBoundaries(scalars) == expected, "\(text)")
        }
        #expect(repeated > 1000 && seen.count > 5000)
    }

    @Test("runs of Chinese characters are divided into words as ICU's iterator divides them", arguments: 0..<3)
    func hanWordsAsICU(seed: UInt64) throws {
        var dictionary = HanWordDictionary()
        let icu = try BreakIterator(.word, locale: "zh")
        // pieces of the corpus articles' Chinese, spliced at random: real words and their
        // neighbours, cut anywhere; and rarer ideographs (extension A, 〇) among them
        let articles = try FileManager.default.contentsOfDirectory(atPath: TestSupport.corpusDirectory.path + "/zh")
            .filter { $0.hasSuffix(".txt") }
            .map { try String(contentsOfFile: TestSupport.corpusDirectory.path + "/zh/" + $0, encoding: .utf8) }
        let han = articles.joined().unicodeScalars.filter(HanWordDictionary.isPlainIdeograph) + Array("〇㐀㑇䶵".unicodeScalars)
        // long words of the dictionary, too: the search for words stops at 20 characters
        let longWords = ["密西西比河", "布宜诺斯艾利斯", "中华人民共和国", "全国人民代表大会常务委员会", "马达加斯加"]
        #expect(han.count > 3000)
        var g = SeededGenerator(seed: seed)
        for _ in 0..<3000 {
            var text: [Unicode.Scalar] = []
            for _ in 0..<Int.random(in: 1...4, using: &g) {
                if Int.random(in: 0..<4, using: &g) == 0 { text += longWords.randomElement(using: &g)!.unicodeScalars; continue }
                let start = Int.random(in: 0..<han.count, using: &g)
                text += han[start..<min(han.count, start + Int.random(in: 1...25, using: &g))]
            }
            var expected = [Bool](repeating: false, count: text.count + 1)
            expected[0] = true
            for b in icu.boundaries(of: text[...]) where b <= text.count { expected[b] = true }
            let found = dictionary.boundaries(of: text[...])
            #expect(found == expected, "\(String(String.UnicodeScalarView(text)))")
        }
        let mixed = dictionary.boundaries(of: Array("公司ABC".unicodeScalars)[...]), kana = dictionary.boundaries(of: Array("カタカナ".unicodeScalars)[...])
        #expect(mixed == nil && kana == nil)
    }

    @Test("a character is wordish where its properties make it alphabetic or numeric")
    func wordishCharacters() {
        for v in Array(0..<0x80) + Array(0x4E00..<0xA000) + [0xAA, 0xB2, 0x3007, 0x3400, 0xFF11, 0x1D7CE] {
            let c = Unicode.Scalar(UInt32(v))!
            #expect(QuantityRecognizer.isWordish(c) == (c.properties.isAlphabetic || c.properties.numericType != nil), "U+\(String(v, radix: 16))")
        }
    }

    @Test("a text holds a Han character exactly where one of its code points is Han")
    func holdsHanAsIsHan() {
        // below U+3000 whose OR is not (U+2000 | U+1000), and Han and other code points above it
        let pieces: [Unicode.Scalar] = ["a", "1", " ", "\u{2014}", "\u{1E00}", "\u{2019}", "\u{3000}", "\u{3002}", "\u{3007}", "中",
                                        "\u{3400}", "\u{20000}", "\u{FF10}", "\u{AC00}", "\u{30AB}", "·", "；"]
        var g = SeededGenerator(seed: 3)
        for _ in 0..<5000 {
            let text = Self.randomElements(pieces, count: 0...40, using: &g)
            #expect(holdsHan(text) == text.contains(where: isHan), "\(String(String.UnicodeScalarView(text)).debugDescription)")
            // and a slice holds a mark exactly where the mark stands in it
            let slice = text[(text.count / 3)...]
            for mark: Unicode.Scalar in ["·", "；", "中"] { #expect(slice.holds(mark) == slice.contains(mark)) }
        }
    }

    @Test("a set of packed words holds exactly the words put in it")
    func wordKeysMembership() {
        var g = SeededGenerator(seed: 11)
        let letters = Array("abcdefghijklmnopqrstuvwxyz".unicodeScalars)
        func word() -> String { String(String.UnicodeScalarView(Self.randomElements(letters, count: 1...12, using: &g))) }
        for size in [0, 1, 3, 40, 500] {
            let words = Set((0..<size).map { _ in word() })
            let keys = WordKeys(words)
            for w in words { #expect(keys.contains(WordKeys.key(Array(w.unicodeScalars)[...])!), "\(w)") }
            for _ in 0..<2000 {
                let w = word()
                #expect(keys.contains(WordKeys.key(Array(w.unicodeScalars)[...])!) == words.contains(w), "\(w)")
            }
            #expect(!keys.contains(0))
        }
    }

    @Test("a word table gives what a dictionary gives, the first value of a word added twice kept")
    func wordTableAsDictionary() {
        var g = SeededGenerator(seed: 5)
        let letters = Array("abcdeéf中文".unicodeScalars)
        func word() -> String { String(String.UnicodeScalarView(Self.randomElements(letters, count: 0...6, using: &g))) }
        let pairs = (0..<600).map { k in (word(), k) }
        var expected: [String: Int] = [:]
        for (w, k) in pairs where expected[w] == nil { expected[w] = k }
        var table = WordTable<Int>(pairs.prefix(10))
        for (w, k) in pairs.dropFirst(10) { table.insert(w, k) }
        #expect(table.count == expected.count && Set(table.keys) == Set(expected.keys))
        for _ in 0..<2000 {
            let w = word()
            #expect(table[w] == expected[w], "\(w)")
        }
        #expect(Dictionary(uniqueKeysWithValues: table.map { ($0.key, $0.value) }) == expected)
    }

    @Test("a word of a text is in a word table exactly when its string in lower case is")
    func lowercasedWordLookup() {
        var g = SeededGenerator(seed: 7)
        // capitals, accented letters, a combining accent (`e\u{301}` is `é` to a string's `==`),
        // Han characters and a code point beyond the plane
        let letters = Array("abAB.-éÉe\u{301}中😀".unicodeScalars)
        func word() -> [Unicode.Scalar] { Self.randomElements(letters, count: 0...5, using: &g) }
        let table = WordSet((0..<300).map { _ in String(String.UnicodeScalarView(word())).lowercased() } + ["é", ""])
        for _ in 0..<3000 {
            let text = word() + word() + word()
            let (start, end) = Self.randomRange(in: text.count, using: &g)
            #expect(table.contains(LowercasedWord(text, start..<end), in: text) == table.contains(text.lowercasedASCIIText(start..<end)),
                    "\(text.text(start..<end))")
        }
        #expect(WordSet([""]).contains(.empty, in: []) && !WordSet(["a"]).contains(.empty, in: []))
    }

    @Test("a word's key read in one walk is the key of its letters, and none where another code point stands")
    func wordKeyOfLettersInOneWalk() {
        var g = SeededGenerator(seed: 23)
        let pieces = Array("abzAZ@[`{'-1 é中".unicodeScalars)
        for _ in 0..<3000 {
            let word = Self.randomElements(pieces, count: 0...14, using: &g)[...]
            let expected = word.allSatisfy(isLatinLetter) ? WordKeys.key(word) : nil
            #expect(WordKeys.key(ofLettersIn: word) == expected, "\(String(String.UnicodeScalarView(word)))")
        }
    }

    @Test("a key worked out by the compiler from a written word is the key of its letters")
    func wordKeyOfLiteral() {
        #expect(WordKey.of == WordKeys.key("of") && WordKey.between == WordKeys.key("between"))
        #expect(WordKey.compared == WordKeys.key("compared") && WordKey.fiscal == WordKeys.key("fiscal"))
        #expect(WordKeys.key(literal: "abcdefghijkl") == WordKeys.key("abcdefghijkl"))
        #expect(WordKeys.key(literal: "MixedCase") == WordKeys.key("mixedcase"))
    }

    @Test("the clauses of a sentence are those a test of every position finds")
    func clausesAsEveryPositionTested() {
        // (the scan passes over code points that neither end a clause nor may open one: the
        // separators, dashes, digits, full-width marks and the openers' letters are drawn often)
        let pieces = [" while ", " whereas ", " that ", " said", " says", " told", " with ", " the ", " w", " t", " wh", " th",
                      ",", ":", ";", "，", "；", "：", "—", "-", "1", "2", " ", "a", "h", "中", "。", ".", "'", "<", "@", "\u{FF0B}"]
        func reference(_ text: [Unicode.Scalar]) -> [Range<Int>] {
            var result: [Range<Int>] = [], start = 0
            for i in text.indices {
                if Clauses.isSeparator(text, i) {
                    if i > start { result.append(start..<i) }
                    start = i + 1
                } else if text[i] == " ", i > start, Clauses.englishOpeners.contains(where: { text.has($0, at: i) })
                            || text.has(Clauses.reported, at: i) && (start..<i).contains(where: { k in Clauses.sayings.contains { text.has($0, at: k) } }) {
                    result.append(start..<i)
                    start = i + 1
                }
            }
            if start < text.count { result.append(start..<text.count) }
            return result
        }
        var g = SeededGenerator(seed: 11)
        var clauses: [Range<Int>] = []
        for _ in 0..<3000 {
            let text = Array(Self.randomText(pieces, count: 0...12, using: &g).unicodeScalars)
            Clauses.split(text, into: &clauses)
            #expect(clauses == reference(text), "\(String(String.UnicodeScalarView(text)))")
        }
    }

    @Test("a Chinese sentence's stops are where the name finders' own sets stop, and what it holds")
    func hanSentenceStopsAgreeWithTheSets() {
        let rules = TestSupport.lexicons.linking.names
        // every code point of the plane (and a few beyond it), one sentence each block of 4,096
        let scalars = (UInt32(0)..<0x10000).compactMap(Unicode.Scalar.init) + ["𠀀", "𪚥", "😀"]
        for start in stride(from: 0, to: scalars.count, by: 4096) {
            let text = Array(scalars[start..<min(start + 4096, scalars.count)])
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: text.count) { buffer in
                let stops = rules.hanSentenceStops.read(text, into: buffer)
                let sets: [(HanSentenceStops.Kind, (Unicode.Scalar) -> Bool)] = [
                    (.clauseOpener, ChineseOpeningNames.clauseOpeners.contains), (.surnameStart, rules.chineseSurnames.mayStart),
                    (.suffixStart, rules.chineseSuffixStarts.contains), (.nounEnd, rules.organisationNouns.mayEnd),
                    (.nameLetter, isNameLetter), (.interpunct, { $0 == "·" }), (.nameMark, { UnknownNameFinder.nameMarks.contains($0) }),
                ]
                for (kind, inSet) in sets {
                    var expected = 0, found = stops.next(kind, from: 0)
                    while true {
                        while expected < text.count, !inSet(text[expected]) { expected += 1 }
                        #expect(found == expected, "\(kind) from \(start)")
                        guard expected < text.count, found == expected else { break }
                        expected += 1
                        found = stops.next(kind, from: expected)
                    }
                    #expect(stops.holds(kind) == text.contains(where: inSet), "\(kind) from \(start)")
                    #expect(text.indices.allSatisfy { stops.isStop(kind, at: $0) == inSet(text[$0]) }, "\(kind) from \(start)")
                }
            }
        }
    }

    /// So many of `pieces` (a number drawn from `count`), each drawn at random, one after another.
    private static func randomText(_ pieces: [String], count: ClosedRange<Int>, using g: inout SeededGenerator) -> String {
        randomElements(pieces, count: count, using: &g).joined()
    }

    /// So many of `elements` (a number drawn from `count`), each drawn at random.
    private static func randomElements<T>(_ elements: [T], count: ClosedRange<Int>, using g: inout SeededGenerator) -> [T] {
        (0..<Int.random(in: count, using: &g)).map { _ in elements.randomElement(using: &g)! }
    }

    /// Positions drawn at random in a text of `count`: a start within it, and an end after the
    /// start, up to `overshoot` past the text's end.
    private static func randomRange(in count: Int, overshoot: Int = 0, using g: inout SeededGenerator) -> (start: Int, end: Int) {
        let start = Int.random(in: 0...count, using: &g)
        return (start, Int.random(in: start...count + overshoot, using: &g))
    }

    /// A sentence of up to ten of `pieces` drawn at random, and a range drawn in it (ending up
    /// to two past its end).
    private static func randomSentenceAndRange(of pieces: [String], using g: inout SeededGenerator) -> (LinkSentence, Range<Int>) {
        let s = linkSentence(Array(randomText(pieces, count: 0...10, using: &g).unicodeScalars))
        let (start, end) = randomRange(in: s.text.count, overshoot: 2, using: &g)
        return (s, start..<end)
    }

    /// The first position of `range` (within the sentence) where one of `phrases` starts.
    private static func firstStart(of phrases: [String], in range: Range<Int>, of s: LinkSentence) -> Int? {
        (range.lowerBound..<min(range.upperBound, s.text.count)).first { k in phrases.contains { s.has($0, at: k) } }
    }

    /// A sentence of `text` alone, for the link rules' tests.
    private static func linkSentence(_ text: [Unicode.Scalar]) -> LinkSentence {
        LinkSentence(text: text, holdsHan: text.contains(where: isHan), base: 0, entities: [], facts: [],
                     buffers: SentenceBuffers(predicates: PredicateLexicon()))
    }

    @Test("a phrase list finds at each position the first phrase, in list order, that LinkSentence.has finds there")
    func phraseListsMatchAsHas() {
        // (phrases that share their first key, their first two, their last two, and of one key)
        let phrases = ["in ", "in the company", "in the firm", "into it", "it", "its", "i", " expects ", " expected ", " sees ",
                       "、", "和", " and ", ", ", "其中", "其", "s", "'s ", "the ", "公司"]
        let list = PhraseList(phrases)
        let pieces = ["in", " ", "the", "company", "firm", "to", "it", "s", "'", "expect", "ed", "see", "、", "和", "其", "中",
                      "公司", ",", "and", "I", "T", "x", "1"]
        var g = SeededGenerator(seed: 23)
        for _ in 0..<3000 {
            let text = Array(Self.randomText(pieces, count: 0...10, using: &g).unicodeScalars)
            let s = Self.linkSentence(text)
            for k in 0...text.count {
                #expect(list.index(at: k, in: s) == phrases.firstIndex { s.has($0, at: k) }, "\(String(String.UnicodeScalarView(text))) at \(k)")
                #expect(list.index(endingAt: k, in: s) == phrases.firstIndex { s.has($0, endingAt: k) },
                        "\(String(String.UnicodeScalarView(text))) ending at \(k)")
            }
        }
    }

    @Test("a phrase list's first position in a range is the first where a phrase starts, also when all start with one code point")
    func phraseListFirstPositions() {
        let lists = [["in ", "in the company", "it", "its", "i", " expects ", "、", "和", "其中", "其", "'s ", "the "],
                     [" expects ", " expected ", " sees ", " and ", " its "], ["其中", "其他", "其"], [",", ", and "]]
        let pieces = ["in", " ", "the", "company", "it", "s", "'", "expect", "ed", "see", "and", "、", "和", "其", "中", "他", ",", "I", "T"]
        var g = SeededGenerator(seed: 31)
        for phrases in lists {
            let list = PhraseList(phrases)
            for _ in 0..<2000 {
                let (s, range) = Self.randomSentenceAndRange(of: pieces, using: &g)
                #expect(list.firstPosition(in: range, of: s) == Self.firstStart(of: phrases, in: range, of: s),
                        "\(String(String.UnicodeScalarView(s.text))) in \(range)")
            }
        }
    }

    @Test("an object marker before a pronoun for the topic is found where one of the pairs of both starts")
    func objectAnaphorsAsEveryPairTested() {
        let pairs = SubjectRules.chineseObjectMarkers.map { $0 + "其" }
            + SubjectRules.englishObjectMarkers.flatMap { marker in SubjectRules.englishAnaphors.map { marker + " " + $0 } }
        let pieces = ["in", "into", " ", "the", "it", "its", "company", "firm", "startup", "cruise", "line", "向", "对", "持有", "其",
                      "其中", "a", "s", ",", "In", "The"]
        var g = SeededGenerator(seed: 29)
        for _ in 0..<3000 {
            let (s, range) = Self.randomSentenceAndRange(of: pieces, using: &g)
            #expect(SubjectRules.hasObjectAnaphor(in: range, of: s) == (Self.firstStart(of: pairs, in: range, of: s) != nil),
                    "\(String(String.UnicodeScalarView(s.text))) in \(range)")
        }
    }

    @Test("word shapes made in memory handed on from longer and shorter texts are those of fresh memory")
    func wordShapesInReusedMemory() {
        var g = SeededGenerator(seed: 17)
        let pieces = Array("abcXYZ-  ,.中文1".unicodeScalars)
        var storage = WordShapes.Storage()
        for _ in 0..<300 {
            let text = Self.randomElements(pieces, count: 0...40, using: &g)
            var reused = WordShapes(text, reusing: &storage)
            let fresh = WordShapes(text)
            #expect(reused.holdsLatinLetters == fresh.holdsLatinLetters)
            for i in -2...(text.count + 2) {
                let (a, b) = (reused.at(i), fresh.at(i))
                #expect(a?.end == b?.end && a?.key == b?.key && a?.leadingKey == b?.leadingKey, "\(String(String.UnicodeScalarView(text))) at \(i)")
            }
            reused.giveBack(to: &storage)
        }
    }

    @Test("a table of packed words gives what a dictionary gives, the first value of a word added twice kept")
    func wordKeyTableAsDictionary() {
        var g = SeededGenerator(seed: 19)
        let letters = Array("abcdefghijklmnopqrstuvwxyz".unicodeScalars)
        func word() -> String { String(String.UnicodeScalarView(Self.randomElements(letters, count: 1...12, using: &g))) }
        let pairs = (0..<300).map { n in (word(), n) }
        let table = WordKeyTable(pairs + pairs.map { ($0.0, -1) })
        let dictionary = Dictionary(pairs, uniquingKeysWith: { first, _ in first })
        for _ in 0..<2000 {
            let w = Bool.random(using: &g) ? pairs.randomElement(using: &g)!.0 : word()
            #expect(table[WordKeys.key(w)] == dictionary[w], "\(w)")
        }
    }

    @Test("a digit alone and a figure before one multiplier read as the positional reading reads them, decimal for decimal")
    func commonNumeralReadings() {
        func bytes(_ d: Decimal?) -> [UInt8]? { d.map { d in withUnsafeBytes(of: d) { Array($0) } } }
        var g = SeededGenerator(seed: 23)
        var numerals: [[NumeralElement]] = (0...9).map { [.digit($0)] }
        for _ in 0..<3000 {
            // figures as the scanner reads them: whole, with decimals, with trailing zeros, past 63 bits
            let mantissa = UInt64.random(in: 0...(Bool.random(using: &g) ? 99_999 : UInt64.max), using: &g)
            let figure = Decimal(sign: .plus, exponent: -Int.random(in: 0...20, using: &g), significand: Decimal(mantissa))
            let unit = [10_000, 100_000_000, 1_000_000_000_000].randomElement(using: &g)!
            numerals.append([.arabic(figure), .big(unit)])
        }
        numerals.append([.arabic(0), .big(10_000)])
        numerals.append([.arabic(Decimal(string: "18446744073709551616")!), .big(100_000_000)])
        for elements in numerals {
            let fast = ChineseNumeralEvaluator.evaluate(elements), positional = ChineseNumeralEvaluator.evaluateInteger(elements)
            #expect(bytes(fast?.value) == bytes(positional?.value) && bytes(fast?.trailingMultiplier) == bytes(positional?.trailingMultiplier)
                        && fast?.high == positional?.high && fast?.approx == positional?.approx, "\(elements)")
        }
    }

    /// The Latin token scan asks of the code point before a letter only whether it is a figure: it
    /// passes over the rest of a word, and the letters and figures glued to a figure, at once. Its
    /// tokens must start where a letter follows neither a letter nor a figure, and every such
    /// letter must stand in a token (the tokens then are those of a scan that asks both).
    @Test("the Latin token scan starts its tokens where a letter follows neither a letter nor a figure")
    func latinTokenStarts() throws {
        let finder = UnknownNameFinder(rules: try NameRules(directory: TestSupport.lexiconDirectory))
        let samples = ["3Dx Corp. and A1b2 Holdings", "Crestline Burger Co.Élan", "x-ray, 4K-based and Pittsburgh-based",
                       "Søren Ørsted 2ÉÀ é9x ×y", "AT&T, U.S. Steel 10-Q", "长城汽车Tank 300在3D打印", "a", "9", ""]
        var memory: [UnknownNameFinder.Token] = []
        for text in try samples + Self.corpusArticles() {
            let scalars = Array(text.unicodeScalars)
            let tokens = memory[..<finder.tokens(scalars, holdsHan: holdsHan(scalars), into: &memory)]
            func startsToken(_ i: Int) -> Bool {
                isNameLetter(scalars[i]) && (i == 0 || !isNameLetter(scalars[i - 1]) && !isASCIIDigit(scalars[i - 1]))
            }
            #expect(tokens.allSatisfy { startsToken($0.range.lowerBound) }, "\(text.prefix(40))")
            var k = tokens.startIndex
            for i in scalars.indices where startsToken(i) {
                while k < tokens.endIndex, tokens[k].range.upperBound <= i { k += 1 }
                #expect(k < tokens.endIndex && tokens[k].range.contains(i), "\(text.prefix(40)) at \(i)")
            }
        }
    }

    /// A rate in 10^-12 units read digit by digit: the reading `RateTable.scaled` makes eight
    /// digits at a time.
    static func scaledDigitByDigit(_ bytes: [UInt8]) -> Int64? {
        var digits: Int64 = 0
        var i = 0
        func readDigits() {
            while i < bytes.count, case let digit = bytes[i] &- 48, digit <= 9 { digits = digits &* 10 &+ Int64(digit); i += 1 }
        }
        readDigits()
        let integerDigits = i
        guard integerDigits <= 4 else { return nil }
        var fractionDigits = 0
        if i < bytes.count {
            guard bytes[i] == UInt8(ascii: ".") else { return nil }
            i += 1
            readDigits()
            fractionDigits = i - integerDigits - 1
            guard i == bytes.count, fractionDigits <= 12 else { return nil }
        }
        guard integerDigits + fractionDigits > 0 else { return nil }
        return digits &* PowersOfTen.int64[12 - fractionDigits]
    }

    @Test("a rate read eight digits at a time is the rate read digit by digit, for every rate of the tables and rates spoilt")
    func scaledRates() throws {
        var rates = Set(["", ".", "0", "5.", ".5", "9999", "10000", "0.", "00.000", "1..5", "-1.5", "1.5.", "1,5", "1e5",
                         "1.000000000000", "1.0000000000000", "9999.999999999999", "0.999999999", "12345.6"].map { Array($0.utf8) })
        for path in [TestSupport.lexiconDirectory + "/rates.tsv", TestSupport.fixedRatesPath] {
            for line in try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n") where !line.hasPrefix("#") {
                rates.insert(Array(line.split(separator: "\t", omittingEmptySubsequences: false).last!.utf8))
            }
        }
        // some of them cut short, and with a byte put in place of each of theirs
        for rate in rates.sorted(by: { $0.lexicographicallyPrecedes($1) }).enumerated().filter({ $0.offset % 97 == 0 }).map(\.element) {
            for k in rate.indices {
                rates.insert(Array(rate[..<k]))
                for byte: UInt8 in [0, 9, 0x2E, 0x2F, 0x30, 0x39, 0x3A, 0x40, 0xF9, 0xFF] {
                    var spoilt = rate
                    spoilt[k] = byte
                    rates.insert(spoilt)
                }
            }
        }
        // after the bytes of a row's date and currency, and after bytes that would carry
        for prefix in [Array("2024-01-02\tXYZ\t".utf8), [UInt8](repeating: 0xFF, count: 16)] {
            for rate in rates {
                let row = prefix + rate
                let fast = row.withUnsafeBufferPointer { RateTable.scaled(UnsafeBufferPointer(rebasing: $0[prefix.count...])) }
                #expect(fast == Self.scaledDigitByDigit(rate), "\(String(decoding: rate, as: UTF8.self))")
            }
        }
    }

    @Test("a rate made from its 10^-12 units is, to the bit, the Decimal its digits make, for every rate of the tables and rates made up")
    func decimalOfScaledRates() throws {
        var rates = Set(["5.", ".5", "0.5", "00.50", "10", "1000", "9999", "0.000000000001", "1.000000000000", "9999.999999999999", "100.10"])
        for path in [TestSupport.lexiconDirectory + "/rates.tsv", TestSupport.fixedRatesPath] {
            for line in try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n") where !line.hasPrefix("#") {
                rates.insert(String(line.split(separator: "\t", omittingEmptySubsequences: false).last!))
            }
        }
        var g = SeededGenerator(seed: 37)
        func digits(_ count: Int) -> String { String((0..<count).map { _ in Character(String(Int.random(in: 0...9, using: &g))) }) }
        for _ in 0..<20_000 { rates.insert(digits(Int.random(in: 0...4, using: &g)) + "." + digits(Int.random(in: 0...12, using: &g))) }
        func bytes(_ d: Decimal) -> [UInt8] { withUnsafeBytes(of: d) { Array($0) } }
        var compared = 0
        for rate in rates {
            let prefix = Array("2024-01-02\tXYZ\t".utf8)
            let row = prefix + Array(rate.utf8)
            guard let scaled = row.withUnsafeBufferPointer({ RateTable.scaled(UnsafeBufferPointer(rebasing: $0[prefix.count...])) }),
                  let made = RateTable.decimal(scaled: scaled) else { continue }
            #expect(bytes(made) == bytes(try #require(Decimal(string: rate))), "\(rate)")
            compared += 1
        }
        #expect(compared > 10_000)
    }

    /// The mean rate of `currency` over `first...last` worked out from the rows' text, as
    /// `RateTable.averageRate` gives it: in 10^-12 units rounded half up to 8 places when every
    /// rate reads so, else in `Decimal`; and the last date of the rows averaged.
    static func meanFromText(_ rows: [(date: Int32, currency: String, rate: String)], currency: String,
                             first: Int32, last: Int32) -> (rate: String, date: Int32)? {
        let period = rows.filter { $0.currency == currency && (first...last).contains($0.date) }
        guard let lastDate = period.map(\.date).max() else { return nil }
        let scaled = period.compactMap { scaledDigitByDigit(Array($0.rate.utf8)) }
        if scaled.count == period.count {
            let divisor = Int64(period.count) * 10_000
            let (quotient, remainder) = scaled.reduce(0, +).quotientAndRemainder(dividingBy: divisor)
            return ("\(Decimal(sign: .plus, exponent: -8, significand: Decimal(quotient + (remainder * 2 >= divisor ? 1 : 0))))", lastDate)
        }
        var sum: Decimal = 0
        for row in period {
            guard let rate = Decimal(string: row.rate) else { return nil }
            sum += rate
        }
        let mean = sum / Decimal(period.count)
        return ("\(Decimal(string: DecimalText.roundedFraction("\(mean)", digits: 8)) ?? mean)", lastDate)
    }

    @Test("a period's mean rate from the index's sums is the mean of its rows' text, for rates of many digits, large ones, ones not summed and periods of many rows")
    func meanRatesFromSums() throws {
        var g = SeededGenerator(seed: 41)
        func digits(_ count: Int) -> String { String((0..<count).map { _ in Character(String(Int.random(in: 0...9, using: &g))) }) }
        var rows: [(date: Int32, currency: String, rate: String)] = []
        for currency in ["EUR", "JPY", "XAU1", "cny"] {
            for _ in 0..<600 {
                // days 00 and 32 stand in no month, month 13 in no year
                let month: Int32 = [1, 2, 6, 12, 13].randomElement(using: &g)!, day: Int32 = [0, 1, 2, 15, 28, 31, 32].randomElement(using: &g)!
                let date = Int32.random(in: 2020...2022, using: &g) * 10000 + month * 100 + day
                let rate = switch Int.random(in: 0..<20, using: &g) {
                case 0: "9999.999999999999"
                case 1: ["0.1234567890123", "12345.6", "1e2", "-1.5", "0.5.", "", "."].randomElement(using: &g)!
                default: digits(Int.random(in: 0...4, using: &g)) + "." + digits(Int.random(in: 1...12, using: &g))
                }
                rows.append((date, currency, rate))
            }
        }
        // more rows in one year than the sums take
        for k in 0..<1000 { rows.append((date: 20210000 + Int32(101 + k % 12 * 100 + k % 28), currency: "BTC", rate: "0.\(k)")) }
        func iso(_ date: Int32) -> String { String(format: "%04d-%02d-%02d", date / 10000, date / 100 % 100, date % 100) }
        func text(_ rows: [(date: Int32, currency: String, rate: String)]) -> String {
            "date\tcurrency\tusd_per_unit\n" + rows.map { iso($0.date) + "\t" + $0.currency + "\t" + $0.rate + "\n" }.joined()
        }
        let shuffled = try TestSupport.temporaryFile("rates-shuffled", containing: text(rows.shuffled(using: &g)))
        let sorted = try TestSupport.temporaryFile("rates-sorted", containing: text(rows.sorted { $0.date < $1.date }))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rate-sums-\(UUID())").path
        defer { for path in [shuffled, sorted, folder] { try? FileManager.default.removeItem(atPath: path) } }
        let cache = CacheFolder(directory: folder, settledSeconds: 0)
        _ = try RateTable(path: shuffled, cache: cache).rate(for: "EUR")
        // made here, read back from the folder, and read by date first
        let tables = [try RateTable(path: shuffled), try RateTable(path: shuffled, cache: cache), try RateTable(path: sorted)]
        var compared = 0
        for currency in ["EUR", "JPY", "XAU1", "cny", "BTC"] {
            for year: Int32 in 2019...2023 {
                for month: Int32 in [0, 1, 2, 6, 12] {
                    let period = month == 0 ? "\(year)" : "\(year)-\(month < 10 ? "0" : "")\(month)"
                    let (first, last) = month == 0 ? (year * 10000 + 101, year * 10000 + 1231) : (year * 10000 + month * 100 + 1, year * 10000 + month * 100 + 31)
                    let expected = Self.meanFromText(rows, currency: currency, first: first, last: last)
                    for table in tables {
                        let found = table.averageRate(for: currency, over: period)
                        #expect(found.map { "\($0.rate)" } == expected?.rate, "\(currency) over \(period)")
                        #expect(found?.date == expected.map { iso($0.date) })
                        compared += 1
                    }
                }
            }
        }
        #expect(compared == 5 * 5 * 5 * 3)
    }

    /// A phrase set made at once (a sorted table) finds what one made a phrase at a time (a
    /// hash of groups by first three code points) finds: the longest match at each position, the shortest
    /// phrase ending at each, duplicates and empty phrases added once or not at all.
    @Test func scalarPhrasesMadeAtOnceMatchOneAtATime() {
        let words = ["公司", "公", "公司法", "集团", "公司", "", "股份公司", "集", "ab", "a", "abc", "b", "公司法", "集团公司"]
        let phrases = words.map { Array($0.unicodeScalars) }
        var atOnce = ScalarPhrases(Array(words[..<5]))
        atOnce.insert(contentsOf: Array(phrases[5...]))
        var oneByOne = ScalarPhrases.empty
        for phrase in phrases { oneByOne.insert(phrase) }
        var count = 0
        atOnce.forEachPhrase { _ in count += 1 }
        #expect(count == Set(words.filter { !$0.isEmpty }).count)
        let text = Array("x公司法集团公司股份公司集abcab公".unicodeScalars)
        for i in 0...text.count {
            #expect(atOnce.longestMatch(in: text, at: i) == oneByOne.longestMatch(in: text, at: i))
            #expect(atOnce.lengthEnding(at: i, in: text) == oneByOne.lengthEnding(at: i, in: text))
        }
    }

    /// The same over a long document's worth of names: 4,000 phrases of one to five code points
    /// from an alphabet of six, so that hundreds open with each code point and scores with each
    /// first three, added one at a time after a few made at once (which the first one added
    /// takes over).
    @Test func scalarPhrasesOfManyFormsMatchOneAtATime() {
        // (a fixed sequence: a failure shows again)
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        let alphabet = Array("王张李公司集".unicodeScalars)
        func phrase(_ length: Int) -> [Unicode.Scalar] { (0..<length).map { _ in alphabet[next(alphabet.count)] } }
        let phrases = (0..<4_000).map { _ in phrase(1 + next(5)) }
        var oneByOne = ScalarPhrases(phrases[..<10].map { String(String.UnicodeScalarView($0)) })
        for phrase in phrases[10...] { oneByOne.insert(phrase) }
        var atOnce = ScalarPhrases.empty
        atOnce.insert(contentsOf: phrases)
        var counts = (atOnce: 0, oneByOne: 0)
        atOnce.forEachPhrase { _ in counts.atOnce += 1 }
        oneByOne.forEachPhrase { _ in counts.oneByOne += 1 }
        #expect(counts.atOnce == Set(phrases).count)
        #expect(counts.oneByOne == counts.atOnce)
        let text = phrase(2_000) + Array("x公".unicodeScalars)
        var longer = 0
        for i in 0...text.count {
            let found = atOnce.longestMatch(in: text, at: i)
            #expect(found == oneByOne.longestMatch(in: text, at: i))
            #expect(atOnce.lengthEnding(at: i, in: text) == oneByOne.lengthEnding(at: i, in: text))
            if let found, found > 3 { longer += 1 }
        }
        #expect(longer > 100)
        for s in alphabet + Array("x".unicodeScalars) { #expect(atOnce.mayStart(s) == oneByOne.mayStart(s)) }
    }

    /// Phrases of a wide alphabet added one at a time, so that most heads of a text are no
    /// group's (``HeadGroups``' key bits say so), checked against a table made at once as the
    /// groups grow.
    @Test func scalarPhrasesOfSparseHeadsMatchOneAtATime() {
        var g = SeededGenerator(seed: 0x9E37_79B9_7F4A_7C15)
        func next(_ bound: Int) -> Int { Int.random(in: 0..<bound, using: &g) }
        func phrase(_ length: Int) -> [Unicode.Scalar] { (0..<length).map { _ in Unicode.Scalar(UInt32(0x4E00 + next(40)))! } }
        let text = phrase(3_000)
        var oneByOne = ScalarPhrases.empty, added: [[Unicode.Scalar]] = []
        for round in 0..<6 {
            for _ in 0..<(20 << round) {
                let start = next(text.count - 6)
                let p = next(3) == 0 ? phrase(1 + next(4)) : Array(text[start..<(start + 1 + next(5))])
                oneByOne.insert(p)
                added.append(p)
            }
            var atOnce = ScalarPhrases.empty
            atOnce.insert(contentsOf: added)
            for i in 0..<text.count { #expect(atOnce.longestMatch(in: text, at: i) == oneByOne.longestMatch(in: text, at: i)) }
        }
    }

    /// ``PairBits/firstPosition(in:from:)`` stops where ``PairBits/mayHold(_:next:)`` first holds.
    @Test func pairBitsScanStopsWhereAPairMayStart() {
        var g = SeededGenerator(seed: 0x2545_F491_4F6C_DD1D)
        func next(_ bound: Int) -> Int { Int.random(in: 0..<bound, using: &g) }
        let text = (0..<2_000).map { _ in Unicode.Scalar(UInt32(0x4E00 + next(60)))! }
        var bits = PairBits()
        for round in 0..<4 {
            for _ in 0..<(5 << round) {
                let start = next(text.count - 2)
                bits.insert(next(4) == 0 ? [text[start].value] : [text[start].value, text[start + 1].value])
            }
            for from in stride(from: 0, through: text.count, by: 7) {
                let expected = (from..<text.count).first { bits.mayHold(text[$0].value, next: $0 + 1 < text.count ? text[$0 + 1].value : nil) } ?? text.count
                #expect(bits.firstPosition(in: text, from: from) == expected)
            }
        }
    }
}
