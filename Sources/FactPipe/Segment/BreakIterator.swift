import CICU

/// An ICU word or sentence break iterator, owned by one worker.
final class BreakIterator {
    enum Kind { case word, sentence }

    private let handle: OpaquePointer
    private var boundaries: [Int32] = []

    init(_ kind: Kind, locale: String) throws {
        var status: Int32 = 0
        let opened = fp_breaker_open(kind == .word ? Int32(FP_BREAK_WORD) : Int32(FP_BREAK_SENTENCE),
                                     locale, &status)
        guard let opened, !icuFailed(status) else {
            throw ICUError(operation: "ubrk_open(\(locale))", code: status)
        }
        handle = opened
    }

    private init(handle: OpaquePointer) { self.handle = handle }

    /// An iterator of the same rules, sharing this one's data: far cheaper than opening one.
    func clone() throws -> BreakIterator {
        var status: Int32 = 0
        guard let copy = fp_breaker_clone(handle, &status), !icuFailed(status) else {
            throw ICUError(operation: "ubrk_clone", code: status)
        }
        return BreakIterator(handle: copy)
    }

    deinit { fp_breaker_close(handle) }

    /// Boundaries after the start of `scalars`, as code-point offsets relative to it.
    func boundaries(of scalars: ArraySlice<Unicode.Scalar>) -> [Int] {
        if scalars.isEmpty { return [] }
        let text = UTF16Text(scalars)
        if boundaries.count < text.units.count + 1 {
            boundaries = [Int32](repeating: 0, count: text.units.count + 1)
        }
        var status: Int32 = 0
        let count = text.units.withUnsafeBufferPointer { units in
            boundaries.withUnsafeMutableBufferPointer { out in
                fp_breaker_boundaries(handle, units.baseAddress, Int32(units.count),
                                      out.baseAddress, nil, Int32(out.count), &status)
            }
        }
        if count <= 0 || icuFailed(status) { return [scalars.count] }
        var result: [Int] = []
        result.reserveCapacity(Int(count))
        for i in 0..<Int(count) { result.append(text.scalarIndex(ofUTF16: Int(boundaries[i]))) }
        return result
    }
}
