import FactPipe
import Foundation
import Testing

/// The non-date facts of a text as (text, subject, predicate, object, time).
func links(_ text: String, date: String? = "2025-03-01") -> [[String?]] {
    TestSupport.facts(text, date: date.flatMap(ReferenceDate.init(iso:)))
        .filter { $0.quantity.kind != .date }
        .map { [$0.text, $0.subject, $0.predicate, $0.object, $0.time] }
}

@Suite("Linking")
struct LinkerTests {
    @Test("a topic carries across the short Chinese clauses after it; 向X makes X the object")
    func topicChain() {
        #expect(links("谷歌在2023年首次向Anthropic投资20亿美元，年初又追加了10亿。") == [
            ["20亿美元", "Google", "investment", "Anthropic", "2023"],
            ["10亿", "Google", "investment", "Anthropic", "2025-01"],
        ])
    }

    @Test("a Chinese sentence that names nobody and opens with a measure is about the topic")
    func chineseMeasureOfTopic() {
        #expect(links("比亚迪周四发布公告。净利润69亿元，同比下降8%。").map { $0[1] } == ["BYD", "BYD"])
        #expect(links("比亚迪10月销量为44.2万辆。海外市场成为其主要增长点。10月海外销量达8.4万辆，占总销量的比重接近两成。").map { $0[1] }
                == ["BYD", "BYD", "BYD"])
        // (a clause that opens with a counted noun and gives no figure is no measure: `一家芯片厂商透露，其…`)
        // a market or a line of the company's before a measure only a company has, after the company's report
        #expect(links("比亚迪10月销量为44.2万辆。财报显示，海外市场收入达到138亿元。").map { $0[1] } == ["BYD", "BYD"])
        #expect(links("比亚迪10月销量为44.2万辆。低温产品销售额达到13.8亿元。").map { $0[1] } == ["BYD", "BYD"])
        // (an industry's market, a country's taxes, or what a survey shows, is no company's)
        #expect(links("比亚迪10月销量为44.2万辆。白酒行业市场收入达到138亿元。").map { $0[1] } == ["BYD", nil])
        #expect(links("比亚迪10月销量为44.2万辆。地方级税收收入完成3287亿元。").map { $0[1] } == ["BYD", nil])
        #expect(links("比亚迪10月销量为44.2万辆。调查结果显示，在被访问的547名员工中，26%的人加班。").map { $0[1] } == ["BYD", nil, nil])
    }

    @Test("an English verb of change before the measure it changes names the change")
    func verbOfChangeBeforeMeasure() {
        #expect(links("Summer travel lifted revenue 14%.").map { $0[2] } == ["growth"])
        #expect(links("Acme increased its revenue by 14%.").map { $0[2] } == ["growth"])
        #expect(links("Acme increased its revenue by $2 billion.").map { $0[2] } == ["growth"])
        // (a level reached, and an amount with no `by`, are the measure's)
        #expect(links("Acme lifted revenue to $5 billion.").map { $0[2] } == ["revenue"])
        #expect(links("Acme raised revenue $2 billion.").map { $0[2] } != ["growth"])
        // across a list of nouns after `of`, and in a headline's present tense
        #expect(links("Its pill lowered the risk of heart attack, stroke or cardiovascular death by 23%.").map { $0[2] } == ["decline"])
        #expect(links("Acme heart drug cuts risk of major events by 23%.").map { $0[2] } == ["decline"])
        #expect(links("Its pill lowered the risk of heart attack, stroke, or death by 23%.").map { $0[2] } == ["decline"])
        // (a phrase after `of` with a determiner is a clause of its own)
        #expect(links("We raised fuel standards so that by the middle of the next decade, cars and trucks will go twice as far.").map { $0[2] } == [nil])
    }

    @Test("于 before a date dates what follows; after a comparative it compares")
    func yuBeforeDate() {
        #expect(links("月之暗面于2024年9月完成5亿元融资。").map { $0[4] } == ["2024-09"])
        #expect(links("毛利率为20%，高于2023年的15%。").map { $0[4] } == [nil, "2023"])
    }

    @Test("a fronted date governs the clauses after it in the sentence")
    func frontedDate() {
        #expect(links("在2023年9月，亚马逊向Anthropic注入了40亿美元。") == [["40亿美元", "Amazon", "investment", "Anthropic", "2023-09"]])
        #expect(links("In September 2023, Amazon invested $4 billion in Anthropic.") == [["$4 billion", "Amazon", "investment", "Anthropic", "2023-09"]])
    }

    @Test("X获得Y投资: Y invests in X; X获得融资 and X raised: X raises")
    func receiving() {
        #expect(links("月之暗面今年获得腾讯约5亿美元投资。") == [["约5亿美元", "Tencent", "investment", "Moonshot AI", "2025"]])
        #expect(links("月之暗面获得约5亿美元融资。") == [["约5亿美元", "Moonshot AI", "funding", nil, nil]])
        #expect(links("Nvidia invested $2 billion in xAI, and the startup raised $10 billion in total.") == [
            ["$2 billion", "NVIDIA", "investment", "xAI", nil],
            ["$10 billion", "xAI", "funding", nil, nil],
        ])
    }

    @Test("pronouns point to the company the text follows, not to an investor named once")
    func salientTopic() {
        let text = "Quorvia Labs raised $300 million. Quorvia Labs said revenue doubled. Google invested about $150 million. The company now has 1,400 customers."
        #expect(links(text).last?[1] == "Quorvia Labs")
        // after a clause that only dates, as at a sentence's start; not after one that describes someone
        #expect(links("腾讯发布财报。去年11月，其营收增长了10%。").last?[1] == "Tencent")
        #expect(links("腾讯发布财报。一家芯片厂商透露，其营收增长了10%。").last?[1] == nil)
        #expect(links("Barclays reported results. The bank made a net profit of £212 million.").last?[1] == "Barclays")
    }

    @Test("objects: after a description, through a pronoun, across an apposition, and the round just raised")
    func moreObjects() {
        #expect(links("字节跳动向国内芯片设计公司澈光智算注资15亿元。").map { [$0[1], $0[3]] } == [["ByteDance", "澈光智算"]])
        #expect(links("腾讯发布公告。蚂蚁集团持有其约9%的股份。").last.map { [$0[1], $0[3]] } == ["Ant Group", "Tencent"])
        #expect(links("Barclays reported results. SMBC bought a 5% stake in the company.").last.map { [$0[1], $0[3]] } == ["SMBC", "Barclays"])
        #expect(links("AMD agreed to buy Nexora Photonics, a Toronto-based maker of optical parts, for $1.9 billion.").map { $0[3] } == ["Nexora Photonics"])
        let round = "Quorvia Labs raised $300 million in a Series C. Google invested about $150 million."
        #expect(links(round).map { $0[3] } == [nil, "Quorvia Labs"])
        // an investment that says where it goes is no investment in the round
        #expect(links("Quorvia Labs raised $300 million in a Series C. Google invested $150 million in data centers.").map { $0[3] } == [nil, nil])
    }

    @Test("a figure compared with, restating or continuing the one before measures the same")
    func sameMeasure() {
        #expect(links("Revenue reached $210 million in March, up from $35 million a year earlier.").map { $0[2] } == ["revenue", "revenue"])
        #expect(links("市场规模约82亿元，预计到2030年将超过千亿元。").map { $0[2] } == ["market_size", "market_size"])
        #expect(links("净利润为4.2亿元，同比增长18%，但仅相当于招商银行的约1/90。").map { $0[2] } == ["profit", "growth", "profit"])
        #expect(links("Its share of advanced production is higher still, at more than 90%.").map { $0[2] } == ["market_share"])
    }

    @Test("a date joined to a figure is its own; a founding date governs nothing else")
    func attachedDates() {
        #expect(links("Revenue reached $210 million in March, up from $35 million in March 2025.", date: "2026-04-14").map { $0[4] } == ["2026-03", "2025-03"])
        #expect(links("员工人数已从2025年初的300余名增至近900名。", date: "2026-03-18").map { $0[4] } == ["2025-01", nil])
        #expect(links("Halcyon Labs, a startup founded in 2024, has raised $640 million.").map { $0[4] } == [nil])
        // through the figure it rose to, and across `the`
        #expect(links("AWS revenue grew 20% to $35.6 billion in the fourth quarter.", date: "2026-02-04").map { $0[4] } == ["2025", "2025"])
        #expect(links("It expects 650 stores by the end of the year and 700 by the end of 2027.", date: "2026-03-10").map { $0[4] }
                == ["2026-12", "2027-12"])
    }

    @Test("a figure right after a name's 的 is that name's, measured as the figure before it in its unit")
    func possessiveFigures() {
        #expect(links("小鹏汽车毛利率为14.8%，较去年提高3.2个百分点，但仍低于比亚迪的约22%和理想汽车的19.5%。").map { [$0[0], $0[1], $0[2]] } == [
            ["14.8%", "XPeng", "gross_margin"], ["3.2个百分点", "XPeng", "growth"],
            ["约22%", "BYD", "gross_margin"], ["19.5%", "Li Auto", "gross_margin"],
        ])
        // a ratio to another name's figure stays the subject's
        #expect(links("小鹏汽车净利润为4.2亿元，仅相当于比亚迪的约1/90。").map { $0[1] } == ["XPeng", "XPeng"])
    }

    @Test("a sentence that opens with a measure and names only a person is about the topic")
    func measureWithPerson() {
        #expect(links("Halcyon Interactive reported results. Gross margin slipped to 41.5%, which finance chief Dana Whitcombe blamed on cloud bills.")
                .map { $0[1] } == ["Halcyon Interactive"])
    }

    @Test("the base of a multiple, also after a qualifier, is a date of comparison")
    func baseOfMultipleWithQualifier() {
        #expect(links("美团三季度日均订单量达到9800万单，是去年同期的近1.6倍。", date: "2026-11-28").map { $0[4] } == ["2026", "2026"])
        // the period of the sentence before reaches a multiple whose only date is its base
        #expect(links("北方稀土前三季度营业收入约286亿元；归母净利润为18.6亿元，是去年同期的3.4倍。", date: "2026-10-30").map { $0[4] }
            == ["2026", "2026", "2026"])
    }

    @Test("`The stock has more than doubled` is about the topic's shares")
    func stockOpener() {
        #expect(links("Cathay Pacific carried 2.4 million passengers. The stock has more than doubled this year.").map { $0[1] }
                == ["Cathay Pacific", "Cathay Pacific"])
    }

    @Test("a fronted place names nobody: `the company` after it is the topic")
    func frontedPlace() {
        #expect(links("Halcyon Interactive reported results. In Europe, the company agreed to pay a €4.5 million fine.").map { $0[1] }
                == ["Halcyon Interactive"])
    }

    @Test("a place after a preposition says where, not who")
    func locativePlace() {
        #expect(links("比亚迪今年在欧洲已售出逾1.1万辆。").map { $0[1] } == ["BYD"])
        #expect(links("香港去年GDP增长3%。").map { $0[1] } == ["Hong Kong"])
    }

    @Test("a clause about the same period takes the date before it")
    func samePeriod() {
        #expect(links("Amazon said AWS grew 20% in the fourth quarter, while Azure grew 39% over the same period.", date: "2026-02-04")
                .map { $0[4] } == ["2025", "2025"])
        // a clause opening with `while` is of the same time, unless it gives its own
        #expect(links("Revenue rose 11% in June, while its operating margin slipped to 18.5% from 21% a year earlier.", date: "2026-11-24")
                .map { $0[4] } == ["2026-06", "2026-06", "2025"])
        #expect(links("Revenue rose 11% in June, while last year it fell 5%.", date: "2026-11-24").map { $0[4] } == ["2026-06", "2025"])
    }

    @Test("appositions: a possessive after a name describes it; a speaker's reported company; a short form of a new name")
    func appositions() {
        #expect(links("Google invested $150 million, and M12, Microsoft's venture arm, committed another $60 million.").map { $0[1] }
                == ["Google", "Microsoft Ventures"])
        #expect(links("AMD reported results. Its chief executive, Lisa Su, has said the company wants to double its revenue.").last?[1] == "AMD")
        #expect(links("AMD agreed to buy Nexora Photonics. Nexora, founded in 2019, has 240 employees.").last?[1] == "Nexora Photonics")
    }

    @Test("a month without a year: the last one in what is reported, the next one in what is expected")
    func bareMonths() {
        #expect(links("The regulator fined it £3.1 million in November.", date: "2026-01-22").map { $0[4] } == ["2025-11"])
        #expect(links("The companies expect to spend $3 billion in December.", date: "2026-03-10").map { $0[4] } == ["2026-12"])
    }

    @Test("an owner's name qualifies what it owns; a fine is the fined party's")
    func ownersAndFines() {
        #expect(links("百度旗下文心一言的月活约2.3亿。").map { $0[1] } == ["ERNIE"])
        #expect(links("招商银行发布公告。金融监管总局随后对其处以罚款150万元。").last?[1] == "China Merchants Bank")
        #expect(links("金融监管总局对某股份制银行处以罚款150万元。").last?[1] == nil)
    }

    @Test("figures given name by name (分别, respectively) go to their names in order")
    func respectively() {
        #expect(links("阿里巴巴、腾讯和百度的收入分别为2477亿元、1845亿元和327亿元。").map { $0[1] } == ["Alibaba", "Tencent", "Baidu"])
        #expect(links("Alibaba, Tencent and Baidu grew 2%, 15% and 4%, respectively.").map { [$0[1], $0[2]] } == [
            ["Alibaba", "growth"], ["Tencent", "growth"], ["Baidu", "growth"],
        ])
        // a list that does not match the names is left alone
        #expect(links("阿里巴巴和腾讯的收入分别为2477亿元、1845亿元和327亿元。").map { $0[1] } != ["Alibaba", "Tencent", nil])
    }

    @Test("a part of its measure belongs to the topic; another party's measure does not")
    func partitive() {
        #expect(links("Tencent reached 10 million users. Almost half of its users are students.").map { $0[1] } == ["Tencent", "Tencent"])
        #expect(links("Tencent holds 40% of the market. Its closest rival holds 24%.").map { $0[1] } == ["Tencent", nil])
    }

    @Test("an investment in the round is one in the company raising it")
    func fundingRound() {
        #expect(links("月之暗面完成新一轮融资，募资10亿美元。腾讯在本轮投资2亿美元。").map { $0[3] } == [nil, "Moonshot AI"])
        #expect(links("Quorvia raised $300 million in a funding round. The round was led by Harbor Lane Ventures, which invested $120 million.").map { $0[3] } == [nil, "Quorvia"])
        #expect(links("多家机构正洽谈参与OpenAI的下一轮融资，单家出资规模约20亿美元。").map { $0[3] } == ["OpenAI"])
        // no round spoken of: no object from an earlier one
        #expect(links("月之暗面完成新一轮融资，募资10亿美元。腾讯去年投资2亿美元建设数据中心。").map { $0[3] } == [nil, nil])
    }

    @Test("several companies compared in one sentence each keep their own figure")
    func compared() {
        #expect(links("微软份额升至21%，谷歌云则以13%排名第三。") == [
            ["21%", "Microsoft", "market_share", nil, nil],
            ["13%", "Google Cloud", "market_share", nil, nil],
        ])
        #expect(links("AWS holds about 30% of the market, ahead of Microsoft at 21% and Google at 13%.") == [
            ["about 30%", "AWS", "market_share", nil, nil],
            ["21%", "Microsoft", "market_share", nil, nil],
            ["13%", "Google", "market_share", nil, nil],
        ])
    }

    @Test("a pronoun opening a sentence refers to the topic before it")
    func pronouns() {
        #expect(links("竞争对手OpenAI的扩张同样迅速。该公司去年收入约37亿美元。") == [["约37亿美元", "OpenAI", "revenue", nil, "2024"]])
        // `其` opening a sentence, as `Its` does an English one
        #expect(links("星河算力今年营收为48亿元。新加坡电信方面表示，数据中心需求强劲。目前其运营的机柜约有1.4万个。").map { $0[1] }
                == ["星河算力", "新加坡电信"])
    }

    @Test("a sentence opening on a market's measure has no company's subject; `made up` is no rise; an operating margin")
    func marketMeasuresAndShares() {
        let market = links("Nvidia posted net income of $5 million. Demand for capacity on Asian routes is expected to grow by 25% a year.")
        #expect(market.map { $0[1] } == ["NVIDIA", nil])
        #expect(links("Nvidia posted net income of $5 million. Demand for its chips rose 25%.").map { $0[1] } == ["NVIDIA", "NVIDIA"])
        #expect(links("Nvidia's revenue rose 11%. International sales made up 42% of the total.").map { $0[2] } == ["growth", "revenue"])
        #expect(links("Nvidia's operating margin slipped to 18.5% from 21%.").map { $0[2] } == ["operating_margin", "operating_margin"])
        // `held at` a level holds no share of anything (`held 30% of the market` does)
        #expect(links("The unemployment rate held at 6.2%, and Acme held 30% of the market.").map { $0[2] } == ["unemployment_rate", "market_share"])
    }

    @Test("an economy's measures are no company's: a place's, a central bank's for its rate, else nobody's")
    func economyMeasures() {
        // the topic of a company article gives no inflation, and a place given one is no topic
        #expect(links("Nvidia posted net income of $5 million. Inflation eased to 2.5% in February, while the unemployment rate held at 4.1%.")
                .map { [$0[1], $0[2]] } == [["NVIDIA", "profit"], [nil, "inflation"], [nil, "unemployment_rate"]])
        #expect(links("比亚迪周四发布公告。去年美国失业率为4.9%。净利润69亿元，同比下降8%。").map { [$0[1], $0[2]] }
                == [["United States", "unemployment_rate"], ["BYD", "profit"], ["BYD", "decline"]])
        // a fronted place, and the place of the figures before until someone else's figure
        #expect(links("In Turkey, inflation eased to 30% in May. The jobless rate rose to 9%. Acme's revenue rose 5%. Inflation rose to 4%.")
                .map { $0[1] } == ["Turkey", "Turkey", "Acme", nil])
        // a rise of a price index in percent is the inflation rate; in points, or a fall, a change
        #expect(links("10月份，全国居民消费价格指数（CPI）同比上涨0.4%，涨幅比上月扩大0.2个百分点；环比下降0.1%。").map { $0[2] }
                == ["inflation", "growth", "decline"])
        // (after a dateline's dash, `Consumer` opens the sentence: no name)
        #expect(links("WASHINGTON, Nov. 13, 2026 - Consumer prices in the United States rose 2.6% from a year earlier.").map { [$0[1], $0[2]] }
                == [["United States", "inflation"]])
        // a rate a named body sets is that body's
        #expect(links("The Federal Reserve cut its benchmark interest rate by a quarter of a percentage point to 4.25%.").map { [$0[1], $0[2]] }
                == [["Federal Reserve", "decline"], ["Federal Reserve", "interest_rate"]])
        #expect(links("中国人民银行公布，一年期贷款市场报价利率为2.95%。").map { [$0[1], $0[2]] }.last == ["People's Bank of China", "interest_rate"])
        // the rate a bank holds, keeps or leaves at a level (`holds` alone is a share of a market); a tax rate is none
        #expect(links("Bank of Canada holds rate at 2.25% as inflation cools").map { [$0[1], $0[2]] } == [["Bank of Canada", "interest_rate"]])
        #expect(links("The Fed kept rates unchanged at 4.5% on Wednesday. Congress set the tax rate at 21%.").map { $0[2] } == ["interest_rate", nil])
        // output, retail sales and jobs of a whole economy; a share of its output is no output
        #expect(links("前三季度国内生产总值为101.3万亿元。社会消费品零售总额为4.2万亿元。全国城镇新增就业1120万人。").map { $0[2] }
                == ["gdp", "retail_sales", "employees"])
        #expect(links("财政赤字仅占美国国内生产总值的0.3%。").map { $0[2] } == ["budget_deficit"])
        #expect(links("Inflation in Canada eased to 1.9% in October. The federal government expects a deficit of C$78.3 billion.").map { [$0[1], $0[2]] }
                == [["Canada", "inflation"], ["Canada", "budget_deficit"]])
        // a country's trade and budget
        #expect(links("前10个月出口总额为5840亿元，进口额为3200亿元，贸易顺差2640亿元。").map { $0[2] } == ["exports", "imports", "trade_surplus"])
        // (a bare amount after a balance is money; a country's balance is the country's)
        #expect(links("2006年我国出口额为9690亿美元，贸易顺差1775亿。").map { [$0[1], $0[2]] } == [["China", "exports"], ["China", "trade_surplus"]])
        #expect(links("Portugal sold €5 billion of bonds. Its budget surplus was 0.7% of output, and debt should drop below 90% by 2027.").map { [$0[1], $0[2]] }
                == [["Portugal", "debt"], ["Portugal", "budget_surplus"], ["Portugal", nil]])
        // places listed after a preposition say where the figures of a `分别` list are, not whose
        #expect(links("从市场来看，对东南亚和中东的出口则分别增长了65%和48%。").map { $0[1] } == [nil, nil])
        // a share of an amount measures what the verb before does with money, not a change
        #expect(links("The agency has now raised about 78% of the €14.5 billion it planned to borrow.").map { $0[2] } == ["funding", "funding"])
        #expect(links("It has spent a third of its $2 billion budget.").map { $0[2] } == ["cost", "cost"])
        // a date further after a figure dates it, unless a verb joined by `and`, a chance or a multiple's base comes between
        #expect(links("It returned $820 million to shareholders through buybacks and dividends in the first nine months.", date: "2026-11-05")
                .map { $0[4] } == ["2026"])
        #expect(links("The deal needs approval from regulators in three countries and is expected to close in the first half of 2027.")
                .map { $0[4] } == [nil])
        #expect(links("Investors now price in a 60% chance that the Federal Reserve will cut rates again in January, according to futures data.")
                .map { $0[4] } == [nil])
        // a research arm of a known firm forecasts, and owns none of the figure
        #expect(links("猫眼研究院预计，2026年全年票房有望达到560亿元。").map { $0[1] } == [nil])
        // what has a chance has not happened: a month after the dateline's is the coming one
        #expect(links("Traders see a 70% chance of another cut in December. Sales rose 5% in December.", date: "2026-11-13").map { $0[4] }
                == ["2026-12", "2025-12"])
        // a duration restates no level (`为24年来的最低水平`)
        #expect(links("美国失业率为4.9%，为24年来的最低水平。").map { $0[2] } == ["unemployment_rate", nil])
        // a country's central bank named by its country, the country of the figures it reports, `the
        // central bank` for the rate it sets; a bank's branch in a byline's brackets reports nothing
        #expect(links("Japan's central bank held its policy rate at 0.5%. The Bank of Japan said core inflation slowed to 2.1%. "
                      + "Acme's sales rose 3%. The central bank has now raised its policy rate by 0.25 percentage points.")
                .map { $0[1] } == ["Bank of Japan", "Japan", "Acme", "Bank of Japan"])
        #expect(links("（中国人民银行德阳市分行供稿）全市地区生产总值为143亿元。").first?[1] == nil)
    }

    @Test("a name in a frame of place or compared with is not who acts; a product does not take the topic from its maker")
    func framesComparandsAndProducts() {
        #expect(links("天枢科技在数学测试MATH-500上得分为90.2分。").map { $0[1] } == ["天枢科技"])
        #expect(links("百度的训练成本不到OpenAI的1/40。").map { $0[1] } == ["Baidu"])
        // `公司称，其…` after sentences about the product is about its maker
        #expect(links("天枢科技发布大模型“星衡-4”。星衡-4的输入价格为2元，输出价格为8元。公司称，其注册开发者已超过30万人。").map { [$0[1], $0[2]] }
                == [["星衡-4", "price"], ["星衡-4", "price"], ["天枢科技", "developers"]])
        // a company described anew opening a sentence is the one the sentence before named
        #expect(links("Sahra Airways ordered 60 jets. Airbus shares rose 1.8%. The European planemaker has a backlog of 8,700 aircraft.")
                .map { $0[1] } == ["Sahra Airways", "Airbus", "Airbus"])
        // a figure's change of a name after it is that name's; a count compared with one before counts the same thing
        #expect(links("The stock has gained 48%, outpacing the 19% rise in the S&P 500.").last?[1] == "S&P 500")
        let forecast = TestSupport.facts("Andes Crest raised its production forecast to between 1.18 million and 1.22 million tons, from 1.10 million to 1.15 million previously.")
        #expect(forecast.map(\.quantity.unit) == ["tons", "tons"])
        #expect(forecast.map(\.predicate) == ["production", "production"])
        // a place opening a noun that a name in brackets glosses qualifies it; an amount a share paid as a dividend is one
        #expect(links("10月31日中国出口集装箱运价综合指数（SCFI）报1385.6点，较年内高点下跌近六成。").map { $0[1] } == ["SCFI", "SCFI"])
        #expect(links("公司拟以每股0.52元向全体股东派发中期现金红利，合计约82.9亿元。股价报14.86元。").map { $0[2] } == ["dividend", "dividend", "price"])
        #expect(TestSupport.facts("前三季度完成集装箱货运量1920.6万标准箱。").last.map { [$0.quantity.unit, $0.predicate] } == ["TEU", "units"])
        // a place or a name before `-based` says where someone is based; the level after a share's
        // change is its price; a valuation whatever describes the company valued; what analysts estimate is the topic's
        #expect(links("Corvanta Therapeutics said its pill worked. Its shares closed up 36% at $87.40, valuing the Cambridge, Massachusetts-based company at around $19 billion.")
                .map { [$0[1], $0[2]] } == [["Corvanta Therapeutics", "growth"], ["Corvanta Therapeutics", "price"], ["Corvanta Therapeutics", "market_cap"]])
        #expect(links("Corvanta Therapeutics said its pill worked. Analysts at Brightwater Securities estimate peak annual sales of $6.5 billion.").map { $0[1] }
                == ["Corvanta Therapeutics"])
        // a land sale's prices and proceeds
        #expect(links("地块由本地房企澜庭置业以38.6亿元摘得，折合楼面价约为44980元/平方米。杭州全年土地出让金有望突破1500亿元。").map { [$0[1], $0[2]] }
                == [["澜庭置业", "price"], ["澜庭置业", "price"], ["Hangzhou", "revenue"]])
        // a name after a description of its trade and before 披露; 期内 before the company's pronoun
        #expect(links("白酒龙头醇岭酒业披露三季报，营业收入为389.5亿元。期内公司毛利率为91.8%。").map { $0[1] } == ["醇岭酒业", "醇岭酒业"])
        // a dateline's dash opens a clause for the name after it
        #expect(links("北京，2026年11月20日——晶澜光能披露，公司三季度净利润为12亿元。").last?[1] == "晶澜光能")
        // a month a bank said it would act from is the coming one; a cash rate is a rate
        // an order or a deal worth an amount is its value; a maker delivers shipments
        #expect(links("The airline placed an order valued at about $24 billion. Airbus aims to deliver around 820 jets this year.").map { $0[2] }
                == ["deal_value", "shipments"])
        let text = "Westpac said it would cut its floating rate to 5.9% from Dec. 3. The central bank cut its official cash rate to 2.25%."
        #expect(links(text).map { $0[2] } == ["interest_rate", "interest_rate"])
        #expect(TestSupport.facts(text, date: ReferenceDate(iso: "2026-11-26")).first { $0.quantity.kind == .date }?.time == "2026-12-03")
    }

    @Test("a Chinese count of a noun whose measure follows its 的 is no measure; a power is a capacity")
    func countOfMeasuredThings() {
        #expect(links("两座数据中心的总功率预计达到300兆瓦。").map { $0[2] } == [nil, "capacity"])
        #expect(links("两家公司的用户规模差距扩大。三家门店的销售额为5亿元。").map { $0[2] } == [nil, nil, "revenue"])
        #expect(links("公司建成了100万辆的产能。").map { $0[2] } == ["capacity"])
    }

    @Test("what the text does not name stays null")
    func unnamed() {
        #expect(links("一家大型晶圆代工企业当季收入约22亿美元。") == [["约22亿美元", nil, "revenue", nil, nil]])
        #expect(links("阿里巴巴、腾讯与百度三家公司今年的资本开支合计预计超过3,000亿元。") == [
            ["三家", nil, nil, nil, "2025"],
            ["超过3,000亿元", nil, "capex", nil, "2025"],
        ])
    }

    @Test("a date that is only a point of comparison governs nothing")
    func comparisons() {
        #expect(links("该股较去年上涨13.9%。")[0][4] == nil)
        #expect(links("Revenue rose 3.5-fold from last year.")[0][4] == nil)
        #expect(links("估值约1830亿美元，是2023年9月时的近40倍。")[1] == ["近40倍", nil, "valuation", nil, nil])
        // the date a multiple is of is its base
        #expect(links("今年的成交额超过420亿元，是去年同期的1.3倍。", date: "2026-07-01").map { $0[4] } == ["2026", "2026"])
    }

    @Test("a person who speaks is not what the numbers are about")
    func reportedSpeech() {
        #expect(links("Chief Executive Lena Okafor said Veridian Semiconductor would spend at least 35% of its budget on research.")[0][1] == "Veridian Semiconductor")
        #expect(links("Amazon said on Tuesday that AWS revenue grew 20% to $35.6 billion.") == [
            ["20%", "AWS", "growth", nil, nil],
            ["$35.6 billion", "AWS", "revenue", nil, nil],
        ])
    }

    @Test("`as of` dates the figure before it; `paid` before a counted noun is no money")
    func asOfDate() {
        #expect(links("Netflix said paid subscribers reached 301.6 million as of June 30, up 16% from the previous quarter.",
                      date: "2026-08-06") == [
            ["301.6 million", "Netflix", "users", nil, "2026-06-30"],
            ["16%", "Netflix", "growth", nil, "2026-06-30"],
        ])
    }

    @Test("an amount for one unit, and the level a share price reached, are prices; a restatement keeps its measure")
    func unitPrices() {
        #expect(links("Meta will pay roughly $80 per megawatt-hour.").map { $0[2] } == ["price"])
        #expect(links("9月电芯均价已跌至每瓦时0.32元左右。").map { $0[2] } == ["price"])
        #expect(links("Nvidia shares jumped 14% to $212.40.").map { $0[2] } == ["growth", "price"])
        #expect(links("腾讯股价下跌3.2%，报98.5港元。").map { $0[2] } == ["decline", "price"])
        #expect(links("It spent $5 million per year on servers.").map { $0[2] } == ["cost"])
        #expect(links("It issued $22 million in credits, or about $5 per account.").map { $0[2] }.last != "price")
    }

    @Test("a period goes on past `；` into a sentence with no date; an English clause opening with its figure continues the one before")
    func periodAcrossSemicolon() {
        #expect(links("宁德时代上半年营收为386.4亿元，同比增长27%；净利润为31.2亿元，而去年同期为28亿元。", date: "2026-08-14").map { $0[4] }
                == ["2026", "2026", "2026", "2025"])
        #expect(links("Cathay Pacific's load factor reached 86.3% in October, 2.1 percentage points higher than in September.", date: "2026-11-14")
                .map { $0[4] } == ["2026-10", "2026-10"])
    }

    @Test("a relative clause set off by commas, and the clause after it, measure what the clause before it names")
    func relativeClauseMeasures() {
        #expect(links("Data center sales, which account for nearly 90% of the total, climbed to $51.2 billion.").map { $0[2] }
                == ["revenue", "revenue"])
        #expect(links("Its cloud unit's revenue, which accounted for 20% of the total, reached $9 billion.").map { $0[2] } == ["revenue", "revenue"])
        // a clause with a figure of its own measures that figure, not one after a relative clause
        #expect(links("Nvidia reported revenue of $57 billion, which beat estimates, sending shares up 4%.").map { $0[2] } == ["revenue", "growth"])
        #expect(links("The unit, which employs 300 people, was sold for $40 million.").map { $0[2] } == ["employees", nil])
        // so does the clause after an apposition without a figure
        #expect(links("Its load factor, the share of seats filled, rose to 87.2% from 84.9%.").map { $0[2] } == ["load_factor", "load_factor"])
    }

    @Test("investors named in the topic's round, and a company told of beside the topic, leave the topic for the next pronoun")
    func topicKeptThroughItsParties() {
        let text = "Anthropic has raised $13 billion in a round led by Iconiq. Amazon put in $2 billion of the total. "
            + "Google invested about $1 billion. Nvidia, which backed Anthropic last year, did not take part this time. "
            + "The company said annualized revenue reached $7 billion in October. It now has 300,000 business customers."
        #expect(links(text).map { $0[1] } == ["Anthropic", "Amazon", "Google", "Anthropic", "Anthropic"])
    }

    @Test("an officer who pledges, like one who says, speaks for the company")
    func pledgingOfficer() {
        #expect(links("Shell reported earnings of $5.4 billion. Chief executive Wael Sawan has pledged to cut costs by $5 billion by 2028.").map { $0[1] }
                == ["Shell plc", "Shell plc"])
    }

    @Test("a pronoun after a date that opens the clause is the topic: `Last month it raised`, `到2029年其年收入`")
    func pronounAfterLeadingDate() {
        #expect(links("Anthropic's revenue topped $7 billion in October. Last month it raised $13 billion.").map { $0[1] }
                == ["Anthropic", "Anthropic"])
        // `It` after a date is the company the sentence before was about, not the article's topic
        #expect(links("OpenAI raised $40 billion. OpenAI said revenue could reach $12.7 billion. Rival Anthropic's revenue topped "
                      + "$7 billion in October. Last month it raised $13 billion.").map { $0[1] } == ["OpenAI", "OpenAI", "Anthropic", "Anthropic"])
        #expect(links("OpenAI今年的收入有望达到127亿美元。按照规划，到2029年其年收入将超过1250亿美元。").map { $0[1] } == ["OpenAI", "OpenAI"])
    }

    @Test("an amount before a round's name and its noun is that round's: `130亿美元的F轮融资`; a round's name is no company")
    func amountOfNamedRound() {
        #expect(links("该公司上月以1830亿美元的估值完成了130亿美元的F轮融资。").map { $0[2] } == ["valuation", "funding"])
        #expect(links("月之暗面完成了5亿元的Pre-A轮融资。") == [["5亿元", "Moonshot AI", "funding", nil, nil]])
        // a valuation in a round's sentence, after clauses about its investors, is the raising company's
        #expect(links("月之暗面宣布完成B轮融资，募资12亿元人民币，由阿里巴巴领投，腾讯和红杉中国跟投，投后估值约85亿元。").map { $0[1] }
                == ["Moonshot AI", "Moonshot AI"])
        #expect(entities("该公司完成了5亿元的Pre-A轮融资。").isEmpty)
        #expect(entities("The startup raised $5 million in a Pre-IPO round.").isEmpty)
    }

    @Test("a figure compared after a change measures the figure of its kind before the change; a multiple of a level measures it")
    func comparedPastChange() {
        #expect(links("Revenue reached $7 billion, up 20% from $5.8 billion a year earlier.").map { $0[2] } == ["revenue", "growth", "revenue"])
        #expect(links("AMD now holds roughly a quarter of the server processor market, up from less than 10% five years ago.").map { $0[2] }
                == ["market_share", "market_share"])
        #expect(links("Its annualized revenue topped $7 billion in October, up more than sixfold from $1 billion in January.").map { $0[2] }
                == ["annualized_revenue", "growth", "annualized_revenue"])
        #expect(links("Copilot now has 65 million users, ten times the number a year ago.").map { $0[2] } == ["users", "users"])
        #expect(links("It pays about $60 billion a year, more than four times its current annual revenue.").map { $0[2] } == [nil, "revenue"])
        // a multiple said by a verb is a change
        #expect(links("AMD wants to double its data center revenue within three years.").map { $0[2] }.first == "growth")
        #expect(links("The company could triple its sales by 2030.").map { $0[2] } == ["growth"])
        #expect(links("Revenue rose to double its level of 2023.").map { $0[2] } == ["revenue"])
        // an amount after a verb of change and `by` is the change; a counted noun after it names it
        #expect(links("Net debt fell by about $1 billion to $41.2 billion.").map { $0[2] } == ["decline", "debt"])
        #expect(links("US employers added jobs, and payrolls were boosted by 225,000 jobs in January.").map { $0[2] } == ["employees"])
        // the level a change reached, in a clause of its own, measures what changed
        #expect(links("其中，移动云收入同比增长11.3%，达到约760亿元。").map { $0[2] } == ["growth", "revenue"])
        #expect(links("Revenue rose 5% to $10 billion, while profit rose 8%, reaching $2 billion.").map { $0[2] }
                == ["growth", "revenue", "growth", "profit"])
    }

    @Test("a Chinese noun right after an amount names it; money `of` a measure is that measure; a level after a verb of change continues the measure")
    func namingNouns() {
        #expect(links("阿里巴巴宣布，将追加500亿元补贴。").map { $0[2] } == ["subsidy"])
        #expect(links("Cathay Pacific repaid HK$6 billion of government-backed loans.").map { $0[2] } == ["debt"])
        // a share of the measure named before 的, past 比重 or 比例
        #expect(links("10月海外销量达8.4万辆，占总销量的比重接近两成。").map { $0[2] } == ["shipments", "shipments"])
        #expect(links("海外收入占总收入的比例为三成。").map { $0[2] } == ["revenue"])
        // money of a counted thing is no count of it
        #expect(links("Nvidia said it had $500 billion of chip orders.").map { $0[2] } == [nil])
        #expect(links("Almost half of its users are in Europe.").map { $0[2] } == ["users"])
        #expect(links("宁德时代产能为210GWh，到2027年将提升至350GWh以上。").map { $0[2] } == ["capacity", "capacity"])
        #expect(links("毛利率环比提升0.6个百分点，产能利用率维持在九成以上。").map { $0[2] } == ["growth", "utilization"])
        #expect(links("The airline would hire about 1,200 pilots.").map { $0[2] } == ["employees"])
    }

    @Test("an amount that is part of a sum of money named after `of` takes the text's currency")
    func partOfMoney() {
        let facts = TestSupport.facts("Corvane raised $2 billion. It said some 800 million of the new money would go on chips.", date: nil)
        let part = try! #require(facts.first { $0.text == "some 800 million" })
        #expect(part.quantity.kind == .money)
        #expect(part.quantity.currency == "USD")
        #expect(part.quantity.currencyInferred)
        #expect(TestSupport.facts("It said 800 of the staff would move.", date: nil).first?.quantity.kind == .number)
    }

    @Test("money converts at the rate of the fact's time")
    func rateAtTime() {
        let facts = TestSupport.facts("2023年9月，该公司营收为人民币10亿元。", date: ReferenceDate(year: 2025, month: 11, day: 1))
        let money = try! #require(facts.first { $0.quantity.kind == .money })
        #expect(money.time == "2023-09")
        #expect(money.usd?.rateDate == "2023-09-29")
    }
}

