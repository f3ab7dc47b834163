extension RandomAccessCollection where Index == Int {
    /// The first index from `start` on whose element `isPast`, found by bisecting (the elements
    /// from `start` on are those that are not, then those that are); the end when none is.
    func firstIndex(from start: Int, bisecting isPast: (Element) -> Bool) -> Int {
        var lo = start, hi = endIndex
        while lo < hi { let mid = (lo + hi) / 2; if isPast(self[mid]) { hi = mid } else { lo = mid + 1 } }
        return lo
    }
}
