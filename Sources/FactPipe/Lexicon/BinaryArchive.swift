/// Tables written as the bytes of a cache file: a header line naming what they were made
/// from, then arrays of fixed-width numbers and strings one after another, each after its
/// count, then a checksum of everything before it. The numbers are in the byte order of the
/// machine: the header names the program that wrote them, so only it reads them back.
struct ArchiveWriter {
    private(set) var bytes: [UInt8]

    init(header: String) {
        bytes = Array((header + "\n").utf8)
    }

    mutating func write(_ value: Int) {
        withUnsafeBytes(of: Int64(value)) { bytes.append(contentsOf: $0) }
    }

    mutating func write<T: FixedWidthInteger>(_ values: [T]) {
        write(values.count)
        values.withUnsafeBytes { bytes.append(contentsOf: $0) }
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

    mutating func integers<T: FixedWidthInteger>(_: T.Type = T.self) -> [T]? {
        guard let count = int(), count >= 0, count <= (end - position) / MemoryLayout<T>.stride else { return nil }
        let length = count * MemoryLayout<T>.stride
        let values = [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            bytes.withUnsafeBytes { raw in
                UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[position..<position + length]))
            }
            initialized = count
        }
        position += length
        return values
    }

    mutating func string() -> String? {
        guard let count = int(), count >= 0, count <= end - position else { return nil }
        let text = bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[position..<position + count]), as: UTF8.self) }
        position += count
        return text
    }
}

enum ArchiveChecksum {
    /// A 64-bit hash of `bytes`, taken eight bytes at a time: damage to a cache file shows.
    static func of(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        bytes.withUnsafeBytes { raw in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(raw.count)
            var k = 0
            while k + 8 <= raw.count {
                hash = (hash ^ raw.loadUnaligned(fromByteOffset: k, as: UInt64.self)) &* 0x100_0000_01b3
                hash ^= hash >> 29
                k += 8
            }
            while k < raw.count {
                hash = (hash ^ UInt64(raw[k])) &* 0x100_0000_01b3
                k += 1
            }
            return hash
        }
    }
}
