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
        values.bytes.withUnsafeBytes { bytes.append(contentsOf: $0[values.offset..<(values.offset + values.count * MemoryLayout<T>.stride)]) }
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

/// The bytes an archive is read from: an array, or a file mapped into memory.
enum ArchiveBytes: @unchecked Sendable {
    case array([UInt8])
    case mapped(MappedFile)

    var count: Int {
        switch self {
        case .array(let bytes): bytes.count
        case .mapped(let file): file.bytes.count
        }
    }

    func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        switch self {
        case .array(let bytes): try bytes.withUnsafeBytes(body)
        case .mapped(let file): try body(file.bytes)
        }
    }
}

/// Reads what ``ArchiveWriter`` wrote, in the same order; every read is `nil` past the end.
struct ArchiveReader {
    private let bytes: ArchiveBytes
    private var position: Int
    private let end: Int

    /// `nil` unless `bytes` start with `header` and end with the checksum of what is between.
    init?(_ bytes: [UInt8], header: String) {
        let end = bytes.count - MemoryLayout<UInt64>.size
        guard end >= 0 else { return nil }
        let stored = bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: end, as: UInt64.self) }
        guard stored == ArchiveChecksum.of(bytes[..<end]) else { return nil }
        self.init(checked: .array(bytes), header: header)
    }

    /// `nil` unless `bytes`, whose checksum is checked, start with `header`.
    init?(checked bytes: ArchiveBytes, header: String) {
        let expected = Array((header + "\n").utf8)
        let end = bytes.count - MemoryLayout<UInt64>.size
        guard end >= expected.count, bytes.withUnsafeBytes({ $0[..<expected.count].elementsEqual(expected) }) else { return nil }
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
        return [T](uninitializedCount: archived.count) { buffer, initialized in
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
        let text = bytes.withUnsafeBytes { String(decoding: UnsafeRawBufferPointer(rebasing: $0[position..<position + count]), as: UTF8.self) }
        position += count
        return text
    }
}

/// Plain values (as ``ArchiveWriter`` writes them) read where they stand in bytes: a large
/// table read from a cache file is used without a copy.
struct ArchivedValues<T: BitwiseCopyable>: RandomAccessCollection {
    let bytes: ArchiveBytes
    /// Where the first value starts in `bytes`.
    let offset: Int
    let count: Int

    init(bytes: ArchiveBytes, offset: Int, count: Int) {
        self.bytes = bytes
        self.offset = offset
        self.count = count
    }

    /// The bytes of `values`.
    init(_ values: [T]) {
        self.init(bytes: .array(values.withUnsafeBytes { Array($0) }), offset: 0, count: values.count)
    }

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    subscript(position: Int) -> T {
        precondition(position >= 0 && position < count, "Index out of range")
        return bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset &+ position &* MemoryLayout<T>.stride, as: T.self) }
    }
}

extension ArchivedValues: Sendable where T: Sendable {}

/// A 64-bit digest of bytes that damage to a cache file shows in: in each of four lanes of
/// eight bytes, the sum of the words and the sum of those sums (so that words moved change it
/// as well as words changed), then the lanes mixed together with the count and the bytes after
/// the last whole 32. (Sums in vector registers: a multiplication a word, as a hash would take,
/// cost three times as much over the 2 MB of a rate index.) Taken in pieces, so that a file can
/// be checked through a small buffer.
struct ArchiveChecksum {
    static let wordSize = 32
    private var sums = SIMD4<UInt64>(), sumsOfSums = SIMD4<UInt64>()
    private var count = 0

    static func of(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        bytes.withUnsafeBytes { raw in
            let words = raw.count / wordSize * wordSize
            var checksum = ArchiveChecksum()
            checksum.add(words: UnsafeRawBufferPointer(rebasing: raw[..<words]))
            return checksum.finished(tail: UnsafeRawBufferPointer(rebasing: raw[words...]))
        }
    }

    /// Adds `raw`, whose length is a multiple of ``wordSize``.
    mutating func add(words raw: UnsafeRawBufferPointer) {
        var k = 0
        while k + Self.wordSize <= raw.count {
            sums &+= raw.loadUnaligned(fromByteOffset: k, as: SIMD4<UInt64>.self)
            sumsOfSums &+= sums
            k += Self.wordSize
        }
        count += k
    }

    /// The digest of the bytes added and then `tail`, shorter than ``wordSize``.
    func finished(tail: UnsafeRawBufferPointer) -> UInt64 {
        @inline(__always) func mix(_ hash: UInt64, _ word: UInt64) -> UInt64 {
            let h = (hash ^ word) &* 0x9E37_79B9_7F4A_7C15
            return h ^ (h >> 29)
        }
        var hash = UInt64(count + tail.count)
        for lane in 0..<4 { hash = mix(mix(hash, sums[lane]), sumsOfSums[lane]) }
        for byte in tail { hash = mix(hash, UInt64(byte)) }
        return hash
    }
}
