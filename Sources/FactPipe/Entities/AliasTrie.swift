/// Aliases over folded, lower-cased text, walked code point by code point from a start
/// position: every alias that starts there is found in one pass, longest last.
struct AliasTrie: Sendable {
    private var children: [[UInt32: Int32]] = [[:]]
    private var payload: [Int32] = [-1]
    /// The keys that start a form: most positions of a text start none, and are passed over
    /// without hashing.
    private var starts = ScalarBitSet()

    /// The key a written form is stored and looked up under: folded, ASCII letters lower-cased.
    @inline(__always) static func key(_ s: Unicode.Scalar) -> UInt32 {
        let v = s.value
        return v >= 65 && v <= 90 ? v + 32 : v
    }

    /// Adds `form` (already folded); a form added again keeps its first payload unless
    /// `replacing`.
    mutating func insert(_ form: [Unicode.Scalar], payload value: Int32, replacing: Bool = false) {
        if let first = form.first { starts.insert(Self.key(first)) }
        var node = 0
        for s in form {
            let k = Self.key(s)
            if let next = children[node][k] { node = Int(next); continue }
            children.append([:]); payload.append(-1)
            let created = Int32(children.count - 1)
            children[node][k] = created
            node = Int(created)
        }
        if payload[node] < 0 || replacing { payload[node] = value }
    }

    /// Calls `found(end, payload)` for every stored form that `text[start...]` begins with,
    /// shortest first.
    func forEachMatch(in text: [Unicode.Scalar], from start: Int, limit: Int, _ found: (Int, Int32) -> Void) {
        guard start < limit else { return }
        guard starts.contains(Self.key(text[start])) else { return }
        var node = 0
        var i = start
        while i < limit, let next = children[node][Self.key(text[i])] {
            node = Int(next); i += 1
            if payload[node] >= 0 { found(i, payload[node]) }
        }
    }
}
