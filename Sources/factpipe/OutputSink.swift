import FactPipe
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// Where records go: standard output, or a file written under a temporary name and renamed
/// into place when the run ends, so it is never seen half-written.
final class OutputSink {
    private let writer: FileDescriptorWriter
    private let finalPath: String?
    private let temporaryPath: String?
    private let encoder = JSONLEncoder()
    private var scratch: [UInt8] = []

    struct CannotOpen: Error, CustomStringConvertible {
        let path: String
        var description: String { "cannot write \(path): \(String(cString: strerror(errno)))" }
    }

    init(path: String?) throws {
        if let path, path != "-" {
            let temporary = path + ".tmp-\(getpid())"
            let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            guard fd >= 0 else { throw CannotOpen(path: path) }
            writer = FileDescriptorWriter(fd: fd)
            finalPath = path
            temporaryPath = temporary
        } else {
            writer = FileDescriptorWriter(fd: 1)
            finalPath = nil
            temporaryPath = nil
        }
    }

    var readerWentAway: Bool { writer.closedByReader && writer.failure == nil }
    var isClosed: Bool { writer.closedByReader }

    func write(_ record: Record) {
        scratch.removeAll(keepingCapacity: true)
        encoder.encode(record, into: &scratch)
        writer.write(scratch)
    }

    /// Flushes at a document or paragraph boundary, so readers see whole records promptly.
    func flush() { writer.flush() }

    /// Flushes and, for a file, renames it into place. Returns false if writing failed.
    func finish() -> Bool {
        let ok = writer.flush()
        guard let temporaryPath, let finalPath else { return ok }
        let closed = close(writer.fd) == 0
        if ok && closed && rename(temporaryPath, finalPath) == 0 { return true }
        unlink(temporaryPath)
        return false
    }

    /// After Ctrl-C: standard output gets the whole records buffered so far; an output file
    /// is removed, so none is left half-written.
    func abandonOnInterrupt() {
        if temporaryPath == nil { writer.flush() } else { abandon() }
    }

    /// Removes a partly written output file after a fatal error.
    func abandon() {
        if let temporaryPath { close(writer.fd); unlink(temporaryPath) }
    }
}
