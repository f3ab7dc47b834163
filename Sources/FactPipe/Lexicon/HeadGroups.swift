/// Phrases added one at a time (a document's names), grouped by their first three code points
/// in a hash table: a lookup hashes the head of the text and compares the phrases of that one
/// group, however many phrases there are.
///
/// (A list sorted by first code point, bisected and then read through every phrase of that code
/// point, cost some 700 instructions a lookup once a long document had found thousands of
/// names: scores of them open with `中国`, `北京` or one surname.)
struct HeadGroups: Sendable {
    /// The phrases in the order added.
    private var phrases: [[Unicode.Scalar]] = []
    /// For each phrase, the next of its group (-1 after the last): a group's phrases are
    /// chained longest first, those of one length in the order added. (A chain, not an array
    /// for each group: a document's first names each made one more array.)
    private var next: [Int32] = []
    /// Open addressed, a power of two of slots at most half full: a group's head key, and the
    /// first phrase of its chain plus one (0 for an empty slot).
    private var slots: [(key: UInt64, first: Int32)] = []
    private var groups = 0
    /// How far a key's product is shifted right to give a slot: 64 less the slots' bits.
    private var shift: UInt64 = 64
    /// Eight bits a slot, one set for each group by its key's product shifted right three bits
    /// less than for its slot: most heads of a text are no group's, and a bit test in this small
    /// table tells so where a probe of the slots went to memory. (On a 30 MB document read as
    /// one, two lookups in three found nothing once thousands of names were known.)
    private var keyBits: [UInt64] = []
    /// How many code points the longest phrase has.
    private(set) var longest = 0
    /// Whether some phrase has one code point, some two: the lookups of such heads, which most
    /// sets never need, are made only then.
    private var holdsSingles = false, holdsPairs = false

    var isEmpty: Bool { phrases.isEmpty }

    /// The first three code points of a phrase as one number, each plus one in 21 bits (0 for
    /// one the phrase is too short to have).
    @inline(__always) private static func key(_ first: Unicode.Scalar, _ second: Unicode.Scalar?, _ third: Unicode.Scalar?) -> UInt64 {
        @inline(__always) func bits(_ s: Unicode.Scalar?) -> UInt64 { s.map { UInt64($0.value) + 1 } ?? 0 }
        return bits(first) << 42 | bits(second) << 21 | bits(third)
    }

    private static func key(of phrase: [Unicode.Scalar]) -> UInt64 {
        key(phrase[0], phrase.count > 1 ? phrase[1] : nil, phrase.count > 2 ? phrase[2] : nil)
    }

    /// The place of `key` among ``keyBits``.
    @inline(__always) private func keyBit(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> (shift - 3))
    }

    /// Whether a group may have `key`: `false` is sure.
    @inline(__always) private func mayHold(_ key: UInt64) -> Bool {
        guard !keyBits.isEmpty else { return false }
        let bit = keyBit(key)
        return keyBits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    private mutating func setKeyBit(_ key: UInt64) {
        let bit = keyBit(key)
        keyBits[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    /// The first phrase of the group of `key`, if there is one: the key bits asked first.
    @inline(__always) private func firstPhrase(of key: UInt64) -> Int? {
        mayHold(key) ? find(key).first : nil
    }

    /// The slot of `key`, or the empty slot where it would go; the first phrase of its group, if any.
    @inline(__always) private func find(_ key: UInt64) -> (slot: Int, first: Int?) {
        guard !slots.isEmpty else { return (0, nil) }
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift) & mask
        while slots[i].first != 0 {
            if slots[i].key == key { return (i, Int(slots[i].first) - 1) }
            i = (i + 1) & mask
        }
        return (i, nil)
    }

    mutating func insert(_ phrase: [Unicode.Scalar]) {
        guard !phrase.isEmpty else { return }
        if (groups + 1) * 2 > slots.count { grow() }
        let key = Self.key(of: phrase)
        let (slot, first) = find(key)
        let added = Int32(phrases.count)
        if let first {
            // after the longer phrases of the group and those of its length
            var before = -1, k = first
            while k >= 0, phrases[k].count >= phrase.count {
                if phrases[k] == phrase { return }
                before = k
                k = Int(next[k])
            }
            next.append(Int32(k))
            if before < 0 { slots[slot].first = added + 1 } else { next[before] = added }
        } else {
            next.append(-1)
            slots[slot] = (key, added + 1)
            setKeyBit(key)
            groups += 1
        }
        phrases.append(phrase)
        longest = max(longest, phrase.count)
        holdsSingles = holdsSingles || phrase.count == 1
        holdsPairs = holdsPairs || phrase.count == 2
    }

    private mutating func grow() {
        let old = slots
        let size = max(16, slots.count * 2)
        slots = Array(repeating: (0, 0), count: size)
        shift = UInt64(64 - size.trailingZeroBitCount)
        keyBits = Array(repeating: 0, count: size / 8)
        for entry in old where entry.first != 0 {
            slots[find(entry.key).slot] = entry
            setKeyBit(entry.key)
        }
    }

    /// Calls `body` with every phrase, in the order added.
    func forEachPhrase(_ body: ([Unicode.Scalar]) -> Void) {
        for phrase in phrases { body(phrase) }
    }

    func mayStart(_ s: Unicode.Scalar) -> Bool { phrases.contains { $0[0] == s } }

    func mayEnd(_ s: Unicode.Scalar) -> Bool { phrases.contains { $0.last == s } }

    /// The length of the longest phrase that `text` holds at `start` (which is inside `text`).
    func longestMatch<C: RandomAccessCollection>(in text: C, at start: C.Index) -> Int? where C.Element == Unicode.Scalar {
        let available = text.distance(from: start, to: text.endIndex)
        let first = text[start]
        let second = available > 1 ? text[text.index(after: start)] : nil
        if available > 2, longest > 2, var k = firstPhrase(of: Self.key(first, second, text[text.index(start, offsetBy: 2)])) {
            while k >= 0 {
                // (each phrase read in place)
                if phrases[k].count <= available, zip(phrases[k], text[start...]).allSatisfy({ $0 == $1 }) { return phrases[k].count }
                k = Int(next[k])
            }
        }
        if holdsPairs, second != nil, firstPhrase(of: Self.key(first, second, nil)) != nil { return 2 }
        if holdsSingles, firstPhrase(of: Self.key(first, nil, nil)) != nil { return 1 }
        return nil
    }

    /// The length of the shortest phrase that ends right before `end`.
    func lengthEnding<C: RandomAccessCollection>(at end: C.Index, in text: C) -> Int? where C.Element == Unicode.Scalar, C.Index == Int {
        var start = end - 1
        while start >= text.startIndex, end - start <= longest {
            let length = end - start
            var k = firstPhrase(of: Self.key(text[start], length > 1 ? text[start + 1] : nil, length > 2 ? text[start + 2] : nil)) ?? -1
            while k >= 0 {
                if phrases[k].count == length, phrases[k].elementsEqual(text[start..<end]) { return length }
                k = Int(next[k])
            }
            start -= 1
        }
        return nil
    }
}
