/// A line of JSON Lines input in ``PlainJSONLine``'s shape whose text is decoded a piece at a
/// time, for a document too long to hold decoded whole (four bytes a code point) beside its
/// line: the line is checked through once, piece by piece, and its pieces are then decoded
/// again as they are wanted.
///
/// `init` gives `nil` exactly where ``PlainJSONLine`` does, and the pieces, joined, are its text.
public struct StreamedJSONLine: Sendable {
    public let id: String
    private let line: [UInt8]
    /// Where the text's string starts, after its opening quote.
    private let textStart: Int

    public init?(_ line: [UInt8]) {
        var textStart = 0
        let id = JSONLineReader.id(ofObjectIn: line[...]) { reader in
            guard reader.take(JSONLineReader.ASCII.quote) else { return false }
            textStart = reader.i
            var pieces = Pieces(reader: reader, maxBytes: Self.checkedPieceBytes)
            while pieces.next() != nil {}
            guard pieces.ended else { return false }
            reader = pieces.reader
            return true
        }
        guard let id else { return nil }
        self.id = id
        self.line = line
        self.textStart = textStart
    }

    /// The size of the pieces the text is checked in.
    private static let checkedPieceBytes = 1 << 16

    /// The text's code points in pieces of about `maxBytes` of the line's bytes each.
    public func pieces(maxBytes: Int = 1 << 16) -> Pieces {
        Pieces(reader: JSONLineReader(bytes: line[...], at: textStart), maxBytes: maxBytes)
    }

    /// The pieces of a string's code points, in order; the last is followed by nil.
    public struct Pieces: IteratorProtocol {
        fileprivate var reader: JSONLineReader
        let maxBytes: Int
        /// Whether the string's closing quote was reached.
        fileprivate var ended = false
        private var failed = false
        private var unescaped: [UInt8] = []

        fileprivate init(reader: JSONLineReader, maxBytes: Int) {
            self.reader = reader
            self.maxBytes = maxBytes
        }

        public mutating func next() -> [Unicode.Scalar]? {
            guard !ended, !failed else { return nil }
            guard let (scalars, last) = reader.stringScalars(maxBytes: maxBytes, into: &unescaped) else {
                failed = true
                return nil
            }
            ended = last
            return scalars
        }
    }
}
