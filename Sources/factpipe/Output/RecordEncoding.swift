import FactPipe

/// Turns records into the bytes of a text output format.
protocol RecordEncoding: RecordEncoder, Sendable {
    /// What the output starts with (a header row), even when no record follows.
    var header: [UInt8] { get }
}

/// JSON Lines, every record, with no header.
extension JSONLEncoder: RecordEncoding {
    var header: [UInt8] { [] }
}
