#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Buffered writes to a file descriptor; reports a closed pipe instead of dying of SIGPIPE.
final class FileDescriptorWriter: @unchecked Sendable {
    static let standardError = FileDescriptorWriter(fd: 2, bufferSize: 0)

    let fd: Int32
    private var buffer: [UInt8] = []
    /// How many bytes are buffered before they are written out (0: none, each write is one call).
    let bufferSize: Int
    /// Set once the reader has gone away (EPIPE): nothing more will be written.
    private(set) var closedByReader = false
    private(set) var failure: Int32? = nil

    /// From how many bytes a write goes out from where it lies, after what is buffered: a
    /// document's encoded records, flushed at its end in any case, are not copied first.
    static let directBytes = 4 << 10

    init(fd: Int32, bufferSize: Int = 1 << 16) {
        self.fd = fd
        self.bufferSize = bufferSize
        buffer.reserveCapacity(bufferSize)
    }

    func write(_ text: String) { write(Array(text.utf8)) }

    func write(_ bytes: [UInt8]) {
        guard !closedByReader else { return }
        if bufferSize == 0 {
            // unbuffered (standard error): one write call per message, safe from any thread
            bytes.withUnsafeBytes { raw in _ = Glibc.write(fd, raw.baseAddress, raw.count) }
            return
        }
        guard buffer.count + bytes.count >= bufferSize || bytes.count >= Self.directBytes else {
            buffer.append(contentsOf: bytes); return
        }
        // (bytes that fill the buffer are written from where they are, not copied into it first)
        flush()
        bytes.withUnsafeBytes { writeOut($0) }
    }

    /// Writes what `body` appends to the bytes it is given: straight into the buffer, when
    /// there is one.
    func write(_ body: (inout [UInt8]) -> Void) {
        guard bufferSize > 0, !closedByReader else {
            var bytes: [UInt8] = []
            body(&bytes)
            write(bytes)
            return
        }
        body(&buffer)
        if buffer.count >= bufferSize { flush() }
    }

    /// Writes out what is buffered; returns false when the output is gone or failed.
    @discardableResult
    func flush() -> Bool {
        buffer.withUnsafeBytes { writeOut($0) }
        buffer.removeAll(keepingCapacity: true)
        return !closedByReader
    }

    private func writeOut(_ bytes: UnsafeRawBufferPointer) {
        var offset = 0
        while offset < bytes.count && !closedByReader {
            let n = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                if errno == EPIPE { closedByReader = true } else { failure = errno; closedByReader = true }
                break
            }
            offset += n
        }
    }
}
