extension StringProtocol {
    /// The text without leading and trailing white space (spaces, tabs, line ends, U+3000).
    var trimmed: String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last else { return "" }
        if !first.properties.isWhitespace && !last.properties.isWhitespace { return String(self) }
        let scalars = Array(unicodeScalars)
        var start = 0, end = scalars.count
        while start < end, scalars[start].properties.isWhitespace { start += 1 }
        while end > start, scalars[end - 1].properties.isWhitespace { end -= 1 }
        return scalars.text(start..<end)
    }
}
