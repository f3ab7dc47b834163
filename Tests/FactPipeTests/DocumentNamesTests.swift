@testable import FactPipe
import Testing

@Suite("Document names")
struct DocumentNamesTests {
    @Test("an alias is a first match once with its leading word and once without, as a set of them says")
    func firstMatchOfAlias() {
        var names = DocumentNames()
        var seen = Set<Int64>()
        // aliases small and large, in no order, many of them again
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<20_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let alias = Int32(truncatingIfNeeded: (state >> 33) % 12_000)
            let withLeadingWord = state & 1 == 0
            let expected = seen.insert(Int64(alias) * 2 + (withLeadingWord ? 1 : 0)).inserted
            #expect(names.isFirstMatch(ofAlias: alias, withLeadingWord: withLeadingWord) == expected)
        }
    }
}