@Suite("Linking: pronouns and speakers")
struct PronounTests {
    @Test("a relative clause after a pronoun takes the pronoun's subject; after a description, none")
    func relativeClauses() {
        let text = "Veridian Semiconductor has spent billions on capacity, and the company, which employs roughly 36,000 people, expects growth. It will put $2 billion into a new venture in Suzhou, which will also borrow $800 million."
        let found = links(text)
        #expect(found.first { $0[0] == "roughly 36,000" }?[1] == "Veridian Semiconductor")
        #expect(found.first { $0[0] == "$800 million" }?[1] == nil)
    }

    @Test("`该公司` after a product's name is not the product")
    func companyNounAfterProduct() {
        #expect(links("小米公布业绩。凭借折叠屏机型Zenfold 3在东南亚热销，该公司上半年出货量超过900万部。").map { $0[1] } == ["Xiaomi"])
    }

    @Test("a Chinese speaker's figures and a pronoun after a source (据X，三季度其…) are the topic's")
    func chineseSpeakerAndSource() {
        let found = links("美团三季度营收986亿元。首席财务官周鸣远预计，第四季度亏损将收窄至不到80亿元。据IDC统计，三季度其外卖日均订单量达到9800万单。")
        #expect(found.map { $0[1] } == ["Meituan", "Meituan", "Meituan"])
        // an unnamed company before `其` keeps it
        #expect(links("美团三季度营收986亿元。一家芯片厂商透露，其芯片出货量已突破2千万颗。").map { $0[1] } == ["Meituan", nil])
    }

