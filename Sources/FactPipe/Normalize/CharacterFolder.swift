import CICU
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Folds one code point to the form the recognisers match on: NFKC where it maps one
/// code point to one (full-width digits, letters, `％`, `＄`, ideographic space), traditional
/// Chinese to simplified (萬 → 万, 億 → 亿, 兩 → 两), and every interpunct to `·`.
///
/// Folding never changes the number of code points, so a position in the folded view is
/// the same position in the document. Enclosed and superscript numerals (`①`, `²`) are
/// left alone: NFKC would turn them into digits that were never written.
final class CharacterFolder {
    private let simplified: [UInt32: UInt32]?
    private var transliterator: OpaquePointer?
    /// Folded code point of each BMP code point, filled on first use; U+0000 means not yet
    /// known. Zeroed by `calloc`, so the pages of code points never met are never touched.
    /// (Kept as scalars, not values: a hit is returned as it is, without a check.)
    private let table: UnsafeMutablePointer<Unicode.Scalar>

    /// `simplified` maps traditional characters to simplified ones; without it, ICU's
    /// `Traditional-Simplified` transliterator is opened (slowly) on first need.
    init(simplified: [UInt32: UInt32]? = nil) throws {
        self.simplified = simplified
        // (all zero bits are U+0000, a valid scalar)
        table = calloc(0x10000, MemoryLayout<Unicode.Scalar>.stride)!.bindMemory(to: Unicode.Scalar.self, capacity: 0x10000)
    }

    deinit {
        if let transliterator { fp_transliterator_close(transliterator) }
        free(table)
    }

    @inline(__always) func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        if value < 0x80 { return scalar }
        if value < 0x10000 {
            let known = table[Int(value)]
            if known != "\0" { return known }
            let folded = computeFold(scalar)
            table[Int(value)] = folded
            return folded
        }
        return scalar
    }

    func fold(_ scalars: ArraySlice<Unicode.Scalar>) -> [Unicode.Scalar] {
        scalars.withUnsafeBufferPointer { source in
            [Unicode.Scalar](uninitializedCount: source.count) { out, count in
                guard let from = source.baseAddress, let to = out.baseAddress else { count = 0; return }
                let n = source.count
                var i = 0
                while i < n {
                    // eight ASCII code points (most of an English text) are copied as they are,
                    // with one vector load and store
                    if n &- i >= 8 {
                        let block = UnsafeRawPointer(from + i).loadUnaligned(as: SIMD8<UInt32>.self)
                        let halves = block.lowHalf | block.highHalf, quarters = halves.lowHalf | halves.highHalf
                        if quarters[0] | quarters[1] < 0x80 {
                            UnsafeMutableRawPointer(to + i).storeBytes(of: block, as: SIMD8<UInt32>.self)
                            i &+= 8
                            continue
                        }
                    }
                    // else the next 32 one by one (Chinese text seldom holds eight ASCII in a row)
                    let end = min(i &+ 32, n)
                    while i < end {
                        var folded = fold(from[i])
                        // `9·4%`, `1·4万卢布`: a middle dot between digits, before a percent sign or a
                        // Chinese multiplier or unit, is a decimal point (`9·11事件` names a day)
                        if folded == "·", i > 0, isASCIIDigit(to[i &- 1]), isDecimalDot(after: i, in: from, count: n) { folded = "." }
                        (to + i).initialize(to: folded)
                        i &+= 1
                    }
                }
                count = source.count
            }
        }
    }

    /// Whether digits follow the middle dot at `dot` and then a percent sign or one of
    /// ``decimalFollowers``.
    private func isDecimalDot(after dot: Int, in source: UnsafePointer<Unicode.Scalar>, count n: Int) -> Bool {
        var j = dot &+ 1
        while j < n, isASCIIDigit(fold(source[j])) { j &+= 1 }
        guard j > dot &+ 1, j < n else { return false }
        return Self.decimalFollowers.contains(fold(source[j]))
    }
    private static let decimalFollowers = ScalarBitSet("%亿万千元倍点个美吨".unicodeScalars)

    private func computeFold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x00B7, 0x2022, 0x2027, 0x30FB, 0xFF65, 0x2219, 0x22C5: return "·"
        case 0x2212, 0x2013, 0x2014, 0x2015, 0xFE63, 0xFF0D: return "-"
        case 0x2460...0x24FF, 0x2776...0x2793, 0x3200...0x32FF, 0x00B2, 0x00B3, 0x00B9,
             0x2070...0x209F, 0x2150...0x218F:
            return scalar
        default: break
        }
        let simplified = transliterate(scalar) ?? scalar
        // CJK Unified Ideographs (and Extension A) have no decomposition: NFKC keeps them
        if (0x3400...0x4DBF).contains(simplified.value) || (0x4E00...0x9FFF).contains(simplified.value) { return simplified }
        return nfkc(simplified) ?? simplified
    }

    private func transliterate(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        guard (0x3400...0x9FFF).contains(scalar.value) || scalar.properties.isIdeographic else { return nil }
        if let simplified { return simplified[scalar.value].flatMap(Unicode.Scalar.init) }
        if transliterator == nil {
            var status: Int32 = 0
            transliterator = fp_transliterator_open("Traditional-Simplified", &status)
            if icuFailed(status) { transliterator = nil }
        }
        guard let transliterator else { return nil }
        var buffer = [UInt16](repeating: 0, count: 8)
        buffer[0] = UInt16(scalar.value)
        var status: Int32 = 0
        let length = fp_transliterate(transliterator, &buffer, 1, Int32(buffer.count), &status)
        guard !icuFailed(status), length == 1 else { return nil }
        return Unicode.Scalar(UInt32(buffer[0]))
    }

    private func nfkc(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        guard scalar.value < 0x10000 else { return nil }
        var source = [UInt16(scalar.value)]
        var dest = [UInt16](repeating: 0, count: 8)
        var status: Int32 = 0
        let length = fp_nfkc(&source, 1, &dest, Int32(dest.count), &status)
        guard !icuFailed(status), length == 1, let result = Unicode.Scalar(UInt32(dest[0])),
              !(0xD800...0xDFFF).contains(dest[0]) else { return nil }
        return result
    }
}
