/// Well-formed UTF-8 straight to scalars in one pass, without building a `String` first:
/// documents, and the fields of lexicon files.
enum UTF8Scalars {
    struct Decoded {
        var scalars: [Unicode.Scalar]
        var containsNUL: Bool
    }

    /// The scalars of `bytes`, or `nil` when they are not well-formed UTF-8 (the Unicode
    /// standard's table 3-7: no overlong forms, no surrogates, nothing above U+10FFFF).
    static func decode(_ bytes: [UInt8]) -> Decoded? {
        decode(bytes[...])
    }

    static func decode(_ bytes: ArraySlice<UInt8>) -> Decoded? {
        bytes.withUnsafeBufferPointer { input -> Decoded? in
            let count = scalarCount(input)
            // (no array made for no scalars: one of no capacity is the storage every empty array
            // of any thread shares, and making it writes its count there; bytes that are all
            // continuation bytes are no UTF-8)
            guard count > 0 else { return input.isEmpty ? Decoded(scalars: [], containsNUL: false) : nil }
            var valid = true, containsNUL = false
            let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: count) { out, written in
                written = 0
                guard let p = input.baseAddress else { return }
                let end = input.count
                var i = 0
                while i < end {
                    // ASCII eight bytes at a time, widened to scalars by one vector conversion
                    if end - i >= 8, written + 8 <= count, let target = out.baseAddress {
                        let word = UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self)
                        if word & 0x8080_8080_8080_8080 == 0 {
                            if (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080 != 0 { containsNUL = true }
                            let scalars = SIMD8<UInt32>(truncatingIfNeeded: unsafeBitCast(word, to: SIMD8<UInt8>.self))
                            UnsafeMutableRawPointer(target + written).storeBytes(of: scalars, as: SIMD8<UInt32>.self)
                            written += 8; i += 8
                            continue
                        }
                    }
                    // Chinese text: three-byte sequences one after another (not E0 or ED, whose
                    // second byte has a narrower range; `sequence` checks those, and the last
                    // bytes), two at a time read with the two bytes after them as one
                    // little-endian word, then one at a time with the byte after it
                    // (counted in locals, and wrapping: neither count can overflow, the one
                    // staying below `end`, the other below `count`)
                    if p[i] & 0xF0 == 0xE0, let target = out.baseAddress {
                        var from = i, to = written
                        while end &- from >= 8, count &- to >= 2 {
                            let word = UInt64(littleEndian: UnsafeRawPointer(p + from).loadUnaligned(as: UInt64.self))
                            let first = UInt32(truncatingIfNeeded: word), second = UInt32(truncatingIfNeeded: word >> 24)
                            guard word & 0xC0C0F0_C0C0F0 == 0x8080E0_8080E0, isPlainThreeByteLead(first), isPlainThreeByteLead(second)
                            else { break }
                            (target + to).initialize(to: threeByteScalar(first))
                            (target + to + 1).initialize(to: threeByteScalar(second))
                            to &+= 2; from &+= 6
                        }
                        while end &- from >= 4, to < count {
                            let word = UInt32(littleEndian: UnsafeRawPointer(p + from).loadUnaligned(as: UInt32.self))
                            guard word & 0x00C0_C0F0 == 0x0080_80E0, isPlainThreeByteLead(word) else { break }
                            (target + to).initialize(to: threeByteScalar(word))
                            to &+= 1; from &+= 3
                        }
                        i = from; written = to
                    }
                    guard i < end else { break }
                    guard let (value, length) = sequence(p, at: i, end: end), written < count else {
                        valid = false; return
                    }
                    if value == 0 { containsNUL = true }
                    // well-formed sequences hold scalar values only
                    out.initializeElement(at: written, to: unsafeBitCast(value, to: Unicode.Scalar.self))
                    written += 1; i += length
                }
            }
            guard valid, scalars.count == count else { return nil }
            return Decoded(scalars: scalars, containsNUL: containsNUL)
        }
    }

    /// Calls `body` with each code point of `bytes` while it returns `true`; `false` when
    /// the bytes are not well-formed UTF-8 up to where it stopped.
    @inline(__always)
    static func forEach(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Unicode.Scalar) -> Bool) -> Bool {
        guard let p = bytes.baseAddress else { return true }
        var i = 0
        while i < bytes.count {
            guard let (value, length) = sequence(p, at: i, end: bytes.count) else { return false }
            if !body(unsafeBitCast(value, to: Unicode.Scalar.self)) { return true }
            i += length
        }
        return true
    }

    /// How many scalars well-formed UTF-8 holds: every byte that is not a continuation byte.
    private static func scalarCount(_ input: UnsafeBufferPointer<UInt8>) -> Int {
        guard let p = input.baseAddress else { return 0 }
        var continuations = 0, i = 0
        // (a vector, not a scalar, to compare with: the compiler then keeps the comparison one instruction)
        let lowestLead = SIMD16<Int8>(repeating: -64)
        while input.count - i >= 16 {
            // sixteen bytes at a time, each lane of `counters` counting the continuation bytes
            // (10xxxxxx: below -64 as a signed byte) in its place, over at most 255 blocks
            var counters = SIMD16<UInt8>()
            var blocks = 0
            while blocks < 255, input.count &- i >= 16 {
                let block = UnsafeRawPointer(p + i).loadUnaligned(as: SIMD16<Int8>.self)
                counters &+= SIMD16<UInt8>().replacing(with: 1, where: block .< lowestLead)
                i &+= 16; blocks &+= 1
            }
            // (sixteen counts of at most 255 each: their sum fits in 16 bits)
            continuations &+= Int(SIMD16<UInt16>(truncatingIfNeeded: counters).wrappedSum())
        }
        while i < input.count { if p[i] & 0xC0 == 0x80 { continuations += 1 }; i += 1 }
        return input.count - continuations
    }

    /// Whether the lowest byte of `word`, the lead of a three-byte sequence, is neither E0 nor
    /// ED: any continuation bytes then make a well-formed sequence.
    @inline(__always)
    private static func isPlainThreeByteLead(_ word: UInt32) -> Bool {
        let lead = word & 0xFF
        return lead != 0xE0 && lead != 0xED
    }

    /// The code point of the three-byte sequence 1110xxxx 10xxxxxx 10xxxxxx in the lowest
    /// bytes of `word`, from the lowest byte up (checked well-formed).
    @inline(__always)
    private static func threeByteScalar(_ word: UInt32) -> Unicode.Scalar {
        unsafeBitCast((word & 0x0F) << 12 | word >> 2 & 0x0FC0 | word >> 16 & 0x3F, to: Unicode.Scalar.self)
    }

    /// The scalar value of the well-formed sequence at `i` and its length in bytes.
    @inline(__always)
    private static func sequence(_ p: UnsafePointer<UInt8>, at i: Int, end: Int) -> (UInt32, Int)? {
        let lead = p[i]
        if lead < 0x80 { return (UInt32(lead), 1) }
        if lead >= 0xE0 && lead <= 0xEF {
            guard end - i >= 3 else { return nil }
            let b1 = p[i + 1], b2 = p[i + 2]
            let low: UInt8 = lead == 0xE0 ? 0xA0 : 0x80, high: UInt8 = lead == 0xED ? 0x9F : 0xBF
            guard b1 >= low, b1 <= high, b2 & 0xC0 == 0x80 else { return nil }
            return (UInt32(lead & 0x0F) << 12 | UInt32(b1 & 0x3F) << 6 | UInt32(b2 & 0x3F), 3)
        }
        if lead >= 0xC2 && lead <= 0xDF {
            guard end - i >= 2, p[i + 1] & 0xC0 == 0x80 else { return nil }
            return (UInt32(lead & 0x1F) << 6 | UInt32(p[i + 1] & 0x3F), 2)
        }
        if lead >= 0xF0 && lead <= 0xF4 {
            guard end - i >= 4 else { return nil }
            let b1 = p[i + 1], b2 = p[i + 2], b3 = p[i + 3]
            let low: UInt8 = lead == 0xF0 ? 0x90 : 0x80, high: UInt8 = lead == 0xF4 ? 0x8F : 0xBF
            guard b1 >= low, b1 <= high, b2 & 0xC0 == 0x80, b3 & 0xC0 == 0x80 else { return nil }
            return (UInt32(lead & 0x07) << 18 | UInt32(b1 & 0x3F) << 12 | UInt32(b2 & 0x3F) << 6 | UInt32(b3 & 0x3F), 4)
        }
        return nil
    }
}
