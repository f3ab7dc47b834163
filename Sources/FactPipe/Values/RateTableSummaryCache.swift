#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A folder of rate table summaries (``RateTableSummary``) and indexes (``RateIndex``), one
/// of each per table path, each naming the file it describes by device, inode, size and change
/// times: a table written since is checked and indexed again. Nothing is written for a table
/// changed within the last seconds, since a file written twice within one tick of the file
/// system's clock keeps its times. Nothing here fails a run: a folder that cannot be made or
/// written just goes unused.
public struct RateTableSummaryCache: Sendable {
    public let directory: String
    /// How long a table must have stood unchanged for its summary and index to be written.
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
        guard let bytes = FileBytes.contents(of: cachePath(path, "summary")) else { return nil }
        return RateTableSummary(decoding: String(decoding: bytes, as: UTF8.self), file: file)
    }

    func remember(_ summary: RateTableSummary, ofTable path: String, file: RateFileIdentity) {
        store(Array(summary.encoded(file: file).utf8), at: cachePath(path, "summary"), file: file)
    }

    func index(ofTable path: String, file: RateFileIdentity, currencyCount: Int) -> RateIndex? {
        guard let bytes = FileBytes.contents(of: cachePath(path, "index")) else { return nil }
        return RateIndex(decoding: bytes, file: file, currencyCount: currencyCount)
    }

    func remember(_ index: RateIndex, ofTable path: String, file: RateFileIdentity) {
        store(index.encoded(file: file), at: cachePath(path, "index"), file: file)
    }

    /// Writes `bytes` at `target` through a temporary file renamed over it: a reader sees the
    /// old file or the new one, whole.
    private func store(_ bytes: [UInt8], at target: String, file: RateFileIdentity) {
        guard time(nil) - file.changed >= settledSeconds, makeDirectory() else { return }
        let temporary = target + ".\(getpid()).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return }
        var written = 0
        bytes.withUnsafeBytes { raw in
            while written < raw.count {
                let n = write(fd, raw.baseAddress! + written, raw.count - written)
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { return }
                written += n
            }
        }
        close(fd)
        if written != bytes.count || rename(temporary, target) != 0 { unlink(temporary) }
    }

    /// The cache file of the table at `path` with `suffix`: named by a hash of the path as given.
    private func cachePath(_ path: String, _ suffix: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in path.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        let hex = String(hash, radix: 16)
        return directory + "/rates-" + String(repeating: "0", count: 16 - hex.count) + hex + "." + suffix
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
