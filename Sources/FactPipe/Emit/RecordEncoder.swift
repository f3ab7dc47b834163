/// Writes records as the bytes of an output format (``JSONLEncoder``).
///
/// ``Extractor/encodeRecords(_:doc:with:into:flushAt:flush:)`` hands it each fact and entity
/// as it is found, with no ``Record`` made to hold it: a fact is some 300 bytes, and each move
/// of it is a copy.
public protocol RecordEncoder {
    func encode(_ record: Record, into out: inout [UInt8])
    /// Writes the record `.fact(doc: doc, fact)`.
    func encode(fact: borrowing Fact, doc: String, into out: inout [UInt8])
    /// Writes the record `.entity(doc: doc, entity)`.
    func encode(entity: EntityMention, doc: String, into out: inout [UInt8])
}

extension RecordEncoder {
    public func encode(fact: borrowing Fact, doc: String, into out: inout [UInt8]) {
        encode(.fact(doc: doc, copy fact), into: &out)
    }

    public func encode(entity: EntityMention, doc: String, into out: inout [UInt8]) {
        encode(.entity(doc: doc, entity), into: &out)
    }
}
