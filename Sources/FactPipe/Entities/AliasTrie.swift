/// Aliases over folded, lower-cased text, walked code point by code point from a start
/// position: every alias that starts there is found in one pass, longest last.
///
/// The nodes are flat: each node's edges are a sorted run of `edgeKeys`, so a step is a
/// short search in contiguous memory, not a hash lookup.
struct AliasTrie: Sendable {
    /// Every form added, in order: the trie is rebuilt from them after each batch. Their
    /// keys stand one after another in `addedKeys`.
    private var added: [(start: Int32, count: Int32, payload: Int32, replacing: Bool)] = []
    private var addedKeys: [UInt32] = []
    /// Per node: where its edges start (high 32 bits) and its payload, or -1 (low 32 bits);
    /// node `n`'s edges run to where node `n + 1`'s start (a last entry closes the list).
    private var nodes: [UInt64] = [UInt64(UInt32(bitPattern: -1)), 0]
    /// Per edge: its key (high 32 bits) and the node it leads to (low 32 bits), each node's
    /// edges sorted by key.
    private var edges: [UInt64] = []
    /// The root's edges again, by a hash of their key (``rootChild(_:)``): the root has an edge
    /// for every key a form starts with, too many for a short search. Open addressed, in a
    /// power of two of slots at most half full; `UInt64.max` is an empty slot (its key is no
    /// code point's). Made from `edges`, never stored.
    private var rootEdges: [UInt64] = [.max]
    /// The keys that start a form: most positions of a text start none, and are passed over
    /// without a search.
    private var starts = ScalarBitSet()
    /// The forms' first two keys: a start whose next key pairs with it in no form is passed
    /// over without a walk.
    private var pairs = PairBits()
    /// The first Latin word of each form that starts with one: both users of the trie take a
    /// Latin match only as whole words, so a word of the text no form starts with starts no
    /// match they take.
    private var firstWords = LatinWordBits()
    /// Of those, the first words that a space and a second Latin word do not follow in the form
    /// (`apple`, `rolls` of `Rolls-Royce`) ...
    private var firstWordsAlone = LatinWordBits()
    /// ... and the first two words of the others (`the fed` of `the Fed`, `hong kong`): a word
    /// that starts forms only before a second word (`the`) starts no match before any other.
    private var firstTwoWords = LatinWordBits()

    /// The key a written form is stored and looked up under: folded, ASCII letters lower-cased.
    @inline(__always) static func key(_ s: Unicode.Scalar) -> UInt32 {
        let v = s.value
        return v >= 65 && v <= 90 ? v + 32 : v
    }

    /// Adds `forms` (already folded) with their payloads; a form added again keeps its first
    /// payload unless `replacing`, in which case the last one added wins.
    mutating func insert<Form: Collection>(_ forms: [(form: Form, payload: Int32)], replacing: Bool = false)
        where Form.Element == Unicode.Scalar {
        added.reserveCapacity(added.count + forms.count)
        for (form, value) in forms {
            if let first = form.first {
                starts.insert(Self.key(first))
                if isLatinLetter(first) { insertLeadingWords(of: form) }
            }
            let start = addedKeys.count
            added.append((Int32(start), Int32(form.count), value, replacing))
            for s in form { addedKeys.append(Self.key(s)) }
            pairs.insert(addedKeys[start...])
        }
        let pool = addedKeys
        pool.withUnsafeBufferPointer { build($0) }
    }

    /// Records the first word of `form`, which starts with a Latin letter, and its second one
    /// where a space and a Latin letter follow the first.
    private mutating func insertLeadingWords<Form: Collection>(of form: Form) where Form.Element == Unicode.Scalar {
        let (first, end) = LatinWordBits.keyAndEnd(form, from: form.startIndex)
        firstWords.insert(first)
        if end != form.endIndex, form[end] == " ", case let next = form.index(after: end), next != form.endIndex, isLatinLetter(form[next]) {
            firstTwoWords.insert(LatinWordBits.pair(first, LatinWordBits.key(form, from: next)))
        } else {
            firstWordsAlone.insert(first)
        }
    }