    @Test("a Chinese sentence opening with 她/他 and a verb of saying speaks for the topic")
    func chineseSpeakingPronoun() {
        let found = links("云启科技首席财务官周敏表示，公司收入为286亿元。她预计，全年资本开支将在420亿至450亿元之间。")
        #expect(found.map { $0[1] } == ["云启科技", "云启科技"])
        #expect(found.last?[2] == "capex")
        // the place of a Chinese dateline is where the report was written, not what it is about
        #expect(links("本报北京12月31日电 今年全国粮食产量达到6.9亿吨。他说，收入增长了5%。").map { $0[1] } == [nil, nil])
        // nor the reporter
        #expect(links("据新华社北京12月31日电（记者罗玉文）全军共有十五个先进典型。").map { $0[1] } == [nil])
        // nor is the agency of an English one
        #expect(links("SEATTLE, Oct. 30 (Newswire) - Portside Logistics will cut about 1,200 jobs, or roughly 8% of its workforce.").map { $0[1] }
                == ["Portside Logistics", "Portside Logistics"])
        // a pronoun that does not speak is no speaker
        #expect(links("云启科技收入为286亿元。他们的公司资本开支为20亿元。").map { $0[1] } == ["云启科技", nil])
    }

    @Test("one who speaks for a source of figures, and a pronoun for them after, speaks of the market, not the topic")
    func sourceSpeaker() {
        let found = links("比亚迪11月销量50.6万辆。乘联会秘书长崔东树表示，11月新能源乘用车零售渗透率预计达到59%左右。他预计，全年零售销量将突破1300万辆。")
        #expect(found.map { $0[1] } == ["BYD", nil, nil])
        // the topic's own spokesperson still speaks for it
        #expect(links("比亚迪11月销量50.6万辆。公司品牌总经理李云飞表示，海外销量为13.1万辆。").map { $0[1] } == ["BYD", "BYD"])
    }

    @Test("a Chinese clause that opens on a change from or to a level measures what ends the clause before")
    func measureEndingClauseBefore() {
        #expect(links("每百万tokens的调用价格，已从2023年初的约60元降到1.5元左右。").map { $0[2] } == ["price", "price"])
        // not a thing counted, nor a figure that is no level
        #expect(links("该机搭载自研的芯片，采用3纳米工艺。").map { $0[2] } == [nil])
        #expect(links("狐狸皮被买下，价钱是3600元。").map { $0[2] } != ["acquisition"])
    }

    @Test("a Chinese earnings report: whose profit it is (归属于公司股东的), the basis it is reckoned on, the board")
    func chineseEarningsReport() {
        #expect(entities("网易公布业绩。归属于上市公司股东的净利润为86.2亿元。").filter { !$0.known }.isEmpty)
        let found = links("网易三季度净收入为287.3亿元。按非美国通用会计准则，归属于公司股东的持续经营净利润为95.0亿元。董事会批准派发每股0.114美元的季度股息。")
        #expect(found.map { $0[1] } == ["NetEase", "NetEase", "NetEase"])
        #expect(found.map { $0[2] } == ["revenue", "profit", "dividend"])
        // `TOP100` is no name; 销售总额 the sales
        #expect(links("TOP100房企销售总额为3.1万亿元。") == [["3.1万亿元", nil, "revenue", nil, nil]])
    }

    @Test("a national report: consumer prices are inflation, exports and imports by their bare words, total trade its own measure")
    func chineseTradeAndPrices() {
        #expect(links("11月份，全国居民消费价格同比上涨0.7%。").map { $0[2] } == ["inflation"])
        #expect(links("前11个月我国货物贸易进出口总值41.21万亿元，同比增长3.6%。其中，出口24.46万亿元，增长6.2%；进口16.75万亿元，下降0.2%。").map { $0[2] }
                == ["trade_volume", "growth", "exports", "growth", "imports", "decline"])
    }

    @Test("a Hong Kong bank's results: its stock code no figure, basic EPS, the capital ratio, 期内 opening on the company")
    func hongKongBankResults() {
        let found = links("恒生銀行（00011）公布，股東應得溢利為118.6億港元；每股基本盈利為5.98港元。期內，淨利息收入按年減少6%至225.3億港元。恒生銀行的普通股權一級資本比率為17.2%。")
        #expect(found.map { $0[0] } == ["118.6億港元", "5.98港元", "6%", "225.3億港元", "17.2%"])
        #expect(found.map { $0[1] } == Array(repeating: "Hang Seng Bank", count: 5))
        #expect(found.map { $0[2] } == ["profit", "eps", "decline", "revenue", "capital_ratio"])
    }

    @Test("公司 in an article about a product is the product's maker")
    func companyOfProductTopic() {
        let found = links("豆包日活跃用户数已突破1亿。豆包月活跃用户数接近2.5亿。公司还计划招聘超过一千名AI研发人员。")
        #expect(found.map { $0[1] } == ["Doubao", "Doubao", "ByteDance"])
    }

    @Test("where a company lists is no subject; an English name after a count is what is counted")
    func listingVenueAndCountedNames() {
        #expect(links("摩尔线程登陆科创板 首日市值突破3000亿元").map { $0[1] } == ["Moore Threads"])
        let found = links("Skyline Airways flew 48.2 million passengers. The airline will take delivery of 22 new Airbus A321neo jets next year. It has about 31,000 employees.")
        #expect(found.map { $0[1] } == ["Skyline Airways", "Skyline Airways", "Skyline Airways"])
    }

    @Test("English: a value including debt, a share of a named market, a count across places after a count")
    func englishDealSentences() {
        let found = links("Halvern Foods will acquire Crispwell Brands, valuing the snack maker at about $8.2 billion including debt. Crispwell employs around 6,500 people across 11 plants. Its brands hold about 14% of the U.S. salty-snacks market.")
        #expect(found.map { $0[2] } == ["valuation", "employees", nil, "market_share"])
    }

    @Test("a government's borrowing is its deficit; interest payments on debt are interest")
    func publicBorrowing() {
        let found = links("Public sector net borrowing was £17.4 billion last month, the Office for National Statistics said. Borrowing in the first seven months of the financial year reached £116.8 billion. Interest payments on central government debt rose to £9.2 billion.")
        #expect(found.filter { $0[0]!.hasPrefix("£") }.map { $0[2] } == ["budget_deficit", "budget_deficit", "interest_expense"])
        // spending on data centers and an expansion is capital spending, a time between or not
        #expect(links("The three companies together spent more than $380 billion on data centers. Acme would spend roughly $2.3 billion this year on the expansion of its mine.").map { $0[2] }
                == [nil, "capex", "capex"])
        // a company's borrowing stays its debt
        #expect(links("Acme's borrowing reached $5 billion.").map { $0[2] } == ["debt"])
    }

    @Test("English: a target's level, a participle apposition, bond yields, a currency after `while`")
    func centralBankSentences() {
        #expect(links("Inflation was 3.6% in October, down from 3.8% but still well above the central bank's 2% target.").map { $0[2] }
                == ["inflation", "inflation", "inflation"])
        #expect(links("Services inflation, watched closely by policymakers, eased to 4.5%.").map { $0[2] } == ["inflation"])
        #expect(links("Its CET1 ratio rose to 15.3%, well above the regulatory minimum of 11.5%.").map { $0[2] } == ["capital_ratio", "capital_ratio"])
        // an amount between `by` and `to` a level is the change
        #expect(links("Northfield raised its quarterly dividend by 10 cents to $1.50 a share.").map { $0[2] } == ["growth", "dividend"])
        let markets = links("The Bank of England kept its main interest rate at 4%. Ten-year gilt yields fell 5 basis points to 4.42% after the decision, while sterling slipped 0.3% to $1.3280.")
        #expect(markets.map { $0[2] } == ["interest_rate", "decline", "interest_rate", "decline", "exchange_rate"])
        #expect(markets.last?[1] == nil)
    }

    @Test("spending on research and development is research_spending, not an investment with an investee")
    func researchSpending() {
        #expect(links("比亚迪第三季度研发费用为149.7亿元。小米计划向芯片研发投入至少500亿元。").map { $0[2] } == ["research_spending", "research_spending"])
        #expect(links("Alphabet said R&D spending rose to $12 billion.").map { $0[2] } == ["research_spending"])
    }

    @Test("a name inside the description of a company is not the subject; `the service` points to the topic")
    func descriptionAndServiceAnaphor() {
        let found = links("Cinevo, the streaming service controlled by media group Valmont, said it lost about 1.1 million subscribers. The service ended September with 23.4 million subscribers.", date: "2026-10-22")
        #expect(found.map { $0[1] } == ["Cinevo", "Cinevo"])
    }

    @Test("`该公司` is the company the sentence before named; `公司` stays with the topic")
    func demonstrativeCompany() {
        let text = "阿里巴巴三季度营收增长5%。阿里巴巴的利润增长9%。京东的处境类似。该公司三季度营收增长8%。公司预计四季度营收增长6%。"
        #expect(links(text, date: "2026-11-01").filter { $0[2] != nil }.map { $0[1] } == ["Alibaba", "Alibaba", "JD.com", "Alibaba"])
    }

    @Test("`该游戏` and `the game` point to the product named last, not to the company")
    func productAnaphor() {
        #expect(links("星游科技今年推出新作《云岭奇谭》。该游戏首月流水超过8亿元。", date: "2026-05-01").map { $0[1] } == ["云岭奇谭"])
        #expect(links("Calder Pharmaceuticals bought the rights to CX-41 in March. The drug cut relapses by 31% in a trial.", date: "2026-05-01").map { $0[1] } == ["CX-41"])
    }

    @Test("a later clause opening with the shares is about the topic; a comma lists names of one kind only")
    func sharesClauseAndMixedComma() {
        #expect(links("Norvane Robotics listed in Frankfurt on Friday. When trading began, the shares rose 18% to €31.", date: "2026-05-01").map { $0[1] }
                == ["Norvane Robotics", "Norvane Robotics"])
        #expect(links("Founded in 2015 by engineer Tomas Berg, Norvane Robotics sold 4,000 robots last year.", date: "2026-05-01").map { $0[1] }
                == ["Norvane Robotics"])
    }

    @Test("who is paid a sum is not its subject; a place after a possessive leaves the name the subject")
    func recipientAndPlaceAfterPossessive() {
        #expect(links("Orvell Health agreed to pay Seoul-based Minjae Bio $90 million for the rights.", date: "2026-05-01").map { $0[1] }
                == ["Orvell Health"])
        #expect(links("Orvell Health fell 2%, while Minjae Bio's Seoul-listed stock rose 9%.", date: "2026-05-01").map { $0[1] }
                == ["Orvell Health", "Minjae Bio"])
    }

    @Test("a noun `plan` or a past `than expected` does not put a month in the future")
    func pastMonthWithPlanNoun() {
        #expect(links("Cinevo raised the price of its ad-free plan by €2 in July.", date: "2026-10-22").map { $0[4] } == ["2026-07"])
        #expect(links("Cinevo plans to raise prices by €2 in July.", date: "2026-10-22").map { $0[4] } == ["2027-07"])
    }

    @Test("`公司`, `其` and `the company` after a quoted person point to the company the text follows")
    func companyAfterSpeaker() {
        let found = links("小鹏汽车三季度交付新车8.6万辆。首席执行官何小鹏在内部信中表示，公司全年交付目标为30万辆。第四季度起，其月产能将提升至4.5万辆。")
        #expect(found.map { $0[1] } == ["XPeng", "XPeng", "XPeng"])
    }

    @Test("what a speaker reports is about the topic, not the speaker")
    func speakers() {
        let found = links("Snapleaf raised $48 million. Founder Priya Raman said subscriptions now account for 60% of revenue.")
        #expect(found[1] == ["60%", "Snapleaf", "revenue", nil, nil])
    }

    @Test("the source of published figures owns none of them, unless the figures are its own; a statistics office's economy figures are its country's")
    func sources() {
        #expect(links("国家统计局11月17日发布的数据显示，10月社会消费品零售总额增长5%。").map { $0[1] } == ["China"])
        #expect(links("Public sector net borrowing was £17.4 billion last month, the Office for National Statistics said.").map { $0[1] } == ["United Kingdom"])
        #expect(links("据行业机构鑫椤资讯统计，9月电芯均价下降30%。").map { $0[1] } == [nil])
        #expect(links("中指研究院统计，百强房企的销售总额为2.64万亿元。").map { $0[1] } == [nil])
        #expect(links("小米发布的数据显示，其出货量增长5%。").map { $0[1] } == ["Xiaomi"])
        #expect(links("携程数据显示，假期期间其平台上的酒店预订量增长约22%。").map { $0[1] } == ["Trip.com"])
        // a name that spans a comma (a title in 《》) reaches past its clause
        #expect(links("我以《生命的火种，战士的丰碑》为题，认真写了1500字。").count == 1)
    }

    @Test("a part of the figure before (`half of them`) measures what it does; `15% fewer` is a decline")
    func partsAndComparatives() {
        #expect(links("Corvane employs about 420 people, half of them in London.").map { $0[2] } == ["employees", "employees"])
        #expect(links("Corvane employs 11,000 people, still about 15% fewer than before the pandemic.").map { $0[2] } == ["employees", "decline"])
        #expect(links("其上半年净亏损约27亿元，亏损额同比收窄近四成。").map { $0[2] } == ["net_loss", "decline"])
    }

    @Test("English times: a possessive dates its measure, a relative clause leaves the date before it, `but` goes on, `the same period of` is the time")
    func englishTimes() {
        let date = "2026-11-20"
        #expect(links("Coinbase said its third-quarter revenue rose 21%.", date: date).map { $0[4] } == ["2026"])
        #expect(links("In fiscal 2026, which ended Aug. 27, revenue rose 45%.", date: date).map { $0[4] } == ["2026"])
        #expect(links("Volumes rose 6% in the third quarter, but revenue fell 11%.", date: date).map { $0[4] } == ["2026", "2026"])
        #expect(links("It set aside $512 million in the same period of 2025.", date: date).map { $0[4] } == ["2025"])
        #expect(links("It is now 20% below its 2021 peak.", date: date).map { $0[4] } == [nil])
    }

    @Test("an amount held after `and had` measures what it is held in, at the date after it, not the clause's first measure")
    func heldAfterAnd() {
        let date = "2026-11-20"
        let spent = links("Corvanta spent $1.2 billion on research and development last year and had about $2.8 billion in cash at the end of September.", date: date)
        #expect(spent.map { [$0[2], $0[4]] } == [["research_spending", "2025"], ["cash", "2026-09"]])
        #expect(links("Acme earned $1.2 billion in 2024 and had $2.8 billion of debt at the end of March.", date: date).map { [$0[2], $0[4]] }
                == [["profit", "2024"], ["debt", "2026-03"]])
        // (`to buy back` is a buyback, not `to buy`; `成功率` no `功率`; EBITDA, a hotel's daily rate)
        #expect(links("It plans to buy back up to $1.5 billion of stock next year.", date: date).map { [$0[2], $0[4]] } == [["buyback", "2027"]])
        #expect(links("新增114种药品，谈判成功率约79%。", date: date).map { $0[2] } == [nil, "success_rate"])
        #expect(links("It expects adjusted EBITDA of $3.45 billion to $3.5 billion. Average daily rates rose to $186.40.", date: date).map { $0[2] }
                == ["ebitda", "price"])
        // (`has said` holds nothing: the measure after it stands)
        #expect(links("The planemaker has a backlog of 8,700 aircraft and has said it aims to deliver around 820 jets this year.", date: date)
                    .last?[2] == "shipments")
        // (cash paid for a deal is no cash held)
        #expect(links("The deal is worth $3 billion in cash and stock.", date: date).map { $0[2] } != ["cash"])
    }

    @Test("an English month without a year is the next one only when the future is spoken of before it")
    func englishFutureMonth() {
        let date = "2026-11-20"
        #expect(links("DRAM prices rose 18% in October and are expected to climb 10% in December.", date: date).map { $0[4] } == ["2026-10", "2026-12"])
        #expect(links("Cinevo plans to raise prices by 8% in July.", date: date).map { $0[4] } == ["2027-07"])
        // a future in another clause says nothing of this one
        #expect(links("A fifth will go to the mine, and it said debt had fallen to $5.6 billion at the end of September.", date: date).map { $0[4] }
                == [nil, "2026-09"])
    }

    @Test("a date right after a verb of saying dates the saying; a sentence opening on 同期 has the period of the one before")
    func saidDatesAndSamePeriod() {
        let date = "2026-10-29"
        #expect(links("Lucky Bean now runs more than 21,000 outlets and said last month that demand was strong.", date: date).map { $0[4] } == [nil])
        #expect(links("截至10月末，我国黄金储备为7296万盎司。同期外汇储备规模为32610亿美元。", date: "2026-11-08").map { [$0[1], $0[2], $0[4]] }
                == [["China", "reserves", "2026-10"], ["China", "reserves", "2026-10"]])
    }

    @Test("`The company, which …` after a sentence opened by a source of figures is the one company that sentence names; 目前我国 opens a national measure")
    func companyAfterSourceAndPresentNational() {
        #expect(links("The Commerce Department said it had finalized a grant of up to $6.2 billion for Lumen Memory Corp. The company, which had proposed the award, also expects to receive $7.5 billion in loans.")
                    .map { $0[1] } == [nil, "Lumen Memory Corp."])
        #expect(links("目前我国汽车产能已超过5000万辆。").map { $0[1] } == ["China"])
    }

    @Test("a figure counting a noun of its own is not measured by another figure's counted noun; 利润率 is a margin")
    func ownCountedNoun() {
        #expect(links("The company employs 2,100 people and serves 1,147,314 customers in 76 countries.").map { $0[2] } == ["employees", "users", nil])
        #expect(links("企业客户则有三十几万家，其中将近一半集中在华东地区。").first?[2] == "users")
        #expect(links("Skyline flew 48.6 million passengers and operates a fleet of 312 aircraft.").map { $0[2] } == ["visits", "units"])
        #expect(links("前三季度汽车行业利润率仅为4.3%。").map { $0[2] } == ["net_margin"])
    }

    @Test("an apposition after a measure (`Revenue from China, its second-largest market, slipped`) leaves the measure to the clause after it; a grant is a subsidy")
    func appositionAndGrants() {
        #expect(links("Revenue from China, its second-largest market, slipped 4% to $784 million.").map { $0[2] } == ["decline", "revenue"])
        #expect(links("The department finalized a grant of up to $6.2 billion.").map { $0[2] } == ["subsidy"])
        #expect(links("Hugh Grant and Sandra Bullock paid $2 million.").map { $0[2] } != ["subsidy"])
    }

    @Test("a place that says where another name's site is, or qualifies a site, is no subject; a speaker may name where they spoke")
    func placesAndVenues() {
        #expect(links("宁德时代今年向特斯拉（Tesla）上海超级工厂供货的电芯预计超过40GWh。").map { $0[1] } == ["CATL"])
        #expect(links("星巴克此前公布，其中国市场同店销售增长2%。").map { $0[1] } == ["Starbucks"])
        #expect(links("宁德时代三季度营收增长9%。公司董事长曾毓群在业绩说明会上表示，海外收入已占总收入的三分之一。").map { $0[1] } == ["CATL", "CATL"])
    }

    @Test("an English sentence that names nobody gives the topic's figures; one about a group or a rival does not")
    func namesNobody() {
        #expect(links("Crestline Burger Co. said revenue rose 3%. The average check rose about 4.6% to $13.85.").map { $0[1] }
                == ["Crestline Burger Co.", "Crestline Burger Co.", "Crestline Burger Co."])
        #expect(links("Netflix revenue grew 12%. Its closest rival now holds 24%.").map { $0[1] } == ["Netflix", nil])
        #expect(links("Netflix revenue grew 12%. In 2025, the three companies together spent $380 billion.").map { $0[1] } == ["Netflix", nil, nil])
        #expect(links("Netflix revenue grew 12%. Rates in Shanghai fell 3%.").map { $0[1] } == ["Netflix", nil])
    }

    @Test("a share or a multiple of a dated figure (`2021年同期的约三分之一`) is not of that date")
    func shareOfDatedBase() {
        #expect(links("前三季度出让收入为2.18万亿元，只有2021年同期的约三分之一。", date: "2026-11-25").map { $0[4] } == ["2026", "2026"])
        #expect(links("今年累计销售金额约1,390亿元，仅为2020年全年的五分之一左右。", date: "2026-11-25").map { $0[4] } == ["2026", "2026"])
        #expect(links("11月25日碳酸锂均价报每吨9.86万元，但仍只有2022年11月高点的六分之一左右。", date: "2026-11-26").map { $0[4] }
            == ["2026-11-25", "2026-11-25"])
    }

    @Test("a figure a year earlier is of the year before; a yearly saving is of the date it is reached by")
    func yearEarlierAndRates() {
        #expect(links("Net income came to $118 million, down from $124 million a year earlier.", date: "2026-12-03").map { $0[4] } == [nil, "2025"])
        #expect(links("The program would save $400 million to $450 million a year by the end of 2027.", date: "2026-10-27").first?[4] == "2027-12")
        #expect(links("Teva launched 11 biosimilars this year and plans to have as many as 20 on the market by 2028.", date: "2026-11-05").map { $0[4] }
            == ["2026", "2028"])
    }

    @Test("a figure a year qualifies is of that year (比2014年24.8亿吨的峰值); the year's peak is a comparison, not the time")
    func figuresOfComparedYears() {
        #expect(links("今年全国水泥需求量将在17.5亿吨左右，比2014年24.8亿吨的峰值下降近三成。", date: "2026-11-20").map { $0[4] }
            == ["2026", "2014", "2026"])
        #expect(links("Boeing and Airbus delivered a combined 1,190 jets in 2025, still about 15% below the 2018 peak.", date: "2026-11-20").map { $0[4] }
            == ["2025", "2025"])
    }

    @Test("changes: a verb that multiplies is growth, a fraction changes by a verb before it, a word written for two predicates names each for its kinds")
    func changes() {
        // (an amount after `by` changes what the verb of change before it acts on, no other figure between)
        #expect(links("The discounts have cut average transaction prices by about 8,000 yuan since January.").first?[2] == "decline")
        #expect(links("Revenue rose 5% to $3 billion, helped by $200 million of one-off sales.").map { $0[2] }.last != "growth")
        #expect(links("Quarterly revenue jumped 31% to $4.12 billion and net income more than doubled to $1.07 billion.").map { $0[2] }
            == ["growth", "revenue", "growth", "profit"])
        #expect(links("Its shipments fell by nearly a fifth, and AI services made up a third of new bookings.").map { $0[2] }
            == ["decline", nil])
        // (a share of its own value lost is the change)
        #expect(links("The stock has lost nearly a third of its value. Acme's shares have lost a third of their market value.").map { $0[2] } == ["decline", "decline"])
        #expect(links("数量比2023年减少了将近一半。").map { $0[2] } == ["decline"])
        #expect(links("Veridian raised prices by about 12% after it raised $50 million.").map { $0[2] } == ["growth", "funding"])
        #expect(links("The shares opened at $17.50, 25% above the offer price, and the pound slipped 0.4%.").map { $0[2] }
            == ["price", "growth", "decline"])
    }

    @Test("`It` or `The company` opening an English sentence is the company the sentence before was about; `sales of` a product are its own; a place after 来自 is no subject")
    func pronounAfterRival() {
        #expect(links("Shell's profit fell 10% to $5.4 billion. Rival BP said its profit fell 22% to $2.05 billion. It will trim its buyback to $750 million.")
            .map { $0[1] } == ["Shell plc", "Shell plc", "BP", "BP", "BP"])
        #expect(links("Eli Lilly raised its forecast. Novo Nordisk said sales of Wegovy rose 14%. The company has cut about 9,000 jobs. Its shares fell 6.5%.")
            .map { $0[1] } == ["Wegovy", "Novo Nordisk", "Novo Nordisk"])
        #expect(links("Netflix won the rights, and Shell sold gas. Rival BP said its profit fell 22%. It will trim its buyback to $750 million.")
            .map { $0[1] } == ["BP", "BP"])
        #expect(links("携程的入境游订单增长了1.3倍，其中来自东南亚游客的订单占三分之一左右。").map { $0[1] } == ["Trip.com", "Trip.com"])
    }

    @Test("English times: a fiscal quarter is of the fiscal year; a clause after a relative clause resumes the one before; a level reached does not part a figure from its date")
    func fiscalQuarterAndResumedClause() {
        #expect(links("Micron said revenue in its fiscal fourth quarter, which ended Aug. 27, rose 48% to $16.4 billion.", date: "2026-09-24")
            .map { $0[4] } == ["2026", "2026"])
        #expect(links("Shell said production rose 3% from a year earlier to 2.92 million barrels in the third quarter.", date: "2026-10-30")
            .map { $0[4] } == ["2026", "2026"])
    }

    @Test("a Chinese comparison's difference is a change; a share right after a measure's 的 measures it; `$14 lower` is a decline")
    func comparisonsAndShares() {
        #expect(links("平均票价为38.1元，比去年同期低1.6元。").map { $0[2] } == ["price", "decline"])
        #expect(links("高端机型占整体出货量的近三成，其中苹果占据超过一半的份额。").map { $0[2] } == ["shipments", "market_share"])
        #expect(links("Brent crude averaged about $66 a barrel, nearly $14 lower than a year earlier.").map { $0[2] } == ["price", "decline"])
    }

    @Test("an amount right after a Chinese verb of change is the change, and a level after it measures what changed; earnings a share are EPS")
    func amountsOfChange() {
        #expect(links("批发价已跌至每瓶1,650元左右，较7月时下跌约300元，散瓶价则不足1,600元。").map { $0[2] } == ["price", "decline", "price"])
        #expect(links("定期存款利率分别下调15个基点，降至1.35%。").map { $0[2] } == ["decline", nil])
        #expect(links("Adjusted earnings came to $1.62 a share, and gross margin narrowed 0.7 percentage point.").map { $0[2] } == ["eps", "decline"])
        #expect(links("The bank earned $15.8 billion, or $5.62 a share, in the third quarter, up from $14.4 billion, or $5.07 a share, a year earlier.")
            .map { $0[2] } == ["profit", "eps", "profit", "eps"])
        #expect(links("It bought back $7.9 billion of stock.").map { $0[2] } == ["buyback"])
    }

    @Test("who forecasts an industry's or a market's figures owns none of them; a company's own forecast stays its own")
    func marketForecasts() {
        #expect(links("中金公司预计，今年白酒行业总营收将下降3%至5%。").map { $0[1] } == [nil])
        #expect(links("小米预计，其出货量将增长5%。").map { $0[1] } == ["Xiaomi"])
    }

    @Test("an organisation that publishes others' figures (name-rules `figure-source`) is never their subject")
    func figureSources() {
        #expect(links("乘联会预计，11月新能源车零售量将达到145万辆左右。").map { $0[1] } == [nil])
        #expect(links("The Bureau of Labor Statistics also revised its estimates, cutting a combined 38,000 jobs.").map { $0[1] } == [nil])
    }

    @Test("`自…起` dates what follows from then on; a term (`三年期`) has no time")
    func effectiveDatesAndTerms() {
        #expect(links("工商银行宣布，自11月21日起将一年期定期存款挂牌利率下调10个基点至1.05%。", date: "2026-11-20").map { $0[4] }
            == [nil, "2026-11-21", "2026-11-21"])
    }

    @Test("an amount `a barrel` is a price, one `an hour` is not; a Chinese counter names what it counts")
    func unitPricesAndCounters() {
        #expect(links("Brent crude averaged about $66 a barrel, and workers earn $20 an hour.").map { $0[2] } == ["price", nil])
        #expect(links("假期期间全国铁路累计发送旅客1.53亿人次，观影人次约5,200万。").map { $0[2] } == ["visits", "visits"])
    }

    @Test("a count of penalty notices is a fine; the level a Hong Kong share closed at is a price")
    func finesAndSharePrices() {
        #expect(links("人民银行今年已对支付机构开出罚单143张。").map { $0[2] } == ["fine"])
        #expect(links("美团港股当日收跌6.3%，报98.5港元。").map { $0[2] } == ["decline", "price"])
    }

    @Test("a Chinese pronoun after a leading adverb refers to the topic")
    func adverbThenPronoun() {
        #expect(links("英伟达当季营收为467亿美元。目前其市盈率高达45倍。")[1] == ["高达45倍", "NVIDIA", "pe_ratio", nil, nil])
    }
}

