/// A set of code points answered by one bit test for the Basic Multilingual Plane: for the
/// inner loops that ask of every position whether something may start there.
///
/// The bits run only up to the highest code point inserted: a set of a few Latin letters
/// takes a word or two, not 8 KB.
struct ScalarBitSet: Sendable {
    private var bits: [UInt64] = []
    private var beyondBMP: Set<UInt32> = []

    init() {}

    init<S: Sequence>(_ scalars: S) where S.Element == Unicode.Scalar {
        for s in scalars { insert(s.value) }
    }

    init<S: Sequence>(values: S) where S.Element == UInt32 {
        for v in values { insert(v) }
    }

    mutating func insert(_ value: UInt32) {
        guard value < 65536 else { beyondBMP.insert(value); return }
        let word = Int(value >> 6)
        if word >= bits.count { bits.append(contentsOf: repeatElement(0, count: word + 1 - bits.count)) }
        bits[word] |= 1 << UInt64(value & 63)
    }

    mutating func remove(_ value: UInt32) {
        guard value < 65536 else { beyondBMP.remove(value); return }
        let word = Int(value >> 6)
        if word < bits.count { bits[word] &= ~(1 << UInt64(value & 63)) }
    }

    @inline(__always) func contains(_ value: UInt32) -> Bool {
        let word = Int(value >> 6)
        if word < bits.count { return bits[word] & (1 << UInt64(value & 63)) != 0 }
        return value >= 65536 && beyondBMP.contains(value)
    }

    @inline(__always) func contains(_ scalar: Unicode.Scalar) -> Bool { contains(scalar.value) }

    /// Adds the ASCII digits and the Latin letters in both cases, where a figure or a word
    /// written in them may start.
    mutating func insertASCIIDigitsAndLetters() {
        for v in UInt32(0x30)...0x39 { insert(v) }
        for v in UInt32(0x41)...0x5A { insert(v); insert(v | 0x20) }
    }

    /// The first position from `start` on (up to `end`, the text's end by default) whose code
    /// point is in the set, or `end` when none is: a scan over the raw buffers that passes over
    /// a code point not in the set in a few instructions.
    func firstPosition(in text: [Unicode.Scalar], from start: Int, to end: Int? = nil) -> Int {
        text.withUnsafeBufferPointer { scalars in
            bits.withUnsafeBufferPointer { bits in
                let end = end ?? scalars.count
                var i = start
                while i < end {
                    let v = scalars[i].value, word = Int(v >> 6)
                    if word < bits.count ? bits[word] & (1 << UInt64(v & 63)) != 0 : v >= 65536 && beyondBMP.contains(v) { return i }
                    i += 1
                }
                return i
            }
        }
    }
}

extension ScalarBitSet {
    func write(to archive: inout ArchiveWriter) {
        archive.write(bits)
        archive.write(beyondBMP.sorted())
    }

    init?(reading archive: inout ArchiveReader) {
        guard let bits = archive.values(UInt64.self), bits.count <= 1024,
              let beyond = archive.values(UInt32.self) else { return nil }
        self.init()
        self.bits = bits
        self.beyondBMP = Set(beyond)
    }
}
