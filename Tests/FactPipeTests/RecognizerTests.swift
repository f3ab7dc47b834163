import FactPipe
import Foundation
import Testing

/// The recognise and value stages on single sentences: what a reader of the sentence
/// would write down, checked field by field.
@Suite("Recognising quantities in sentences")
struct RecognizerTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let sentence: String
        let text: String
        let kind: QuantityKind
        let value: String?
        var unit: String? = nil
        var approx: Approximation? = nil
        var testDescription: String { text }
    }

    static let english: [Case] = [
        Case(sentence: "The grant came to thirty-one million two hundred fifty-six thousand seven hundred twenty-one dollars.",
             text: "thirty-one million two hundred fifty-six thousand seven hundred twenty-one dollars", kind: .money, value: "31256721", unit: "USD"),
        Case(sentence: "It raised five and a half million dollars.", text: "five and a half million dollars", kind: .money, value: "5500000", unit: "USD"),
        Case(sentence: "The city has half a million residents.", text: "half a million", kind: .number, value: "500000"),
        Case(sentence: "Two thirds of a million users signed up.", text: "Two thirds of a million", kind: .number, value: "666666.66666666666666666666666666666666"),
        Case(sentence: "One in five adults uses the app.", text: "One in five", kind: .fraction, value: "0.2"),
        Case(sentence: "Three out of four shoppers paid by card.", text: "Three out of four", kind: .fraction, value: "0.75"),
        // a part counts what its whole counts
        Case(sentence: "It will close six of its 41 warehouses.", text: "six", kind: .number, value: "6", unit: "warehouses"),
        // an ordinal that counts a place in a sequence divides nothing
        Case(sentence: "Volumes fell for a fourth straight quarter, and rates fell a third time.", text: "", kind: .fraction, value: nil),
        Case(sentence: "The shares have lost a third of their value.", text: "a third", kind: .fraction, value: "0.33333333333333333333333333333333333333"),
        // (before a noun it counts a place too; before a verb it is a fraction that acts)
        Case(sentence: "A third bidder dropped out in the 41st round.", text: "", kind: .fraction, value: nil),
        Case(sentence: "A fifth will go to the mine.", text: "A fifth", kind: .fraction, value: "0.2"),
        Case(sentence: "Halvard agreed to pay 45.6 billion Norwegian crowns for the airwaves.", text: "45.6 billion Norwegian crowns", kind: .money, value: "45600000000", unit: "NOK"),
        Case(sentence: "全国规模以上白酒企业产量为310.7万千升。", text: "310.7万千升", kind: .number, value: "3107000", unit: "千升"),
        Case(sentence: "The licenses cover 3.4 to 3.8 gigahertz frequencies.", text: "3.4 to 3.8 gigahertz", kind: .number, value: "3.4", unit: "GHz"),
        Case(sentence: "The ticket costs 15 dollars 50.", text: "15 dollars 50", kind: .money, value: "15.5", unit: "USD"),
        Case(sentence: "A coffee costs a dollar here.", text: "a dollar", kind: .money, value: "1", unit: "USD"),
        Case(sentence: "Losses exceeded 30 MUSD last year.", text: "30 MUSD", kind: .money, value: "30000000", unit: "USD"),
        Case(sentence: "The sample held 1.3e6 particles.", text: "1.3e6", kind: .number, value: "1300000"),
        Case(sentence: "The population is 1 414 021 100 people.", text: "1 414 021 100", kind: .number, value: "1414021100", unit: "people"),
        Case(sentence: "The board declared a dividend of 24 cents a share.", text: "24 cents", kind: .money, value: "0.24", unit: "USD"),
        Case(sentence: "Revenue should be $37.5 billion, plus or minus 2%.", text: "2%", kind: .percent, value: "2", unit: "%"),
        Case(sentence: "The token peaked near $126,000 in early October.", text: "near $126,000", kind: .money, value: "126000", unit: "USD", approx: .about),
        Case(sentence: "Its shares have nearly tripled this year.", text: "nearly tripled", kind: .multiple, value: "3", approx: .under),
        Case(sentence: "The index fell 30 points.", text: "30 points", kind: .number, value: "30", unit: "points"),
        Case(sentence: "Sales rose 2½ times.", text: "2½ times", kind: .multiple, value: "2.5"),
        Case(sentence: "Annual revenue jumped sixfold.", text: "sixfold", kind: .multiple, value: "6"),
        Case(sentence: "Profit was more than double the £98 million it earned.", text: "more than double", kind: .multiple, value: "2", approx: .over),
        Case(sentence: "The company wants to double its revenue.", text: "double", kind: .multiple, value: "2"),
        Case(sentence: "Capacity should reach between $40 billion and $42 billion.", text: "between $40 billion and $42 billion", kind: .money, value: "40000000000", unit: "USD"),
    ]

    static let chinese: [Case] = [
        Case(sentence: "营收 120 亿美元。", text: "120 亿美元", kind: .money, value: "12000000000", unit: "USD"),
        Case(sentence: "公司完成15亿元B轮融资。", text: "15亿元", kind: .money, value: "1500000000", unit: "CNY"),
        Case(sentence: "估值已涨至原来的四倍多。", text: "四倍多", kind: .multiple, value: "4", approx: .over),
        Case(sentence: "其中超过六成为小微企业主。", text: "超过六成", kind: .percent, value: "60", unit: "%", approx: .over),
        Case(sentence: "利率上调了 一百五十 个百分点。", text: "一百五十 个百分点", kind: .percent, value: "150", unit: "pp"),
        Case(sentence: "其中三百五又三分之一来自海外。", text: "三百五又三分之一", kind: .fraction, value: "350.3333333333333333333333333333333"),
        Case(sentence: "商品一律打对折。", text: "对折", kind: .percent, value: "50", unit: "%"),
        Case(sentence: "他买了五打鸡蛋。", text: "五打", kind: .number, value: "60"),
        Case(sentence: "车费三块零四。", text: "三块零四", kind: .money, value: "3.04", unit: "CNY"),
        Case(sentence: "误差为百万分之五。", text: "百万分之五", kind: .percent, value: "0.0005", unit: "%"),
        Case(sentence: "火山引擎的营收翻了两番。", text: "翻了两番", kind: .multiple, value: "4"),
        Case(sentence: "他买了一块蛋糕。", text: "", kind: .money, value: nil),
        // a unit that opens with a multiplier is the unit: megawatts, not 50 trillion watts
        Case(sentence: "总功率预计达到50兆瓦。", text: "50兆瓦", kind: .number, value: "50", unit: "兆瓦"),
        Case(sentence: "装机容量为300千瓦。", text: "300千瓦", kind: .number, value: "300", unit: "千瓦"),
        Case(sentence: "总装机3千万千瓦。", text: "3千万千瓦", kind: .number, value: "30000000", unit: "千瓦"),
        // a bare multiplier after a qualifier, 上 or 过, or before 余 and a counter, is a round number
        Case(sentence: "沪深两市近百只个股涨停。", text: "近百只", kind: .number, value: "100", unit: "只", approx: .under),
        Case(sentence: "上千家供应商受到波及。", text: "上千家", kind: .number, value: "1000", unit: "家", approx: .over),
        Case(sentence: "门店数量已过万家。", text: "过万家", kind: .number, value: "10000", unit: "家", approx: .over),
        Case(sentence: "公司裁撤千余名员工。", text: "千余名", kind: .number, value: "1000", unit: "名", approx: .over),
        Case(sentence: "年交易额近万亿元。", text: "近万亿元", kind: .money, value: "1000000000000", unit: "CNY", approx: .under),
        Case(sentence: "订单金额超亿元。", text: "超亿元", kind: .money, value: "100000000", unit: "CNY", approx: .over),
    ]

    @Test(arguments: english + chinese)
    func readsTheQuantity(_ c: Case) {
        let facts = TestSupport.facts(c.sentence)
        if c.text.isEmpty {
            #expect(!facts.contains { $0.quantity.kind == c.kind }, "no \(c.kind) in \(c.sentence)")
            return
        }
        let fact = facts.first { $0.text == c.text }
        #expect(fact != nil, "\(c.text) not found in \(facts.map(\.text))")
        guard let fact else { return }
        #expect(fact.quantity.kind == c.kind)
        let expected = c.value.flatMap { Decimal(string: $0) }
        if let value = fact.quantity.value, let expected { #expect(abs(value - expected) < Decimal(string: "1e-20")!, "\(value) != \(expected)") }
        else { #expect(fact.quantity.value == expected) }
        if c.kind == .money { #expect(fact.quantity.currency == c.unit) } else if let unit = c.unit { #expect(fact.quantity.unit == unit) }
        #expect(fact.quantity.approx == c.approx)
    }

    static let notQuantities: [String] = [
        "Let's try one last time.", "He has lost his pen 7 times since Monday.",
        "请问伍仁怎么卖？", "双十一当天快递揽收量创新高。", "老百姓千万不要上当，万一出事就麻烦了。", "学术界百家争鸣。", "今年双11的预售提前开始。", "《朝花夕拾》是一部散文集。", "两两相对。",
        "See https://example.com/search?q=30%25%2020% for details.",
    ]

    @Test("a text may end where a rule looks for a number after a word: 3分之, 7又, one in, 1 over")
    func endsBeforeTheNumber() {
        for text in ["3分之", "三分之", "7又", "三百五又", "one in ", "one out of ", "1 over "] {
            // (these ended the run with a trap) what is found stands at the start, whole
            #expect(TestSupport.facts(text).allSatisfy { text.hasPrefix($0.text) && $0.text.first?.isWhitespace == false }, "\(text)")
        }
        #expect(TestSupport.facts("7又").map(\.text) == ["7"])
    }

    @Test("a letter glued to a currency's sign (A$, C$) is the sign's: no article read as one dollar beside the amount")
    func currencyPrefixesAreNoArticles() {
        let facts = TestSupport.facts("The offer implies A$6.12 a share, and it paid A$500 million.")
        #expect(facts.map(\.text) == ["A$6.12", "A$500 million"])
        #expect(facts.map(\.quantity.currency) == ["AUD", "AUD"])
    }

    @Test("two months that follow each other named with 、 are one run of months; a list of others is none")
    func monthsNamedTogether() {
        #expect(TestSupport.facts("公司10、11月营收增长5%。").map(\.text) == ["10、11月", "5%"])
        #expect(!TestSupport.facts("公司1、3、5月的销量均有增长。").contains { $0.text == "3、5月" })
    }

    @Test("double as an adjective or in an idiom is no multiple; 成为 after a bare numeral is no share")
    func notMultiples() {
        for sentence in ["Double-digit growth returned.", "They booked a double room.", "一成为主流。",
                         "She will double down on the same policies.", "The old plant will double as a warehouse."] {
            #expect(TestSupport.facts(sentence).filter { $0.quantity.kind != .number }.isEmpty, "\(sentence)")
        }
    }

    @Test("a year before `levels` is a date, and a point of comparison: `below 1990 levels`")
    func yearOfLevels() {
        let facts = TestSupport.facts("Emissions are 20% below 1990 levels, and costs fell by $5 billion compared with 2022 levels.")
        #expect(facts.map(\.quantity.kind) == [.percent, .date, .money, .date])
        #expect(facts.filter { $0.quantity.kind != .date }.map(\.time) == [nil, nil])
    }

    @Test("last August is the latest August before the reference date; next March the first after it")
    func relativeMonths() {
        let reference = ReferenceDate(year: 2026, month: 1, day: 22)
        #expect(TestSupport.facts("Last August, an outage hit.", date: reference).map(\.time) == ["2025-08"])
        #expect(TestSupport.facts("It will open next March.", date: reference).map(\.time) == ["2026-03"])
        #expect(TestSupport.facts("It opened last January.", date: reference).map(\.time) == ["2025-01"])
    }

    @Test("a quarter or half without a year is the latest one begun by the reference date, or the next in a sentence about the future")
    func periodsWithoutYear() {
        let october = ReferenceDate(year: 2026, month: 10, day: 3)
        let dates = { (text: String, reference: ReferenceDate) in
            TestSupport.facts(text, date: reference).filter { $0.quantity.kind == .date }.map { "\($0.text) \($0.time ?? "-")" }
        }
        #expect(dates("二季度营收20亿元，较去年同期增长15%。", october) == ["二季度 2026", "去年同期 2025"])
        #expect(dates("前三季度净利润3亿元，上年同期为2亿元。", october) == ["前三季度 2026", "上年同期 2025"])
        #expect(dates("公司预计下半年销量增长一成。", october) == ["下半年 2026"])
        let march = ReferenceDate(year: 2026, month: 3, day: 1)
        #expect(dates("第四季度营收20亿元。", march) == ["第四季度 2025"])
        #expect(dates("第四季度将推出新品。", march) == ["第四季度 2026"])
        #expect(dates("The group warned that its 2026 earnings could halve.", march) == ["2026 2026"])
        // 将近 is nearly, not the future; a relative year after a preposition ICU joins to it
        #expect(dates("第四季度营收占全年的将近一半。", march) == ["第四季度 2025"])
        let november = ReferenceDate(year: 2026, month: 11, day: 20)
        // a run of months of one year is that year
        #expect(dates("今年1至10月销售额约4860亿元，2025年1-6月为2000亿元，1月至9月利润增长3%。", november)
            == ["今年1至10月 2026", "2025年1-6月 2025", "1月至9月 2026"])
        // its 月 the furthest a Chinese date's first mark stands from its start (``DateRecognizer/chineseDateMarkReach``)
        #expect(dates("一十一至一十二月销售额约4860亿元。", november) == ["一十一至一十二月 2026"])
        // as of a date (截至), which has come, in a sentence that also plans ahead
        #expect(dates("截至10月底，公司累计建成换电站3650座，计划到2027年底将总数提升至五千座。", november) == ["10月底 2026-10", "2027年底 2027-12"])
        #expect(dates("毛利率从去年同期的24.3%降至18.9%。", march) == ["去年同期 2025"])
        // after a year or a number the period belongs to them
        #expect(dates("2024年二季度营收20亿元。", march) == ["2024年二季度 2024"])
        #expect(TestSupport.facts("第三季度", date: march).map(\.text) == ["第三季度"])
        // without 度, as Taiwan and Hong Kong write it: a quarter in traditional characters only
        #expect(dates("聯發科第四季營收季減3%，2026年第三季可望回升。", march) == ["第四季 2025", "2026年第三季 2026"])
        #expect(dates("第一季水稻已收获，第二季节目明年播出。", march) == ["明年 2027"])
        #expect(dates("該劇《長河》第三季開播。", march).isEmpty)
        // 今（8）日: today, the day given in brackets
        #expect(dates("聯華光電今（8）日公布營收，昨(7)日股價上漲2%。", ReferenceDate(year: 2026, month: 12, day: 8))
                == ["今（8）日 2026-12-08", "昨(7)日 2026-12-07"])
        #expect(dates("Revenue fell in the second quarter of 2026 and in the fourth quarter.", march) == ["second quarter of 2026 2026", "fourth quarter 2025"])
        #expect(dates("The retailer expects to end 2026 with some 4,100 stores.", march) == ["2026 2026"])
        #expect(dates("First-half sales rose; it will add stores by the end of the year, and more by the end of 2027.", march)
                == ["First-half 2026", "end of the year 2026-12", "end of 2027 2027-12"])
        #expect(dates("Prices rose at the start of 2024 and will fall by the beginning of next year.", march)
                == ["start of 2024 2024-01", "beginning of next year 2027-01"])
        #expect(dates("年初以来，其股价上涨约62%，年底前还将回购。", march) == ["年初 2026-01", "年底 2026-12"])
        #expect(dates("明年年初开通航线，今年年底投产，2025年年末回购。", march) == ["明年年初 2027-01", "今年年底 2026-12", "2025年年末 2025-12"])
        #expect(dates("今年前10个月销售额为2.64万亿元。", march) == ["今年前10个月 2026"])
        #expect(dates("截至9月的2026财年第四季度，同店销售增长2%。", march) == ["9月 2025-09", "2026财年第四季度 2026"])
        #expect(dates("Sales rose last quarter and will rise next quarter.", march) == ["last quarter 2025", "next quarter 2026"])
        #expect(dates("Subscribers reached 2 million at the end of September; fiscal 2026 began in July.", march)
                == ["end of September 2025-09", "fiscal 2026 2026", "July 2025-07"])
        #expect(dates("About a quarter of users left; the second half of the film was slow.", march) == [])
        #expect(dates("Sales rose in the first half of last year and will rise in the second half of this year.", march)
                == ["first half of last year 2025", "second half of this year 2026"])
    }

    @Test("two figures each written with one unit and joined by a range connector are one range; a change and its level are two")
    func rangesWithRepeatedUnit() {
        let found = { (text: String) in
            TestSupport.facts(text, date: nil).map { q in
                [q.text, q.quantity.unit, q.quantity.low.map { "\($0)" }, q.quantity.high.map { "\($0)" }].map { $0 ?? "-" }.joined(separator: " ")
            }
        }
        #expect(found("补贴标准为每单约3元至5元。") == ["约3元至5元 CNY 3 5"])
        #expect(found("毛利率预计在20%到25%之间。") == ["20%到25% % 20 25"])
        #expect(found("It raised the monthly price by €2 to €11.99.") == ["€2 EUR - -", "€11.99 EUR - -"])
        #expect(found("Net debt fell by about $1 billion to $41.2 billion.") == ["about $1 billion USD - -", "$41.2 billion USD - -"])
        // ends close together after `by` are a range of the change
        #expect(found("It pledged to cut costs by $5 billion to $7 billion.") == ["$5 billion to $7 billion USD 5000000000 7000000000"])
        #expect(found("Margins fell from 9% to 7%.") == ["9% % - -", "7% % - -"])
        #expect(found("份额分别为30%和20%至25%。") == ["30% % - -", "20%至25% % 20 25"])
        #expect(found("Capacity will grow between 4% and 6%.") == ["between 4% and 6% % 4 6"])
        #expect(found("二线电池厂日均处理13.9亿票。") == ["13.9亿票 票 - -"])
        #expect(found("全市共成交七宗地块。") == ["七宗 宗 - -"])
        // a numeral inside a known name is part of the name
        #expect(found("五粮液的表现更为疲弱，三一重工营收增长5%。") == ["5% % - -"])
        // after a figure, `a pound` is per pound of weight
        #expect(found("Net cash costs fell to $1.78 a pound.") == ["$1.78 USD - -"])
        #expect(found("Margins were 4% and 6%.") == ["4% % - -", "6% % - -"])
    }

    @Test("a hyphened time unit makes a duration (`a 20-year deal`), not an age; energy units are counted")
    func hyphenedDurations() {
        let found = { (text: String) in
            TestSupport.facts(text, date: nil).map { "\($0.text) \($0.quantity.kind.rawValue) \($0.quantity.value.map { "\($0)" } ?? "-") \($0.quantity.unit ?? "-")" }
        }
        #expect(found("Meta signed a 20-year deal and a 52-week contract.") == ["20-year duration 20 y", "52-week duration 364 d"])
        #expect(found("A 35-year-old founder runs it.") == ["35 number 35 -"])
        // a half before or after a unit of time; not the 半 of a word
        #expect(found("库存可满足两个半月的出货，研发历时三年半，会议开了一个半小时。")
                == ["两个半月 duration 2.5 mo", "三年半 duration 3.5 y", "一个半小时 duration 1.5 h"])
        #expect(found("三年半导体销量翻番。").first == "三年 duration 3 y")
        #expect(found("It is worth roughly 190 billion Danish kroner.") == ["roughly 190 billion Danish kroner money 190000000000 DKK"])
        // `over` a period says when; `for over` says more than
        #expect(found("It will spend $30 million over three years.").map { $0 } == ["$30 million money 30000000 USD", "three years duration 3 y"])
        #expect(TestSupport.facts("The trial ran for over 48 weeks.", date: nil).map { $0.quantity.approx } == [.over])
        #expect(found("该公司将向大众供应约120GWh电池，年产能40GWh。") == ["约120GWh number 120 GWh", "40GWh number 40 GWh"])
    }

    @Test("N日 with no month is a day of the month unless the words around it count days")
    func dayOfMonth() {
        let reference = ReferenceDate(year: 2026, month: 1, day: 25)
        let found = { (text: String) in
            TestSupport.facts(text, date: reference).map { "\($0.text) \($0.quantity.kind.rawValue) \($0.time ?? "-")" }
        }
        #expect(found("国王12日致函总理。") == ["12日 date 2026-01-12"])
        #expect(found("阿根廷经济部二十三日宣布。") == ["二十三日 date 2026-01-23"])
        // the latest such day reported; the next one in what is to come
        #expect(found("展会28日闭幕。") == ["28日 date 2025-12-28"])
        #expect(found("展会将于20日开幕。") == ["20日 date 2026-02-20"])
        // days counted, and 日 of another word
        #expect(found("该展会为期3日。").first == "3日 duration -")
        #expect(found("3日内售出5000张票。").first == "3日 duration -")
        #expect(found("他两日后返回。").first == "两日 duration -")
        #expect(found("10日元兑换。").first?.hasPrefix("10日元 money") == true)
    }

    @Test("phone numbers are no quantities; a plus sign before an amount is its sign, not a dialling code")
    func phoneNumbers() {
        let phones = ["Call 1-800-555-0142 for help.", "电话010-6552-9988。", "拨打13800138000。", "Call +8613800138000 now.",
                      "Call (415) 555-0142 today.", "The codes 10-20-30-40-50-60-70-80 ran.", "Call +1 415 555 0142 now.",
                      "Call +44 20 7946 0958 now.", "Call +86 138 0013 8000 now."]
        for text in phones { #expect(TestSupport.facts(text).isEmpty, "\(text)") }
        // the walk along a chain of groups stops once they make a phone number: a long one is none
        let chain = (1...600).map { "\($0 % 90 + 10)" }.joined(separator: "-")
        #expect(TestSupport.facts("Codes " + chain + " ran; 7 passed.").map(\.text) == ["7"])
        #expect(TestSupport.facts("Shares closed +5% today.").map(\.text) == ["5%"])
        #expect(TestSupport.facts("净利润同比+12亿元。").map(\.text) == ["12亿元"])
        // thousands set apart by spaces are no phone number, nor a year before a count
        #expect(TestSupport.facts("It has 40 000 people and 1 234 567 trees.").map(\.text) == ["40 000", "1 234 567"])
        #expect(TestSupport.facts("In 2023 500 people came.").map(\.text).last == "500")
        // a run of three-digit numbers is no number of hundreds of digits: each value read is
        // its digits exactly
        let run = (100..<400).map(String.init).joined(separator: " ")
        let read = TestSupport.facts("Codes " + run + ".")
        #expect(!read.isEmpty)
        #expect(read.allSatisfy { $0.quantity.value == Decimal(string: $0.text.replacingOccurrences(of: " ", with: "")) })
        // a sum's term: `T+0`, `第N+1次`
        #expect(TestSupport.facts("实行T+0交易。").isEmpty)
    }

    @Test("digits alone in quotation marks are a name (“618”); an amount or a quoted numeral is not")
    func quotedNames() {
        #expect(TestSupport.facts("今年“618”大促期间成交额超过420亿元。").map(\.text) == ["今年", "超过420亿元"])
        #expect(TestSupport.facts("他说“20亿”只是开始。").map(\.text) == ["20亿"])
        #expect(TestSupport.facts("“一”和“五”").map(\.text) == ["一", "五"])
    }

    @Test("a verb's particle (`edged up to`, `handed over`) is no qualifier")
    func particlesAfterVerbs() {
        #expect(TestSupport.facts("The unemployment rate edged up to 4.5%.").map { "\($0.text) \($0.quantity.approx.map { "\($0)" } ?? "-")" } == ["4.5% -"])
        #expect(TestSupport.facts("It may cut up to 5% of jobs.").map(\.text) == ["up to 5%"])
        #expect(TestSupport.facts("Lucid handed over 4,100 cars, over 10% more.").map(\.text) == ["4,100", "over 10%"])
    }

    @Test("basis points are hundredths of a percentage point; a numeral after 了 or written with places counts; 一半左右 is about half")
    func basisPointsAndNumerals() {
        let percents = { (text: String) in TestSupport.facts(text).map { "\($0.text) \($0.quantity.value.map { "\($0)" } ?? "-") \($0.quantity.unit ?? "-")" } }
        #expect(percents("工商银行下调10个基点至1.05%。") == ["10个基点 0.1 pp", "1.05% 1.05 %"])
        #expect(percents("The Fed cut rates by 25 basis points.") == ["25 basis points 0.25 pp"])
        // a part of a percentage point is a change of rate, not a fraction of something
        #expect(percents("The Fed cut rates by a quarter of a percentage point.") == ["a quarter of a percentage point 0.25 pp"])
        #expect(percents("It raised rates by half a percentage point.") == ["half a percentage point 0.5 pp"])
        #expect(percents("It took half a day.") == [])
        #expect(TestSupport.facts("经销商数量减少了一百三十六家。").map(\.text) == ["一百三十六家"])
        #expect(TestSupport.facts("仅完成全年目标的一半左右。").map { "\($0.text) \($0.quantity.approx.map { "\($0)" } ?? "-")" } == ["一半左右 about"])
    }

    @Test("the year's first months in English, a year before a season, Chinese relative quarters; trading days and 一年多 are durations")
    func periodsAndDurations() {
        let reference = ReferenceDate(year: 2026, month: 11, day: 2)
        let found = { (text: String) in TestSupport.facts(text, date: reference).map { "\($0.text) \($0.time ?? $0.quantity.approx.map { "\($0)" } ?? "-")" } }
        #expect(found("Sales rose in the first nine months of this year.") == ["first nine months of this year 2026"])
        #expect(found("Airbus delivered 612 jets in the first 10 months.") == ["612 2026", "first 10 months 2026"])
        #expect(found("The deal begins with the 2028 season.") == ["2028 2028"])
        #expect(found("公司上季度营收增长5%。") == ["上季度 2026", "5% 2026"])
        #expect(found("Shares must stay there for 30 trading days.") == ["30 trading days -"])
        #expect(found("骑手工作一年多。") == ["一年多 over"])
        #expect(found("It raised its 2026 adjusted earnings forecast.") == ["2026 2026"])
    }

    @Test("head of livestock and cases are counted (头, 起); picking up (拾起) counts nothing")
    func livestockAndCases() {
        let counted = { (text: String) in TestSupport.facts(text).map { "\($0.text) \($0.quantity.unit ?? "-")" } }
        #expect(counted("能繁母猪存栏量为4012万头，查处案件四十七起。") == ["4012万头 头", "四十七起 起"])
        #expect(counted("小明拾起石子，我们一起回家。").isEmpty)
    }

    @Test("relative months (上月, last month) and the year's first months (前10个月) are dates")
    func monthsCountedFromTheReference() {
        let reference = ReferenceDate(year: 2026, month: 11, day: 2)
        #expect(TestSupport.facts("理想汽车上月将售价下调2万元。", date: reference).compactMap { $0.quantity.kind == .date ? $0.time : nil } == ["2026-10"])
        #expect(TestSupport.facts("Lucid delivered 4,100 cars last month.", date: reference).compactMap { $0.quantity.kind == .date ? $0.time : nil } == ["2026-10"])
        #expect(TestSupport.facts("其前10个月累计交付约30.2万辆。", date: reference).map { "\($0.text) \($0.time ?? "-")" } == ["前10个月 2026", "约30.2万辆 2026"])
        #expect(TestSupport.facts("上市前3个月股价上涨。", date: reference).map(\.text) == ["3个月"])
        // after a name, before what the months total
        #expect(TestSupport.facts("比亚迪前10个月海外销量约为82万辆。", date: reference).map { "\($0.text) \($0.time ?? "-")" }
                == ["前10个月 2026", "约为82万辆 2026"])
        #expect(TestSupport.facts("该部队提前5个月完成任务。", date: reference).map(\.text) == ["5个月"])
    }

    @Test("a lower-case Latin noun glued to a Chinese multiplier is what is counted; units and model names are not")
    func gluedCountedNouns() {
        let found = TestSupport.facts("豆包日均处理42万亿tokens，3nm芯片。")
        #expect(found.map(\.text) == ["42万亿tokens"])
        #expect(found.first?.quantity.unit == "tokens")
        #expect(found.first?.quantity.value == Decimal(string: "42000000000000"))
    }

    @Test("years and months ago (三年前, two years ago) are dates counted back from the reference; a span is still a duration")
    func yearsAndMonthsAgo() {
        let reference = ReferenceDate(year: 2026, month: 11, day: 2)
        func dated(_ text: String) -> [String] { TestSupport.facts(text, date: reference).map { "\($0.text) \($0.quantity.kind.rawValue) \($0.time ?? "-")" } }
        #expect(dated("价格已从三年前的约8000元降至3000元左右。").prefix(2) == ["三年前 date 2023", "约8000元 money 2023"])
        #expect(dated("两个月前，公司裁员10%。").first == "两个月前 date 2026-09")
        #expect(dated("Margins were 15% two years ago.").last == "two years ago date 2024")
        #expect(dated("Prices fell 4% from six months ago.").last == "six months ago date 2026-05")
        #expect(dated("It took three years to build.") == ["three years duration -"])
        #expect(dated("项目将于2027年前完工。") == ["2027年 date 2027"])
        // (the year's first months without 个, as Taiwan writes them)
        #expect(dated("今年前11月營收達7兆6,580億元。").first == "今年前11月 date 2026")
    }

    @Test("a day before its month, as British writers put it, is the date's day; a count before a bare May is none")
    func dayBeforeMonth() {
        func dated(_ text: String) -> [String] { TestSupport.facts(text, date: nil).map { "\($0.text) \($0.quantity.kind.rawValue) \($0.time ?? "-")" } }
        #expect(dated("3 December 2026 - Profit fell 23pc to £412m.").first == "3 December 2026 date 2026-12-03")
        #expect(dated("The deal was signed on 14th March 2025.") == ["14th March 2025 date 2025-03-14"])
        #expect(dated("It closes on 3 Dec 2026.") == ["3 Dec 2026 date 2026-12-03"])
        #expect(dated("Only 3 May qualify.").first == "3 number -")
    }

    @Test("a period picked out (上一年, 这一天) lasts no time; one a verb takes (提前一个月) does")
    func periodPickedOut() {
        func durations(_ text: String) -> [String] { TestSupport.facts(text).filter { $0.quantity.kind == .duration }.map(\.text) }
        #expect(durations("净亏损从上一年的6.3亿元收窄至2.1亿元。").isEmpty)
        #expect(durations("在这一年，公司扩产两次。").isEmpty)
        #expect(durations("项目提前一个月完工。") == ["一个月"])
        #expect(durations("他以前一个月只有几百元收入。") == ["一个月"])
    }

    @Test("a Chinese numeral of one character counts nothing without a counter; 点 after a number is an index's points, not an hour")
    func bareNumeralsAndPoints() {
        func texts(_ text: String) -> [String] { TestSupport.facts(text).filter { $0.quantity.kind != .date }.map(\.text) }
        #expect(texts("沪深两市成交额约1.52万亿元。") == ["约1.52万亿元"])
        #expect(texts("各地开展“三下乡”活动，二是加强服务。").isEmpty)
        #expect(texts("他买了五打鸡蛋。") == ["五打"])
        #expect(TestSupport.facts("上证指数涨0.86%，报3412.57点。").map { [$0.text, $0.quantity.unit] } == [["0.86%", "%"], ["3412.57点", "points"]])
        #expect(texts("公司于下午3点发布公告，会议10点30分开始，晚上8点半结束，9点到场。").isEmpty)
        #expect(texts("一点一点地嚼。").isEmpty)
        #expect(texts("日经指数下跌12点。") == ["12点"])
        // a number of digits is no quantity; 最高可达 is up to
        #expect(texts("公司将获得最高两位数百分比的特许权使用费，营收增速保持两位数。").isEmpty)
        #expect(TestSupport.facts("交易总额最高可达20亿美元。").map { [$0.text, $0.quantity.approx?.rawValue] } == [["最高可达20亿美元", "up_to"]])
    }

    @Test("a counter before a Latin noun counts it; a model's number after a hyphen is no figure; what a rate is per is none")
    func countersNamesAndRates() {
        func texts(_ text: String) -> [String] { TestSupport.facts(text).filter { $0.quantity.kind != .date }.map(\.text) }
        func units(_ text: String) -> [String?] { TestSupport.facts(text).map(\.quantity.unit) }
        // a Chinese counter glued to a Latin noun (`2048块GPU`), not a Latin word glued to digits (`5G`)
        #expect(units("训练使用了约2048块H800 GPU，部署了500台AI服务器，有100名AI研究员。") == ["块", "台", "名"])
        #expect(texts("5G手机出货量达3亿部。") == ["3亿部"])
        // `星衡-4`: a name's number; a minus sign follows a copula or a verb of change, or carries a unit
        #expect(texts("星衡-4的价格为5元。") == ["5元"])
        #expect(texts("气温为-4，增长-4，降至-3.2%。") == ["-4", "-4", "-3.2%"])
        // what a price or a rate is per is no figure of its own
        #expect(texts("输入价格为每百万tokens 2元。") == ["2元"])
        #expect(texts("Deaths fell to 12 per 100,000 people.") == ["12"])
        // a qualifier before what a share or a ratio is of (not before a figure that describes a noun)
        func approx(_ text: String) -> [String?] { TestSupport.facts(text).filter { $0.quantity.kind != .date }.map(\.quantity.approx?.rawValue) }
        #expect(approx("训练成本不到OpenAI的1/40，营收超过去年全年的一半，约占其全球出货量的55%。") == ["under", "over", "about"])
        #expect(approx("增长率高于政府制定的5.5%的目标，最近公司的利润增长了10%。") == [nil, nil])
        // `56.3 US cents` names its currency; 约合 is about
        #expect(TestSupport.facts("The New Zealand dollar fell to 56.3 US cents.").map { [$0.text, $0.quantity.currency, $0.quantity.currencyInferred.description] }
                == [["56.3 US cents", "USD", "false"]])
        #expect(TestSupport.facts("初期资金为40亿铢（约合8000万美元）。").last.map { [$0.text, $0.quantity.approx?.rawValue] } == ["约合8000万美元", "about"])
    }

    @Test("a word a family of currencies shares is the one named in full before it, else its own or none")
    func currencyFamilies() {
        func money(_ text: String) -> [[String?]] {
            TestSupport.facts(text).filter { $0.quantity.kind != .date }
                .map { [$0.text, $0.quantity.unit, $0.quantity.currency, $0.quantity.currencyInferred.description] }
        }
        #expect(money("Halvard paid 45.6 billion Norwegian crowns ($4.1 billion). Rival Nordlys paid 18.2 billion crowns.\n\nIts shares fell to 183.60 crowns.")
                == [["45.6 billion Norwegian crowns", "NOK", "NOK", "false"], ["$4.1 billion", "USD", "USD", "false"],
                    ["18.2 billion crowns", "NOK", "NOK", "true"], ["183.60 crowns", "NOK", "NOK", "true"]])
        // named in none, a word with no currency of its own counts what it names; one with its own keeps it
        #expect(money("Shares fell to 183.60 crowns. A meal costs 200 pesos.")
                == [["183.60 crowns", "crowns", nil, "false"], ["200 pesos", "MXN", "MXN", "false"]])
        #expect(money("Prices rose to 9,000 Argentine pesos, then to 9,500 pesos.").map { $0[1] } == ["ARS", "ARS"])
        // the last named in full counts; dollars alone are US dollars whatever other dollars were named
        #expect(money("It paid 3 billion Swedish kronor and 2 billion Danish kroner; a further 1 billion kroner follows.").map { $0[1] } == ["SEK", "DKK", "DKK"])
        #expect(money("It raised 2 billion Canadian dollars and 300 million dollars.").map { $0[1] } == ["CAD", "USD"])
        #expect(money("公司以挪威克朗计价，支付了50亿挪威克朗，另有10亿克朗。").map { $0[1] } == ["NOK", "NOK"])
    }

    @Test("the British press's forms: 18pc, 4p a share, 212p beside pounds; a computer after a number is none")
    func britishForms() {
        func read(_ text: String) -> [[String?]] {
            TestSupport.facts(text).filter { $0.quantity.kind != .date }.map { [$0.text, $0.quantity.unit, $0.quantity.value.map { "\($0)" }] }
        }
        #expect(read("Profits fell 18pc to £142m and it paid 4p a share.")
                == [["18pc", "%", "18"], ["£142m", "GBP", "142000000"], ["4p", "GBP", "0.04"]])
        #expect(read("The shares fell 9pc to 212p, valuing it at £860m.").map { $0[0] } == ["9pc", "212p", "£860m"])
        #expect(read("It sold 3 PC games and a 1080p screen.").allSatisfy { $0[1] != "%" && $0[1] != "GBP" })
    }

    @Test("元 alone is in the currency a text in traditional characters named for its 元, in simplified text the yuan")
    func localUnitOfTraditionalText() {
        func currencies(_ text: String) -> [[String?]] {
            TestSupport.facts(text).filter { $0.quantity.kind == .money }
                .map { [$0.text, $0.quantity.currency, $0.quantity.currencyInferred.description] }
        }
        #expect(currencies("晶達電子11月營收為新台幣82億元，年增12%。\n\n法人預估全年每股盈餘約9.5元，新台幣對美元匯率32.5元。")
                == [["新台幣82億元", "TWD", "false"], ["約9.5元", "TWD", "true"], ["32.5元", "TWD", "true"]])
        #expect(currencies("港鐵去年以港幣120億元購入車隊，今年再投資30億元。").map { $0[1] } == ["HKD", "HKD"])
        // named after the amount too; a sentence with no character the scripts write apart is in its paragraph's script
        #expect(currencies("期內股東應佔溢利為42.8億港元；每股盈利1.56元。").map { $0[1] } == ["HKD", "HKD"])
        // an amount in renminbi names the yuan again; simplified text keeps the yuan whatever it named
        #expect(currencies("該行向台商貸出新台幣50億元，另以人民幣20億元放款，餘下10億元。").map { $0[1] } == ["TWD", "CNY", "CNY"])
        #expect(currencies("腾讯以每股港币400元回购股份，季度净利润500亿元。").map { $0[1] } == ["HKD", "CNY"])
        #expect(currencies("期內溢利為42.8億港元。\n\n腾讯季度净利润500亿元。").map { $0[1] } == ["HKD", "CNY"])
        // an identifier after its label is no figure
        #expect(currencies("恒峰地產（股份代號：1387）派息每股0.45港元。").map { $0[0] } == ["0.45港元"])
        #expect(TestSupport.facts("来信请寄邮政编码：100733，股票代码600519。").isEmpty)
        #expect(currencies("營收120億元，新台幣另計。").map { $0[1] } == ["CNY"])
    }

    @Test("the noun counted stands past a maker's name and a model's code; a year after `in` is no whole; lengths have units")
    func countedPastModels() {
        func units(_ text: String) -> [String?] { TestSupport.facts(text).filter { $0.quantity.kind != .date }.map(\.quantity.unit) }
        #expect(units("Sahra agreed to buy 60 Airbus A350-1000 jets and 15 Boeing 787-9 Dreamliners.") == ["jets", "Dreamliners"])
        #expect(units("Nearly 9 million Americans lost their jobs. The fleet will grow to 180 aircraft.") == ["Americans", "aircraft"])
        // `handing over 766 in 2025`: a count, dated, not 766 parts in 2,025
        #expect(TestSupport.facts("Airbus delivered 766 in 2025 and one in five jets was late.").filter { $0.quantity.kind != .date }
                    .map { [$0.text, $0.quantity.kind.rawValue] } == [["766", "number"], ["one in five", "fraction"]])
        // a range stays a range
        #expect(TestSupport.facts("Anthropic invested $5-21 million.").first?.quantity.high != nil)
        #expect(units("新厂建设12英寸晶圆厂，生产28纳米至55纳米的芯片。") == ["英寸", "纳米"])
        #expect(units("电池容量达到5800毫安时。") == ["毫安时"])
    }

    @Test("a middle dot between digits before a percent sign, a multiplier or a unit is a decimal point")
    func middleDotDecimals() {
        #expect(TestSupport.facts("通胀率为5·1%，售1·4万卢布，指数报443·509点，增长２·４％。").map(\.quantity.value)
                == [Decimal(string: "5.1")!, 14000, Decimal(string: "443.509")!, Decimal(string: "2.4")!])
        #expect(TestSupport.facts("9·11事件").allSatisfy { $0.quantity.value != Decimal(string: "9.11")! })
    }

    @Test("a currency's word before a zone or a store is no sum; a year after a determiner before an event or a name is a date")
    func currencyNounsAndYearsOfEvents() {
        func kinds(_ text: String) -> [String] { TestSupport.facts(text).map { "\($0.text) \($0.quantity.kind)" } }
        #expect(kinds("It was the largest sale by a euro zone government.").isEmpty)
        #expect(kinds("Five euro-zone banks paid 2 euros a share.") == ["Five number", "2 euros money"])
        #expect(kinds("It agreed to pay $2 billion to settle claims from the 2024 Cedar Canyon fire.") == ["$2 billion money", "2024 date"])
        #expect(kinds("Insurers paid $1 billion after the 2018 wildfires.") == ["$1 billion money", "2018 date"])
    }

    @Test("two neighbouring Chinese digits alone are a range (三四个月: three or four), not read digit by digit; tiers (二三线) count nothing")
    func neighbouringDigits() {
        let found = TestSupport.facts("工期需要三四个月，部分二三线企业已经停产。")
        #expect(found.map { "\($0.text) \($0.quantity.value.map { "\($0)" } ?? "-") \($0.quantity.high.map { "\($0)" } ?? "-")" } == ["三四个月 3 4"])
    }

    @Test("a month to come: a comma between digits ends no clause (`will cut 1,100 jobs in March`), hoping to speaks of it, a futures contract's month is next")
    func monthsToCome() {
        let reference = ReferenceDate(year: 2026, month: 10, day: 29)
        func times(_ text: String) -> [String] { TestSupport.facts(text, date: reference).map { "\($0.text) \($0.time ?? "-")" } }
        #expect(times("The company will cut 1,100 jobs in March.") == ["1,100 2027-03", "March 2027-03"])
        #expect(times("Officials hoped to finish the awards before the end of January.") == ["end of January 2027-01"])
        #expect(times("Revenue of 1,100 rose in March.").last == "March 2026-03")
        #expect(times("纽约商品交易所12月交割的黄金期货收报2801.4美元。") == ["12月 2026-12", "2801.4美元 -"])
        #expect(times("December gold futures settled at $2,801.40 an ounce.") == ["December 2026-12", "$2,801.40 -"])
    }

    @Test("pence are hundredths of the pound")
    func pence() {
        let found = TestSupport.facts("Skyline shares fell 4.1% to 312 pence in London.")
        #expect(found.map { "\($0.text) \($0.quantity.value.map { "\($0)" } ?? "-") \($0.quantity.unit ?? "-")" } == ["4.1% 4.1 %", "312 pence 3.12 GBP"])
    }

    @Test("those who expected a figure are not what it counts")
    func expectedByIsNoCount() {
        func units(_ text: String) -> [String?] { TestSupport.facts(text).map(\.quantity.unit) }
        #expect(units("It added 6.1 million subscribers, above the 4.5 million analysts had expected.") == ["subscribers", nil])
        // also past who polled them (alone, a poll counts them)
        // (what they expected, compared with the jobs, counts jobs too)
        #expect(units("Employers added 112,000 jobs, fewer than the 150,000 economists polled by Reuters had expected.") == ["jobs", "jobs"])
        #expect(units("A survey of 50 economists polled by Reuters showed a slowdown.") == ["economists"])
        #expect(units("The 2 million economists were forecasting fell short.") == [nil])
        #expect(units("About 10,000 workers were expected to lose their jobs.") == ["workers"])
    }

    @Test("a bare cardinal after digits and a scale starts the next phrase; a hyphen after a percent sign joins a range")
    func scaleEndsAndPercentRanges() {
        func read(_ text: String) -> [String] {
            TestSupport.facts(text).map { "\($0.text) \($0.quantity.value.map { "\($0)" } ?? "-") \($0.quantity.high.map { "\($0)" } ?? "-")" }
        }
        #expect(read("Net debt was $26.4 billion three months earlier.").first == "$26.4 billion 26400000000 -")
        #expect(read("It raised 2 billion five years ago.").first == "2 billion 2000000000 -")
        #expect(read("It sold two million three hundred thousand phones and one thousand and three cars.").prefix(2)
                == ["two million three hundred thousand 2300000 -", "one thousand and three 1003 -"])
        #expect(read("The Fed kept its rate in the 3.50%-3.75% range.") == ["3.50%-3.75% 3.5 3.75"])
        #expect(read("气温为-4度，增速-3.2%。").count == 2)
    }

    @Test("two months joined by a dash are the months between them: `the July-September quarter`")
    func monthsJoinedByDash() {
        let november = ReferenceDate(year: 2026, month: 11, day: 5)
        let dates = { (text: String, reference: ReferenceDate) in
            TestSupport.facts(text, date: reference).filter { $0.quantity.kind == .date }.map { "\($0.text) \($0.time ?? "-")" }
        }
        #expect(dates("Operating profit fell 18% in the July-September quarter.", november) == ["July-September 2026"])
        #expect(dates("Sales rose 5% in the July–September period.", november) == ["July–September 2026"])
        // (a later month before the dash joins nothing)
        #expect(dates("Revenue rose in September-July.", november).count == 1)
    }

    @Test(arguments: notQuantities)
    func findsNoMoneyOrPercentIn(_ sentence: String) {
        let facts = TestSupport.facts(sentence).filter { $0.quantity.kind != .multiple }
        #expect(facts.allSatisfy { $0.quantity.kind != .money && $0.quantity.kind != .percent && $0.quantity.kind != .number },
                "\(facts.map(\.text))")
    }
}
