@testable import FactPipe
import Foundation
import Testing

/// Hard-wrapped text (a plain-text filing, text taken out of a PDF): a line end inside a
/// sentence does not end it, so a quantity keeps the subject, predicate and time of its sentence.
@Suite struct WrappedTextTests {
    /// What a user compares: each fact's place, kind, value and links (its `text` may hold the
    /// line end where the original held a space).
    struct Linked: Hashable, CustomStringConvertible {
        let span: Range<Int>, kind: String, value: Decimal?, unit: String?, subject: String?, predicate: String?, time: String?
        init(_ fact: Fact) {
            let q = fact.quantity
            span = q.span; kind = "\(q.kind)"; value = q.value; unit = q.unit
            subject = fact.subject; predicate = fact.predicate; time = fact.time
        }
        var description: String { "\(span) \(kind) \(value.map { "\($0)" } ?? "-") \(unit ?? "-") s=\(subject ?? "-") p=\(predicate ?? "-") t=\(time ?? "-")" }
    }

    /// `paragraph` wrapped greedily at `width` columns, each wrap a space turned into a line end
    /// (so every offset stays), and the number of lines.
    static func wrap(_ paragraph: String, width: Int) -> (text: String, lines: Int) {
        var scalars = Array(paragraph.unicodeScalars)
        var lineStart = 0, lastSpace: Int? = nil, lines = 1
        var k = 0
        while k < scalars.count {
            if scalars[k] == " " { lastSpace = k }
            if k - lineStart >= width, let space = lastSpace, space > lineStart {
                scalars[space] = "\n"
                lineStart = space + 1
                lastSpace = nil
                lines += 1
            }
            k += 1
        }
        return (String(String.UnicodeScalarView(scalars)), lines)
    }

    /// The English corpus wrapped at 60, 72 and 80 columns gives the facts and links of the
    /// text as written, but in paragraphs whose second line opens with a capital and is the last
    /// or ends a sentence at its end: the first line, its neighbours wrapping nothing onto it,
    /// looks like a title over a line of its own, and is left apart (`…in the fiscal year that
    /// ended in` over `June, while …`; a headline ending in `step in` looks the same).
    @Test(arguments: [60, 72, 80]) func englishCorpusWrapped(width: Int) throws {
        var compared = 0
        // (the articles written hard-wrapped are left out: their lines are not paragraphs)
        for article in CorpusArticle.all where article.path.path.contains("/en/") && !article.testDescription.hasSuffix("-wrapped") {
            let text = try String(contentsOf: article.path, encoding: .utf8)
            var wrapped = "", leftApart: [Range<Int>] = []
            var offset = 0
            for (k, paragraph) in text.components(separatedBy: "\n\n").enumerated() {
                if k > 0 { wrapped += "\n\n"; offset += 2 }
                var lineOffset = offset
                for (j, line) in paragraph.components(separatedBy: "\n").enumerated() {
                    if j > 0 { wrapped += "\n"; lineOffset += 1 }
                    let (lineText, lines) = Self.wrap(line, width: width)
                    let count = line.unicodeScalars.count
                    let wrappedLines = lineText.split(separator: "\n")
                    if lines >= 2, wrappedLines[1].first?.isLowercase != true, lines == 2 || wrappedLines[1].last == "." {
                        leftApart.append(lineOffset..<(lineOffset + count))
                    }
                    wrapped += lineText
                    lineOffset += count
                }
                offset += paragraph.unicodeScalars.count
            }
            #expect(wrapped.unicodeScalars.count == text.unicodeScalars.count)
            let kept = { (fact: Fact) in !leftApart.contains { $0.contains(fact.quantity.span.lowerBound) } }
            let asWritten = TestSupport.facts(text).filter(kept).map(Linked.init)
            let fromWrapped = TestSupport.facts(wrapped).filter(kept).map(Linked.init)
            #expect(fromWrapped == asWritten, "\(article.testDescription) at \(width) columns")
            compared += asWritten.count
        }
        #expect(compared > 200)
    }

    /// An amount on the line after its sentence's subject and predicate, with LF or CR LF line ends.
    @Test(arguments: ["\n", "\r\n"]) func englishAmountAcrossALineEnd(lineEnd: String) {
        let text = """
        Alphabet said on Tuesday that its cloud unit, Google Cloud, posted revenue of
        $11.4 billion in the third quarter, up 22% from a year earlier, as demand from
        businesses building artificial intelligence tools kept growing.
        """.replacingOccurrences(of: "\n", with: lineEnd)
        let facts = TestSupport.facts(text)
        let money = facts.first { $0.quantity.kind == .money }
        #expect(money?.text == "$11.4 billion")
        #expect(money?.quantity.value == Decimal(11_400_000_000))
        #expect(money?.subject == "Google Cloud")
        #expect(money?.predicate == "revenue")
        #expect(facts.first { $0.quantity.kind == .percent }?.subject == "Google Cloud")
    }

