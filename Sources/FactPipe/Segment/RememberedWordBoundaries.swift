#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The word boundaries of short texts ICU's iterator segmented before (Han text with a symbol,
/// kana or a character outside the BMP, which ``HanWordDictionary`` leaves to it). ICU's
/// boundaries of a text segmented alone depend on its characters only, and such texts come
/// back in a batch of articles, while each costs the iterator some microseconds. (Runs of
/// plain ideographs are not remembered: the dictionary divides a short one faster than a
/// lookup here that misses the processor's caches.)
///
/// An open table with a cheap hash (FNV-1a over the code points): a lookup costs far less
/// than the segmentation it saves, and a miss little. Its 600 KB are zeroed by `calloc`,
/// which leaves the pages of slots never used untouched: a short run touches few.
final class RememberedWordBoundaries {
    /// Longer texts seldom come back.
    static let longest = 16
    /// Slots; forgotten all at once at half load: a bound on memory, not a cache policy.
    private static let slots = 8192
    /// Per slot, the text's hash (odd), or 0 for an empty slot.
    private let hashes = zeroed(slots, of: UInt32.self)
    /// Per slot, the text's length and its boundaries (bit `k` set where a boundary stands
    /// before its scalar `k`).
    private let entries = zeroed(slots, of: (count: Int32, bits: UInt32).self)
    /// Per slot, `longest` code points.
    private let scalars = zeroed(slots * longest, of: UInt32.self)
    private var count = 0

    deinit {
        free(hashes)
        free(entries)
        free(scalars)
    }

    private static func zeroed<T>(_ count: Int, of type: T.Type) -> UnsafeMutablePointer<T> {
        calloc(count, MemoryLayout<T>.stride)!.bindMemory(to: T.self, capacity: count)
    }

    @inline(__always) private static func hash(_ text: ArraySlice<Unicode.Scalar>) -> UInt32 {
        var h: UInt32 = 2_166_136_261
        for s in text { h = (h ^ s.value) &* 16_777_619 }
        return h | 1
    }

    @inline(__always) private func slot(_ hash: UInt32) -> Int { Int(truncatingIfNeeded: hash ^ hash >> 13) & (Self.slots - 1) }

    private func find(_ text: ArraySlice<Unicode.Scalar>, _ hash: UInt32) -> (slot: Int, found: Bool) {
        var i = slot(hash)
        while hashes[i] != 0 {
            if hashes[i] == hash, Int(entries[i].count) == text.count,
               zip(UnsafeBufferPointer(start: scalars + i * Self.longest, count: text.count), text).allSatisfy({ $0 == $1.value }) {
                return (i, true)
            }
            i = (i + 1) & (Self.slots - 1)
        }
        return (i, false)
    }

    /// The boundaries of `text` if it was remembered: bit `k` set where one stands before its
    /// scalar `k`.
    func bits(of text: ArraySlice<Unicode.Scalar>) -> UInt32? {
        guard text.count <= Self.longest, count > 0 else { return nil }
        let (i, found) = find(text, Self.hash(text))
        return found ? entries[i].bits : nil
    }

    /// Remembers the boundaries of `text`, one byte a position in `map` (not 0 where one stands).
    func remember(_ text: ArraySlice<Unicode.Scalar>, _ map: UnsafeRawBufferPointer) {
        guard text.count <= Self.longest else { return }
        if count * 2 >= Self.slots {
            hashes.update(repeating: 0, count: Self.slots)
            count = 0
        }
        let hash = Self.hash(text)
        let (i, found) = find(text, hash)
        guard !found else { return }
        var bits: UInt32 = 0
        for k in map.indices where map[k] != 0 { bits |= 1 << k }
        hashes[i] = hash
        entries[i] = (Int32(text.count), bits)
        for (k, s) in text.enumerated() { scalars[i * Self.longest + k] = s.value }
        count += 1
    }
}
