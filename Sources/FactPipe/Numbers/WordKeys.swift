/// A fixed set of Latin words, each packed into 64 bits (up to 12 letters, case-folded,
/// five bits a letter), so that a word of the text is looked up without building a string.
/// The keys sit in an open table at most a quarter full: most words of a text find an empty
/// slot at the first probe.
struct WordKeys: Sendable {
    /// Per slot, a key or 0 (no key is 0: every letter adds at least 1).
    private let slots: [UInt64]
    private let shift: UInt64

    init(_ words: some Sequence<String>) {
        // (sorted, each once: no set to hash them into)
        var keys: [UInt64] = []
        for k in words.compactMap(Self.key(ofScalarsOf:)).sorted() where keys.last != k { keys.append(k) }
        var bits: UInt64 = 4
        while 1 << bits < 4 * keys.count { bits += 1 }
        shift = 64 - bits
        var slots = [UInt64](repeating: 0, count: 1 << bits)
        for k in keys {
            var i = Self.slot(k, shift: shift)
            while slots[i] != 0 { i = (i + 1) & (slots.count - 1) }
            slots[i] = k
        }
        self.slots = slots
    }

    /// (`shift` is below 64: a masking shift, without the test for a shift past the width)
    @inline(__always)
    private static func slot(_ key: UInt64, shift: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) &>> shift) }

    /// The key of a run of Latin letters; `nil` for more than 12, which no set holds.
    @inline(__always)
    static func key(_ letters: ArraySlice<Unicode.Scalar>) -> UInt64? {
        guard letters.count <= 12 else { return nil }
        var k: UInt64 = 0
        for s in letters { k = step(k, s) }
        return k
    }

    /// ``key(_:)`` of a word that may hold other code points than Latin letters: `nil` then
    /// (tested as the letters are keyed, in one walk).
    @inline(__always)
    static func key(ofLettersIn word: ArraySlice<Unicode.Scalar>) -> UInt64? {
        guard word.count <= 12 else { return nil }
        var k: UInt64 = 0
        for s in word {
            guard isLatinLetter(s) else { return nil }
            k = step(k, s)
        }
        return k
    }

    @inline(__always) private static func step(_ k: UInt64, _ letter: Unicode.Scalar) -> UInt64 { k << 5 | UInt64((letter.value | 0x20) - 96) }

    /// The key of `word` (letters only, at most 12), to compare a word of the text with.
    static func key(_ word: String) -> UInt64 { key(ofScalarsOf: word)! }

    /// ``key(_:)`` of the code points of `word`, read where they stand.
    private static func key(ofScalarsOf word: String) -> UInt64? {
        var k: UInt64 = 0, count = 0
        for s in word.unicodeScalars {
            count += 1
            guard count <= 12 else { return nil }
            k = step(k, s)
        }
        return k
    }

    /// ``key(_:)`` of a word written in the source, which the compiler works out: the
    /// constants of ``WordKey`` cost nothing where they are compared.
    @inline(__always)
    static func key(literal word: StaticString) -> UInt64 {
        word.withUTF8Buffer { letters in
            precondition(letters.count <= 12)
            var k: UInt64 = 0
            for byte in letters {
                precondition(isLatinLetter(Unicode.Scalar(byte)))
                k = step(k, Unicode.Scalar(byte))
            }
            return k
        }
    }

    /// (inlined: asked for some 600,000 times on a megabyte of English, its call cost as much as the probe)
    @inline(__always)
    func contains(_ key: UInt64) -> Bool { slot(of: key) != nil }

    /// The slot that holds `key`, if one does.
    @inline(__always)
    fileprivate func slot(of key: UInt64) -> Int? {
        slots.withUnsafeBufferPointer { slots in
            var i = Self.slot(key, shift: shift)
            while true {
                let k = slots[i]
                if k == 0 { return nil }
                if k == key { return i }
                i = (i + 1) & (slots.count - 1)
            }
        }
    }

    fileprivate var slotCount: Int { slots.count }
}

/// Values by word, looked up by the word's key (``WordKeys``) without building the word.
struct WordKeyTable<Value: Sendable>: Sendable {
    private let keys: WordKeys
    /// Per slot of `keys`, the value of its word.
    private let values: [Value?]

    /// Words of letters only, at most 12; of a word given twice the first value counts.
    init(_ pairs: [(String, Value)]) {
        keys = WordKeys(pairs.map(\.0))
        var values = [Value?](repeating: nil, count: keys.slotCount)
        for (word, value) in pairs {
            let slot = keys.slot(of: WordKeys.key(word))!
            if values[slot] == nil { values[slot] = value }
        }
        self.values = values
    }

