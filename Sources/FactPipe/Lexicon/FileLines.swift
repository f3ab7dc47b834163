#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads the lines of an open file in 64 KB pieces, so that a large file (the rate table)
/// is never held in memory whole.
enum FileLines {
    /// Calls `body(line, number, next)` for every line from byte `offset` on: `line` without
    /// its LF (and a CR before it), `number` counted from 1 at `offset`, `next` the offset of
    /// the line after it. Returns `false` when the file cannot be read.
    @discardableResult
    static func forEach(fd: Int32, from offset: Int,
                        _ body: (_ line: UnsafeBufferPointer<UInt8>, _ number: Int, _ next: Int) throws -> Void) rethrows -> Bool {
        var capacity = 1 << 16
        var buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        defer { buffer.deallocate() }
        var filled = 0
        var bufferOffset = offset
        var number = 0
        var atEnd = false
        @inline(__always) func line(_ start: Int, _ end: Int) -> UnsafeBufferPointer<UInt8> {
            UnsafeBufferPointer(start: buffer + start, count: end > start && buffer[end - 1] == 13 ? end - start - 1 : end - start)
        }
        while !atEnd {
            let n = pread(fd, buffer + filled, capacity - filled, off_t(bufferOffset + filled))
            if n < 0 {
                if errno == EINTR { continue }
                return false
            }
            if n == 0 { atEnd = true } else { filled += n }
            var start = 0
            while start < filled, let newline = memchr(buffer + start, 10, filled - start) {
                let end = UnsafeMutablePointer(newline.assumingMemoryBound(to: UInt8.self)) - buffer
                number += 1
                try body(line(start, end), number, bufferOffset + end + 1)
                start = end + 1
            }
            if atEnd {
                if start < filled {
                    number += 1
                    try body(line(start, filled), number, bufferOffset + filled)
                }
                break
            }
            if start > 0 {
                memmove(buffer, buffer + start, filled - start)
                bufferOffset += start
                filled -= start
            } else if filled == capacity {
                let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
                larger.update(from: buffer, count: filled)
                buffer.deallocate()
                buffer = larger
                capacity *= 2
            }
        }
        return true
    }
}
