import FactPipe

/// The text of a document streamed by ``TextStreamer``, decoded as it arrives.
protocol TextSource {
    /// The code points that came next (perhaps none yet); nil at the end of the input. Throws
    /// when the input cannot be read or decoded.
    mutating func next() throws -> Scalars?
    /// The code points held back until the end (a sequence the input's end cut short).
    mutating func finish() throws -> Scalars
}

/// A file descriptor's bytes, decoded by `decoder` (which detects the encoding on the first
/// bytes, unless told it).
struct DecodedStream: TextSource {
    private var reader: ChunkReader
    let decoder: StreamingTextDecoder

    init(fd: Int32, decoder: StreamingTextDecoder) {
        reader = ChunkReader(fd: fd)
        self.decoder = decoder
    }

    mutating func next() throws -> Scalars? {
        switch reader.next() {
        case nil: return nil
        case .failure(let message)?: throw ReadFailure(description: message)
        case .bytes(let bytes)?: return try decoder.decode(bytes, final: false)
        }
    }

    mutating func finish() throws -> Scalars { try decoder.decode([], final: true) }
}

/// The text of a JSON Lines document, decoded from its line a piece at a time.
struct JSONTextStream: TextSource {
    var pieces: StreamedJSONLine.Pieces

    mutating func next() -> Scalars? { pieces.next() }
    func finish() -> Scalars { [] }
}

/// Why an input could not be read on.
struct ReadFailure: Error, CustomStringConvertible {
    let description: String
}
