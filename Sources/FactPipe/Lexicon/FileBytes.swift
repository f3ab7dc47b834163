#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The bytes of a whole file, read straight into an array (no `Data` in between).
enum FileBytes {
    /// Calls `body(lineNumber, range)` for every line of `bytes`: lines end at LF, a CR
    /// before it is dropped, and numbers start at 1.
    static func forEachLine(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (Int, Range<Int>) throws -> Void) rethrows {
        var number = 0
        var lineStart = 0
        let count = bytes.count
        while lineStart <= count {
            var lineEnd = count
            if lineStart < count, let newline = memchr(bytes.baseAddress! + lineStart, 10, count - lineStart) {
                lineEnd = UnsafePointer(newline.assumingMemoryBound(to: UInt8.self)) - bytes.baseAddress!
            }
            number += 1
            var end = lineEnd
            if end > lineStart && bytes[end - 1] == 13 { end -= 1 }
            try body(number, lineStart..<end)
            lineStart = lineEnd + 1
        }
    }

    /// `nil` when the file cannot be opened or read (also for a folder).
    static func contents(of path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return nil }
        // one byte more than the size, so that one read usually also sees the end
        let size = max(Int(info.st_size), 0)
        var failed = false
        var bytes = [UInt8](unsafeUninitializedCapacity: size + 1) { buffer, count in
            count = fill(fd, UnsafeMutableRawPointer(buffer.baseAddress!), size + 1, &failed)
        }
        if failed { return nil }
        if bytes.count <= size { return bytes }
        // the file grew since fstat
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { fill(fd, $0.baseAddress!, $0.count, &failed) }
            if failed { return nil }
            bytes.append(contentsOf: chunk[0..<n])
            if n < chunk.count { return bytes }
        }
    }

    /// Reads until `capacity` bytes or the end of the file; returns how many were read.
    private static func fill(_ fd: Int32, _ into: UnsafeMutableRawPointer, _ capacity: Int, _ failed: inout Bool) -> Int {
        var done = 0
        while done < capacity {
            let n = read(fd, into + done, capacity - done)
            if n < 0 {
                if errno == EINTR { continue }
                failed = true
                return done
            }
            if n == 0 { break }
            done += n
        }
        return done
    }
}