    @inline(__always)
    subscript(key: UInt64) -> Value? {
        guard let slot = keys.slot(of: key) else { return nil }
        return values[slot]
    }
}

/// The shape of every Latin word of a text, read once when the text's scanner is made:
/// the recognisers ask for the word at a position many times over.
struct WordShapes {
    fileprivate struct Shape {
        /// The ``WordShapes/stamp`` of the text whose word starts here; any other where no word
        /// starts (left from a text before: the memory is not cleared for each text)
        var stamp: UInt32 = 0
        var end: Int32 = 0
        /// 0 for none (a key of letters is never 0)
        var key: UInt64 = 0
        var leadingKey: UInt64 = 0
        var roles = WordRoles()
    }
    /// Per position of the text (written only where a word starts), then unused ones left from
    /// a longer text before (of an earlier stamp: no word starts there).
    private var shapes: [Shape]
    /// Marks the shapes of this text: higher than that of any shape left in the memory before;
    /// 0 for a text without Latin letters, whose shapes are not made.
    private var stamp: UInt32 = 0
    /// The roles of all the words of the text together.
    private(set) var rolesHeld = WordRoles()

    /// The memory of the shapes, handed from text to text by a caller that reads many
    /// (``init(_:reusing:)``, ``giveBack(to:)``): an array made for each sentence cost some
    /// 800 instructions (its allocation and the runtime's lookup of its type).
    struct Storage {
        fileprivate var shapes: [Shape] = []
        /// The highest stamp of the shapes in `shapes` (or of any given back to it).
        fileprivate var stamp: UInt32 = 0
    }

    init(_ text: [Unicode.Scalar]) {
        var storage = Storage()
        self.init(text, reusing: &storage)
    }

    /// The shapes of `text`, made in the memory of `storage` (left empty until given back).
    init(_ text: [Unicode.Scalar], reusing storage: inout Storage) {
        guard text.contains(where: isLatinLetter) else { shapes = []; return }
        var shapes = storage.shapes
        storage.shapes = []
        if storage.stamp == .max {
            // (after four billion texts: the stamps start again from a memory all of stamp 0)
            shapes.withUnsafeMutableBufferPointer { $0.update(repeating: Shape()) }
            storage.stamp = 0
        }
        storage.stamp += 1
        let stamp = storage.stamp
        self.stamp = stamp
        let roleTable = WordRoles.table
        var rolesHeld = WordRoles()
        // (grown from a sequence, through code specialised for `Shape`: `Array(repeating:count:)`
        // asks the runtime for the metadata of the array's storage class at every call)
        if shapes.count < text.count { shapes.append(contentsOf: repeatElement(Shape(), count: text.count - shapes.count)) }
        shapes.withUnsafeMutableBufferPointer { shapes in text.withUnsafeBufferPointer { t in
            var i = 0
            while i < t.count {
                guard isLatinLetter(t[i]) else { i += 1; continue }
                var j = i
                var key: UInt64 = 0
                // (a letter told and keyed by one subtraction: its place in the alphabet)
                while j < t.count {
                    let place = (t[j].value | 0x20) &- 97
                    guard place < 26 else { break }
                    key = key &<< 5 &+ UInt64(place) &+ 1
                    j &+= 1
                }
                let letters = j - i
                let wordEnd = j
                // (the letters' run ends at a code point that is none: only a hyphen before a
                // letter takes the word on)
                var hyphenated = false
                while j + 1 < t.count, t[j] == "-", isLatinLetter(t[j + 1]) {
                    hyphenated = true
                    j += 2
                    while j < t.count, isLatinLetter(t[j]) { j += 1 }
                }
                let leadingKey: UInt64 = letters > 12 ? 0 : key
                let roles = leadingKey == 0 ? WordRoles() : roleTable[leadingKey] ?? WordRoles()
                rolesHeld.formUnion(roles)
                shapes[i] = Shape(stamp: stamp, end: Int32(j), key: hyphenated ? 0 : leadingKey, leadingKey: leadingKey, roles: roles)
                // (past the code point that ended the letters' run: it is no letter)
                i = wordEnd + 1
            }
        } }
        self.shapes = shapes
        self.rolesHeld = rolesHeld
    }

    /// Whether the text holds a Latin letter (the shapes of a text without one are not made).
    var holdsLatinLetters: Bool { stamp != 0 }

    /// Hands the memory of the shapes on to the next text; these shapes are then empty.
    mutating func giveBack(to storage: inout Storage) {
        // (shapes of a text without Latin letters own no memory: the storage keeps its own)
        guard !shapes.isEmpty else { return }
        storage.shapes = shapes
        storage.stamp = max(storage.stamp, stamp)
        shapes = []
        stamp = 0
        rolesHeld = []
    }