@Suite("Linking: receiving and semicolons")
struct ReceivingTests {
    @Test("X received an investment from Y: Y invests in X, at the date after it")
    func englishReceiving() {
        #expect(links("Intel received a $5 billion investment from Nvidia in September 2025.") == [["$5 billion", "NVIDIA", "investment", "Intel", "2025-09"]])
    }

    @Test("the sentence after a semicolon continues the subject before it")
    func semicolons() {
        #expect(links("招商银行前三季度净利润为1,137亿元，同比增长0.5%；不良贷款率为0.93%。").map { $0[1] } == ["China Merchants Bank", "China Merchants Bank", "China Merchants Bank"])
    }

    @Test("a seller after `from` is no object")
    func seller() {
        #expect(links("OpenAI agreed to buy chips from AMD for $10 billion.")[0][3] == nil)
    }
}

@Suite("Linking: comparisons and parts")
struct ComparisonPredicateTests {
    func predicates(_ text: String) -> [String?] { links(text).map { $0[2] } }

    @Test("a comparative right after a figure makes it a change; a multiple set after a figure compares it")
    func comparatives() {
        #expect(predicates("Sales were 5.1% higher than a year earlier.") == ["growth"])
        #expect(predicates("Catastrophe losses reached $2.1 billion, nearly double a year earlier.") == ["loss", "loss"])
        #expect(predicates("Quarterly profit doubled.") == ["growth"])
    }

