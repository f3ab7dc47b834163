#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads lines of an open file by their offsets through one buffer, so that lines near
/// each other (a currency's rows of one month or year) come with one read.
struct RateLineReader {
    private let fd: Int32
    private var buffer: [UInt8]
    private var bufferOffset = 0
    private var filled = 0
    /// Whether the buffer holds the end of the file.
    private var reachedEnd = false

    /// `size`: how many bytes one read asks for.
    init(fd: Int32, size: Int) {
        self.fd = fd
        // filled by reads before any byte is looked at
        buffer = [UInt8](unsafeUninitializedCapacity: max(size, 64)) { _, count in count = max(size, 64) }
    }

    /// Calls `body` with the line at `offset`, without its LF (and a CR before it); `nil`
    /// when the file cannot be read there.
    mutating func line<R>(at offset: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
        var end = offset >= bufferOffset && offset < bufferOffset + filled ? self.end(of: offset) : nil
        if end == nil {
            guard fill(from: offset) else { return nil }
            end = self.end(of: offset)
        }
        guard let end else { return nil }
        let start = offset - bufferOffset
        return buffer.withUnsafeBufferPointer { body(FileLines.line($0, start, end)) }
    }

    /// Where the line at `offset` ends in the buffer (its LF, or the end of the file).
    private func end(of offset: Int) -> Int? {
        let start = offset - bufferOffset
        return buffer.withUnsafeBufferPointer { bytes -> Int? in
            guard let newline = memchr(bytes.baseAddress! + start, 10, filled - start) else { return reachedEnd ? filled : nil }
            return UnsafePointer(newline.assumingMemoryBound(to: UInt8.self)) - bytes.baseAddress!
        }
    }

    /// Reads from `offset` on, at least to the end of its line.
    private mutating func fill(from offset: Int) -> Bool {
        bufferOffset = offset
        filled = 0
        reachedEnd = false
        while true {
            let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + filled, $0.count - filled, off_t(offset + filled)) }
            if n < 0 {
                if errno == EINTR { continue }
                filled = 0
                return false
            }
            if n == 0 {
                reachedEnd = true
                return filled > 0
            }
            filled += n
            if buffer[(filled - n)..<filled].contains(10) { return true }
            if filled == buffer.count { buffer += [UInt8](repeating: 0, count: buffer.count) }
        }
    }
}
