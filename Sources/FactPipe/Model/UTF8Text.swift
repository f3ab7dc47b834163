/// A text kept as its UTF-8 bytes: made from code points, which always make well-formed
/// UTF-8, it skips the check of every byte that making a `String` costs, and the encoder
/// writes the bytes as they are. A record's sentence is kept so: it is mostly only written.
struct UTF8Text: Sendable {
    let bytes: [UInt8]
    /// Whether no byte is one JSON escapes (a control character, `"` or `\`): looked for once,
    /// not at each writing (a sentence is written with each of its facts).
    let needsNoEscape: Bool

    init(_ string: String) { self.init(bytes: Array(string.utf8)) }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
        needsNoEscape = bytes.withUnsafeBufferPointer { JSONLEncoder.nextEscape(in: $0, from: 0) == $0.count }
    }

    /// The text between two code-point offsets of `scalars`.
    init(_ scalars: Scalars, _ range: Range<Int>) {
        self.init(bytes: scalars.withUnsafeBufferPointer { UTF8Writer.bytes($0, range) })
    }

    static let empty = UTF8Text(bytes: [])

    var string: String { String(decoding: bytes, as: UTF8.self) }
}

extension UTF8Text: Equatable {
    /// Equal when the strings are (canonically equivalent texts are, as for `String`).
    static func == (a: UTF8Text, b: UTF8Text) -> Bool { a.bytes == b.bytes || a.string == b.string }
}