    /// The Latin word at `i` as ``NumberScanner/word(at:)`` reads it: its end, its key when it
    /// is letters only (no inner hyphen) and has at most 12 of them, and the key of the
    /// letters before its first hyphen (or of the whole word) when at most 12, and the roles of
    /// those letters (``WordRoles``).
    @inline(__always)
    func at(_ i: Int) -> (end: Int, key: UInt64?, leadingKey: UInt64?, roles: WordRoles)? {
        guard i >= 0, i < shapes.count else { return nil }
        let shape = shapes[i]
        guard shape.stamp == stamp else { return nil }
        return (Int(shape.end), shape.key == 0 ? nil : shape.key, shape.leadingKey == 0 ? nil : shape.leadingKey, shape.roles)
    }
}

/// A Latin word of the text, read without building it: where it stands, and its key
/// (``WordKeys``) when it is letters only, at most 12.
struct WordSpan {
    let start: Int
    let end: Int
    let key: UInt64?
}

extension NumberScanner {
    /// The Latin word at `i`, without building it (``WordShapes/at(_:)``).
    @inline(__always)
    func wordShape(at i: Int) -> (end: Int, key: UInt64?, leadingKey: UInt64?, roles: WordRoles)? { shapes.at(i) }

    /// Whether the text holds a Latin letter: where it holds none, no Latin word is looked for.
    var holdsLatinLetters: Bool { shapes.holdsLatinLetters }

    /// Whether a word of the text has `role` (``WordRoles``).
    func holdsWord(_ role: WordRoles) -> Bool { shapes.rolesHeld.contains(role) }

    /// Where the run of Latin letters from `i` on ends (`i` when no letter stands there): the
    /// end of the word's shape when it is letters only (it has a key), else counted.
    func letterRunEnd(from i: Int) -> Int { letterRunEnd(from: i, shape: shapes.at(i)) }

    /// ``letterRunEnd(from:)`` for a caller that has read the word's shape at `i` already (a
    /// skip past a word a recogniser has looked at and turned down).
    @inline(__always)
    func letterRunEnd(from i: Int, shape: (end: Int, key: UInt64?, leadingKey: UInt64?, roles: WordRoles)?) -> Int {
        if let shape, shape.key != nil { return shape.end }
        var j = i
        while j < limit, isLatinLetter(text[j]) { j += 1 }
        return j
    }
}

/// The keys of the single words the rules compare a word of the text with. Computed, not
/// stored: a stored `static let` is set up at run time and checked for it at every use, where
/// these fold to constants.
enum WordKey {
    static var and: UInt64 { WordKeys.key(literal: "and") }
    static var `as`: UInt64 { WordKeys.key(literal: "as") }
    static var at: UInt64 { WordKeys.key(literal: "at") }
    static var between: UInt64 { WordKeys.key(literal: "between") }
    static var by: UInt64 { WordKeys.key(literal: "by") }
    static var cent: UInt64 { WordKeys.key(literal: "cent") }
    static var cents: UInt64 { WordKeys.key(literal: "cents") }
    static var compared: UInt64 { WordKeys.key(literal: "compared") }
    static var fiscal: UInt64 { WordKeys.key(literal: "fiscal") }
    static var `in`: UInt64 { WordKeys.key(literal: "in") }
    static var july: UInt64 { WordKeys.key(literal: "july") }
    static var june: UInt64 { WordKeys.key(literal: "june") }
    static var last: UInt64 { WordKeys.key(literal: "last") }
    static var may: UInt64 { WordKeys.key(literal: "may") }
    static var minus: UInt64 { WordKeys.key(literal: "minus") }
    static var negative: UInt64 { WordKeys.key(literal: "negative") }
    static var of: UInt64 { WordKeys.key(literal: "of") }
    static var or: UInt64 { WordKeys.key(literal: "or") }
    static var pence: UInt64 { WordKeys.key(literal: "pence") }
    static var per: UInt64 { WordKeys.key(literal: "per") }
    static var us: UInt64 { WordKeys.key(literal: "us") }
    static var out: UInt64 { WordKeys.key(literal: "out") }
    static var over: UInt64 { WordKeys.key(literal: "over") }
    static var plus: UInt64 { WordKeys.key(literal: "plus") }
    static var same: UInt64 { WordKeys.key(literal: "same") }
    static var shares: UInt64 { WordKeys.key(literal: "shares") }
    static var stock: UInt64 { WordKeys.key(literal: "stock") }
    static var this: UInt64 { WordKeys.key(literal: "this") }
    static var to: UInt64 { WordKeys.key(literal: "to") }
    static var with: UInt64 { WordKeys.key(literal: "with") }
}
