/// Aliases over folded, lower-cased text, walked code point by code point from a start
/// position: every alias that starts there is found in one pass, longest last.
///
/// The nodes are flat: each node's edges are a sorted run of `edgeKeys`, so a step is a
/// short search in contiguous memory, not a hash lookup.
struct AliasTrie: Sendable {
    /// Every form added, in order: the trie is rebuilt from them after each batch.
    private var added: [(keys: [UInt32], payload: Int32, replacing: Bool)] = []
    /// Per node: where its edges start (high 32 bits) and its payload, or -1 (low 32 bits);
    /// node `n`'s edges run to where node `n + 1`'s start (a last entry closes the list).
    private var nodes: [UInt64] = [UInt64(UInt32(bitPattern: -1)), 0]
    /// Per edge: its key (high 32 bits) and the node it leads to (low 32 bits), each node's
    /// edges sorted by key.
    private var edges: [UInt64] = []
    /// The keys that start a form: most positions of a text start none, and are passed over
    /// without a search.
    private var starts = ScalarBitSet()
    /// The forms' first two keys: a start whose next key pairs with it in no form is passed
    /// over without a walk.
    private var pairs = PairBits()

    /// The key a written form is stored and looked up under: folded, ASCII letters lower-cased.
    @inline(__always) static func key(_ s: Unicode.Scalar) -> UInt32 {
        let v = s.value
        return v >= 65 && v <= 90 ? v + 32 : v
    }

    /// Adds `forms` (already folded) with their payloads; a form added again keeps its first
    /// payload unless `replacing`, in which case the last one added wins.
    mutating func insert(_ forms: [(form: [Unicode.Scalar], payload: Int32)], replacing: Bool = false) {
        for (form, value) in forms {
            let keys = form.map(Self.key)
            if let first = keys.first { starts.insert(first) }
            pairs.insert(keys)
            added.append((keys, value, replacing))
        }
        build()
    }

    private mutating func build() {
        // forms in key order, each once: the last replacing payload, else the first
        let order = added.indices.sorted { a, b in
            let x = added[a].keys, y = added[b].keys
            if x == y { return a < b }
            return x.lexicographicallyPrecedes(y)
        }
        var keys: [[UInt32]] = []
        var values: [Int32] = []
        var i = 0
        while i < order.count {
            var j = i
            var value = added[order[i]].payload
            while j < order.count, added[order[j]].keys == added[order[i]].keys {
                if added[order[j]].replacing { value = added[order[j]].payload }
                j += 1
            }
            keys.append(added[order[i]].keys)
            values.append(value)
            i = j
        }
        // breadth first: a node is the run of forms sharing its prefix
        var runs: [(lo: Int, hi: Int, depth: Int)] = [(0, keys.count, 0)]
        nodes = []
        edges = []
        var node = 0
        while node < runs.count {
            let (lo, hi, depth) = runs[node]
            var k = lo
            var value: Int32 = -1
            if k < hi, keys[k].count == depth { value = values[k]; k += 1 }
            nodes.append(UInt64(edges.count) << 32 | UInt64(UInt32(bitPattern: value)))
            while k < hi {
                let key = keys[k][depth]
                var end = k + 1
                while end < hi, keys[end][depth] == key { end += 1 }
                edges.append(UInt64(key) << 32 | UInt64(runs.count))
                runs.append((k, end, depth + 1))
                k = end
            }
            node += 1
        }
        nodes.append(UInt64(edges.count) << 32 | UInt64(UInt32(bitPattern: -1)))
    }

    /// The node reached from `node` by `key`, if any.
    @inline(__always) private func child(_ node: Int, _ key: UInt32) -> Int? {
        let end = Int(nodes[node + 1] >> 32)
        var lo = Int(nodes[node] >> 32), hi = end
        // the first edge whose key is not below `key` is in lo...hi
        while hi - lo > 8 {
            let mid = (lo + hi) / 2
            if UInt32(edges[mid] >> 32) < key { lo = mid + 1 } else { hi = mid }
        }
        while lo < end {
            let edgeKey = UInt32(edges[lo] >> 32)
            if edgeKey == key { return Int(UInt32(truncatingIfNeeded: edges[lo])) }
            if edgeKey > key { return nil }
            lo += 1
        }
        return nil
    }

    @inline(__always) private func payload(_ node: Int) -> Int32 { Int32(bitPattern: UInt32(truncatingIfNeeded: nodes[node])) }

    /// Whether some stored form may begin at `start`: false is sure, true asks for a walk.
    @inline(__always) func mayMatch(in text: [Unicode.Scalar], from start: Int, limit: Int) -> Bool {
        guard start < limit else { return false }
        let first = Self.key(text[start])
        guard starts.contains(first) else { return false }
        return pairs.mayHold(first, next: start + 1 < limit ? Self.key(text[start + 1]) : nil)
    }

    /// Calls `found(end, payload)` for every stored form that `text[start...]` begins with,
    /// shortest first.
    @inline(__always)
    func forEachMatch(in text: [Unicode.Scalar], from start: Int, limit: Int, _ found: (Int, Int32) -> Void) {
        guard mayMatch(in: text, from: start, limit: limit) else { return }
        var node = 0
        var i = start
        while i < limit, let next = child(node, Self.key(text[i])) {
            node = next; i += 1
            let value = payload(node)
            if value >= 0 { found(i, value) }
        }
    }
}
