#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A folder of rate table summaries (``RateTableSummary``), one file per table path, each
/// naming the file it describes by device, inode, size and change times: a table written
/// since is checked again. A summary is written only for a table unchanged for some seconds,
/// since a file written twice within one tick of the file system's clock keeps its times.
/// Nothing here fails a run: a folder that cannot be made or written just goes unused.
public struct RateTableSummaryCache: Sendable {
    public let directory: String
    /// How long a table must have stood unchanged for its summary to be written.
    let settledSeconds: Int

    public init(directory: String) {
        self.init(directory: directory, settledSeconds: 2)
    }

    init(directory: String, settledSeconds: Int) {
        self.directory = directory
        self.settledSeconds = settledSeconds
    }

    /// `$XDG_CACHE_HOME/factpipe`, else `$HOME/.cache/factpipe`; `nil` without either.
    public static func userCacheDirectory(environment: [String: String]) -> String? {
        if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") { return cache + "/factpipe" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.cache/factpipe" }
        return nil
    }

    func summary(ofTable path: String, file: RateFileIdentity) -> RateTableSummary? {
        guard let bytes = FileBytes.contents(of: summaryPath(path)) else { return nil }
        return RateTableSummary(decoding: String(decoding: bytes, as: UTF8.self), file: file)
    }

    func remember(_ summary: RateTableSummary, ofTable path: String, file: RateFileIdentity) {
        guard time(nil) - file.changed >= settledSeconds, makeDirectory() else { return }
        let target = summaryPath(path)
        let temporary = target + ".\(getpid()).tmp"
        let text = Array(summary.encoded(file: file).utf8)
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return }
        let written = text.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        // a rename replaces a summary whole: a reader sees the old one or the new one
        if written != text.count || rename(temporary, target) != 0 { unlink(temporary) }
    }

    /// The summary file of the table at `path`: named by a hash of the path as given.
    private func summaryPath(_ path: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in path.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        let hex = String(hash, radix: 16)
        return directory + "/rates-" + String(repeating: "0", count: 16 - hex.count) + hex + ".summary"
    }

    /// Makes the folder and those above it as needed; whether it stands.
    private func makeDirectory() -> Bool {
        var info = stat()
        if stat(directory, &info) == 0 { return true }
        var partial = directory.hasPrefix("/") ? "" : "."
        for part in directory.split(separator: "/", omittingEmptySubsequences: true) {
            partial += "/" + part
            if mkdir(partial, 0o700) != 0 && errno != EEXIST { return false }
        }
        return stat(directory, &info) == 0
    }
}
