@testable import FactPipe
import Testing

@Suite("Segmenting and folding")
struct SegmenterTests {
    func sentences(_ text: String) throws -> [String] {
        let scalars = Array(text.unicodeScalars)
        return try Segmenter().sentences(scalars[...]).map { String(String.UnicodeScalarView(scalars[$0])) }
    }

    @Test func splitsChineseAndEnglishSentences() throws {
        #expect(try sentences("营收增长了。利润下降；成本上升！Revenue rose. Costs fell.") ==
                ["营收增长了。", "利润下降；", "成本上升！", "Revenue rose. ", "Costs fell."])
    }

    @Test func keepsAbbreviationsAndWebAddressesInOneSentence() throws {
        #expect(try sentences("It closed on Oct. 30, 2025 at Acme Inc. in Ohio.").count == 1)
        #expect(try sentences("See example.com/search?q=30 now.").count == 1)
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
}
