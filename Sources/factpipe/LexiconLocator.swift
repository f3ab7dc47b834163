import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// Finds the lexicon folder: `--lexicons`, then `$FACTPIPE_LEXICONS`, then `Lexicons/` next
/// to the executable (or in a parent folder of it, as in a build tree), then `./Lexicons`.
enum LexiconLocator {
    struct NotFound: Error, CustomStringConvertible {
        let tried: [String]
        var description: String {
            "cannot find the lexicons (tried: \(tried.joined(separator: ", "))); pass --lexicons DIR or set FACTPIPE_LEXICONS"
        }
    }

    static func find(explicit: String?) throws -> String {
        var candidates: [String] = []
        if let explicit { candidates.append(explicit) }
        else {
            if let env = ProcessInfo.processInfo.environment["FACTPIPE_LEXICONS"], !env.isEmpty { candidates.append(env) }
            var directory = executableDirectory()
            for _ in 0..<5 {
                candidates.append(directory + "/Lexicons")
                let parent = directory.asPath.deletingLastComponent
                if parent == directory { break }
                directory = parent
            }
            candidates.append(FileManager.default.currentDirectoryPath + "/Lexicons")
        }
        for candidate in candidates where FileManager.default.fileExists(atPath: candidate + "/currencies.tsv") {
            return candidate
        }
        throw NotFound(tried: candidates)
    }

    private static func executableDirectory() -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard n > 0 else { return FileManager.default.currentDirectoryPath }
        let path = String(decoding: buffer.prefix(n).map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return path.asPath.deletingLastComponent
    }
}

/// Path arithmetic without Foundation's NSString.
struct NSStringPath {
    let path: String
    var deletingLastComponent: String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}

extension String {
    var asPath: NSStringPath { NSStringPath(path: self) }
}
