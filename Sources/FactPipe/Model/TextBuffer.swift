/// A run of text as Unicode scalars; positions are code-point offsets.
public typealias Scalars = [Unicode.Scalar]

extension Array where Element == Unicode.Scalar {
    /// The text between two code-point offsets.
    func text(_ range: Range<Int>) -> String {
        withUnsafeBufferPointer { UTF8Writer.string($0, range) }
    }

    /// The text between two code-point offsets with ASCII letters in lower case: a lookup key.
    func lowercasedASCIIText(_ range: Range<Int>) -> String {
        withUnsafeBufferPointer { UTF8Writer.string($0, range, lowercasingASCII: true) }
    }
}

extension Array where Element == Unicode.Scalar {
    /// Whether `phrase` stands at `start`, code point for code point.
    func has(_ phrase: Scalars, at start: Int) -> Bool {
        guard start >= 0, start + phrase.count <= count else { return false }
        var k = start
        for s in phrase { if self[k] != s { return false }; k += 1 }
        return true
    }
}

extension ArraySlice where Element == Unicode.Scalar {
    /// The code points as 32-bit values, for passes over them that the compiler vectorises.
    func withValues<R>(_ body: (UnsafeBufferPointer<UInt32>) -> R) -> R {
        withUnsafeBufferPointer { $0.withMemoryRebound(to: UInt32.self, body) }
    }

    /// Whether `scalar` stands in the slice: one pass the compiler vectorises (no early exit),
    /// for a mark most texts lack.
    func holds(_ scalar: Unicode.Scalar) -> Bool {
        withValues { values in
            var found: UInt32 = 0
            for v in values { found |= v == scalar.value ? 1 : 0 }
            return found != 0
        }
    }

    /// The index of the first `scalar` from `start` on, or `endIndex`: sixteen code points a
    /// step compared with it by one vector comparison.
    func firstIndex(of scalar: Unicode.Scalar, from start: Int) -> Int {
        withValues { values in
            var i = start - startIndex
            if let base = values.baseAddress {
                // (a vector, not a scalar, to compare with: the comparison then stays one instruction)
                let sought = SIMD16<UInt32>(repeating: scalar.value)
                while values.count &- i >= 16, !any(UnsafeRawPointer(base + i).loadUnaligned(as: SIMD16<UInt32>.self) .== sought) { i &+= 16 }
            }
            while i < values.count, values[i] != scalar.value { i &+= 1 }
            return startIndex + i
        }
    }

    /// The text between two code-point offsets of the underlying array.
    func text(_ range: Range<Int>) -> String {
        withUnsafeBufferPointer { UTF8Writer.string($0, (range.lowerBound - startIndex)..<(range.upperBound - startIndex)) }
    }

    /// The whole slice with ASCII letters in lower case: a lookup key.
    func lowercasedASCIIText() -> String {
        withUnsafeBufferPointer { UTF8Writer.string($0, 0..<count, lowercasingASCII: true) }
    }
}

