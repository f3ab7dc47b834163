/// What each search of a sentence that holds Han characters stops at, read in one pass over it:
/// a byte per position with a bit for each search, so that the Chinese name finders pass over
/// the positions they do not stop at by a byte test, where a scan of their own would test a bit
/// set at every code point (four scans of every Chinese sentence), and whether the sentence
/// holds what some searches need at all.
struct HanSentenceStops {
    /// The searches, one bit each.
    struct Kind: OptionSet {
        let rawValue: UInt8
        /// A clause opener, after which ``ChineseOpeningNames`` looks for a name.
        static let clauseOpener = Kind(rawValue: 1)
        /// The first code point of a Chinese surname (``ChinesePersonNames``).
        static let surnameStart = Kind(rawValue: 2)
        /// The first code point of a Chinese organisation's or product's suffix.
        static let suffixStart = Kind(rawValue: 4)
        /// The last code point of an organisation noun (``ChineseAppositiveNames``).
        static let nounEnd = Kind(rawValue: 8)
        /// A letter of a Latin name: without one a sentence holds no Latin name.
        static let nameLetter = Kind(rawValue: 16)
        /// `·`, of a transliterated name.
        static let interpunct = Kind(rawValue: 32)
        /// `《`, which opens a title, or `“`, `「`, which may open a product's name.
        static let nameMark = Kind(rawValue: 64)
    }

    /// The kinds of each code point of the Basic Multilingual Plane, up to the highest one of
    /// some kind; code points beyond the plane are asked of the rules' sets themselves.
    struct Table: Sendable {
        private let kinds: [UInt8]
        private let rules: Rules

        /// The sets the finders search with.
        struct Rules: Sendable {
            let surnames: ScalarPhrases
            let suffixStarts: ScalarBitSet
            let organisationNouns: ScalarPhrases

            func kinds(of s: Unicode.Scalar) -> UInt8 {
                var kinds: Kind = []
                if ChineseOpeningNames.clauseOpeners.contains(s) { kinds.insert(.clauseOpener) }
                if surnames.mayStart(s) { kinds.insert(.surnameStart) }
                if suffixStarts.contains(s) { kinds.insert(.suffixStart) }
                if organisationNouns.mayEnd(s) { kinds.insert(.nounEnd) }
                if isNameLetter(s) { kinds.insert(.nameLetter) }
                if s == "·" { kinds.insert(.interpunct) }
                if UnknownNameFinder.nameMarks.contains(s) { kinds.insert(.nameMark) }
                return kinds.rawValue
            }
        }

        /// `candidates`: every code point of the sets' words (a code point none holds is in no
        /// set); the Latin ones and the marks are added here.
        init(_ rules: Rules, candidates: [Unicode.Scalar]) {
            let all = candidates + (0..<0x250).compactMap(Unicode.Scalar.init) + UnknownNameFinder.nameMarks
            let stopping = all.filter { $0.value < 65536 }.map { (s: $0, kinds: rules.kinds(of: $0)) }.filter { $0.kinds != 0 }
            // (the size first, then one zeroed block: the table takes some 40 KB)
            var kinds = [UInt8](repeating: 0, count: stopping.map { Int($0.s.value) + 1 }.max() ?? 0)
            for (s, value) in stopping { kinds[Int(s.value)] = value }
            self.kinds = kinds
            self.rules = rules
        }

        /// The stops of `text`, written to `buffer` (a byte for each code point).
        func read(_ text: [Unicode.Scalar], into buffer: UnsafeMutableBufferPointer<UInt8>) -> HanSentenceStops {
            var present: UInt8 = 0
            text.withUnsafeBufferPointer { scalars in
                kinds.withUnsafeBufferPointer { kinds in
                    // (`k` stays below both counts)
                    for k in 0..<min(scalars.count, buffer.count) {
                        let v = scalars[k].value
                        let stop = v < UInt32(kinds.count) ? kinds[Int(v)] : v < 65536 ? 0 : rules.kinds(of: scalars[k])
                        buffer[k] = stop
                        present |= stop
                    }
                }
            }
            return HanSentenceStops(stops: UnsafeBufferPointer(rebasing: buffer[..<min(text.count, buffer.count)]), present: Kind(rawValue: present))
        }
    }

    private let stops: UnsafeBufferPointer<UInt8>
    /// Every kind that stands somewhere in the sentence.
    private let present: Kind

    /// Whether a code point of `kind` stands somewhere in the sentence.
    func holds(_ kind: Kind) -> Bool { present.contains(kind) }

    /// Whether a search for `kind` stops at `i`.
    @inline(__always) func isStop(_ kind: Kind, at i: Int) -> Bool {
        precondition(i >= 0 && i < stops.count)
        return stops[i] & kind.rawValue != 0
    }

    /// The first position from `start` on where a search for `kind` stops, or where the text ends.
    @inline(__always) func next(_ kind: Kind, from start: Int) -> Int {
        precondition(start >= 0)
        var i = start
        // eight stops a load while eight remain (most positions stop no search): the lowest
        // byte that has the kind's bit is the first stop
        let eight = UInt64(kind.rawValue) &* 0x0101_0101_0101_0101
        let bytes = UnsafeRawBufferPointer(stops)
        while i + 8 <= bytes.count {
            let hits = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self)) & eight
            if hits != 0 { return i + hits.trailingZeroBitCount / 8 }
            i += 8
        }
        while i < stops.count, stops[i] & kind.rawValue == 0 { i += 1 }
        return i
    }
}
