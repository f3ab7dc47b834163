import FoundationEssentials

/// Checks lexicon files the way the loaders read them, and more strictly: every line parses,
/// no key is listed twice or with two meanings, codes are ISO 4217, rates are dated, and no
/// cell carries stray white space. Each problem names its file and line.
///
/// The kind of a file is known by its name (`currencies.tsv`, `rates.tsv`, `entities.tsv`,
/// ...) or by its header row, so a user's own `my-currencies.tsv` is checked as currencies; a
/// file of an unknown kind is checked as plain TSV.
public enum LexiconLinter {
    /// The problems of the file at `path`, ordered by line.
    public static func check(path: String) -> [LexiconProblem] {
        guard let data = FileManager.default.contents(atPath: path) else {
            return [LexiconProblem(path: path, line: 0, severity: .error, message: "cannot be read")]
        }
        return check(bytes: Array(data), path: path)
    }

    /// The problems of a lexicon file's contents; `path` names it in messages and, by its
    /// last component, tells its kind.
    public static func check(bytes: [UInt8], path: String) -> [LexiconProblem] {
        var problems: [LexiconProblem] = []
        func report(_ line: Int, _ severity: LexiconProblem.Severity, _ message: String) {
            problems.append(LexiconProblem(path: path, line: line, severity: severity, message: message))
        }
        var header: [String]? = nil
        var kind: LexiconKind? = nil
        var claimed: [String: (line: Int, claim: LexiconKind.Claim)] = [:]
        var rowsSeen: [String: Int] = [:]
        var number = 0
        var start = 0
        while start < bytes.count || (start == 0 && bytes.isEmpty) {
            guard !bytes.isEmpty else { break }
            let end = bytes[start...].firstIndex(of: 10) ?? bytes.count
            defer { start = end + 1 }
            number += 1
            var raw = bytes[start..<end]
            if raw.last == 13 { raw = raw.dropLast() }
            guard let line = String(validating: raw, as: UTF8.self) else {
                report(number, .error, "not valid UTF-8"); continue
            }
            if number == 1, line.hasPrefix("\u{FEFF}") { report(number, .warning, "starts with a byte-order mark") }
            if line.isEmpty || line.hasPrefix("#") { continue }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard let columns = header else {
                header = cells
                var seen: Set<String> = []
                for name in cells where !seen.insert(name).inserted { report(number, .error, "column '\(name)' named twice") }
                if cells.contains("") { report(number, .error, "header has an empty column name") }
                kind = LexiconKind.detect(fileName: path.split(separator: "/").last.map(String.init) ?? path, header: cells)
                if let kind {
                    for column in kind.columns where !cells.contains(column) {
                        report(number, .error, "\(kind.name) file without the column '\(column)'")
                    }
                } else {
                    report(number, .note, "not a lexicon kind factpipe knows; checked as tab-separated text only")
                }
                continue
            }
            guard cells.count == columns.count else {
                report(number, .error, "expected \(columns.count) tab-separated fields (\(columns.joined(separator: ", "))), found \(cells.count)")
                continue
            }
            for (column, cell) in zip(columns, cells) {
                if let problem = cellProblem(cell) { report(number, .error, "\(column): \(problem)") }
            }
            if cells.first?.isEmpty == true { report(number, .error, "\(columns[0]) is empty") }
            if let earlier = rowsSeen.updateValue(number, forKey: line) {
                report(number, .error, "repeats line \(earlier)"); continue
            }
            guard let kind else { continue }
            let row = LexiconKind.Row(uniqueKeysWithValues: zip(columns, cells))
            var valid = true
            for (column, validate) in kind.validators.sorted(by: { $0.key < $1.key }) {
                guard let value = row[column], let message = validate(value) else { continue }
                report(number, .error, "\(column): \(message)")
                valid = false
            }
            guard valid else { continue }
            for claim in kind.claims(row) {
                if let (line, earlier) = claimed[claim.key] {
                    if earlier.value == claim.value {
                        report(number, .error, "\(claim.display) is already listed on line \(line)")
                    } else {
                        report(number, .error, "\(claim.display) means '\(claim.value)' here but '\(earlier.value)' on line \(line)")
                    }
                    break
                }
                claimed[claim.key] = (number, claim)
            }
        }
        if header == nil { report(0, .error, "has no header row") }
        return problems
    }

    /// Lexicon files of `directory` (`*.tsv`), sorted.
    public static func files(in directory: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasSuffix(".tsv") && !$0.hasPrefix(".") }.sorted().map { directory + "/" + $0 }
    }

    private static func cellProblem(_ cell: String) -> String? {
        guard let first = cell.unicodeScalars.first, let last = cell.unicodeScalars.last else { return nil }
        if first.properties.isWhitespace || last.properties.isWhitespace {
            return "stray white space around '\(cell.trimmed)'"
        }
        if let c = cell.unicodeScalars.first(where: { $0.properties.generalCategory == .control }) {
            return "control character U+\(String(c.value, radix: 16, uppercase: true))"
        }
        return nil
    }
}
