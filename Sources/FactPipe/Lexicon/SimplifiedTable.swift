import FoundationEssentials

/// Reads `simplified.tsv` (traditional character, tab, simplified character; made by
/// `scripts/make-simplified`) into a code-point map. `#` lines and the header row are
/// skipped.
enum SimplifiedTable {
    static func load(_ path: String) throws -> [UInt32: UInt32]? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        var map: [UInt32: UInt32] = [:]
        map.reserveCapacity(4096)
        var sawHeader = false
        var number = 0
        for line in String(decoding: data, as: UTF8.self).unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            var fields = Array(line)
            if fields.last == "\r" { fields.removeLast() }
            if fields.isEmpty || fields.first == "#" { continue }
            if !sawHeader { sawHeader = true; continue }
            guard fields.count == 3, fields[1] == "\t" else {
                throw LexiconError(path: path, line: number, message: "expected one character, a tab and one character")
            }
            map[fields[0].value] = fields[2].value
        }
        return map
    }
}
