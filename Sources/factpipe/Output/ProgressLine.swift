import Dispatch
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// The progress line of a batch run on standard error: files done of total, throughput,
/// elapsed time and an estimate of the time left. Drawn only on a terminal, at most five
/// times a second, and erased before the summary.
final class ProgressLine {
    private let total: Int
    private let totalBytes: Int
    private let sizes: [String: Int]
    private let started = DispatchTime.now()
    private var lastDraw: UInt64 = 0
    private var done = 0
    private var bytesDone = 0
    private var drawn = false
    private let write: (String) -> Void

    /// A progress line for the files among `sources`, or `nil` when standard error is not a
    /// terminal, when the run is quiet, or when there are no files (a stream is not a batch).
    static func forRun(_ sources: [InputSource], quiet: Bool) -> ProgressLine? {
        guard !quiet, Terminal.isTerminal(2), !Terminal.isDumb else { return nil }
        var sizes: [String: Int] = [:]
        for case .file(let path) in sources {
            var info = stat()
            sizes[path] = stat(path, &info) == 0 ? Int(info.st_size) : 0
        }
        guard !sizes.isEmpty else { return nil }
        return ProgressLine(sizes: sizes) { FileDescriptorWriter.standardError.write($0) }
    }

    init(sizes: [String: Int], write: @escaping (String) -> Void) {
        self.sizes = sizes
        self.total = sizes.count
        self.totalBytes = sizes.values.reduce(0, +)
        self.write = write
    }

    func documentDone(_ doc: String) {
        if let size = sizes[doc] { done += 1; bytesDone += size }
        let now = DispatchTime.now().uptimeNanoseconds
        guard now - lastDraw >= 200_000_000 || done == total else { return }
        lastDraw = now
        write("\r" + line(elapsed: Double(now - started.uptimeNanoseconds) / 1e9) + "\u{1B}[K")
        drawn = true
    }

    /// Erases the line, so the summary starts on a clean line.
    func finish() {
        if drawn { write("\r\u{1B}[K") }
    }

    func line(elapsed: Double) -> String {
        let rate = elapsed > 0 ? Double(bytesDone) / elapsed : 0
        var text = "factpipe: \(done)/\(total) files, \(Self.megabytes(rate)) MB/s, \(Self.clock(elapsed)) elapsed"
        if rate > 0, done < total {
            text += ", ETA \(Self.clock(Double(totalBytes - bytesDone) / rate))"
        }
        return text
    }

    static func megabytes(_ bytesPerSecond: Double) -> String {
        let tenths = Int((bytesPerSecond / 100_000).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }

    static func clock(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        let (h, m, r) = (s / 3600, s / 60 % 60, s % 60)
        let mm = m < 10 ? "0\(m)" : "\(m)", ss = r < 10 ? "0\(r)" : "\(r)"
        return h > 0 ? "\(h):\(mm):\(ss)" : "\(m):\(ss)"
    }
}