    private mutating func build(_ pool: UnsafeBufferPointer<UInt32>) {
        let added = self.added
        @inline(__always) func keys(_ i: Int32) -> UnsafeBufferPointer<UInt32> {
            let form = added[Int(i)]
            return UnsafeBufferPointer(rebasing: pool[Int(form.start)..<Int(form.start + form.count)])
        }
        @inline(__always) func same(_ x: UnsafeBufferPointer<UInt32>, _ y: UnsafeBufferPointer<UInt32>) -> Bool {
            guard x.count == y.count else { return false }
            for k in 0..<x.count where x[k] != y[k] { return false }
            return true
        }
        // forms in key order, each once: the last replacing payload, else the first. Sorted
        // first by their first two keys (21 bits each, plus one) and their index, packed in
        // one number; forms that share the first two keys then by all their keys.
        precondition(added.count < 1 << 22, "too many aliases")
        var order: [UInt64] = added.indices.map { i in
            let k = keys(Int32(i))
            let head = (k.count > 0 ? UInt64(k[0]) + 1 : 0) << 21 | (k.count > 1 ? UInt64(k[1]) + 1 : 0)
            return head << 22 | UInt64(i)
        }
        order.sort()
        var run = 0
        while run < order.count {
            var end = run + 1
            while end < order.count, order[end] >> 22 == order[run] >> 22 { end += 1 }
            if end - run > 1 {
                order[run..<end].sort { a, b in
                    let x = keys(Int32(a & 0x3F_FFFF)), y = keys(Int32(b & 0x3F_FFFF))
                    if x.count > 2 || y.count > 2 {
                        for k in 2..<min(x.count, y.count) where x[k] != y[k] { return x[k] < y[k] }
                        if x.count != y.count { return x.count < y.count }
                    }
                    return a < b
                }
            }
            run = end
        }
        var forms: [UnsafeBufferPointer<UInt32>] = []
        var values: [Int32] = []
        forms.reserveCapacity(order.count)
        values.reserveCapacity(order.count)
        var i = 0
        while i < order.count {
            var j = i
            var value = added[Int(order[i] & 0x3F_FFFF)].payload
            let form = keys(Int32(order[i] & 0x3F_FFFF))
            while j < order.count, same(keys(Int32(order[j] & 0x3F_FFFF)), form) {
                if added[Int(order[j] & 0x3F_FFFF)].replacing { value = added[Int(order[j] & 0x3F_FFFF)].payload }
                j += 1
            }
            forms.append(form)
            values.append(value)
            i = j
        }
        // breadth first: a node is the run of forms sharing its prefix
        var runs: [(lo: Int, hi: Int, depth: Int)] = [(0, forms.count, 0)]
        runs.reserveCapacity(pool.count + 1)
        nodes = []
        nodes.reserveCapacity(pool.count + 2)
        edges = []
        edges.reserveCapacity(pool.count)
        var node = 0
        while node < runs.count {
            let (lo, hi, depth) = runs[node]
            var k = lo
            var value: Int32 = -1
            if k < hi, forms[k].count == depth { value = values[k]; k += 1 }
            nodes.append(UInt64(edges.count) << 32 | UInt64(UInt32(bitPattern: value)))
            while k < hi {
                let key = forms[k][depth]
                var end = k + 1
                while end < hi, forms[end][depth] == key { end += 1 }
                edges.append(UInt64(key) << 32 | UInt64(runs.count))
                runs.append((k, end, depth + 1))
                k = end
            }
            node += 1
        }
        nodes.append(UInt64(edges.count) << 32 | UInt64(UInt32(bitPattern: -1)))
        indexRootEdges()
    }

    private mutating func indexRootEdges() {
        let root = edges[Int(nodes[0] >> 32)..<Int(nodes[1] >> 32)]
        var size = 2
        while size < 2 * root.count { size *= 2 }
        var slots = [UInt64](repeating: .max, count: size)
        for edge in root {
            var slot = Self.rootSlot(UInt32(edge >> 32), size)
            while slots[slot] != .max { slot = (slot + 1) & (size - 1) }
            slots[slot] = edge
        }
        rootEdges = slots
    }

