/// A set of code points answered by one bit test for the Basic Multilingual Plane: for the
/// inner loops that ask of every position whether something may start there.
struct ScalarBitSet: Sendable {
    private var bits = [UInt64](repeating: 0, count: 1024)
    private var beyondBMP: Set<UInt32> = []

    init() {}

    init<S: Sequence>(_ scalars: S) where S.Element == Unicode.Scalar {
        for s in scalars { insert(s.value) }
    }

    init<S: Sequence>(values: S) where S.Element == UInt32 {
        for v in values { insert(v) }
    }

    mutating func insert(_ value: UInt32) {
        if value < 65536 { bits[Int(value >> 6)] |= 1 << UInt64(value & 63) } else { beyondBMP.insert(value) }
    }

    @inline(__always) func contains(_ value: UInt32) -> Bool {
        value < 65536 ? bits[Int(value >> 6)] & (1 << UInt64(value & 63)) != 0 : beyondBMP.contains(value)
    }

    @inline(__always) func contains(_ scalar: Unicode.Scalar) -> Bool { contains(scalar.value) }
}
