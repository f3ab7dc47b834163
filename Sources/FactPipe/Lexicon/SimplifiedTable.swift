/// Reads `simplified.tsv` (traditional character, tab, simplified character; made by
/// `scripts/make-simplified`) into a code-point map. `#` lines and the header row are
/// skipped.
enum SimplifiedTable {
    static func load(_ path: String) throws -> [UInt32: UInt32]? {
        guard let bytes = FileBytes.contents(of: path) else { return nil }
        var map: [UInt32: UInt32] = [:]
        map.reserveCapacity(4096)
        var sawHeader = false
        try bytes.withUnsafeBufferPointer { bytes in
            try FileBytes.forEachLine(bytes) { number, line in
                let (lineStart, end) = (line.lowerBound, line.upperBound)
                if end == lineStart || bytes[lineStart] == 35 { return } // '#'
                if !sawHeader { sawHeader = true; return }
                var count = 0
                var traditional: UInt32 = 0, tab: UInt32 = 0, simplified: UInt32 = 0
                func take(_ scalar: Unicode.Scalar) -> Bool {
                    switch count {
                    case 0: traditional = scalar.value
                    case 1: tab = scalar.value
                    case 2: simplified = scalar.value
                    default: break
                    }
                    count += 1
                    return count <= 3
                }
                let lineBytes = UnsafeBufferPointer(rebasing: bytes[lineStart..<end])
                if !UTF8Scalars.forEach(in: lineBytes, take) {
                    count = 0
                    for scalar in String(decoding: lineBytes, as: UTF8.self).unicodeScalars { if !take(scalar) { break } }
                }
                guard count == 3, tab == 9 else {
                    throw LexiconError(path: path, line: number, message: "expected one character, a tab and one character")
                }
                map[traditional] = simplified
            }
        }
        return map
    }
}
