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
enum InputWalker {
    static let extensions: Set<String> = ["txt", "md"]

    static func sources(for paths: [String]) -> [InputSource] {
        if paths.isEmpty { return [.standardInput] }
        var result: [InputSource] = []
        for path in paths {
            if path == "-" { result.append(.standardInput); continue }
            var isDirectory = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                result.append(.unreadable(path, "no such file or directory")); continue
            }
            if isDirectory {
                var visited: Set<String> = []
                walk(path, into: &result, visited: &visited)
            } else {
                result.append(.file(path))
            }
        }
        return result
    }

    private static func walk(_ directory: String, into result: inout [InputSource], visited: inout Set<String>) {
        let real = (try? FileManager.default.destinationOfSymbolicLink(atPath: directory)) ?? directory
        guard visited.insert(canonical(real, base: directory)).inserted else {
            result.append(.unreadable(directory, "symbolic link loop")); return
        }
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: directory).sorted() }
        catch { result.append(.unreadable(directory, "cannot list directory")); return }
        for name in names where !name.hasPrefix(".") {
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            var isDirectory = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                result.append(.unreadable(path, "vanished or dangling link")); continue
            }
            if isDirectory {
                walk(path, into: &result, visited: &visited)
            } else if let dot = name.lastIndex(of: "."), extensions.contains(String(name[name.index(after: dot)...]).lowercased()) {
                result.append(.file(path))
            }
        }
    }

    private static func canonical(_ path: String, base: String) -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        if realpath(base, &buffer) != nil { return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self) }
        return path
    }
}
