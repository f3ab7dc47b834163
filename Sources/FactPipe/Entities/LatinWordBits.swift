/// The first Latin words of a set of forms (`net` of `net income`, `gpt` of `GPT-4`), each
/// hashed to one bit: a form whose first word differs from the text's word at a position
/// cannot match there as a whole word, and most English words start no form at all.
struct LatinWordBits: Sendable {
    /// 2^16 bits, one for each value of ``bit(_:)``.
    private static let words = 1 << 10
    private var bits = [UInt64](repeating: 0, count: words)

    /// The key of the run of Latin letters from `start` (case folded); the same for a form and
    /// for text written in it.
    @inline(__always)
    static func key<C: Collection>(_ scalars: C, from start: C.Index) -> UInt64
        where C.Element == Unicode.Scalar {
        keyAndEnd(scalars, from: start).key
    }

    /// ``key(_:from:)`` and where the run of Latin letters ends: one walk for a caller that
    /// passes the word over when no form starts with it.
    @inline(__always)
    static func keyAndEnd<C: Collection>(_ scalars: C, from start: C.Index) -> (key: UInt64, end: C.Index)
        where C.Element == Unicode.Scalar {
        var k: UInt64 = 0
        var i = start
        while i != scalars.endIndex, isLatinLetter(scalars[i]) {
            k = step(k, scalars[i])
            i = scalars.index(after: i)
        }
        return (k, i)
    }

    /// The key of two words, one after the other, from theirs.
    @inline(__always) static func pair(_ first: UInt64, _ second: UInt64) -> UInt64 { (first ^ 0x5BD1_E995) &* 0x9E37_79B9 &+ second }

    @inline(__always) private static func step(_ k: UInt64, _ s: Unicode.Scalar) -> UInt64 { k &* 0x9E37_79B9 &+ UInt64(s.value | 0x20) }

    @inline(__always) private static func bit(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 48) }

    mutating func insert(_ key: UInt64) {
        let b = Self.bit(key)
        bits[b >> 6] |= 1 << UInt64(b & 63)
    }

    /// False is sure; true may be a collision.
    @inline(__always) func mayContain(_ key: UInt64) -> Bool {
        let b = Self.bit(key)
        return bits[b >> 6] & (1 << UInt64(b & 63)) != 0
    }
}

extension LatinWordBits {
    func write(to archive: inout ArchiveWriter) {
        archive.write(bits)
    }

    init?(reading archive: inout ArchiveReader) {
        guard let bits = archive.values(UInt64.self), bits.count == Self.words else { return nil }
        self.init()
        self.bits = bits
    }
}
