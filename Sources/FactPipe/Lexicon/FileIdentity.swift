#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file as the system knows it: device, inode, size, and the times of its last change
/// to contents and to status. A file written again, in place or replaced, differs in one of
/// them, unless it was written within the same tick of the file system's clock.
struct FileIdentity: Equatable {
    let text: String
    /// The later of the two times, in seconds.
    let changed: Int
    let size: Int

    init(_ info: stat) {
        #if canImport(Darwin)
        let (modified, statusChanged) = (info.st_mtimespec, info.st_ctimespec)
        #else
        let (modified, statusChanged) = (info.st_mtim, info.st_ctim)
        #endif
        text = "\(info.st_dev) \(info.st_ino) \(info.st_size) \(modified.tv_sec).\(modified.tv_nsec) \(statusChanged.tv_sec).\(statusChanged.tv_nsec)"
        changed = max(Int(modified.tv_sec), Int(statusChanged.tv_sec))
        size = Int(info.st_size)
    }

    /// The plain file at `path`; `nil` for anything else, or when it cannot be seen.
    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        self.init(info)
    }

    /// The program running: tables it builds and keeps are read back by the same program
    /// only. `nil` where the system does not name it. (Opened, not passed to `stat`: the file
    /// opened is the one running even after it was replaced, and a tool that runs the program
    /// under its own, as valgrind does, hands over the program's file to `open` only.)
    static let executable: FileIdentity? = {
        let fd = open("/proc/self/exe", O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return FileIdentity(info)
    }()
}
