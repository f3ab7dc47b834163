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

    /// The text between two code-point offsets of `scalars`, written into the memory of
    /// `buffer`, which then holds it too: a sentence's text for its facts, in the memory of the
    /// last sentence's where no fact holds that any longer.
    init(_ scalars: Scalars, _ range: Range<Int>, reusing buffer: inout [UInt8]) {
        scalars.withUnsafeBufferPointer { UTF8Writer.write($0, range, replacing: &buffer) }
        self.init(bytes: buffer)
    }

    static let empty = UTF8Text(bytes: [])

    var string: String { String(decoding: bytes, as: UTF8.self) }
}

extension UTF8Text: Equatable {
    /// Equal when the strings are (canonically equivalent texts are, as for `String`).
    static func == (a: UTF8Text, b: UTF8Text) -> Bool { a.bytes == b.bytes || a.string == b.string }
}
