#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file's bytes mapped into memory, read-only: a page is read from the system's file cache
/// when it is first touched, and shared with it, so a large table of which a run reads a few
/// rows holds a few pages, not the whole file. (Cache files are replaced by renaming a new file
/// over them, never written in place, so the mapped file stays as it was.)
final class MappedFile: @unchecked Sendable {
    let bytes: UnsafeRawBufferPointer

    /// The first `count` bytes of the file open as `fd`; `nil` when they cannot be mapped.
    init?(fd: Int32, count: Int) {
        guard count > 0, let start = mmap(nil, count, PROT_READ, MAP_PRIVATE, fd, 0), start != MAP_FAILED else { return nil }
        bytes = UnsafeRawBufferPointer(start: start, count: count)
    }

    deinit { munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count) }
}

extension ArchiveReader {
    /// How much of a file is read at a time to check its checksum.
    private static let checkedPiece = 1 << 16

    /// The archive in the file at `path`, mapped into memory rather than read (``MappedFile``);
    /// `nil` unless it starts with `header` and ends with the checksum of what is between. The
    /// checksum is checked by reading the file through a buffer of its own, which leaves the
    /// mapped pages untouched.
    init?(mappingFileAt path: String, header: String) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        let size = Int(info.st_size)
        let end = size - MemoryLayout<UInt64>.size
        guard end >= 0, let computed = Self.checksum(fd: fd, count: end), computed == Self.storedChecksum(fd: fd, at: end),
              let file = MappedFile(fd: fd, count: size) else { return nil }
        self.init(checked: .mapped(file), header: header)
    }

    /// The checksum of the first `count` bytes of `fd`; `nil` when they cannot be read.
    private static func checksum(fd: Int32, count: Int) -> UInt64? {
        let piece = UnsafeMutableRawBufferPointer.allocate(byteCount: checkedPiece, alignment: 16)
        defer { piece.deallocate() }
        var checksum = ArchiveChecksum()
        var offset = 0
        while true {
            let wanted = min(checkedPiece, count - offset)
            guard readFully(fd, into: UnsafeMutableRawBufferPointer(rebasing: piece[..<wanted]), at: offset) else { return nil }
            let words = wanted / ArchiveChecksum.wordSize * ArchiveChecksum.wordSize
            checksum.add(words: UnsafeRawBufferPointer(rebasing: piece[..<words]))
            offset += words
            // (only the last piece is not a whole number of words)
            if words < wanted || offset == count {
                return checksum.finished(tail: UnsafeRawBufferPointer(rebasing: piece[words..<wanted]))
            }
        }
    }

    private static func storedChecksum(fd: Int32, at offset: Int) -> UInt64? {
        var stored: UInt64 = 0
        guard withUnsafeMutableBytes(of: &stored, { readFully(fd, into: $0, at: offset) }) else { return nil }
        return stored
    }

    /// Whether all of `buffer` was read from `fd` at `offset`.
    private static func readFully(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer, at offset: Int) -> Bool {
        var done = 0
        while done < buffer.count {
            let n = pread(fd, buffer.baseAddress! + done, buffer.count - done, off_t(offset + done))
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return false }
            done += n
        }
        return true
    }
}