    /// A qualifier on the line before its number: a CR LF reads as one space, as an LF does.
    @Test(arguments: ["\n", "\r\n"]) func englishQualifierAcrossALineEnd(lineEnd: String) {
        let text = """
        OpenAI agreed to buy chips from AMD in a deal that could be worth tens of
        billions of dollars, and AMD granted the startup warrants for up to
        160 million of its shares, which vest as the deployments are completed.
        """.replacingOccurrences(of: "\n", with: lineEnd)
        let number = TestSupport.facts(text).first { $0.quantity.value == Decimal(160_000_000) }
        #expect(number?.text == "up to\(lineEnd)160 million")
        #expect(number?.quantity.approx == .upTo)
    }

    /// An abbreviation's point at a line's end (`Sept.`, `U.S.`) ends no sentence, as it ends none unwrapped.
    @Test func abbreviationAtALineEnd() {
        let text = """
        Its revenue rose 64% to $412 million in the nine months ended Sept.
        30, while companies have raised about $38 billion through U.S.
        initial public offerings so far in 2026, nearly double a year earlier.
        """
        let facts = TestSupport.facts(text, date: ReferenceDate(iso: "2026-11-19"))
        #expect(facts.first { $0.quantity.kind == .date }?.text == "Sept.\n30")
        #expect(facts.first { $0.text == "$412 million" }?.time == "2026-09-30")
        #expect(facts.first { $0.quantity.kind == .multiple }?.predicate == "funding")
        // (a line opening with `U.S.` opens no list: `a.`)
        let lines = "Canada said it would respond with counter-tariffs of 25% on about C$30 billion\nof American goods. Economists at Goldman Sachs estimated the measures would lift\nU.S. consumer prices by 0.2 percentage point over the next 12 months."
        var wrapped: [(position: Int, readsAs: Unicode.Scalar)] = []
        #expect(Segmenter().sentences(Array(lines.unicodeScalars)[...], wrappedLineEnds: &wrapped).count == 2)
    }

    /// A word hyphenated across a line end (`3.5-` / `fold`) reads whole, the line end as nothing.
    @Test func hyphenatedAcrossALineEnd() {
        let text = "Nvidia said its data-center revenue rose 3.5-\nfold from a year earlier, and that demand from cloud\ncompanies would stay strong."
        let multiple = TestSupport.facts(text).first { $0.quantity.kind == .multiple }
        #expect(multiple?.text == "3.5-\nfold")
        #expect(multiple?.quantity.value == Decimal(string: "3.5"))
        #expect(multiple?.subject == "NVIDIA")
    }

    /// A Chinese line end reads as nothing: an amount, a decimal or a unit cut by it reads whole.
    @Test func chineseAmountsAcrossLineEnds() {
        let text = """
        人工智能初创公司Anthropic今年10月宣布完成新一轮融资，募资130亿
        美元，投后估值约1830亿美元，是2023年9月时的近40倍。一款地图导
        航应用在八天的假期里累计被调用7.58亿次，单日峰值突破1.
        1亿次，出行高峰日的访问量比去年同期高出不少。
        """
        let facts = TestSupport.facts(text)
        let raised = facts.first { $0.text == "130亿\n美元" }
        #expect(raised?.quantity.value == Decimal(13_000_000_000))
        #expect(raised?.quantity.unit == "USD")
        #expect(raised?.subject == "Anthropic")
        #expect(facts.contains { $0.text == "1.\n1亿次" && $0.quantity.value == Decimal(110_000_000) })
    }

    /// A subject named on one line is the subject of an amount on the next.
    @Test func chineseSubjectOnTheLineBefore() {
        let wrapped = """
        据公司披露的数据，腾讯控股第二季度实现营收约1845亿元，同比增长15%，其
        中金融科技与企业服务业务收入约555亿元，网络广告业务收入约358亿元，均
        高于市场此前的预期。
        """
        let asWritten = wrapped.replacingOccurrences(of: "\n", with: "")
        func linked(_ text: String) -> [String] {
            TestSupport.facts(text).map { "\($0.quantity.kind) \($0.quantity.value.map { "\($0)" } ?? "-") \($0.subject ?? "-") \($0.predicate ?? "-")" }
        }
        #expect(linked(wrapped) == linked(asWritten))
        #expect(TestSupport.facts(wrapped).filter { $0.quantity.kind == .money }.allSatisfy { $0.subject == "Tencent" })
    }