/// Scalars to UTF-8 in one pass into the storage of a string (or of a byte array).
enum UTF8Writer {
    static func string(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, lowercasingASCII: Bool = false) -> String {
        let count = utf8Count(scalars, range)
        // (written to scratch memory, then copied into the string unchecked: written into the
        // string's own room, `init(unsafeUninitializedCapacity:)`, every byte was checked, and
        // UTF-8 written from code points is always well-formed)
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count) { out in
            let written = write(scalars, range, count: count, into: out, lowercasingASCII: lowercasingASCII)
            let bytes = UnsafeBufferPointer(rebasing: out[..<written])
            return String(copying: UTF8Span(unchecked: bytes.span, isKnownASCII: written == range.count))
        }
    }

    /// Puts the UTF-8 bytes of the scalars in `range` (the text of
    /// ``string(_:_:lowercasingASCII:)`` without the check of its bytes that making a `String`
    /// costs) in place of the contents of `bytes`, in its memory where no one else holds it.
    static func write(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, replacing bytes: inout [UInt8]) {
        let count = utf8Count(scalars, range)
        bytes.removeAll(keepingCapacity: true)
        // (written straight into the array's room: an array made with room to write into,
        // `init(unsafeUninitializedCapacity:)`, looks its storage type up through generic
        // metadata, some 400 instructions a sentence)
        bytes.append(addingCapacity: count) { room in
            room.withUnsafeMutableBufferPointer { out, written in
                written = write(scalars, range, count: count, into: out, lowercasingASCII: false)
            }
        }
    }

    /// How many bytes the UTF-8 of the scalars in `range` takes: one a code point, and one
    /// more for each at or above U+0080, U+0800 and U+10000.
    private static func utf8Count(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) -> Int {
        UnsafeBufferPointer(rebasing: scalars[range]).withMemoryRebound(to: Int32.self) { values in
            // (no overflow check: the sums stay below three times the count)
            var extra = 0, i = 0
            // eight at a time by vector comparisons (a code point is below 2^21, so compared
            // signed), for a sentence; a short text does not start them
            if values.count >= 8, let base = values.baseAddress {
                var sums = SIMD8<Int32>()
                let one = SIMD8<Int32>(repeating: 1)
                let below2 = SIMD8<Int32>(repeating: 0x7F), below3 = SIMD8<Int32>(repeating: 0x7FF), below4 = SIMD8<Int32>(repeating: 0xFFFF)
                while values.count &- i >= 8 {
                    let v = UnsafeRawPointer(base + i).loadUnaligned(as: SIMD8<Int32>.self)
                    sums &+= SIMD8().replacing(with: one, where: v .> below2) &+ SIMD8().replacing(with: one, where: v .> below3)
                        &+ SIMD8().replacing(with: one, where: v .> below4)
                    i &+= 8
                }
                extra = Int(sums.wrappedSum())
            }
            while i < values.count {
                let v = values[i]
                extra &+= (v >= 0x80 ? 1 : 0) &+ (v >= 0x800 ? 1 : 0) &+ (v >= 0x10000 ? 1 : 0)
                i &+= 1
            }
            return values.count &+ extra
        }
    }

    /// Writes the UTF-8 of the scalars in `range`, `count` bytes (``utf8Count(_:_:)``), to `out`.
    @inline(__always) private static func write(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, count: Int,
                              into out: UnsafeMutableBufferPointer<UInt8>, lowercasingASCII: Bool) -> Int {
        // one byte a code point: a plain copy, which the compiler vectorises
        if count == range.count { return ascii(scalars, range, into: out, lowercasing: lowercasingASCII) }
        // (wrapping: `k` stays below `count`)
        var k = 0
        for i in range { forEachByte(of: scalars[i], lowercasingASCII: lowercasingASCII) { out[k] = $0; k &+= 1 } }
        return k
    }

    /// Calls `body` with each UTF-8 byte of `s`, an ASCII capital in lower case when asked.
    @inline(__always) static func forEachByte(of s: Unicode.Scalar, lowercasingASCII: Bool, _ body: (UInt8) -> Void) {
        // (truncating: every value fits)
        let v = s.value
        if v < 0x80 {
            body(UInt8(truncatingIfNeeded: lowercasingASCII && v &- 65 < 26 ? v | 0x20 : v))
        } else if v < 0x800 {
            body(UInt8(truncatingIfNeeded: 0xC0 | v >> 6)); body(UInt8(truncatingIfNeeded: 0x80 | v & 0x3F))
        } else if v < 0x10000 {
            body(UInt8(truncatingIfNeeded: 0xE0 | v >> 12)); body(UInt8(truncatingIfNeeded: 0x80 | v >> 6 & 0x3F))
            body(UInt8(truncatingIfNeeded: 0x80 | v & 0x3F))
        } else {
            body(UInt8(truncatingIfNeeded: 0xF0 | v >> 18)); body(UInt8(truncatingIfNeeded: 0x80 | v >> 12 & 0x3F))
            body(UInt8(truncatingIfNeeded: 0x80 | v >> 6 & 0x3F)); body(UInt8(truncatingIfNeeded: 0x80 | v & 0x3F))
        }
    }

    /// Whether `string` is the text of `scalars` with ASCII capitals in lower case, byte for
    /// byte; `nil` for a string that holds no contiguous bytes (a bridged one).
    @inline(__always) static func spellsLowercasedASCII<Scalars: Sequence>(_ scalars: Scalars, _ string: String) -> Bool?
        where Scalars.Element == Unicode.Scalar {
        string.utf8.withContiguousStorageIfAvailable { bytes in
            var k = 0, same = true
            for s in scalars {
                forEachByte(of: s, lowercasingASCII: true) { byte in
                    same = same && k < bytes.count && bytes[k] == byte
                    k += 1
                }
            }
            return same && k == bytes.count
        }
    }

    private static func ascii(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, into out: UnsafeMutableBufferPointer<UInt8>,
                              lowercasing: Bool) -> Int {
        guard !range.isEmpty, let source = scalars.baseAddress.map({ $0 + range.lowerBound }), let target = out.baseAddress else { return 0 }
        // one index for both sides and no overflow check: loops the compiler vectorises
        if lowercasing {
            for k in 0..<range.count {
                let v = source[k].value
                target[k] = UInt8(truncatingIfNeeded: v &- 65 < 26 ? v | 0x20 : v)
            }
        } else {
            for k in 0..<range.count { target[k] = UInt8(truncatingIfNeeded: source[k].value) }
        }
        return range.count
    }
}

extension Unicode.Scalar {
    /// White space (Unicode White_Space), looked up only in U+1680...U+3000
    /// (``isUnicodeWhitespace(_:)``).
    @inline(__always) var isWhite: Bool { isUnicodeWhitespace(self) }
}

extension String {
    var scalarArray: Scalars { Array(unicodeScalars) }
}
