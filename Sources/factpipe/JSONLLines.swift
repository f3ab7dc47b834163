#if canImport(Glibc)
import Glibc
#endif

/// The lines of a JSON Lines input read from a file descriptor, each with its number; a line
/// longer than ``JSONLDocument/maximumLineBytes`` is reported and passed over.
struct JSONLLines {
    enum Line {
        case text([UInt8], number: Int)
        case tooLong(number: Int)
        /// The input could not be read on; no line follows.
        case failure(String)

        /// The bytes it holds, for the bound on what is in flight.
        var byteCount: Int { if case .text(let bytes, _) = self { bytes.count } else { 0 } }
    }

    private var reader: ChunkReader
    private var pending: [UInt8] = []
    private var start = 0
    private var number = 0
    private var ended = false

    init(fd: Int32) { reader = ChunkReader(fd: fd) }

    mutating func next() -> Line? {
        while !ended {
            if let line = bufferedLine() { return line }
            pending.removeFirst(start)
            start = 0
            if pending.count > JSONLDocument.maximumLineBytes {
                number += 1
                skipRestOfLine()
                return .tooLong(number: number)
            }
            // (read straight onto the end of what is pending, not into a chunk copied there)
            switch reader.next(appendingTo: &pending) {
            case .bytes: break
            case .failure(let message): ended = true; return .failure(message)
            case .end:
                ended = true
                if !pending.isEmpty { number += 1; return .text(pending, number: number) }
            }
        }
        return nil
    }

    /// The next line, and after it those already read in (up to `maxLines` and about
    /// `maxBytes` in all): a batch that never waits for input beyond its first line.
    mutating func nextBatch(maxLines: Int, maxBytes: Int) -> [Line] {
        guard let first = next() else { return [] }
        var batch = [first]
        var bytes = first.byteCount
        while batch.count < maxLines, bytes < maxBytes, let line = bufferedLine() {
            batch.append(line)
            bytes += line.byteCount
        }
        return batch
    }

    /// The next whole line already read in, without reading.
    private mutating func bufferedLine() -> Line? {
        guard let newline = nextLineFeed() else { return nil }
        number += 1
        guard start == 0, newline >= Self.longLineBytes else {
            defer { start = newline + 1 }
            return .text(Array(pending[start..<newline]), number: number)
        }
        // (a long line, read over many reads, is taken out of what was read, not copied: the
        // rest after it is)
        var line = Array(pending[(newline + 1)...])
        swap(&line, &pending)
        line.removeSubrange(newline...)
        return .text(line, number: number)
    }

    /// A line at least this long is taken out of what was read, not copied.
    static let longLineBytes = 1 << 20

    /// Where the next line feed already read in stands.
    private func nextLineFeed() -> Int? {
        pending.withUnsafeBufferPointer { buffer in
            // (memchr: the search a byte at a time is most of the cost of splitting lines)
            guard start < buffer.count, let base = buffer.baseAddress,
                  let found = memchr(base + start, 10, buffer.count - start) else { return nil }
            return UnsafeRawPointer(base).distance(to: found)
        }
    }

    private mutating func skipRestOfLine() {
        pending.removeAll()
        while let chunk = reader.next(), case .bytes(let more) = chunk {
            if let newline = more.firstIndex(of: 10) { pending = Array(more[(newline + 1)...]); return }
        }
    }
}
