import FactPipe
import Foundation
import Testing

@Suite("Values: exact decimals and US dollars")
struct ValueTests {
    @Test func decimalsStayExactThroughMultipliers() {
        let facts = TestSupport.facts("该公司营收1.92亿美元，访问量7.58亿次。")
        #expect(facts.map(\.quantity.value) == [Decimal(string: "192000000"), Decimal(string: "758000000")])
    }

    @Test func moneyIsConvertedWithTheRateOfItsDate() throws {
        let facts = TestSupport.facts("The deal was worth €10 million.")
        let usd = try #require(facts.first?.usd)
        #expect(usd.rate > 0)
        #expect(usd.usd == Decimal(string: "10000000")! * usd.rate)
    }

    @Test func aCountIsNeverMoney() {
        let facts = TestSupport.facts("公司投资20亿美元，月访问量达到61亿次。")
        #expect(facts.map(\.quantity.kind) == [.money, .number])
    }
}
