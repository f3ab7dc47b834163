/// Bytes written through a pointer into room known to be large enough: no capacity check
/// and no generic append per piece of a record.
struct ByteWriter {
    private(set) var end: UnsafeMutablePointer<UInt8>

    @inline(__always) mutating func put(_ literal: StaticString) {
        end.update(from: literal.utf8Start, count: literal.utf8CodeUnitCount)
        end += literal.utf8CodeUnitCount
    }

    @inline(__always) mutating func put(_ bytes: UnsafeBufferPointer<UInt8>) {
        if let base = bytes.baseAddress { end.update(from: base, count: bytes.count) }
        end += bytes.count
    }

    @inline(__always) mutating func put(_ bytes: UnsafeRawBufferPointer) {
        put(bytes.assumingMemoryBound(to: UInt8.self))
    }

    @inline(__always) mutating func put(_ byte: UInt8) {
        end.pointee = byte
        end += 1
    }

    /// Appends to `out` what `body` writes, which must be at most `bound` bytes.
    static func append(to out: inout [UInt8], bound: Int, _ body: (inout ByteWriter) -> Void) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bound) { room in
            let start = room.baseAddress!
            var writer = ByteWriter(end: start)
            body(&writer)
            precondition(writer.end - start <= bound, "a record outgrew the room reserved for it")
            out.append(contentsOf: UnsafeBufferPointer(start: start, count: writer.end - start))
        }
    }
}
