/// Reads `simplified.tsv` (traditional character, tab, simplified character; made by
/// `scripts/make-simplified`) into a code-point map. `#` lines and the header row are
/// skipped.
enum SimplifiedTable {
    static func load(_ path: String) throws -> [UInt32: UInt32]? {
        guard let bytes = FileBytes.contents(of: path) else { return nil }
        var map: [UInt32: UInt32] = [:]
        map.reserveCapacity(4096)
        var sawHeader = false
        var number = 0
        var lineStart = 0
        let count = bytes.count
        try bytes.withUnsafeBufferPointer { bytes in
            while lineStart <= count {
                var lineEnd = lineStart
                while lineEnd < count && bytes[lineEnd] != 10 { lineEnd += 1 }
                defer { lineStart = lineEnd + 1 }
                number += 1
                var end = lineEnd
                if end > lineStart && bytes[end - 1] == 13 { end -= 1 }
                if end == lineStart || bytes[lineStart] == 35 { continue } // '#'
                if !sawHeader { sawHeader = true; continue }
                var count = 0
                var traditional: UInt32 = 0, tab: UInt32 = 0, simplified: UInt32 = 0
                for scalar in String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStart..<end]), as: UTF8.self).unicodeScalars {
                    switch count {
                    case 0: traditional = scalar.value
                    case 1: tab = scalar.value
                    case 2: simplified = scalar.value
                    default: break
                    }
                    count += 1
                    if count > 3 { break }
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
