import CICU

/// The words of a run of Chinese characters as ICU's word break iterator divides it, found
/// with ICU's own dictionary and costs (`fp_cjk_divide`) but without the iterator's rules,
/// text abstraction and sets, which cost it more than the dictionary search itself.
///
/// It answers for runs of unified ideographs of the BMP (and `〇`): text ICU's engine neither
/// normalises nor treats as kana or Hangul, and takes as one range for its dictionary. Other
/// text gets `nil` and goes to ICU. One per worker.
struct HanWordDictionary {
    private let divider = Divider()
    private var breaks: [UInt8] = []
    private var scratch: [UInt32] = []

    /// ICU's dictionary and the steps through it that the divisions keep (`fp_cjk_divider`).
    private final class Divider {
        let pointer: OpaquePointer?
        init() { pointer = fp_cjk_divider_open() }
        deinit { fp_cjk_divider_close(pointer) }
    }

    init() {}

    /// Whether ICU's dictionary engine takes `s` as it stands: no NFKC mapping, no kana or
    /// Hangul rule, one UTF-16 unit.
    @inline(__always) static func isPlainIdeograph(_ s: Unicode.Scalar) -> Bool { s.value < 0x10000 && isHan(s) }

    /// Boundaries of `text` as a bitmap of `text.count + 1` entries, or `nil` when `text` holds
    /// anything but plain ideographs.
    mutating func boundaries(of text: ArraySlice<Unicode.Scalar>) -> [Bool]? {
        withBoundaries(of: text) { breaks in breaks.map { $0 != 0 } }
    }

    /// Calls `body` with the boundaries of `text`, one byte a position (`text.count + 1`, not 0
    /// where a boundary stands), held in a buffer of the dictionary's own; `nil` (without
    /// calling `body`) when `text` holds anything but plain ideographs.
    mutating func withBoundaries<R>(of text: ArraySlice<Unicode.Scalar>, _ body: (UnsafeRawBufferPointer) -> R) -> R? {
        guard let divider = divider.pointer, !text.isEmpty, text.allSatisfy(Self.isPlainIdeograph) else { return nil }
        let n = text.count
        if breaks.count < n + 1 {
            breaks = [UInt8](repeating: 0, count: n + 1)
            scratch = [UInt32](repeating: 0, count: 2 * (n + 1))
        }
        // the code points go to the search as they are: each is its own UTF-16 unit
        let status = text.withValues { scalars in
            breaks.withUnsafeMutableBufferPointer { b in
                scratch.withUnsafeMutableBufferPointer { fp_cjk_divide(divider, scalars.baseAddress, Int32(n), b.baseAddress, $0.baseAddress) }
            }
        }
        guard status == 0 else { return nil }
        return breaks.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[...n])) }
    }
}
