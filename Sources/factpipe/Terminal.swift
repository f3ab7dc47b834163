import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// What standard error is connected to: progress and colour are for people at a terminal,
/// never for pipes, files or `NO_COLOR` (no-color.org).
enum Terminal {
    static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }

    static var isDumb: Bool { ProcessInfo.processInfo.environment["TERM"] == "dumb" }

    /// Colour on `fd` only when it is a terminal, `TERM` is not `dumb` and `NO_COLOR` is
    /// unset or empty.
    static func colorEnabled(_ fd: Int32) -> Bool {
        guard isTerminal(fd), !isDumb else { return false }
        return (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
    }

    enum Color: String {
        case red = "31", yellow = "33", bold = "1", dim = "2"
    }

    static func paint(_ text: String, _ color: Color, enabled: Bool) -> String {
        enabled ? "\u{1B}[\(color.rawValue)m\(text)\u{1B}[0m" : text
    }
}
