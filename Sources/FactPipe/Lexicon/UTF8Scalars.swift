/// Code points straight from UTF-8 bytes, for lexicon fields; bytes that are not
/// well-formed UTF-8 are left to `String(decoding:as:)` to repair.
enum UTF8Scalars {
    /// Calls `body` with each code point of `bytes` while it returns `true`; `false` when
    /// the bytes are not well-formed UTF-8 up to where it stopped.
    @inline(__always)
    static func forEach(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Unicode.Scalar) -> Bool) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            let b0 = UInt32(bytes[i])
            if b0 < 0x80 {
                if !body(Unicode.Scalar(UInt8(b0))) { return true }
                i += 1
                continue
            }
            let length: Int, minimum: UInt32
            var value: UInt32
            switch b0 {
            case 0xC2...0xDF: (length, minimum, value) = (2, 0x80, b0 & 0x1F)
            case 0xE0...0xEF: (length, minimum, value) = (3, 0x800, b0 & 0x0F)
            case 0xF0...0xF4: (length, minimum, value) = (4, 0x10000, b0 & 0x07)
            default: return false
            }
            guard n - i >= length else { return false }
            for k in 1..<length {
                let b = UInt32(bytes[i + k])
                guard b & 0xC0 == 0x80 else { return false }
                value = value << 6 | (b & 0x3F)
            }
            guard value >= minimum, let scalar = Unicode.Scalar(value) else { return false }
            if !body(scalar) { return true }
            i += length
        }
        return true
    }
}