    /// A known name cut in two by a Chinese line end is found whole, and is the subject of the
    /// amount after it.
    @Test func chineseNameAcrossALineEnd() {
        let text = """
        据公司披露的数据，今年第二季度营收同比增长15%。其中，腾
        讯控股的金融科技与企业服务业务收入约555亿元，高于预期。
        """
        let money = TestSupport.facts(text).first { $0.quantity.kind == .money }
        #expect(money?.quantity.value == Decimal(55_500_000_000))
        #expect(money?.subject == "Tencent")
    }

    /// A word that says what an amount measures, cut in two by a Chinese line end (`募` / `资`),
    /// is read whole.
    @Test func chinesePredicateAcrossALineEnd() {
        let text = """
        据港交所披露的文件，深圳跨境支付公司汇桥支付计划在香港上市，拟募
        资不超过25亿港元。汇桥支付此前曾获得腾讯领投的融资，估值约180亿
        元。
        """
        let raised = TestSupport.facts(text).first { $0.text == "不超过25亿港元" }
        #expect(raised?.subject == "汇桥支付")
        #expect(raised?.predicate == "funding")
    }

    /// A line that opens with `，` goes on with the line before, whatever it ends with; and a
    /// Chinese paragraph of two lines is one text where the first holds a sentence's end.
    @Test func chineseLinesThatGoOn() {
        let mark = TestSupport.facts("台积电昨日公布2025年第四季财报，营收达新台币1.05兆元，年增25.5%\n，毛利率为59.5%。")
        #expect(mark.first { $0.text == "59.5%" }?.subject == "TSMC")
        let twoLines = TestSupport.facts("辉达执行长上周访台时表示。辉达明年在台湾的采购金额将超过1,500亿美\n元，高于今年的水平。")
        let money = twoLines.first { $0.quantity.kind == .money }
        #expect(money?.text == "超过1,500亿美\n元")
        #expect(money?.quantity.unit == "USD")
        #expect(money?.subject == "NVIDIA")
    }

    /// Line ends that end a sentence: after a terminator, a title over a paragraph or a dateline,
    /// a list, a table, an indented line.
    @Test(arguments: [
        "Nvidia reported record revenue for the quarter ended in late July.\nShares of the company rose 3% in extended trading.",
        "Microsoft raises its quarterly dividend and plans a buyback\nThe software maker said on Tuesday it would raise its dividend by 10%.",
        "谷歌向人工智能公司Anthropic追加投资20亿美元\n2025年11月3日 北京电",
        "苹果发布新款手机，售价较上一代下调约10%，预计下月开始陆续交付\n2025年9月10日 北京电",
        "Revenue for the full year grew in every one of the regions\n1. Cloud services revenue rose 25% to $12 billion in the year\n2. Advertising revenue rose 8% to $54 billion in the year",
        "Segment revenue of the cloud division for the year   $12 billion\nSegment revenue of the advertising division for year   $54 billion",
        "The company said that revenue in the fourth quarter rose to a record\n    Analysts had expected revenue of about $20 billion in the quarter.",
    ]) func lineEndsThatEndASentence(text: String) throws {
        let scalars = Array(text.unicodeScalars)
        let newline = try #require(scalars.firstIndex(of: "\n"))
        let sentences = Segmenter().sentences(scalars[...])
        #expect(sentences.contains { $0.lowerBound == newline + 1 })
    }

    @Test func lineEndsThatWrapReadAsASpaceOrNothing() {
        let english = Array("Apple said its services business, which includes the App Store, grew\nstrongly in the quarter.".unicodeScalars)
        var wrapped: [(position: Int, readsAs: Unicode.Scalar)] = []
        #expect(Segmenter().sentences(english[...], wrappedLineEnds: &wrapped).count == 1)
        #expect(wrapped.map(\.readsAs) == [" "])
        let chinese = Array("""
            小米集团今年第三季度的总收入约为1131亿元，同比增长22%，其中智能
            电动汽车业务收入约290亿元，创下单季新高，毛利率也有所提升，
            公司预计全年交付量将超过35万辆。
            """.unicodeScalars)
        wrapped = []
        #expect(Segmenter().sentences(chinese[...], wrappedLineEnds: &wrapped).count == 1)
        #expect(wrapped.map(\.position) == chinese.indices.filter { chinese[$0] == "\n" })
        #expect(wrapped.map(\.readsAs) == ["\u{200B}", "\u{200B}"])
    }
}
