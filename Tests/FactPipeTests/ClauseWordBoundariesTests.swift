@testable import FactPipe
import Foundation
import Testing

@Suite("Word boundaries clause by clause")
struct ClauseWordBoundariesTests {
    /// Every position's answer, asked in `order`, next to ICU's segmentation of the whole sentence.
    func mismatches(_ sentence: ArraySlice<Unicode.Scalar>, _ segmenter: Segmenter, order: [Int]) -> [Int] {
        let whole = segmenter.wordBoundaries(sentence)
        let words = ClauseWordBoundaries(segmenter: segmenter, text: sentence, clock: nil)
        return order.filter { words.isBoundary($0) != whole[$0] }
    }

    func check(_ text: String) throws -> [String] {
        let segmenter = Segmenter()
        let scalars = Array(text.unicodeScalars)
        var wrong: [String] = []
        for range in segmenter.sentences(scalars[...]) {
            let sentence = scalars[range]
            let positions = Array(0...sentence.count)
            for order in [positions, positions.reversed(), positions.filter { $0 % 2 == 1 } + positions.filter { $0 % 2 == 0 }] {
                for k in mismatches(sentence, segmenter, order: order) {
                    wrong.append("\(String(String.UnicodeScalarView(sentence))) @\(k)")
                }
            }
        }
        return wrong
    }

    @Test func agreeWithTheWholeSentenceOnEveryCorpusArticle() throws {
        for language in ["zh", "en"] {
            let folder = TestSupport.corpusDirectory.appendingPathComponent(language)
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where name.hasSuffix(".txt") {
                let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
                let wrong = try check(text)
                #expect(wrong.isEmpty, "\(name): \(wrong.prefix(5))")
            }
        }
    }

    /// As the pipeline asks: one instance over a paragraph's sentences, a first stage asking
    /// of each sentence in turn (part of its positions), then a second one (all of them).
    @Test func keepWhatEachSentenceLearntFromOneStageToTheNext() throws {
        let segmenter = Segmenter()
        let words = ClauseWordBoundaries(segmenter: segmenter, clock: nil)
        for paragraph in ["腾讯今年营收增长30%。他在Apple工作了3年，随后加入华为。阿里云和百度智能云的份额合计超过一半。",
                          "Revenue rose 12% to $3.4 billion. 小米集团发布新款手机。The deal closed in March."] {
            let scalars = Array(paragraph.unicodeScalars)
            let sentences = segmenter.sentences(scalars[...])
            #expect(sentences.count == 3)
            words.begin(scalars)
            for (s, range) in sentences.enumerated() {
                words.start(range, sentence: s)
                for k in stride(from: 0, through: range.count, by: 3) { _ = words.isBoundary(k) }
            }
            for (s, range) in sentences.enumerated() {
                words.resume(range, sentence: s)
                let whole = segmenter.wordBoundaries(scalars[range])
                let wrong = (0...range.count).filter { words.isBoundary($0) != whole[$0] }
                #expect(wrong.isEmpty, "sentence \(s) of \(paragraph): \(wrong)")
                // (the recognisers may ask past a sentence's ends, and take the answer as they are told it)
                #expect(words.isBoundary(-1) && words.isBoundary(range.count + 1), "outside sentence \(s) of \(paragraph)")
            }
            words.finish()
        }
    }

    @Test func agreeWhereHanMeetsOtherScripts() throws {
        let texts = [
            "腾讯控股有限公司今年营收增长30%，达到5000亿元。",
            "他在Apple工作了3年，随后加入华为技术有限公司。",
            "东京のソフトバンクグループ株式会社は投資を発表した。",
            "中国\u{0301}人民银行宣布降息，市场\u{200D}反应积极。",
            "公司“星河资本”于2024年成立——总部位于上海…",
            "ＡＢＣ公司与ＸＹＺ集团签署协议　双方将合作。",
            "〇一二年々の発展、中国人民银行〆切",
        ]
        for text in texts { #expect(try check(text).isEmpty, "\(text)") }
    }
}
