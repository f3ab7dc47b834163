#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads an open file in pieces of about 64 KB that each end at a line end, so that a large
/// file (the rate table) is never held in memory whole.
enum FileLines {
    /// Calls `body(piece, offset)` for consecutive pieces of the file from byte `offset` on,
    /// until a piece reaches `until`; each piece holds whole lines, LF included (the last one
    /// may lack its LF), and a line longer than a piece gets a larger one. Returns `false`
    /// when the file cannot be read.
    @discardableResult
    static func forEachPiece(fd: Int32, from offset: Int, until: Int = .max,
                             _ body: (_ piece: UnsafeBufferPointer<UInt8>, _ offset: Int) throws -> Void) rethrows -> Bool {
        var capacity = 1 << 16
        var buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        defer { buffer.deallocate() }
        var filled = 0
        var bufferOffset = offset
        while true {
            let n = pread(fd, buffer + filled, capacity - filled, off_t(bufferOffset + filled))
            if n < 0 {
                if errno == EINTR { continue }
                return false
            }
            if n == 0 {
                if filled > 0 { try body(UnsafeBufferPointer(start: buffer, count: filled), bufferOffset) }
                return true
            }
            filled += n
            // the last LF in the buffer ends the piece
            var end = filled
            while end > 0 && buffer[end - 1] != 10 { end -= 1 }
            if end == 0 {
                if filled == capacity {
                    let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
                    larger.update(from: buffer, count: filled)
                    buffer.deallocate()
                    buffer = larger
                    capacity *= 2
                }
                continue
            }
            try body(UnsafeBufferPointer(start: buffer, count: end), bufferOffset)
            if bufferOffset + end >= until { return true }
            memmove(buffer, buffer + end, filled - end)
            bufferOffset += end
            filled -= end
        }
    }

    /// Calls `body(line, number, next)` for every line from byte `offset` on: `line` without
    /// its LF (and a CR before it), `number` counted from 1 at `offset`, `next` the offset of
    /// the line after it. Returns `false` when the file cannot be read.
    @discardableResult
    static func forEach(fd: Int32, from offset: Int,
                        _ body: (_ line: UnsafeBufferPointer<UInt8>, _ number: Int, _ next: Int) throws -> Void) rethrows -> Bool {
        var number = 0
        return try forEachPiece(fd: fd, from: offset) { piece, pieceOffset in
            var start = 0
            while start < piece.count {
                let end = lineEnd(piece, from: start)
                number += 1
                try body(line(piece, start, end), number, pieceOffset + end + 1)
                start = end + 1
            }
        }
    }

    /// The index of the LF that ends the line starting at `start`, or the end of `piece`.
    @inline(__always)
    static func lineEnd(_ piece: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let base = piece.baseAddress!
        guard let newline = memchr(base + start, 10, piece.count - start) else { return piece.count }
        return UnsafePointer(newline.assumingMemoryBound(to: UInt8.self)) - base
    }

    /// `piece[start..<end]` without a CR at its end.
    @inline(__always)
    static func line(_ piece: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UnsafeBufferPointer<UInt8> {
        let length = end > start && piece[end - 1] == 13 ? end - start - 1 : end - start
        return UnsafeBufferPointer(start: piece.baseAddress! + start, count: length)
    }
}