    @inline(__always) private static func rootSlot(_ key: UInt32, _ size: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(key &* 0x9E37_79B1) &* UInt64(size)) >> 32)
    }

    /// The node reached from the root by `key`, if any.
    @inline(__always) private func rootChild(_ key: UInt32) -> Int? {
        let size = rootEdges.count
        var slot = Self.rootSlot(key, size)
        while true {
            let edge = rootEdges[slot]
            if UInt32(truncatingIfNeeded: edge >> 32) == key { return Int(UInt32(truncatingIfNeeded: edge)) }
            if edge == .max { return nil }
            slot = (slot + 1) & (size - 1)
        }
    }

    /// The node reached from `node` by `key`, if any (`nodes` and `edges` the trie's, read
    /// through their buffers).
    @inline(__always)
    private static func child(_ node: Int, _ key: UInt32, _ nodes: UnsafeBufferPointer<UInt64>, _ edges: UnsafeBufferPointer<UInt64>) -> Int? {
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

    /// The payload of a node's entry (its low 32 bits), or -1.
    @inline(__always) private static func payload(ofEntry entry: UInt64) -> Int32 { Int32(bitPattern: UInt32(truncatingIfNeeded: entry)) }

    /// Whether some stored form may begin at `start`, leaving out forms whose match would end
    /// with a Latin letter inside a Latin word: false is sure, true asks for a walk.
    @inline(__always) func mayMatch(in text: [Unicode.Scalar], from start: Int, limit: Int) -> Bool {
        mayMatchByFirstKeys(in: text, from: start, limit: limit) && mayMatchAsWords(in: text, from: start, limit: limit)
    }

    /// ``mayMatch(in:from:limit:)`` before its test of the Latin word at `start`, for a caller
    /// that has tested the word its own way.
    @inline(__always) func mayMatchByFirstKeys(in text: [Unicode.Scalar], from start: Int, limit: Int) -> Bool {
        guard start < limit else { return false }
        let first = Self.key(text[start])
        guard starts.contains(first) else { return false }
        return pairs.mayHold(first, next: start + 1 < limit ? Self.key(text[start + 1]) : nil)
    }

    /// ``mayMatch(in:from:limit:)`` past its test of the first two keys, for a caller that
    /// has tested them its own way.
    @inline(__always) func mayMatchAsWords(in text: [Unicode.Scalar], from start: Int, limit: Int) -> Bool {
        // a form matching as a whole word starts with the whole Latin word that starts here
        guard isLatinLetter(text[start]), start == 0 || !isLatinLetter(text[start - 1]) else { return true }
        let (first, end) = LatinWordBits.keyAndEnd(text[..<limit], from: start)
        guard firstWords.mayContain(first) else { return false }
        if firstWordsAlone.mayContain(first) { return true }
        // (a match of a form of two words or more goes on with a space and the form's whole
        // second word, which ends where the text's does)
        guard end + 1 < limit, text[end] == " ", isLatinLetter(text[end + 1]) else { return false }
        return firstTwoWords.mayContain(LatinWordBits.pair(first, LatinWordBits.key(text[..<limit], from: end + 1)))
    }

    /// Calls `found(end, payload)` for every stored form that `text[start...]` begins with,
    /// shortest first. The caller asks ``mayMatch(in:from:limit:)`` first, or its two halves,
    /// one of them its own way (every caller does, to pass a position over cheaply): the walk
    /// alone would not leave out a form that ends inside a Latin word.
    @inline(__always)
    func forEachMatch(in text: [Unicode.Scalar], from start: Int, limit: Int, _ found: (Int, Int32) -> Void) {
        guard start < limit, var node = rootChild(Self.key(text[start])) else { return }
        // (through the buffers: every node's edges lie within `edges`, and every edge leads to a
        // node that has a next one, as the trie is built and as a trie read back is checked)
        precondition(limit <= text.count)
        nodes.withUnsafeBufferPointer { nodes in edges.withUnsafeBufferPointer { edges in text.withUnsafeBufferPointer { text in
            var i = start + 1
            while true {
                let value = Self.payload(ofEntry: nodes[node])
                if value >= 0 { found(i, value) }
                guard i < limit, let next = Self.child(node, Self.key(text[i]), nodes, edges) else { return }
                node = next; i += 1
            }
        } } }
    }
}

extension AliasTrie {
    func write(to archive: inout ArchiveWriter) {
        archive.write(added.flatMap { [$0.start, $0.count, $0.payload, $0.replacing ? 1 : 0] })
        archive.write(addedKeys)
        archive.write(nodes)
        archive.write(edges)
        starts.write(to: &archive)
        pairs.write(to: &archive)
        firstWords.write(to: &archive)
        firstWordsAlone.write(to: &archive)
        firstTwoWords.write(to: &archive)
    }

    init?(reading archive: inout ArchiveReader) {
        guard let added = archive.values(Int32.self), added.count % 4 == 0,
              let addedKeys = archive.values(UInt32.self),
              let nodes = archive.values(UInt64.self), nodes.count >= 2,
              let edges = archive.values(UInt64.self),
              let starts = ScalarBitSet(reading: &archive),
              let pairs = PairBits(reading: &archive),
              let firstWords = LatinWordBits(reading: &archive),
              let firstWordsAlone = LatinWordBits(reading: &archive),
              let firstTwoWords = LatinWordBits(reading: &archive),
              nodes.allSatisfy({ Int($0 >> 32) <= edges.count }), nodes[0] >> 32 <= nodes[1] >> 32,
              edges.allSatisfy({ Int(UInt32(truncatingIfNeeded: $0)) < nodes.count - 1 }) else { return nil }
        self.init()
        self.added = stride(from: 0, to: added.count, by: 4).map { (added[$0], added[$0 + 1], added[$0 + 2], added[$0 + 3] != 0) }
        self.addedKeys = addedKeys
        self.nodes = nodes
        self.edges = edges
        self.starts = starts
        self.pairs = pairs
        self.firstWords = firstWords
        self.firstWordsAlone = firstWordsAlone
        self.firstTwoWords = firstTwoWords
        indexRootEdges()
    }

    /// Whether every payload stored is below `limit` (or none), and every form added stands
    /// within the keys: what a trie read back must hold to be walked and added to.
    func holdsPayloads(below limit: Int) -> Bool {
        nodes.allSatisfy { Int(Self.payload(ofEntry: $0)) < limit }
            && added.allSatisfy { $0.start >= 0 && $0.count >= 0 && Int($0.start) + Int($0.count) <= addedKeys.count && $0.payload < limit }
    }
}
