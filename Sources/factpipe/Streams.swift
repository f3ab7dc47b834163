import Dispatch
import FactPipe
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// Reads a file descriptor in chunks.
struct ChunkReader {
    enum Chunk { case bytes([UInt8]), failure(String) }
    /// What ``next(appendingTo:)`` did.
    enum Appended { case bytes, end, failure(String) }
    let fd: Int32
    private var done = false

    init(fd: Int32) { self.fd = fd }

    mutating func next() -> Chunk? {
        var bytes: [UInt8] = []
        switch next(appendingTo: &bytes) {
        case .bytes: return .bytes(bytes)
        case .end: return nil
        case .failure(let message): return .failure(message)
        }
    }

    /// Reads the next chunk onto the end of `bytes`, straight into its room (no chunk read
    /// first and copied): as much as its free capacity holds, or 64 KB when it has none.
    mutating func next(appendingTo bytes: inout [UInt8]) -> Appended {
        guard !done else { return .end }
        while true {
            var n = 0
            let free = bytes.capacity - bytes.count
            bytes.append(addingCapacity: free > 0 ? free : 1 << 16) { room in
                room.withUnsafeMutableBufferPointer { room, written in
                    n = read(fd, room.baseAddress, room.count)
                    written = max(n, 0)
                }
            }
            if n < 0 {
                if errno == EINTR {
                    if Interrupt.requested { done = true; return .end }
                    continue
                }
                done = true
                return .failure("read error: \(String(cString: strerror(errno)))")
            }
            if n == 0 { done = true; return .end }
            return .bytes
        }
    }
}

/// Where decoded text arriving from a stream is cut: after whole paragraphs, or where a
/// paragraph too long to hold is cut read whole (``LongParagraphCut``).
enum ParagraphCut {
    /// How much of `text` to take (looking for a paragraph end only after `scanned`): up to
    /// the last paragraph end, else, when its paragraph has gone on beyond
    /// ``LongParagraphCut/limit``, up to that paragraph's first cut; nil to wait for more.
    static func next(in text: Scalars, scanned: Int, sentenceStart: (ArraySlice<Unicode.Scalar>) -> Int?) -> Int? {
        if let end = ParagraphSplitter.lastParagraphEnd(in: text, after: scanned) { return end }
        guard LongParagraphCut.isLong(text[...]) else { return nil }
        return LongParagraphCut.firstCut(in: text[...], sentenceStart: sentenceStart)
    }
}

/// A line of JSON Lines input read by Foundation's JSON decoder (the lines `PlainJSONLine`
/// does not read), and the longest line read.
enum JSONLDocument {
    static let maximumLineBytes = 64 << 20

    static func parse(_ line: ArraySlice<UInt8>) -> Result<DecodedJSONLine, ParseFailure> {
        do { return .success(try JSONDecoder().decode(DecodedJSONLine.self, from: Data(line))) }
        catch { return .failure(ParseFailure(message: "not a {\"id\", \"text\"} JSON object")) }
    }
}

struct ParseFailure: Error { let message: String }
