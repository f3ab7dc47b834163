/// UTF-16 (what ICU converts other encodings to) straight to scalars in one pass, as
/// `String(decoding:as: UTF16.self)` reads it: a surrogate without its pair becomes U+FFFD.
/// (Through a `String`, each code unit went through the standard library's generic parser,
/// more instructions a character than the rest of the pipeline spends on it.)
enum UTF16Scalars {
    static func decode(_ units: UnsafeBufferPointer<UInt16>) -> Scalars {
        [Unicode.Scalar](uninitializedCount: units.count) { out, written in
            written = 0
            guard let target = out.baseAddress else { return }
            var i = 0
            while i < units.count {
                let unit = UInt32(units[i])
                var value = unit
                if unit & 0xF800 == 0xD800 {
                    if unit < 0xDC00, i + 1 < units.count, units[i + 1] & 0xFC00 == 0xDC00 {
                        value = 0x10000 + ((unit - 0xD800) << 10) + (UInt32(units[i + 1]) - 0xDC00)
                        i += 1
                    } else {
                        value = 0xFFFD
                    }
                }
                // (no surrogate, and at most U+10FFFF: a scalar)
                (target + written).initialize(to: Unicode.Scalar(value).unsafelyUnwrapped)
                written += 1
                i += 1
            }
        }
    }
}