    @Test("a previous range compared with measures the same; an English noun right after an amount names it; 出栏 counts hogs sold")
    func rangesAndNouns() {
        #expect(predicates("Lockheed now expects 2026 sales of $76.5 billion to $77.5 billion, up from a previous range of $74.3 billion to $75.8 billion.")
            == ["revenue", "revenue"])
        #expect(predicates("Kalshi raised $1 billion at an $11 billion valuation and plans a $2 billion buyback.") == ["funding", "valuation", "buyback"])
        #expect(predicates("牧原股份前三季度出栏生猪5820万头。") == ["shipments"])
    }

    @Test("a share of the world's whole is a market share; 其中 before a part refers to the figure before")
    func parts() {
        #expect(predicates("Ivory Coast and Ghana together grow nearly 60% of the world's cocoa.") == ["market_share"])
        #expect(predicates("该公司上半年营收约190亿美元，欧洲市场贡献了其中约三分之一。") == ["revenue", "revenue"])
    }
}

@Suite("Linking: owners, sites and forecasters")
struct OwnerAndForecasterTests {
    func subjects(_ text: String) -> [String?] { links(text).map { $0[1] } }

    @Test("a place right after a name says where, the name stays the subject; an owner before a description of what it owns is not")
    func sitesAndOwners() {
        #expect(subjects("TikTok Shop美国站10月销售额约9亿美元。") == ["TikTok Shop"])
        #expect(subjects("字节跳动旗下的免费短剧应用红果短剧9月月活跃用户达到2.3亿，较年初增加约8000万。") == ["Hongguo", "Hongguo"])
        #expect(subjects("苹果公司在截至9月的季度中大中华区营收为150亿美元。") == ["Apple"])
        #expect(subjects("东航表示，其C919机队规模已增至24架。") == ["China Eastern Airlines"])
        #expect(subjects("周大福上半财年营业额为412亿港元，同比下降4.6%，内地零售点净减少近三百家，同店销售下降约12%。")
            == ["Chow Tai Fook", "Chow Tai Fook", "Chow Tai Fook", "Chow Tai Fook"])
        #expect(subjects("香港去年零售额下降5%。") == ["Hong Kong"])
        #expect(subjects("Sales at Deere's agriculture segment dropped 16% to $4.2 billion.") == ["Deere", "Deere"])
        #expect(subjects("AerCap said revenue rose 5%, and its fleet utilization rate stood at 99.3%.") == ["AerCap", "AerCap"])
        #expect(subjects("LVMH reported its results. The world's largest luxury group said fashion sales climbed 4%.") == ["LVMH"])
        #expect(subjects("Meta signed the deal. In Illinois, the grid operator has warned that margins could fall to 10%.") == [nil])
        #expect(subjects("鸣鸣很忙集团上半年营收增长70%。截至6月30日，旗下“零食很忙”和“赵一鸣零食”门店总数达到21460家。")
            == ["Busy Ming Group", "Busy Ming Group"])
        #expect(subjects("阿里云今年5月将通义千问旗舰模型的API价格下调约70%。") == ["Alibaba Cloud"])
    }

    @Test("who forecasts a market's figures in English owns none; nor does the person a possessive describes")
    func forecasters() {
        #expect(subjects("Zillow, for its part, expects home values to slip 0.8% next year.") == [nil])
        #expect(subjects("Zillow expects its revenue to rise 8% next year.") == ["Zillow"])
        #expect(subjects("\"Demand is back,\" said Lawrence Yun, NAR's chief economist, who expects sales to rise about 8% next year.") == [nil])
        #expect(subjects("马士基将今年的利润预期上调至60亿美元，但警告称明年全球运力过剩可能超过10%。") == ["A.P. Moller-Maersk", nil])
    }

    @Test("`Its` and a few lower-case words before the measure: the company's own; not a rival's or a named thing's")
    func itsMeasure() {
        #expect(subjects("Allstate said losses reached $2.1 billion. Its property-liability combined ratio rose to 97.8%.") == ["Allstate", "Allstate"])
        #expect(subjects("Allstate said losses reached $2.1 billion. Its closest rival's ratio rose to 97.8%.") == ["Allstate", nil])
        #expect(subjects("Walgreens closed 1,200 stores, and its share of prescriptions filled nationally has slipped to about 20%.")
            == ["Walgreens", "Walgreens"])
    }

    @Test("a research institute publishes others' figures: it owns none of them")
    func researchInstitutes() {
        #expect(subjects("澜海产业研究院统计，今年前三季度行业营收增长12%。") == [nil])
        #expect(subjects("Ardent Research said chip sales rose 12% in the third quarter.") == [nil])
    }
}

@Suite("Linking: spans of time")
struct SpanTimeTests {
    func times(_ text: String) -> [String?] { links(text, date: "2026-11-20").map { $0[4] } }

    @Test("a span a figure is measured over, a term or an offset has no time; an event's length has its date")
    func spans() {
        #expect(times("The company built 10,860 vehicles in the three months to September.").last == .some(nil))
        #expect(times("生猪价格已连续五个月低于成本线。") == [nil])
        #expect(times("The outage in May lasted 40 minutes.") == ["2026-05"])
        // a change since a date spans up to now
        #expect(times("特锐德股价11月19日收报24.85元，今年以来累计上涨约58%。").suffix(2) == ["2026-11-19", nil])
    }
}

@Suite("Linking: relative clauses, objects and government sources")
struct RelativeClauseAndSourceTests {
    func subjects(_ text: String) -> [String?] { links(text).map { $0[1] } }

