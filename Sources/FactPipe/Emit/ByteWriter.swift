/// Bytes written through a pointer into room known to be large enough: no capacity check
/// and no generic append per piece of a record.
struct ByteWriter {
    private(set) var end: UnsafeMutablePointer<UInt8>

    @inline(__always) mutating func put(_ literal: StaticString) {
        end.update(from: literal.utf8Start, count: literal.utf8CodeUnitCount)
        end += literal.utf8CodeUnitCount
    }

    @inline(__always) mutating func put(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        let count = bytes.count
        // (a short run, a name or a date, copied by words that overlap, not by a call)
        let from = UnsafeRawPointer(base), to = UnsafeMutableRawPointer(end)
        if count >= 8 && count <= 16 {
            let first = from.loadUnaligned(as: UInt64.self), last = from.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
            to.storeBytes(of: first, as: UInt64.self); to.storeBytes(of: last, toByteOffset: count - 8, as: UInt64.self)
        } else if count > 16 && count <= 32 {
            let first = (from.loadUnaligned(as: UInt64.self), from.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
            let last = (from.loadUnaligned(fromByteOffset: count - 16, as: UInt64.self), from.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self))
            to.storeBytes(of: first.0, as: UInt64.self); to.storeBytes(of: first.1, toByteOffset: 8, as: UInt64.self)
            to.storeBytes(of: last.0, toByteOffset: count - 16, as: UInt64.self); to.storeBytes(of: last.1, toByteOffset: count - 8, as: UInt64.self)
        } else if count >= 4 && count < 8 {
            let first = from.loadUnaligned(as: UInt32.self), last = from.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
            to.storeBytes(of: first, as: UInt32.self); to.storeBytes(of: last, toByteOffset: count - 4, as: UInt32.self)
        } else if count > 0 && count < 4 {
            // (`en`, `%`: the first, middle and last bytes, some of them the same)
            end[0] = base[0]; end[count >> 1] = base[count >> 1]; end[count - 1] = base[count - 1]
        } else {
            end.update(from: base, count: count)
        }
        end += count
    }

    @inline(__always) mutating func put(_ bytes: UnsafeRawBufferPointer) {
        put(bytes.assumingMemoryBound(to: UInt8.self))
    }

    @inline(__always) mutating func put(_ byte: UInt8) {
        end.pointee = byte
        end += 1
    }

    /// Writes `value` in decimal digits.
    @inline(__always) mutating func put(decimal value: UInt) {
        put(decimal: value, digits: Self.digitCount(value))
    }

    /// How many decimal digits `value` has (one for 0).
    @inline(__always) static func digitCount(_ value: UInt) -> Int {
        // a value of `bits` bits has ⌊bits·log₁₀2⌋ digits, or one more when it is at least
        // ten to that power (1233 / 4096 is log₁₀2 closely enough for 64 bits)
        let bits = UInt.bitWidth - value.leadingZeroBitCount
        let fewer = (bits &* 1233) &>> 12
        let power = fewer < PowersOfTen.int64.count ? UInt(PowersOfTen.int64[fewer]) : 10_000_000_000_000_000_000
        return max(1, value >= power ? fewer + 1 : fewer)
    }

    /// Writes the last `digits` decimal digits of `value`, zeros first where it has fewer.
    @inline(__always) mutating func put(decimal value: UInt, digits: Int) {
        // the digits from the last, two at a time, each pair copied from the table of them
        let pairs = Self.digitPairs.utf8Start
        var v = value
        var k = digits
        while k >= 2 {
            let pair = Int(v % 100) * 2
            v /= 100
            k -= 2
            end[k] = pairs[pair]; end[k + 1] = pairs[pair + 1]
        }
        if k == 1 { end[0] = UInt8(truncatingIfNeeded: 48 &+ v) }
        end += digits
    }

    /// The two digits of each number below 100, one after another.
    static let digitPairs: StaticString = """
        00010203040506070809101112131415161718192021222324252627282930313233343536373839\
        40414243444546474849505152535455565758596061626364656667686970717273747576777879\
        8081828384858687888990919293949596979899
        """

    /// Appends to `out` what `body` writes, which must be at most `bound` bytes: written
    /// straight into `out`'s free capacity (a buffer of the writer's own, a record's bound
    /// being over a kilobyte, would come from the heap for every record).
    /// (inlined: the record's writer then runs in place of a closure called through two more)
    @inline(__always) static func append(to out: inout [UInt8], bound: Int, _ body: (inout ByteWriter) -> Void) {
        out.append(addingCapacity: bound) { room in
            room.withUnsafeMutableBufferPointer { room, written in
                let start = room.baseAddress!
                var writer = ByteWriter(end: start)
                body(&writer)
                written = writer.end - start
                precondition(written <= bound, "a record outgrew the room reserved for it")
            }
        }
    }
}
