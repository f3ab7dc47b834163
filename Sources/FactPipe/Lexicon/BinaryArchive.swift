/// Tables written as the bytes of a cache file: a header line naming what they were made
/// from, then arrays of plain values (numbers, or structs of numbers: any bits make one) and
/// strings one after another, each after its count, then a checksum of everything before it.
/// The values are in the memory layout of the machine: the header names the program (or
/// the format) that wrote them, so only it reads them back.
struct ArchiveWriter {
    private(set) var bytes: [UInt8]

    init(header: String) {
        bytes = Array((header + "\n").utf8)
    }

    mutating func write(_ value: Int) {
        withUnsafeBytes(of: Int64(value)) { bytes.append(contentsOf: $0) }
    }

    mutating func write<T: BitwiseCopyable>(_ values: [T]) {
        write(values.count)
        values.withUnsafeBytes { bytes.append(contentsOf: $0) }
    }

    mutating func write<T>(_ values: ArchivedValues<T>) {
        write(values.count)
        bytes.append(contentsOf: values.bytes[values.offset..<(values.offset + values.count * MemoryLayout<T>.stride)])
    }

    mutating func write(_ string: String) {
        write(Array(string.utf8))
    }

    /// The bytes, checksum last.
    func finished() -> [UInt8] {
        var whole = bytes
        withUnsafeBytes(of: ArchiveChecksum.of(bytes[...])) { whole.append(contentsOf: $0) }
        return whole
    }
}

/// Reads what ``ArchiveWriter`` wrote, in the same order; every read is `nil` past the end.
struct ArchiveReader {
    private let bytes: [UInt8]
    private var position: Int
    private let end: Int

    /// `nil` unless `bytes` start with `header` and end with the checksum of what is between.
    init?(_ bytes: [UInt8], header: String) {
        let expected = Array((header + "\n").utf8)
        let end = bytes.count - MemoryLayout<UInt64>.size
        guard end >= expected.count, bytes[..<expected.count].elementsEqual(expected) else { return nil }
        let stored = bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: end, as: UInt64.self) }
        guard stored == ArchiveChecksum.of(bytes[..<end]) else { return nil }
        self.bytes = bytes
        self.position = expected.count
        self.end = end
    }

    var isAtEnd: Bool { position == end }

    mutating func int() -> Int? {
        guard end - position >= 8 else { return nil }
        let value = bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: position, as: Int64.self) }
        position += 8
        return Int(exactly: value)
    }

    mutating func values<T: BitwiseCopyable>(_: T.Type = T.self) -> [T]? {
        guard let archived = valuesInPlace(T.self) else { return nil }
        let length = archived.count * MemoryLayout<T>.stride
        return [T](unsafeUninitializedCapacity: archived.count) { buffer, initialized in
            bytes.withUnsafeBytes { raw in
                UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[archived.offset..<archived.offset + length]))
            }
            initialized = archived.count
        }
    }

    /// The next values, read where they stand in the bytes rather than copied out.
    mutating func valuesInPlace<T: BitwiseCopyable>(_: T.Type = T.self) -> ArchivedValues<T>? {
        guard let count = int(), count >= 0, count <= (end - position) / MemoryLayout<T>.stride else { return nil }
        let values = ArchivedValues<T>(bytes: bytes, offset: position, count: count)
        position += count * MemoryLayout<T>.stride
        return values
    }

    mutating func string() -> String? {
        guard let count = int(), count >= 0, count <= end - position else { return nil }
        let text = bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[position..<position + count]), as: UTF8.self) }
        position += count
        return text
    }
}

/// Plain values (as ``ArchiveWriter`` writes them) read where they stand in bytes: a large
/// table read from a cache file is used without a copy.
struct ArchivedValues<T: BitwiseCopyable>: RandomAccessCollection {
    let bytes: [UInt8]
    /// Where the first value starts in `bytes`.
    let offset: Int
    let count: Int

    init(bytes: [UInt8], offset: Int, count: Int) {
        self.bytes = bytes
        self.offset = offset
        self.count = count
    }

    /// The bytes of `values`.
    init(_ values: [T]) {
        self.init(bytes: values.withUnsafeBytes { Array($0) }, offset: 0, count: values.count)
    }

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    subscript(position: Int) -> T {
        precondition(position >= 0 && position < count, "Index out of range")
        return bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset &+ position &* MemoryLayout<T>.stride, as: T.self) }
    }
}

extension ArchivedValues: Sendable where T: Sendable {}

enum ArchiveChecksum {
    /// A 64-bit digest of `bytes` that damage to a cache file shows in: in each of four lanes
    /// of eight bytes, the sum of the words and the sum of those sums (so that words moved
    /// change it as well as words changed), then the lanes mixed together with the count and
    /// the bytes after the last whole 32. (Sums in vector registers: a multiplication a word,
    /// as a hash would take, cost three times as much over the 2 MB of a rate index.)
    static func of(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        bytes.withUnsafeBytes { raw in
            @inline(__always) func mix(_ hash: UInt64, _ word: UInt64) -> UInt64 {
                let h = (hash ^ word) &* 0x9E37_79B9_7F4A_7C15
                return h ^ (h >> 29)
            }
            var sums = SIMD4<UInt64>(), sumsOfSums = SIMD4<UInt64>()
            var k = 0
            while k + 32 <= raw.count {
                sums &+= raw.loadUnaligned(fromByteOffset: k, as: SIMD4<UInt64>.self)
                sumsOfSums &+= sums
                k += 32
            }
            var hash = UInt64(raw.count)
            for lane in 0..<4 { hash = mix(mix(hash, sums[lane]), sumsOfSums[lane]) }
            while k < raw.count {
                hash = mix(hash, UInt64(raw[k]))
                k += 1
            }
            return hash
        }
    }
}
