import FactPipe
#if canImport(Glibc)
import Glibc
#endif

/// Text output on standard output, or in a file written under a temporary name and renamed
/// into place when the run ends, so it is never seen half-written.
final class StreamTarget: RecordTarget {
    private let writer: FileDescriptorWriter
    private let finalPath: String?
    private let temporaryPath: String?
    private let encoding: any RecordEncoding

    struct CannotOpen: Error, CustomStringConvertible {
        let path: String
        let reason: String
        var description: String { "cannot write \(path): \(reason)" }
    }

    init(path: String?, encoding: any RecordEncoding) throws {
        self.encoding = encoding
        if let path, path != "-" {
            let temporary = path + ".tmp-\(getpid())"
            let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            guard fd >= 0 else { throw CannotOpen(path: path, reason: String(cString: strerror(errno))) }
            writer = FileDescriptorWriter(fd: fd)
            finalPath = path
            temporaryPath = temporary
        } else {
            writer = FileDescriptorWriter(fd: 1)
            finalPath = nil
            temporaryPath = nil
        }
        writer.write(encoding.header)
    }

    var readerWentAway: Bool { writer.closedByReader && writer.failure == nil }
    var isClosed: Bool { writer.closedByReader }

    func write(_ record: Record) {
        writer.write { encoding.encode(record, into: &$0) }
    }

    var textEncoding: any RecordEncoding { encoding }

    func write(encoded bytes: [UInt8]) { writer.write(bytes) }

    func flush() { writer.flush() }

    func endDocument(_ doc: String) { writer.flush() }

    func finish() -> Bool {
        let ok = writer.flush()
        guard let temporaryPath, let finalPath else { return ok }
        let closed = close(writer.fd) == 0
        if ok && closed && rename(temporaryPath, finalPath) == 0 { return true }
        unlink(temporaryPath)
        return false
    }

    func abandon() {
        if let temporaryPath { close(writer.fd); unlink(temporaryPath) }
    }

    func abandonOnInterrupt() {
        if temporaryPath == nil { flush() } else { abandon() }
    }
}
