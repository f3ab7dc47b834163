import FactPipe

/// Turns records into the bytes of a text output format.
protocol RecordEncoding: RecordEncoder, Sendable {
    /// What the output starts with (a header row), even when no record follows.
    var header: [UInt8] { get }
}

/// JSON Lines, every record.
struct JSONLRecordEncoding: RecordEncoding {
    let encoder = JSONLEncoder()
    var header: [UInt8] { [] }
    func encode(_ record: Record, into out: inout [UInt8]) { encoder.encode(record, into: &out) }
    func encode(fact: borrowing Fact, doc: String, into out: inout [UInt8]) { encoder.encode(fact: fact, doc: doc, into: &out) }
    func encode(entity: EntityMention, doc: String, into out: inout [UInt8]) { encoder.encode(entity: entity, doc: doc, into: &out) }
}
