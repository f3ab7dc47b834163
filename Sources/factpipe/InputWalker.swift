import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// One input the command line named: a file found by name or by a folder walk, or stdin.
enum InputSource: Equatable {
    case file(String)
    case standardInput
    /// A path that could not be walked or read, with the reason.
    case unreadable(String, String)
}

/// Expands the paths given on the command line: folders are walked recursively in sorted
/// order (`*.txt` and `*.md`, dot-files skipped), files named directly are taken as they are.
/// Whatever cannot be walked (a symbolic link loop, a folder that cannot be listed, a
/// dangling link, a name that is not UTF-8) becomes an `unreadable` source and the walk goes on.
enum InputWalker {
    static let extensions: Set<String> = ["txt", "md"]

    static func sources(for paths: [String]) -> [InputSource] {
        if paths.isEmpty { return [.standardInput] }
        var result: [InputSource] = []
        for path in paths {
            if path == "-" { result.append(.standardInput); continue }
            var info = stat()
            guard stat(path, &info) == 0 else {
                result.append(.unreadable(path, reason(errno))); continue
            }
            if info.st_mode & S_IFMT == S_IFDIR {
                var visited: Set<FileID> = []
                walk(path, info, into: &result, visited: &visited)
            } else {
                result.append(.file(path))
            }
        }
        return result
    }

    /// A folder's identity, whatever path leads to it.
    struct FileID: Hashable { let device: UInt; let inode: UInt }

    private static func walk(_ directory: String, _ info: stat, into result: inout [InputSource], visited: inout Set<FileID>) {
        guard visited.insert(FileID(device: UInt(info.st_dev), inode: UInt(info.st_ino))).inserted else {
            result.append(.unreadable(directory, "symbolic link loop (folder already walked)")); return
        }
        guard let handle = opendir(directory) else {
            result.append(.unreadable(directory, "cannot list folder: \(String(cString: strerror(errno)))")); return
        }
        var names: [[UInt8]] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
            if name.first == UInt8(ascii: ".") { continue }
            names.append(name)
        }
        closedir(handle)
        names.sort { $0.lexicographicallyPrecedes($1) }
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        for raw in names {
            guard let name = String(validating: raw, as: UTF8.self) else {
                let shown = prefix + String(decoding: raw, as: UTF8.self)
                if looksLikeInput(raw) || isFolder(prefix, raw) {
                    result.append(.unreadable(shown, "file name is not valid UTF-8"))
                }
                continue
            }
            let path = prefix + name
            var info = stat()
            guard stat(path, &info) == 0 else {
                if looksLikeInput(raw) || errno == ELOOP { result.append(.unreadable(path, reason(errno))) }
                continue
            }
            if info.st_mode & S_IFMT == S_IFDIR {
                walk(path, info, into: &result, visited: &visited)
            } else if looksLikeInput(raw) {
                result.append(.file(path))
            }
        }
    }

    /// Whether a file name has one of the extensions a walk reads.
    private static func looksLikeInput(_ name: [UInt8]) -> Bool {
        guard let dot = name.lastIndex(of: UInt8(ascii: ".")) else { return false }
        let ext = String(decoding: name[(dot + 1)...], as: UTF8.self).lowercased()
        return extensions.contains(ext)
    }

    private static func isFolder(_ prefix: String, _ raw: [UInt8]) -> Bool {
        var path = Array(prefix.utf8) + raw
        path.append(0)
        var info = stat()
        return path.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { stat($0.baseAddress!, &info) } } == 0 && info.st_mode & S_IFMT == S_IFDIR
    }

    private static func reason(_ code: Int32) -> String {
        switch code {
        case ENOENT: "no such file or folder (vanished, or a dangling link)"
        case ELOOP: "symbolic link loop"
        default: String(cString: strerror(code))
        }
    }
}
