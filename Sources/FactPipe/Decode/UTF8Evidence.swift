/// How much of a byte sample reads as UTF-8: well-formed multibyte sequences against
/// ill-formed ones. Text in GB18030, Big5 or a single-byte encoding almost never forms a
/// well-formed multibyte sequence, so a sample with many of them is UTF-8 with a few bad
/// bytes, not a legacy encoding.
struct UTF8Evidence {
    var wellFormed = 0
    var illFormed = 0

    init(_ bytes: some RandomAccessCollection<UInt8>) {
        let b = Array(bytes)
        var i = 0
        while i < b.count {
            let lead = b[i]
            if lead < 0x80 { i += 1; continue }
            let length: Int
            var second: ClosedRange<UInt8> = 0x80...0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; second = 0xA0...0xBF
            case 0xED: length = 3; second = 0x80...0x9F
            case 0xE1...0xEF: length = 3
            case 0xF0: length = 4; second = 0x90...0xBF
            case 0xF4: length = 4; second = 0x80...0x8F
            case 0xF1...0xF3: length = 4
            default: length = 0
            }
            if length == 0 { illFormed += 1; i += 1; continue }
            if i + length > b.count { break }
            var ok = second.contains(b[i + 1])
            for k in 2..<max(2, length) where ok { ok = b[i + k] & 0xC0 == 0x80 }
            if ok { wellFormed += 1; i += length } else { illFormed += 1; i += 1 }
        }
    }

    /// UTF-8 with some invalid bytes rather than another encoding.
    var isMostlyUTF8: Bool { wellFormed > 0 && wellFormed >= 2 * illFormed }
}
