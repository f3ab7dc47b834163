import CICU

/// The breaks ICU's English sentence iterator (`ss=standard`) suppresses, decided as it
/// decides them: after CLDR's segmentation exceptions (`Mr.`, `U.S.`, `Ph.D.`), read from
/// ICU's own data. The text before a break, less one space, is read backwards through the
/// exceptions; the longest one it ends with suppresses the break. An exception with a point
/// inside (`Ph.D.`) is found backwards only up to its first point (`Ph.`), and then needs
/// the text from there to run through the whole of one such exception going forwards.
struct SentenceBreakExceptions: Sendable {
    /// A string trie stepped one code point at a time, as ICU's `UCharsTrie` is.
    private struct Trie: Sendable {
        struct Node: Sendable {
            var children: [(scalar: UInt32, node: Int32)] = []
            var value: Int8 = 0
        }
        private(set) var nodes = [Node()]

        mutating func add(_ key: some Sequence<UInt32>, value: Int8) {
            var node = 0
            for scalar in key {
                if let next = child(of: node, scalar) { node = next; continue }
                nodes.append(Node())
                nodes[node].children.append((scalar, Int32(nodes.count - 1)))
                node = nodes.count - 1
            }
            nodes[node].value = value
        }

        @inline(__always) func child(of node: Int, _ scalar: UInt32) -> Int? {
            for c in nodes[node].children where c.scalar == scalar { return Int(c.node) }
            return nil
        }
    }

    private static let partial: Int8 = 1, match: Int8 = 2
    private var backward = Trie()
    private var forward = Trie()

    /// The exceptions of ICU's English sentence iterator.
    static let english = SentenceBreakExceptions(ICUData.sentenceBreakExceptions(locale: "en"))

    /// Built as ICU builds its filtered iterator from `exceptions`.
    init(_ exceptions: [String]) {
        // ICU keeps them sorted by UTF-16 code units, and the order decides which of a group
        // sharing a prefix puts it in the backward trie
        let strings = Set(exceptions).map { (utf16: Array($0.utf16), scalars: $0.unicodeScalars.map(\.value)) }
            .sorted { $0.utf16.lexicographicallyPrecedes($1.utf16) }.map(\.scalars)
        var grouped = [Bool](repeating: false, count: strings.count)
        for i in strings.indices {
            guard let point = strings[i].firstIndex(of: 0x2E), point + 1 != strings[i].count else { continue }
            let prefix = strings[i][...point]
            var prefixAdded = false
            for j in strings.indices where j != i && strings[j].starts(with: prefix) {
                if !grouped[j] { grouped[j] = true } else { prefixAdded = true }
            }
            if !prefixAdded && !grouped[i] {
                backward.add(prefix.reversed(), value: Self.partial)
                grouped[i] = true
            }
        }
        for (i, scalars) in strings.enumerated() {
            if grouped[i] { forward.add(scalars, value: Self.match) } else { backward.add(scalars.reversed(), value: Self.match) }
        }
    }

    /// Whether ICU suppresses the break its rules give before `n` (0 < `n` < `text.count`).
    func suppress(breakBefore n: Int, in text: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        // one space after the exception is passed over (`Mr. Smith`)
        var k = text[n - 1] == " " ? n - 1 : n
        var node = 0
        var best: (start: Int, value: Int8)? = nil
        while k > 0 {
            k -= 1
            guard let next = backward.child(of: node, text[k].value) else { break }
            node = next
            if backward.nodes[node].value != 0 { best = (k, backward.nodes[node].value) }
            if backward.nodes[node].children.isEmpty { break }
        }
        guard let best else { return false }
        if best.value == Self.match { return true }
        // the text from the prefix on runs through the forward trie until it leaves it, ends
        // one of its strings with none going on, or ends
        node = 0
        for scalar in text[best.start...] {
            guard let next = forward.child(of: node, scalar.value) else { return false }
            node = next
            if forward.nodes[node].children.isEmpty { return true }
        }
        return true
    }
}

/// Data read from ICU's own files.
enum ICUData {
    static func sentenceBreakExceptions(locale: String) -> [String] {
        var capacity = 4096
        while true {
            var bytes = [CChar](repeating: 0, count: capacity)
            let needed = Int(fp_sentence_break_exceptions(locale, &bytes, Int32(capacity)))
            if needed > capacity { capacity = needed; continue }
            return bytes[..<needed].split(separator: 0).map { String(decoding: $0.map { UInt8(bitPattern: $0) }, as: UTF8.self) }
        }
    }
}
