import FactPipe

/// Turns records into the bytes of a text output format.
protocol RecordEncoding: Sendable {
    /// What the output starts with (a header row), even when no record follows.
    var header: [UInt8] { get }
    func encode(_ record: Record, into out: inout [UInt8])
}

extension RecordEncoding {
    /// The bytes of `records`, one after another.
    func encode(_ records: [Record]) -> [UInt8] {
        var out: [UInt8] = []
        for record in records { encode(record, into: &out) }
        return out
    }
}

/// JSON Lines, every record.
struct JSONLRecordEncoding: RecordEncoding {
    let encoder = JSONLEncoder()
    var header: [UInt8] { [] }
    func encode(_ record: Record, into out: inout [UInt8]) { encoder.encode(record, into: &out) }
}
