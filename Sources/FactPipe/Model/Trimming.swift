extension StringProtocol {
    /// The text without leading and trailing white space (spaces, tabs, line ends, U+3000).
    var trimmed: String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last else { return "" }
        if !isUnicodeWhitespace(first) && !isUnicodeWhitespace(last) { return String(self) }
        let scalars = Array(unicodeScalars)
        return scalars.text(scalars.trimmingWhitespace(scalars.indices))
    }
}

extension Array where Element == Unicode.Scalar {
    /// `range` without the white space (as ``isUnicodeWhitespace(_:)`` says) at its ends.
    func trimmingWhitespace(_ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound, end = range.upperBound
        while start < end, isUnicodeWhitespace(self[start]) { start += 1 }
        while end > start, isUnicodeWhitespace(self[end - 1]) { end -= 1 }
        return start..<end
    }
}

/// Unicode's White_Space, answered without a property lookup outside U+1680...U+3000 (below
/// it only U+0009...U+000D, U+0020, U+0085 and U+00A0 are white space, above it none).
@inline(__always) func isUnicodeWhitespace(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    if v < 0x1680 { return v == 32 || (v >= 9 && v <= 13) || v == 0x85 || v == 0xA0 }
    return v <= 0x3000 && s.properties.isWhitespace
}
