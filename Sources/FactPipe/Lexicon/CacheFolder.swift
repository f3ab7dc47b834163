#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A folder where what loading derives from the data files is kept between runs: the
/// summaries and indexes of rate tables, the built entity lexicon. Each file names the
/// files it was derived from (``FileIdentity``), so one derived from a file written since
/// is not used, and is made again. Nothing is written for a file changed within the last
/// seconds, since a file written twice within one tick of the file system's clock keeps its
/// times. Nothing here fails a run: a folder that cannot be made or written just goes unused.
public struct CacheFolder: Sendable {
    public let directory: String
    /// How long a file must have stood unchanged for what is derived from it to be kept; 0
    /// keeps it at once (a file's times may be a moment ahead of `time()`, which lags the
    /// file system's finer clock by up to a tick, so "changed 0 seconds ago" is not a test).
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

    /// The bytes kept as `kind` for the file at `path`.
    func read(_ kind: String, of path: String) -> [UInt8]? {
        FileBytes.contents(of: cachePath(kind, of: path))
    }

    /// The archive kept as `kind` for the file at `path`, mapped into memory
    /// (``ArchiveReader/init(mappingFileAt:header:)``), if whole and written under `header`.
    func mappedArchive(_ kind: String, of path: String, header: String) -> ArchiveReader? {
        ArchiveReader(mappingFileAt: cachePath(kind, of: path), header: header)
    }

    /// Whether a file is kept as `kind` for the file at `path`.
    func has(_ kind: String, of path: String) -> Bool {
        var info = stat()
        return stat(cachePath(kind, of: path), &info) == 0
    }

    /// Keeps `bytes` as `kind` for the file at `path`, unless a file they were derived from
    /// changed within the last seconds (at `changed`, the latest change among them). Written
    /// through a temporary file renamed over the old one: a reader sees one or the other, whole.
    func store(_ bytes: [UInt8], as kind: String, of path: String, changed: Int) {
        guard settledSeconds == 0 || time(nil) - changed >= settledSeconds, makeDirectory() else { return }
        let target = cachePath(kind, of: path)
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

    /// The file kept as `kind` (`rates-….summary`) for the file at `path`: named by a hash of
    /// the path as given.
    private func cachePath(_ kind: String, of path: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in path.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        let hex = String(hash, radix: 16)
        let dot = kind.firstIndex(of: ".") ?? kind.endIndex
        return directory + "/" + kind[..<dot] + "-" + String(repeating: "0", count: 16 - hex.count) + hex + kind[dot...]
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
