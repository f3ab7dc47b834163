import Dispatch
import FactPipe
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// Reads a file descriptor in chunks.
struct ChunkReader {
    enum Chunk { case bytes([UInt8]), failure(String) }
    let fd: Int32
    private var buffer = [UInt8](repeating: 0, count: 1 << 16)
    private var done = false

    init(fd: Int32) { self.fd = fd }

    mutating func next() -> Chunk? {
        guard !done else { return nil }
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                done = true
                return .failure("read error: \(String(cString: strerror(errno)))")
            }
            if n == 0 { done = true; return nil }
            return .bytes(Array(buffer[0..<n]))
        }
    }
}

/// Where a byte stream of UTF-8 text can be cut between paragraphs.
enum ParagraphCut {
    /// The index just after the last blank line in `bytes`; with `force`, else after the
    /// last line end, else at the last UTF-8 character boundary.
    static func lastCut(in bytes: [UInt8], force: Bool) -> Int? {
        var i = bytes.count - 1
        while i > 0 {
            if bytes[i] == 10 {
                var j = i - 1
                while j >= 0, bytes[j] == 13 || bytes[j] == 32 || bytes[j] == 9 { j -= 1 }
                if j >= 0, bytes[j] == 10 { return i + 1 }
            }
            i -= 1
        }
        guard force else { return nil }
        if let newline = bytes.lastIndex(of: 10) { return newline + 1 }
        var cut = bytes.count
        while cut > 0, bytes[cut - 1] & 0xC0 == 0x80 { cut -= 1 }
        return cut > 1 ? cut - 1 : nil
    }
}

extension TextDecoder {
    /// A piece of a UTF-8 stream (cut at a character boundary), invalid bytes replaced.
    static func decodeStreamingUTF8(_ bytes: [UInt8]) -> DecodedText {
        let text = String(decoding: bytes, as: UTF8.self)
        let scalars = Array(text.unicodeScalars)
        var replaced = 0
        if String(validating: bytes, as: UTF8.self) == nil { replaced = scalars.reduce(0) { $0 + ($1 == "\u{FFFD}" ? 1 : 0) } }
        return DecodedText(scalars: scalars, encoding: "UTF-8", replacedSequences: replaced)
    }
}

/// One line of `--input jsonl`.
struct JSONLDocument: Decodable {
    static let maximumLineBytes = 64 << 20
    let id: String
    let text: String

    private enum Keys: String, CodingKey { case id, text }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Keys.self)
        if let s = try? container.decode(String.self, forKey: .id) { id = s }
        else if let n = try? container.decode(Int.self, forKey: .id) { id = String(n) }
        else { throw DecodingError.dataCorruptedError(forKey: .id, in: container, debugDescription: "\"id\" must be a string or an integer") }
        text = try container.decode(String.self, forKey: .text)
    }

    static func parse(_ line: ArraySlice<UInt8>) -> Result<JSONLDocument, ParseFailure> {
        do { return .success(try JSONDecoder().decode(JSONLDocument.self, from: Data(line))) }
        catch { return .failure(ParseFailure(message: "not a {\"id\", \"text\"} JSON object")) }
    }
}

struct ParseFailure: Error { let message: String }

/// A thread-safe counter handing out work indices.
final class Counter: @unchecked Sendable {
    private var value = 0
    private let lock = DispatchSemaphore(value: 1)
    func take(below limit: Int) -> Int? {
        lock.wait(); defer { lock.signal() }
        guard value < limit else { return nil }
        value += 1
        return value - 1
    }
}

/// Results filled by workers in any order and taken in index order.
final class ResultSlots<T>: @unchecked Sendable {
    private var slots: [T?]
    private let ready: [DispatchSemaphore]
    private let lock = DispatchSemaphore(value: 1)
    private(set) var cancelled = false

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
        ready = (0..<count).map { _ in DispatchSemaphore(value: 0) }
    }

    func put(_ index: Int, _ value: T) {
        lock.wait(); slots[index] = value; lock.signal()
        ready[index].signal()
    }

    func wait(_ index: Int) -> T {
        ready[index].wait()
        lock.wait(); defer { lock.signal() }
        let value = slots[index]!
        slots[index] = nil
        return value
    }

    func cancel() { cancelled = true }
}
