@testable import FactPipe
import Testing

@Suite("Segmenting and folding")
struct SegmenterTests {
    func sentences(_ text: String) throws -> [String] {
        let scalars = Array(text.unicodeScalars)
        return Segmenter().sentences(scalars[...]).map { String(String.UnicodeScalarView(scalars[$0])) }
    }

    @Test func splitsChineseAndEnglishSentences() throws {
        #expect(try sentences("营收增长了。利润下降；成本上升！Revenue rose. Costs fell.") ==
                ["营收增长了。", "利润下降；", "成本上升！", "Revenue rose. ", "Costs fell."])
    }

    @Test func keepsAbbreviationsAndWebAddressesInOneSentence() throws {
        #expect(try sentences("It closed on Oct. 30, 2025 at Acme Inc. in Ohio.").count == 1)
        #expect(try sentences("See example.com/search?q=30 now.").count == 1)
        // a name after `U.S.` or `Dr.` goes on the sentence; a word that opens sentences ends it
        #expect(try sentences("It was funded by the U.S. Department of Energy. Dr. Chen said so.").count == 2)
        #expect(try sentences("Most sales are in the U.S. The company also sells in Europe.").count == 2)
        // initials go on the sentence before a name, not before a word that opens sentences
        #expect(try sentences("Chief executive C.C. Wei said so. D.R. Horton cut prices.").count == 2)
        #expect(try sentences("It moved to Washington, D.C. The firm grew.").count == 2)
        #expect(try sentences("Tickets cost Rs. 20 each.").count == 1)
    }

    /// Each line end of a run of them ends a sentence of its own, and each such sentence once
    /// searched the rest of the run for the text after it: 1 MB of line ends took minutes.
    @Test func readsALongRunOfLineEndsOnce() throws {
        let lineEnds = String(repeating: "\n", count: 100_000)
        let split = try sentences("营收增长了。" + lineEnds + "It rose at Acme Inc. " + lineEnds + "in Ohio.")
        #expect(split.joined() == "营收增长了。" + lineEnds + "It rose at Acme Inc. " + lineEnds + "in Ohio.")
        #expect(split.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty } ==
                ["营收增长了。", "It rose at Acme Inc.", "in Ohio."])
    }

    /// A paragraph still arriving is cut only where the paragraph, read whole, starts a
    /// sentence: at every length it may have reached, whatever the words after the cut.
    @Test func cutsArrivingTextOnlyAtSentenceStarts() throws {
        let sentences = ["分析师说：\"公司今年营收增长35%。\"", "Revenue at Acme Corp. rose 12.5 percent. ", "Dr. Chen said it hired 300 people.\" ",
                         "Costs rose in the quarter, as noted etc. (see the note) and more. ", "It moved to Washington, D.C. The firm grew. ",
                         "订单增加了一倍！“我们很满意。”他说。", "Most sales are in the U.S. The company also sells in Europe. "]
        var text: [Unicode.Scalar] = []
        var k = 0
        while text.count < 7_000 { text += sentences[k % sentences.count].unicodeScalars; k += 1 }
        let segmenter = Segmenter()
        let starts = Set(segmenter.sentences(text[...]).map(\.lowerBound))
        var cuts = Set<Int>()
        for length in 5_000...text.count {
            let cut = try #require(segmenter.lastSentenceStart(in: text[..<length]))
            #expect(starts.contains(cut), "cut at \(cut) of \(length)")
            #expect(length - cut >= Segmenter.cutLookahead && length - cut <= Segmenter.cutWindow)
            cuts.insert(cut)
        }
        #expect(cuts.count > 20)
        #expect(segmenter.lastSentenceStart(in: Array("营收增长了百分之三十五，订单还在增加".unicodeScalars)[...]) == nil)
    }

    /// A text with no sentence marks (a page run into one line) is cut into sentences the
    /// linker can afford, never inside a number; a clause mark is the preferred cut.
    @Test func cutsOverlongSentencesOutsideNumbers() throws {
        let limit = OverlongSentence.limit
        let unmarked = String(repeating: "该公司营收达1830亿元同比增长12.5%其中云业务收入7.58亿元", count: 300)
        let scalars = Array(unmarked.unicodeScalars)
        let ranges = Segmenter().sentences(scalars[...])
        #expect(ranges.count > 1)
        #expect(ranges.first?.lowerBound == 0 && ranges.last?.upperBound == scalars.count)
        #expect(zip(ranges, ranges.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
        #expect(ranges.allSatisfy { $0.count <= limit })
        #expect(ranges.dropLast().allSatisfy { $0.count > limit / 2 })
        let numberPart: (Unicode.Scalar) -> Bool = { isASCIIDigit($0) || $0 == "." || "亿万".unicodeScalars.contains($0) }
        #expect(ranges.dropLast().allSatisfy { !(numberPart(scalars[$0.upperBound - 1]) && numberPart(scalars[$0.upperBound])) })
        let facts = TestSupport.facts(unmarked)
        #expect(Set(facts.filter { $0.quantity.kind == .money }.map(\.text)) == ["1830亿元", "7.58亿元"])
        #expect(Set(facts.filter { $0.quantity.kind == .percent }.map(\.text)) == ["12.5%"])

        let marked = Array(String(repeating: "该公司营收达1830亿元，同比增长12.5%", count: 200).unicodeScalars)
        let cuts = Segmenter().sentences(marked[...]).dropLast().map(\.upperBound)
        #expect(!cuts.isEmpty && cuts.allSatisfy { marked[$0 - 1] == "，" })
    }

    @Test func foldingKeepsLengthAndMapsFormsForMatching() throws {
        let folder = try CharacterFolder()
        let original = Array("營收１２３億美元，約５０％".unicodeScalars)
        let folded = folder.fold(original[...])
        #expect(folded.count == original.count)
        #expect(String(String.UnicodeScalarView(folded)) == "营收123亿美元,约50%")
    }

    @Test func yearPartsAreWordsOfTheirOwn() {
        let facts = TestSupport.facts("2024年中国市场规模达到2,410.9亿美元，2025年底翻番。")
        #expect(facts.filter { $0.quantity.kind == .date }.map(\.text) == ["2024年", "2025年底"])
    }

    @Test func spacesBetweenChineseCharactersAreReadThroughWithSpansOnTheOriginal() {
        let text = "利率上调了 一百五十 个百分点。"
        let facts = TestSupport.facts(text)
        #expect(facts.first?.text == "一百五十 个百分点")
    }

    /// Every code point above ASCII said to break from Han characters does so in ICU's own
    /// iterator, between two Han words on both sides.
    @Test func everyMarkSaidToBreakFromHanBreaksInICU() throws {
        let segmenter = Segmenter()
        let han = Array("中国".unicodeScalars), more = Array("人民".unicodeScalars)
        var checked = 0
        for v in UInt32(0x80)...0xFFFF {
            guard let c = Unicode.Scalar(v), EvidentWordBoundaries.breaksFromHan(c) else { continue }
            let icu = segmenter.icuWordBoundaries((han + [c] + more)[...])
            #expect(icu[2] && icu[3], "U+\(String(v, radix: 16, uppercase: true))")
            checked += 1
        }
        #expect(checked > 3000)
    }

    @Test func evidentBoundariesAgreeWithICU() throws {
        let segmenter = Segmenter()
        let folder = try CharacterFolder()
        let sentences = [
            "营收123亿美元，约50%。", "“三家”公司在《二〇二三年报告》中说：一万五千人、两千辆车。",
            "A股上涨3%，iPhone 17售价5999元；今年底（2025年底）再涨。", "一季度GDP增长5.3%", "一 二 三",
            "他说‘十亿’不够『五百万』也不行【三成】", "営業利益は３０億円だった。", "第3名_二等奖", "价格:一百元/吨",
        ]
        for sentence in sentences {
            let original = Array(sentence.unicodeScalars)
            let folded = folder.fold(original[...])
            let icu = segmenter.wordBoundaries(original[...])
            for p in 0...folded.count {
                guard p == 0 || p == folded.count || EvidentWordBoundaries.between(folded[p - 1], folded[p]) else { continue }
                #expect(icu[p], "\(sentence) at \(p)")
            }
        }
    }
}
