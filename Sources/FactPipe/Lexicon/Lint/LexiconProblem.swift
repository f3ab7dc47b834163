/// Something wrong, or worth a look, in a lexicon file, with its place.
public struct LexiconProblem: Sendable, Equatable, CustomStringConvertible {
    /// How bad it is: an error makes the file unusable or wrong; a warning should be looked at;
    /// a note says what the checker did.
    public enum Severity: String, Sendable, Comparable {
        case error, warning, note

        /// Errors first, then warnings, then notes.
        public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
        private var rank: Int { self == .error ? 0 : self == .warning ? 1 : 2 }
    }

    /// The file, as it was named to the checker.
    public let path: String
    /// The 1-based line, or 0 for the whole file.
    public let line: Int
    public let severity: Severity
    /// What is wrong, naming the column and the value.
    public let message: String

    /// A problem at `line` of `path`.
    public init(path: String, line: Int, severity: Severity, message: String) {
        self.path = path
        self.line = line
        self.severity = severity
        self.message = message
    }

    /// `path:line: severity: message`, the form compilers and editors jump to.
    public var description: String {
        (line > 0 ? "\(path):\(line)" : path) + ": \(severity.rawValue): \(message)"
    }
}
