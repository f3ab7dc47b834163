import ArgumentParser

/// The `--format` of the output.
enum OutputFormat: String, ArgumentValues {
    /// JSON Lines: every record type, every field.
    case jsonl
    /// Facts only, RFC 4180 CSV with one header row of the contract's fields.
    case csv
    /// Facts only, tab-separated, with `\t`, `\n`, `\r` and `\\` escaped.
    case tsv
    /// A SQLite database (needs `--output FILE`).
    case sqlite
}
