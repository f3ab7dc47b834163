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

    /// Appends to `out` what `body` writes, which must be at most `bound` bytes: written
    /// straight into `out`'s free capacity (a buffer of the writer's own, a record's bound
    /// being over a kilobyte, would come from the heap for every record).
    static func append(to out: inout [UInt8], bound: Int, _ body: (inout ByteWriter) -> Void) {
        let free = out.capacity - out.count
        if free < bound { out.reserveCapacity(Swift.max(out.count + bound, 2 * out.capacity)) }
        withoutActuallyEscaping(body) { body in out.append(contentsOf: WrittenBytes(bound: bound, body: body)) }
    }

    /// Writes what `body` writes at `start`, with `bound` bytes of room there; returns how many.
    fileprivate static func write(at start: UnsafeMutablePointer<UInt8>, bound: Int, _ body: (inout ByteWriter) -> Void) -> Int {
        var writer = ByteWriter(end: start)
        body(&writer)
        precondition(writer.end - start <= bound, "a record outgrew the room reserved for it")
        return writer.end - start
    }
}

/// The bytes a ``ByteWriter`` body writes, as a sequence: `Array.append(contentsOf:)` hands
/// its free capacity to ``_copyContents(initializing:)``, which writes them there when the
/// room is large enough (``ByteWriter/append(to:bound:_:)`` makes sure it is), and through an
/// array of their own otherwise.
private struct WrittenBytes: Sequence {
    let bound: Int
    let body: (inout ByteWriter) -> Void

    var underestimatedCount: Int { 0 }

    func makeIterator() -> IndexingIterator<[UInt8]> {
        [UInt8](unsafeUninitializedCapacity: bound) { room, count in
            count = ByteWriter.write(at: room.baseAddress!, bound: bound, body)
        }.makeIterator()
    }

    func _copyContents(initializing room: UnsafeMutableBufferPointer<UInt8>) -> (IndexingIterator<[UInt8]>, Int) {
        guard room.count >= bound, let start = room.baseAddress else {
            var rest = makeIterator()
            var written = 0
            while written < room.count, let byte = rest.next() { room[written] = byte; written += 1 }
            return (rest, written)
        }
        return ([UInt8]().makeIterator(), ByteWriter.write(at: start, bound: bound, body))
    }
}