    @Test("a name inside a relative clause, after a buying verb or opening a later statement is not the fact's subject")
    func laterNames() {
        #expect(subjects("Rival Flutter Entertainment, which owns FanDuel, said on Tuesday that its U.S. revenue grew 22% and that FanDuel held a 43% share.")
            == ["Flutter Entertainment", "FanDuel"])
        #expect(links("Sycamore Partners, the private-equity firm that bought Walgreens for roughly $10 billion, said the closures would continue.").first
            .map { [$0[1], $0[3]] } == ["Sycamore Partners", "Walgreens"])
    }

    @Test("a Chinese sentence that opens with 其中 is about a part of what the sentence before said")
    func partOfSentenceBefore() {
        #expect(subjects("赣锋锂业三季报显示，前三季度公司实现营业收入152.6亿元。其中第三季度单季盈利1.35亿元。")
            == ["Ganfeng Lithium", "Ganfeng Lithium"])
    }

    @Test("a clause after a relative clause goes on with the subject before it")
    func pastRelativeClause() {
        #expect(subjects("Kestrel Rail Corp. said net income rose 8%. Intermodal shipments, which make up nearly half of its volume, rose 5%, while coal carloads dropped 9%.")
            == ["Kestrel Rail Corp.", "Kestrel Rail Corp.", "Kestrel Rail Corp.", "Kestrel Rail Corp."])
    }

    @Test("the analysts' consensus is for the company the article is about; analysts at a firm forecasting a market own nothing")
    func consensus() {
        #expect(subjects("JPMorgan Chase earned $15.8 billion in the quarter. Analysts polled by LSEG had expected $5.18 a share.")
            == ["JPMorgan Chase", "JPMorgan Chase"])
        #expect(subjects("Eli Lilly sold $10 billion of the drugs. Analysts at Goldman Sachs expect global sales of obesity drugs to reach $95 billion.")
            == ["Eli Lilly", nil])
        // (Wall Street's estimates are of the company; it goes on being the subject of the clause after)
        #expect(subjects("Nuvio Media said on Monday. Nuvio added 4.2 million subscribers, beating Wall Street estimates of 3.1 million, and said it would raise the price by $2 to $19.99.")
            == ["Nuvio Media", "Nuvio Media", "Nuvio Media", "Nuvio Media"])
        // (an index before a company's noun says which companies it is one of)
        #expect(links("Tesco said profit fell 23pc to £412m. The FTSE 100 company opened 240 stores. Net cash stood at £286m.")
                .map { [$0[1], $0[2]] } == [["Tesco", "decline"], ["Tesco", "profit"], ["Tesco", "units"], ["Tesco", "cash"]])
        // (`累计` before the date that opens the sentence)
        #expect(subjects("鸿海公布11月营收为8215亿元。累计今年前11月营收达7兆6580亿元。") == ["Foxconn", "Foxconn"])
        // (an adverb alone before the comma leaves the clause after it the opening)
        #expect(subjects("鸿海公布11月营收为8215亿元。此外，今年前11月营收达7兆6580亿元。") == ["Foxconn", "Foxconn"])
    }

    @Test("an English place that opens its clause before a verb is who acts")
    func placesThatAct() {
        #expect(subjects("Illinois began charging operators 25 cents on every wager in July, and New Jersey raised its tax rate to 19.75%.")
            == ["Illinois", "New Jersey"])
    }

    @Test("a government body that publishes national figures, or one a speaker is close to, owns none of them")
    func governmentSources() {
        // (a national measure is the country's)
        #expect(subjects("农业农村部监测显示，10月全国生猪出栏均价为每公斤11.2元。") == ["China"])
        #expect(subjects("中国民用航空局11月24日公布，今年前三季度全国新增注册无人机约96万架。") == ["China"])
        #expect(subjects("一位接近民航局的人士称，目前全国获批运营的服务站不到三十个。") == [nil])
        #expect(subjects("The National Community Pharmacists Association said some 2,300 independent pharmacies closed.") == [nil])
    }

    @Test("who is told a figure hears it; whose and the latter point to the name before")
    func listenersAndPointers() {
        #expect(subjects("Mattel posted a loss. Chief executive Ynon Kreiz told Reuters the company still expected net sales of $5.6 billion.")
            == ["Mattel"])
        #expect(subjects("LVMH said U.S. sales rose 6%, helped by Tiffany & Co., whose revenue climbed to about $1.3 billion.")
            == ["LVMH", "Tiffany & Co."])
        #expect(subjects("美国MP Materials今年7月再获美国国防部2.5亿美元投资，后者持股比例升至约19%。").last == "US Department of Defense")
    }

    @Test("a place before its own figure, the firms of a place and what a place owns make it the subject; a firm's analysts only speak")
    func placesThatOwn() {
        #expect(subjects("日本约六成的稀土进口仍来自中国。") == ["Japan"])
        #expect(subjects("前三季度中国船厂承接了超过九百艘新船订单。") == ["China"])
        #expect(subjects("Analysts expect Brazil's potash price, now about $365 a tonne, to ease.") == ["Brazil"])
        #expect(subjects("中信证券分析师指出，上半年船用钢板价格上涨了8%至12%。") == [nil])
    }

    @Test("a name that opens a subordinate clause does not become what the article is about")
    func subordinateNames() {
        #expect(subjects("JPMorgan Chase said profit rose. Net interest income slipped about 2% to $23.1 billion after the Federal Reserve cut its benchmark rate. Investment-banking fees jumped 31%.")
            == ["JPMorgan Chase", "JPMorgan Chase", "JPMorgan Chase"])
    }

    @Test("a name opening another statement after the figure is not its subject; a speaker is no antecedent; sector nouns point back")
    func laterStatements() {
        #expect(subjects("GE Aerospace said orders rose 21% and that deliveries of LEAP engines would grow 15% to 20%.")
            == ["GE Aerospace", "LEAP"])
        #expect(subjects("Rolls-Royce Holdings raised its outlook. Chief Executive Tufan Erginbilgic said civil aerospace, which accounts for about half of group revenue, would grow.")
            == ["Rolls-Royce Holdings"])
        #expect(subjects("Heineken sold more beer. The brewer raised prices by more than 20% this year.") == ["Heineken"])
    }

    @Test("a figure set against the one before (compared with, beating) measures the same")
    func comparedLevels() {
        #expect(links("Adjusted earnings were 98 cents a share, compared with 78 cents a year earlier.").map { $0[2] } == ["eps", "eps"])
        #expect(links("Net income fell 9% to $910 million, or 61 cents a share, beating the 54 cents analysts had expected.").map { $0[2] }
            == ["decline", "profit", "eps", "eps"])
        #expect(links("Revenue rose 16% to $2.86 billion, ahead of the $2.81 billion analysts had forecast.").map { $0[2] }
            == ["growth", "revenue", "revenue"])
        #expect(links("Adjusted earnings came to 79 cents a share, above the 71 cents analysts had expected.").map { $0[2] } == ["eps", "eps"])
        #expect(links("JPMorgan said earnings per share were $5.07. Analysts polled by LSEG had expected $5.18.").map { $0[2] } == ["eps", "eps"])
        #expect(links("Cooper expects adjusted earnings of $4.45 to $4.60 a share, compared with analysts' average forecast of $4.41.").map { $0[2] }
            == ["eps", "eps"])
        #expect(links("Adjusted earnings per share dropped 28% to $1.91, below the $2.05 that analysts polled by FactSet had expected.").map { $0[2] }
            == ["decline", "eps", "eps"])
    }

    @Test("what the market values a listed company at is its market capitalisation; money set aside for loan losses is a cost")
    func marketValuesAndProvisions() {
        #expect(links("Shares fell 5.7% to $164.20, valuing the company at about $33 billion.").last?[2] == "market_cap")
        #expect(links("The startup raised $2 billion in a round valuing the company at about $33 billion.").last?[2] == "valuation")
        #expect(links("Harborline Financial set aside $1.46 billion to cover bad loans in the third quarter.").first?[2] == "cost")
    }

    @Test("a part of a market is a market share; a market's value is not")
    func shareOfMarket() {
        #expect(links("Chinese-made tyres now account for nearly 30% of the European replacement market.").first?[2] == "market_share")
        #expect(links("Its stake is worth 2% of the group's market value.").first?[2] != "market_share")
    }

    @Test("a level of another time is the same measure; higher than then is growth, higher than another thing is the measure")
    func levelsOfOtherTimes() {
        #expect(links("9月陆上风机中标均价为每千瓦1620元左右，比2023年底约1400元的低点高出逾15%。", date: "2026-10-20").map { $0[2] }
            == ["price", "price", "growth"])
        #expect(links("储能的毛利率比动力电池高出三到五个百分点。").first?[2] == "gross_margin")
    }

    @Test("who forecasts a market's figures in Chinese owns none, where it says so or after a clause of a date")
    func chineseMarketForecasters() {
        #expect(links("中金公司预计，到2028年，中国大模型市场规模将达到约860亿元。").map { $0[1] } == ["China"])
        #expect(links("中信证券在研报中预计，明年行业增速将回升至8%至10%。").map { $0[1] } == [nil])
    }

    @Test("a rate reaching a level is still the rate; a change's level is not the change")
    func ratesAtLevels() {
        #expect(links("艾瑞咨询预计，今年中国医美市场规模将达到约3200亿元，增速将放缓至5%以下。").map { $0[2] } == ["market_size", "growth"])
        #expect(links("ADP raised its outlook for adjusted earnings growth to 9% to 10%.").first?[2] == "growth")
        #expect(links("毛利率下降至5%。").first?[2] != "decline")
    }

    @Test("a closing share price and a unit price are prices; installed capacity is capacity")
    func chinesePriceWords() {
        #expect(links("阳光电源股价11月25日收于168.4元，今年以来累计上涨约55%。").map { $0[2] } == ["price", "growth"])
        #expect(links("其中单价在5000元以下的小克重产品占比超过六成。").first?[2] == "price")
        #expect(links("全国新型储能装机规模达到1.32亿千瓦。").first?[2] == "capacity")
    }

    @Test("a share of what the company counts measures the count")
    func shareOfItsCount() {
        #expect(links("It plans to cut roughly 5% of its 18,400 jobs.").first?[2] == "employees")
        #expect(links("Some 3% of transactions kept failing.").first?[2] == nil)
    }

    @Test("money spent on a measure is that measure")
    func spentOn() {
        #expect(links("The company will spend as much as $1 billion on share buybacks over the next 18 months.").first?[2] == "buyback")
    }

    @Test("a dateline dates the report: another date of the sentence governs its figures")
    func datelineDoesNotGovern() {
        #expect(links("AMSTERDAM, Oct. 28, 2026 — Heineken said that beer volumes fell 1.8% sharply in the third quarter.", date: nil).map { $0[4] } == ["2026"])
        #expect(links("LONDON, Oct 5, 2026 (Reuters) - Burberry said sales fell 4% sharply in the first half.", date: nil).map { $0[4] } == ["2026"])
        // a date before 电池 is no dateline's
        #expect(links("11月25日电池级碳酸锂均价报每吨9.86万元，6月底为6.5万元。", date: "2026-11-26").map { $0[4] }
            == ["2026-11-25", "2026-06"])
    }

    @Test("a Chinese sentence that opens on a business is about the company before")
    func businessSegments() {
        #expect(subjects("伊利前三季度营业收入为905亿元。液体乳业务收入为587亿元，占总收入的近三分之二。") == ["Yili", "Yili", "Yili"])
    }

    @Test("a Chinese clause naming nobody that holds a measure only a listed company has is about the topic; a group's is no one's")
    func listedCompanyMeasure() {
        #expect(links("小米今日在香港上市，首日上涨37%。公开发售部分获得超额认购约486倍，冻结资金逾1700亿港元。两家公司的市值差距扩大至200亿美元。").map { $0[1] }
            == ["Xiaomi", "Xiaomi", "Xiaomi", nil, nil])
    }

    @Test("a name acting together with another gives no figure of its own")
    func jointAction() {
        #expect(links("新加坡政府投资公司与一家中东主权基金合计认购约1.1亿美元的股份。").map { $0[1] } == [nil])
        #expect(links("新加坡政府投资公司认购约1.1亿美元的股份。").map { $0[1] } == ["GIC"])
    }

    @Test("a forecast as a noun or dated by its date speaks of no future; a span ending at a date is dated by it")
    func forecastNounsAndSpans() {
        #expect(links("Verano raised its full-year sales forecast after third-quarter revenue tripled to $2.4 billion.", date: "2026-10-29").map { $0[4] }
            == ["2026", "2026"])
        #expect(TestSupport.facts("Sales will grow this year, up from a 9% rate it forecast in July.", date: ReferenceDate(iso: "2026-10-29"))
            .first { $0.text == "July" }?.time == "2026-07")
        #expect(links("Group sales rose 12% to 14.6 billion francs in the three months to September.", date: "2026-10-29").map { $0[4] }
            == ["2026-09", "2026-09", nil])
    }

    @Test("the last word of a hyphenated compound names no measure; what is bought is no subject; 大增 is growth")
    func compoundsAndPurchases() {
        #expect(links("Revenue from its weight-loss injection tripled to $2.4 billion.").last?[2] == "revenue")
        #expect(links("It offered aid to 5 million self-employed.").first?[2] == nil)
        #expect(links("Verano Pharma said sales rose. The company also agreed to buy Halden Bio, a private developer, for up to $3.2 billion.").map { $0[1] }
            == ["Verano Pharma"])
        #expect(links("出货量达到1280万部，同比大增23%。").last?[2] == "growth")
    }

    @Test("a date right after a figure is its time; a comparative before a noun is no change; 收盘报 is a price")
    func ownDateAndAttributiveComparatives() {
        #expect(links("It will spend $18 billion on content in 2027, up from roughly $17 billion this year.", date: "2026-11-05").map { $0[4] }
            == ["2027", "2026"])
        #expect(links("The cheaper plan with advertising now accounts for about 55% of new sign-ups.").first?[2] == nil)
        #expect(links("Prices were 5% higher than a year ago.").first?[2] == "growth")
        #expect(links("启元智造收盘报36.2港元。").first?[2] == "price")
    }

    @Test("a group of names in a subordinate clause leaves the clause its own subject")
    func groupInSubordinateClause() {
        #expect(subjects("Primark, owned by Associated British Foods, said like-for-like sales in Britain and Ireland fell 1.5%.") == ["Primark"])
        #expect(subjects("Michelin said that sales fell 2.3% as demand in Europe and Asia fell.") == ["Michelin"])
        #expect(subjects("Heineken said that volumes fell 1.8% as Apple and Google cut back.") == ["Heineken"])
    }

    @Test("a participle clause measures the noun before; an earlier estimate compares; savings, inventory, land banks are measures")
    func estimatesAndNewMeasures() {
        #expect(links("The savings, estimated at $85 million a year, will be reinvested in lower prices.").first?[2] == "savings")
        #expect(links("It expects revenue of $3.1 billion, down from its earlier range of $3.6 billion.").map { $0[2] } == ["revenue", "revenue"])
        #expect(links("Inventory stood at $2.9 billion at the end of the quarter.").first?[2] == "inventory")
        #expect(links("Gross margin contracted 80 basis points to 33.9%.").map { $0[2] } == ["decline", "gross_margin"])
        #expect(links("截至11月底，公司土地储备约3400万平方米。").first?[2] == "land_bank")
        // a Chinese verb of change before the measure before the amount: the change
        #expect(links("重组完成后，公司可削减债务约19亿美元。").first?[2] == "decline")
    }

    @Test("a relative clause after the noun a sentence opens with, or one its subject owns, goes on with that subject")
    func relativeClausesAfterNouns() {
        #expect(subjects("Harbor & Pine Inc. said sales fell 2%. Online sales, which make up about 38% of revenue, rose 4.7%.")
            == ["Harbor & Pine", "Harbor & Pine", "Harbor & Pine"])
        #expect(subjects("Harbor & Pine will invest in its loyalty program, which has grown to 21 million members.") == ["Harbor & Pine"])
        // a clause that ends on a noun it does not own: the relative clause is that noun's
        #expect(subjects("Sakuragi Holdings said sales rose 5%. It will put RMB 2 billion into a new venture in Suzhou, which will borrow 800 million yuan.")
            == ["Sakuragi Holdings", "Sakuragi Holdings", nil])
        #expect(subjects("Harbor & Pine ended the quarter with 1,046 locations across the United States and Canada.") == ["Harbor & Pine"])
    }

    @Test("a Chinese developer's name ends in 置业 or 地产; a national measure opening a clause is China's")
    func developersAndNationalMeasures() {
        #expect(subjects("瑞禾置业公告称，公司合同销售金额为97.3亿元。") == ["瑞禾置业"])
        #expect(subjects("行业数据显示，今年前10个月全国新建商品房销售面积为7.8亿平方米，同比下降1.6%；新建商品房销售额7.3万亿元，下降6.8%。")
            == ["China", "China", "China", "China"])
        // nationwide, someone's own stores
        #expect(!subjects("李宁公司去年销售额为80亿元，全国已开设了330多家专卖店。").contains("China"))
    }

    @Test("a plural acronym is no name; a name with its kept legal form is the one the document gave; recalls, plants, a share of the total")
    func recallsAndPlants() {
        #expect(links("Ridgeline Motors recalls 1.2 million SUVs as deliveries climb 7%.").map { [$0[1], $0[2]] }
            == [["Ridgeline Motors", "recall"], ["Ridgeline Motors", "growth"]])
        #expect(subjects("Ridgeline Motors recalls 1.2 million SUVs. Ridgeline Motors Co. said deliveries rose 7%.") == ["Ridgeline Motors", "Ridgeline Motors"])
        // a name with its organisation word after the headline's short form is the name in full, the short form too from then on
        #expect(subjects("Andes Crest raises target by 5%\n\nAndes Crest Mining produced 312,000 tons of copper. Shares of Andes Crest rose 6.2%.")
            == ["Andes Crest", "Andes Crest Mining", "Andes Crest Mining"])
        #expect(subjects("远帆海运前三季度净利润增长两倍\n\n远帆海运控股股份有限公司前三季度净利润为402.7亿元。") == ["远帆海运", "远帆海运"])
        // every form of the short name follows it into the full one (`Marlowe`), not another company of its first word
        #expect(subjects("Marlowe Hotels lifts outlook by 5%\n\nMarlowe Hotels & Resorts said revenue rose 3.2%. Shares of Marlowe rose 2.6%.")
            == ["Marlowe Hotels", "Marlowe Hotels & Resorts", "Marlowe Hotels & Resorts"])
        #expect(subjects("Virgin Atlantic cut 3,150 jobs. Virgin Group put in £200 million. Virgin Atlantic lost 8%.")
            == ["Virgin Atlantic", "Virgin Group", "Virgin Atlantic"])
        #expect(links("Electric vehicle deliveries more than doubled to 61,800 in the quarter, accounting for 12.4% of the total.").last?[2] == "shipments")
        #expect(links("It plans to spend $3.5 billion on a battery plant in Kentucky.").first?[2] == "capex")
    }

    @Test("a Chinese sentence after `；` goes on with the one before; a figure of another time compared with is the same measure; a share of a dated level is not of that date")
    func semicolonsAndDatedBases() {
        #expect(subjects("文化和旅游部数据中心测算，今年国庆假期8天，全国国内出游8.21亿人次，同比增长6.3%；国内游客出游总花费7916亿元，同比增长7.6%。")
            == [nil, "China", "China", "China", "China"])
        #expect(links("假期档总票房为21.6亿元，低于去年同期的27.4亿元。").map { $0[2] } == ["revenue", "revenue"])
        #expect(links("人均花费约964元，仍不到2019年同期水平的九成。", date: "2026-10-09").last?[4] == nil)
        #expect(links("Repairs will cost $300 million, roughly a quarter of what it spent on warranty claims last year.", date: "2026-10-02").last?[4] == nil)
        #expect(links("Sales rose 5% last year.", date: "2026-10-02").last?[4] == "2025")
    }

    @Test("a Chinese name of two characters after a description, before a weekday; tier 1 is no quantity; capital ratios, dividends, net interest income")
    func twoCharacterNamesAndBankMeasures() {
        #expect(subjects("本地生活平台美达周四公布的财报显示，公司收入为972亿元。") == ["美达"])
        // four characters opening a clause before a weekday and a verb name a company; news, data or a report do not
        #expect(subjects("星驰汽车周一宣布，旗下轿车的起售价下调至9.98万元。") == ["星驰汽车"])
        #expect(subjects("降价消息公布后的24小时内，订单超过一万两千个。").allSatisfy { $0 == nil })
        #expect(!subjects("他说，我已经在这家公司干了两年。").contains("干了"))
        #expect(links("Its common equity tier 1 ratio stood at 15.3%.").map { [$0[0], $0[2]] } == [["15.3%", "capital_ratio"]])
        #expect(links("It raised its quarterly dividend to $1.50 a share.").first?[2] == "dividend")
        #expect(links("Net interest income rose 6% to $24.1 billion.").last?[2] == "revenue")
        // `more than` after a figure is a change; a restatement's year earlier is the figure's
        #expect(links("The bank employed 318,400 people, about 2% more than a year ago.").last?[2] == "growth")
        #expect(links("Net income climbed to $13.9 billion, or $4.82 a share, from $12.8 billion, or $4.33 a share, a year earlier.", date: "2026-10-14")
            .map { $0[4] } == [nil, nil, "2025", "2025"])
    }

    @Test("indexes are named; what is traded on a market is no company's; a restated change is that change; 涨至原来的 is a level")
    func marketsAndIndexes() {
        #expect(links("上证指数涨0.86%，报3412.57点；深证成指涨1.32%。").map { [$0[1], $0[2]] }
            == [["Shanghai Composite Index", "growth"], ["Shanghai Composite Index", nil], ["Shenzhen Component Index", "growth"]])
        #expect(links("Harbor Semiconductor shares rose 11%. Gold slipped 0.5% to $2,631 an ounce, and the dollar weakened 0.3%.")
            .map { [$0[1], $0[2]] } == [["Harbor Semiconductor", "growth"], [nil, "decline"], [nil, "price"], [nil, "decline"]])
        #expect(subjects("北辰微电子股价上涨6.8%。伦敦现货黄金下跌0.4%；布伦特原油期货上涨1.2%。") == ["北辰微电子", nil, nil])
        // a commodity's output is someone's
        #expect(subjects("中国海油去年共生产原油1664.7万吨，天然气40.5亿立方米。") == ["CNOOC", "CNOOC"])
        #expect(links("The Dow Jones Industrial Average added 215 points, or 0.5%, to 44,630.12.").map { $0[2] } == [nil, "growth", nil])
        #expect(links("短短8个月，澜渊机器人的估值已涨至原来的四倍多。").last?[2] == "valuation")
        #expect(links("人民币兑美元中间价报7.1865，较前一日调升42个基点。").map { $0[2] } == ["exchange_rate", "growth"])
        // a rate quoted in money: the one unit it is quoted against is no rate
        #expect(links("泰铢汇率收于1美元兑38.60泰铢。").map { [$0[0], $0[2]] } == [["1美元", nil], ["38.60泰铢", "exchange_rate"]])
        #expect(links("新臺幣對美元匯率收在32.5元。").map { [$0[0], $0[2]] } == [["32.5元", "exchange_rate"]])
        #expect(links("泰铢最后收在50.20铢兑1美元。").map { [$0[0], $0[2]] } == [["50.20铢", "exchange_rate"], ["1美元", nil]])
        // compared with a per-share figure, the same measure
        #expect(links("The insurer raised its interim dividend to HK$0.62 a share from HK$0.55.").map { $0[2] } == ["dividend", "dividend"])
        #expect(links("Its shares rose as much as 4.5% before paring gains to close 2.8% higher at HK$81.35.").map { $0[2] } == ["growth", "growth", "price"])
        #expect(links("The shares fell 9pc to 212p, valuing Brackwell at about £860m.").map { $0[2] } == ["decline", "price", "market_cap"])
    }

    @Test("a Latin name of several words in Chinese text is one name; an amount `in` a measure names it; licensing, premiums, cash, trial results")
    func licensingDealsAndTakeovers() {
        #expect(subjects("Norvance Therapeutics将向恒瑞康支付2亿美元的首付款。") == ["Norvance Therapeutics"])
        #expect(links("Norvance将支付2亿美元的首付款，并支付最高约18亿美元的里程碑款项。").map { $0[2] } == ["upfront_payment", "milestone_payments"])
        #expect(links("It expects to generate about $300 million in annual cost savings by the end of its third year.").first?[2] == "savings")
        #expect(links("It plans to fund the purchase with cash on hand and $6 billion in new debt.").first?[2] == "debt")
        // a verb close before the amount names it first
        #expect(links("Businesses lost hundreds of millions of dollars in sales during the outage.").first?[2] == "loss")
        #expect(links("The offer is a 31% premium to Vantor's closing price on Friday.").first?[2] == "premium")
        #expect(links("Copperline would owe Vantor a termination fee of $480 million.").first?[2] == "termination_fee")
        #expect(links("在42名患者中，客观缓解率为38.1%，中位无进展生存期为7.4个月。截至9月底，公司账面现金约为31亿元。").map { $0[2] }
            == [nil, "response_rate", "survival", "cash"])
        // a trial's results are the drug's
        #expect(subjects("恒瑞康生物表示，HRK-217目前处于二期临床试验阶段。数据显示，客观缓解率为38.1%。").last == "HRK-217")
    }

    @Test("a company after 龙头 or before 当天公告称 is named; national power figures are China's; a part or a breakdown takes the time of the figures before")
    func powerStatisticsAndParts() {
        #expect(subjects("组件龙头晶澜光能当天公告称，前三季度公司营业收入562亿元。") == ["晶澜光能"])
        #expect(subjects("晶澜光能当天公告称，前三季度营业收入562亿元。") == ["晶澜光能"])
        // (a day before no verb names nothing: a service's calls)
        #expect(subjects("故障高峰时段，客服热线当天的来电量达三万五。") == [nil])
        #expect(links("10月份全社会用电量为8112亿千瓦时，同比增长6.2%。").map { [$0[1], $0[2]] }
            == [["China", "power_consumption"], ["China", "growth"]])
        #expect(links("中国电力企业联合会预计，今年全年全社会用电量将达到9.8万亿千瓦时左右。").map { [$0[1], $0[2]] }
            == [["China", "power_consumption"]])
        #expect(links("截至10月底，全国发电装机容量约35.6亿千瓦。其中，太阳能发电装机容量约11.2亿千瓦。").map { [$0[1], $0[4]] }
            == [["China", "2024-10"], ["China", "2024-10"]])
        // (the part takes the time of the whole, not that of a comparison after it)
        #expect(links("前三季度，星河算力营业收入为48.6亿元，去年同期为30亿元。其中，推理芯片出货量超过60万颗。").last?[4] == "2025")
        #expect(links("10月份，全国第一产业用电量112亿千瓦时。分产业看，第二产业用电量5218亿千瓦时。").map { $0[1] } == ["China", "China"])
        #expect(links("前三季度公司组件出货量约58吉瓦，开工率控制在六成左右，并暂停一座年产10吉瓦电池片工厂的建设。").map { $0[2] }
            == ["shipments", "utilization", "capacity"])
        #expect(links("去年全国粮食产量达到6.95亿吨。").first?[2] == "production")
        // (a sentence too short to hold a breakdown's opening is read, not trapped on)
        #expect(links("营收5亿元。分季1%").count == 2)
        #expect(links("营收5亿元。分季看1%").count == 2)
        // (nor one that ends on a two-character name after a description: `…集团龙万`)
        #expect(links("营收5亿元。的险团长约当集团龙万").count == 1)
    }

    @Test("an IPO's shares sold count no shipments; the stock opened and closed at prices; a range above which a price was set; year-to-date totals")
    func listingsAndOfferings() {
        #expect(links("Lumora sold 38 million shares at $30 each, above the range of $26 to $28 it set last week.").map { $0[2] }
            == [nil, "price", "price"])
        #expect(links("Lumora Health priced its offering on Tuesday, and the stock opened at $39.50 and closed at $41.40.").map { [$0[1], $0[2]] }
            == [["Lumora Health", "price"], ["Lumora Health", "price"]])
        #expect(links("Its founder will own about 11% of the shares after the offering.").first?[2] == "stake")
        #expect(links("Companies have raised about $38 billion through U.S. initial public offerings so far in 2026.").first?[4] == "2026")
    }

    @Test("an insurer's measures; a share of a measure after its 的 is that measure; a company's name written with its suffix after its short form is one mention")
    func insurersAndShares() {
        #expect(links("瑞安保险前三季度新业务价值为318亿元，原保险保费收入为2,046亿元，综合成本率为98.2%。").map { $0[2] }
            == ["new_business_value", "premiums", "combined_ratio"])
        #expect(links("截至9月30日，公司投资资产规模超过5.2万亿元，年化综合投资收益率为4.8%，核心偿付能力充足率为186%。").map { $0[2] }
            == ["assets", "investment_yield", "solvency_ratio"])
        #expect(links("全国保险业赔款与给付支出约1.8万亿元。公司预计全年分红总额将不低于去年的380亿元。").map { $0[2] } == ["claims", "dividend"])
        #expect(links("代理人渠道贡献了约六成的新业务价值。").first?[2] == "new_business_value")
        // (a percentage before 的 may describe what follows: a bond's rate)
        #expect(links("他购买了利息为8%的债券。").first?[2] == nil)
        let facts = TestSupport.facts("瑞安保险前三季度净利润增长21%\n\n瑞安保险集团周三晚间发布三季报，净利润412.6亿元。")
        #expect(facts.first { $0.text == "412.6亿元" }?.subject == "瑞安保险")
    }

    @Test("a tariff is a rate the country that sets it has; a clause opening on steel is no company's; a rate of capacity is utilization")
    func tariffsAndSteel() {
        #expect(links("The United States will double tariffs on imported steel and aluminum to 50% starting Jan. 1.").last.map { [$0[1], $0[2]] }
            == ["United States", "tariff"])
        #expect(links("Ford said costs would rise. Canada said it would respond with counter-tariffs of 25% on American goods.").last.map { [$0[1], $0[2]] }
            == ["Canada", "tariff"])
        #expect(links("Nucor said profit rose. Steel imports fell 14% in the first ten months of the year.").last?[1] == nil)
        #expect(links("Domestic mills ran at 77% of capacity in October.").first?[2] == "utilization")
        // (the measure a figure is of stands between it and its date)
        #expect(links("Steel imports fell 14% in the first ten months of the year, and domestic mills ran at 77% of capacity in October.",
                      date: "2026-11-24").last?[4] == "2026-10")
        #expect(links("其简单平均关税税率1997年达9%。").first?[2] == "tariff")
    }

    @Test("futures trade at no one's price; a name figures are credited to is their source; an index's maker is not the index; a change is dated by the level it reached")
    func marketsAndSources() {
        #expect(links("大连商品交易所生猪期货主力合约周三收于每吨12855元，较上周下跌2.1%。").map { $0[1] } == [nil, nil])
        #expect(links("Comex gold futures settled 1.2% higher at $2,801.40 an ounce.").map { $0[1] } == [nil, nil])
        #expect(links("The average rate on a 30-year mortgage was 6.84% last week, according to mortgage finance agency Freddie Mac, up from 6.61% a month earlier.")
                .map { $0[1] } == [nil, nil, nil])
        #expect(links("Lennar lost 2.7%, while the S&P homebuilders index is down about 14% since the end of August.").last?[1] == nil)
        #expect(links("Housing starts dropped 6.8% to a seasonally adjusted annual rate of 1.21 million units last month, the Commerce Department said.",
                      date: "2026-12-17").prefix(2).map { $0[4] } == ["2026-11", "2026-11"])
    }

    @Test("a share of what its 的 follows does not go on as the change before it; a date's figure does")
    func shareAfterChange() {
        // (a restated level: the inventory's)
        #expect(links("全国能繁母猪存栏4062万头，环比减少0.6%，相当于正常保有量的104%。").map { $0[2] } == ["inventory", "decline", "inventory"])
        #expect(links("全国能繁母猪数量4062万头，环比减少0.6%，相当于正常保有量的104%。").map { $0[2] } == [nil, "decline", nil])
        #expect(links("新增药品平均降价63%，与去年的61.7%基本持平。").map { $0[2] } == ["decline", "decline"])
        // (a clause opening on 届时 happens at the date named before it)
        #expect(links("生猪价格可能在明年二季度前后见底，届时行业产能将去化5%至8%。", date: "2026-11-12").last?[4] == "2027")
    }

    @Test("a traded thing's move in money and its level; a name after a market's figure is not its; a place that pumps acts past an apposition")
    func commodityMarkets() {
        #expect(links("Brent crude futures settled down $2.17, or 3.2%, at $65.40 a barrel.").map { $0[2] } == ["decline", "decline", "price"])
        #expect(links("U.S. West Texas Intermediate crude fell $2.05, or 3.3%, to $61.88.").map { [$0[1], $0[2]] }
                == [[nil, "decline"], [nil, "decline"], [nil, "price"]])
        #expect(links("Bitcoin slides below $80,000 as funds pull cash.").first?[2] != "decline")
        #expect(links("The New Zealand dollar fell 0.4% to 56.3 US cents after the decision.").last?[2] == "exchange_rate")
        // (`U.S. cents` names the currency, no place the figures are of; a place's adjective says which currency)
        #expect(links("The central bank held rates. The Canadian dollar rose 0.4% to 72.15 U.S. cents, while the yield on two-year bonds climbed 6 basis points to 2.41%.")
                .map { [$0[0], $0[1], $0[2]] } == [["0.4%", nil, "growth"], ["72.15 U.S. cents", nil, "exchange_rate"],
                                                     ["6 basis points", nil, "interest_rate"], ["2.41%", nil, "interest_rate"]])
        // (a level `at` which a thing traded stands, with no change before it)
        #expect(links("Sterling was little changed at $1.3125 after the data.").map { [$0[1], $0[2]] } == [[nil, "exchange_rate"]])
        #expect(links("Gold held steady at $2,650 an ounce.").first?[2] == "price")
        #expect(links("The company sold the unit at $5 billion.").first?[2] == nil)
        #expect(links("LONDON, Dec. 3, 2026 - Oil prices fell more than 3% on Wednesday after delegates said OPEC+ was considering a bigger rise.")
                .map { $0[1] } == [nil])
        #expect(links("Brent has lost about 13% since the start of the year.").first?[1] == nil)
        #expect(links("Saudi Arabia, the group's largest producer, pumped 9.9 million barrels per day in November.").first.map { [$0[1], $0[2]] }
                == ["Saudi Arabia", "production"])
        #expect(links("Canada shipped about $21 billion worth last year, while Mexico accounted for roughly $7 billion.").map { $0[1] }
                == ["Canada", "Mexico"])
        // (a count compared past a date counts the same thing)
        #expect(TestSupport.facts("Saudi Arabia pumped 9.9 million barrels per day in November, up from 9.6 million in October.")
                .filter { $0.quantity.kind == .number }.map(\.quantity.unit) == ["barrels", "barrels"])
    }

    @Test("当月 dates the figures after it to the month the figures before were of")
    func thatMonth() {
        let text = "小鹏汽车11月交付新车4.1万辆。公司同时宣布新增门店。\n\n理想汽车当月交付新车4.6万辆，同比下降5.2%。"
        #expect(links(text, date: "2026-12-02").map { $0[4] } == ["2026-11", "2026-11", "2026-11"])
    }

    @Test("a bare 公司 in a paragraph that opened on a company's own figures is that company, not the article's topic")
    func paragraphOpener() {
        let text = "比亚迪11月销量为50.6万辆。比亚迪今年的销量目标为550万辆。\n\n零跑汽车11月交付6.1万辆。公司股价当日上涨4.3%。\n\n红杉资本向星衡智能投资5亿元。公司股价上涨2%。"
        #expect(links(text).map { $0[1] } == ["BYD", "BYD", "Leapmotor", "Leapmotor", "Sequoia Capital", "BYD"])
    }

    @Test("cheaper than before is a decline; the level a change starts from is no change; a session's closing price")
    func comparativesAndLevels() {
        #expect(links("标准版起售价3999元，比上一代便宜500元。").map { $0[2] } == ["price", "decline"])
        #expect(links("公司计划将高端机型的销量占比从目前的18%提升至25%。").first?[2] == nil)
        #expect(links("Shares of Veridian rose 4.1% in extended trading after closing at $142.37.").last?[2] == "price")
        // (a phrase set off by commas that says what the measure is mostly of leaves it to the clause after)
        #expect(links("Capital expenditures, largely for data centers, are set to rise to $2.4 billion next year.").first?[2] == "capex")
    }

    @Test("a size before what it describes measures nothing; a headline's valuation after at; a phase is no count; value added and trade")
    func sizesHeadlinesAndEconomyTotals() {
        #expect(links("公司月产能折合8英寸晶圆约为102.3万片。").map { $0[2] } == [nil, "capacity"])
        #expect(links("该芯片采用3纳米工艺。").first?[2] == nil)
        #expect(links("Corvex raises $640 million at $5.2 billion valuation").map { $0[2] } == ["funding", "valuation"])
        #expect(links("Northfield kept its quarterly dividend at 99 cents a share.").first?[2] == "dividend")
        #expect(links("公司拟追加投资50亿元，用于建设二期项目，新增年产能40GWh。").map { $0[0] } == ["50亿元", "40GWh"])
        #expect(links("前三季度深圳第二产业增加值9860亿元，进出口总额3.28万亿元。").map { $0[2] } == ["value_added", "trade_volume"])
    }

    @Test("a breakdown after a place's economy figures, naming no one, is that place's; a price in it stays the market's; the place a document opens on")
    func breakdownOfPlacedEconomy() {
        let text = "前三季度深圳实现地区生产总值2.73万亿元。\n\n前三季度，社会消费品零售总额7480亿元，同比增长3.9%。其中，网上商品零售额增长12.6%。"
        #expect(links(text).map { $0[1] } == ["Shenzhen", "Shenzhen", "Shenzhen", "Shenzhen"])
        #expect(links("前三季度深圳实现地区生产总值2.73万亿元。\n\n前三季度，社会消费品零售总额7480亿元。其中，食品零售价格同比下降1.8%。").last?[1] == nil)
        // (a measure of an economy no sentence named the place of is the place the document opened on)
        #expect(links("U.S. employers added 142,000 jobs in November.\n\nThe unemployment rate rose to 4.4% from 4.3%.").map { $0[1] }
                == [nil, "United States", "United States"])
    }

    @Test("a city's statistics bureau gives its city's figures, never its own; value added, income and a product's output after them")
    func cityBureauFigures() {
        let text = "杭州市统计局日前发布数据，前三季度全市实现地区生产总值16950亿元。分产业看，第一产业增加值263亿元。"
            + "\n\n新能源汽车产量为28.6万辆。城镇居民人均可支配收入65210元。"
        #expect(links(text).map { $0[1] } == ["Hangzhou", "Hangzhou", "Hangzhou", "Hangzhou"])
        #expect(links(text).map { $0[2] } == ["gdp", "value_added", "production", "income"])
        // (a product's output after someone else's figures stays no place's)
        #expect(links("星河科技营收为30亿元。新能源汽车产量为28.6万辆。").last?[1] != "Hangzhou")
    }

    @Test("a clause set against a product's figures is its maker's; a level per dollar is an exchange rate; pence beside London; a price cut's amount")
    func productContrastRatesAndPence() {
        #expect(links("iPhone sales rose 6% to $49.0 billion, while services revenue climbed 15% to $28.8 billion.").map { $0[1] }
                == ["iPhone", "iPhone", "Apple", "Apple"])
        #expect(links("The dollar rose against the yen to 155.9 per dollar.").first?[2] == "exchange_rate")
        #expect(links("BP shares rose 1.2% to 438p in London.").last.map { [$0[0], $0[2]] } == ["438p", "price"])
        #expect(links("标准版起售价为21.59万元，较上一代降价幅度约1.5万元。").map { $0[2] } == ["price", "decline"])
    }

    @Test("a place's economy is the place's; a deal the sentence opens on is the company's; a year before expenses dates them; headcount")
    func economiesDealsAndYears() {
        #expect(links("The ECB kept rates on hold.\n\nStaff now see the euro zone economy growing 1.4% this year.").first?[1] == "Eurozone")
        let listing = "摩尔线程在科创板挂牌上市，总市值达到2823亿元。\n\n此次IPO共发行7000万股，募集资金总额约80亿元。"
        #expect(links(listing).last.map { [$0[1], $0[2]] } == ["Moore Threads", "funding"])
        // (a meeting is no deal of the company's)
        #expect(links("摩尔线程总市值达到2823亿元。\n\n此次会议共有48个城市参加。").last?[1] == nil)
        #expect(links("Intel expects 2026 operating expenses of about $17 billion.").map { $0[0] } == ["about $17 billion"])
        #expect(links("Intel expects 2026 operating expenses of about $17 billion.").last?[4] == "2026")
        #expect(links("Intel said the cuts would take the headcount to roughly 75,000.").first?[2] == "employees")
    }

    @Test("funding for a kind of company, investment in or spending on a thing, all together, is no one's")
    func marketTotals() {
        let text = "Corvex raised $640 million.\n\nVenture funding for AI startups hit $97 billion in the first nine months of 2026."
        #expect(links(text).last.map { [$0[1], $0[2]] } == [nil, "funding"])
        #expect(links("Corvex raised $640 million.\n\nIts funding for the new plant came to $97 million.").last?[1] == "Corvex")
    }

    @Test("money spent doing something is what it does: buying back stock is a buyback")
    func spentDoing() {
        #expect(links("Apple spent about $20 billion buying back its own stock.").first?[2] == "buyback")
        #expect(links("Apple spent $20 billion repurchasing shares.").first?[2] == "buyback")
        // (a cost said after it stays a cost; a change is none of it)
        #expect(links("Apple spent $20 billion last year.").first?[2] == "cost")
    }

    @Test("a company after `its` is what is owned; an aside split by a list's commas; a date past an equivalent in brackets")
    func ownedNamesAsidesAndBrackets() {
        let delta = "Delta Air Lines reported revenue of $16.7 billion.\n\nLoyalty revenue climbed 8% to $2.1 billion, helped by spending on its American Express cards.\n\nThe Atlanta-based carrier expects earnings of $1.60 per share."
        #expect(links(delta).map { $0[1] } == ["Delta Air Lines", "Delta Air Lines", "Delta Air Lines", "Delta Air Lines"])
        #expect(links("Core inflation, which excludes energy, food, alcohol and tobacco, slowed to 3.4%.").first?[2] == "inflation")
        #expect(links("Services inflation, closely watched by the central bank, dipped to 4.5%.").first?[2] == "inflation")
        let wegovy = "Sales of Wegovy rose 18% to 20.4 billion Danish crowns ($3.16 billion) in the third quarter."
        #expect(links(wegovy, date: "2025-11-20").map { $0[4] } == ["2025", "2025", "2025"])
    }

    @Test("cash flows and what is still to be delivered; a dateline's city is no economy; a country's adjective names it")
    func cashFlowsDatelinesAndAdjectives() {
        #expect(links("Delta expects free cash flow of $3 billion.").first?[2] == "free_cash_flow")
        #expect(links("Cash flow from operations came in at $12.2 billion.").first?[2] == "operating_cash_flow")
        #expect(links("Oracle said its remaining performance obligations jumped 359% to $455 billion.").last?[2] == "backlog")
        let london = "LONDON, Nov 19 - Consumer price inflation fell to 3.6% in October."
        #expect(links(london).first.map { [$0[1], $0[2]] } == [nil, "inflation"])
        let british = "LONDON, Nov 19 - British consumer price inflation fell to 3.6% in October."
        #expect(links(british).first?[1] == "United Kingdom")
        // (a market's rate stays no one's)
        #expect(links("German 10-year bond yields rose 2 basis points to 2.87%.").allSatisfy { $0[1] == nil })
    }

    @Test("that quarter is the year of the figures before; the said factory is the company's")
    func thatQuarterAndFactory() {
        let pdd = "拼多多第三季度实现营收1082.8亿元。\n\n按非美国通用会计准则，拼多多当季净利润为313.8亿元。"
        #expect(links(pdd, date: "2025-11-20").last.map { [$0[0], $0[4]] } == ["313.8亿元", "2025"])
        let catl = "宁德时代计划在匈牙利工厂追加投资约5亿欧元。该工厂年产能将由40GWh提升至60GWh。"
        #expect(links(catl).last?[1] == "CATL")
    }

    @Test("a currency's level as a number is no one's; a country grows; 集团 and 当季 after a quarter's report; a fund's phase")
    func currencyLevelsGrowthAndPhases() {
        #expect(links("The BOJ kept its policy rate at 0.5%.\n\nThe yen weakened to 157.4 per dollar.").last?[1] == nil)
        #expect(links("France's economy expanded 0.5%. Spain grew 0.6%.").map { $0[1] } == ["France", "Spain"])
        let xiaomi = "小米集团11月18日发布2025年第三季度财报。财报显示，集团当季总收入为1131亿元。"
        #expect(links(xiaomi, date: "2025-11-22").first.map { [$0[1], $0[4]] } == ["Xiaomi", "2025"])
        // (an army group is none)
        #expect(links("小米集团营收为10亿元。集团军紧急捐赠的1000件棉大衣已送到。").last?[1] == nil)
        #expect(links("本轮融资由国家集成电路产业投资基金三期领投，金额约为200亿元。").map { $0[0] } == ["约为200亿元"])
        #expect(links("Euro zone inflation rose to 2.1%.").first?[1] == "Eurozone")
    }

    @Test("one name in two languages is no group; the first months of a fiscal year")
    func bilingualNamesAndFiscalMonths() {
        #expect(links("腾讯营收增长15%。微信及WeChat的合并月活跃账户数达14.14亿。").last?[1] == "WeChat")
        #expect(links("Nvidia returned $12.7 billion to shareholders in the first nine months of fiscal 2026.").first?[4] == "2026")
    }

    @Test("a change after an aside is of the measure before it; a segment of the company's opening a sentence")
    func changesAfterAsidesAndSegments() {
        let sales = "U.S. retail sales increased 0.2% in September.\n\nCore retail sales, which exclude automobiles, gasoline, building materials and food services, dipped 0.1% last month."
        #expect(links(sales).last?[1] == "United States")
        #expect(links("美团第三季度营收为955亿元。核心本地商业分部收入为674亿元。").last?[1] == "Meituan")
    }

    @Test("a group's holding company is the group; charges; a port's throughput; shares listed in a place")
    func holdingsChargesAndThroughput() {
        #expect(links("Alibaba Group Holding Ltd said revenue rose 5% to 247.8 billion yuan.").first?[1] == "Alibaba")
        #expect(links("Ford said it would record a charge of about $1.5 billion.").first?[2] == "charge")
        #expect(links("今年1至10月，宁波舟山港累计完成货物吞吐量11.2亿吨。").first?[2] == "cargo_volume")
        #expect(links("Alibaba said revenue rose 5%.\n\nIts Hong Kong-listed shares closed down 2.1% at HK$157.").last?[1] == "Alibaba")
        #expect(links("今年资本开支预计与去年基本持平，约为73亿美元。").first?[2] == "capex")
    }

    @Test("a port's first months before what they total")
    func portsFirstMonths() {
        #expect(links("宁波舟山港前10个月货物吞吐量突破11亿吨。", date: "2025-11-22").first.map { [$0[2], $0[4]] } == ["cargo_volume", "2025"])
    }
}
