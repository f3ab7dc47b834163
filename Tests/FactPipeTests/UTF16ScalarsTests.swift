@testable import FactPipe
import Testing

@Suite("UTF-16 to scalars")
struct UTF16ScalarsTests {
    @Test("the scalars the standard library reads, lone surrogates included (U+FFFD)")
    func sameAsStringDecoding() {
        var g = SeededGenerator(seed: 16)
        // units drawn mostly from the ranges that matter: ASCII, Han, surrogates of both kinds
        let ranges: [ClosedRange<UInt16>] = [0...0x7F, 0x4E00...0x9FFF, 0xD800...0xDBFF, 0xDC00...0xDFFF, 0xE000...0xFFFF, 0...0xFFFF]
        for round in 0..<300 {
            let units = (0..<(round % 40)).map { _ in UInt16.random(in: ranges[Int.random(in: 0..<ranges.count, using: &g)], using: &g) }
            let expected = Array(String(decoding: units, as: UTF16.self).unicodeScalars)
            #expect(units.withUnsafeBufferPointer(UTF16Scalars.decode) == expected, "\(units)")
        }
        let text = "谷歌𠀀投资😀20亿"
        #expect(Array(text.utf16).withUnsafeBufferPointer(UTF16Scalars.decode) == Array(text.unicodeScalars))
    }
}
