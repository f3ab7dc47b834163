import FoundationEssentials

/// Writes records as JSON Lines in the contract's field order, every field present
/// (`null` when it does not apply), numbers as exact decimals.
public struct JSONLEncoder: RecordEncoder, Sendable {
    /// ``DecimalText/layoutChecked``, read once here rather than at every number written.
    private let decimalLayoutChecked: Bool

    public init() { decimalLayoutChecked = DecimalText.layoutChecked }

    /// The fields of a fact record, in the contract's order.
    public static let factFields = [
        "type", "doc", "start", "end", "text", "kind", "value", "unit", "currency",
        "currency_inferred", "usd", "usd_rate", "rate_date", "approx", "low", "high",
        "subject", "predicate", "object", "time", "sentence", "lang",
    ]

    public func encode(_ record: borrowing Record, into out: inout [UInt8]) {
        switch record {
        case .fact(let doc, let fact): encode(fact: fact, doc: doc, into: &out)
        case .entity(let doc, let entity): encode(entity: entity, doc: doc, into: &out)
        case .error(let doc, let message):
            ByteWriter.append(to: &out, bound: 64 + Self.room(doc) + Self.room(message)) { w in
                w.put(#"{"type":"error","doc":"#); string(doc, &w)
                w.put(#","message":"#); string(message, &w)
                w.put("}\n")
            }
        }
    }

    public func line(_ record: Record) -> String {
        var bytes: [UInt8] = []
        encode(record, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The most a string takes written: quotes, and six bytes for each byte escaped as `\u00XX`.
    private static func room(_ s: String?) -> Int { 2 + 6 * (s?.utf8.count ?? 0) }
    private static func room(_ text: UTF8Text) -> Int { 2 + 6 * text.bytes.count }
    /// The most a number takes written (``DecimalText/plain(_:)`` of any `Decimal`).
    private static let numberRoom = 200

    // The keys are written from literals in the order of `factFields` and `entityFields`
    // (the output tests hold them to those lists).
    public func encode(fact: borrowing Fact, doc: String, into out: inout [UInt8]) {
        ByteWriter.append(to: &out, bound: Self.factOpeningRoom(doc)) { putFactOpening(doc: doc, &$0) }
        encode(fact: fact, after: [], into: &out)
    }

    /// The bytes a fact record of the document `doc` opens with, up to the value of `start`:
    /// the same for all its facts, so written once for them.
    func factOpening(doc: String) -> [UInt8] {
        var opening: [UInt8] = []
        ByteWriter.append(to: &opening, bound: Self.factOpeningRoom(doc)) { putFactOpening(doc: doc, &$0) }
        return opening
    }

    private static func factOpeningRoom(_ doc: String) -> Int { 64 + room(doc) }

    private func putFactOpening(doc: String, _ w: inout ByteWriter) {
        w.put(#"{"type":"fact","doc":"#); string(doc, &w)
        w.put(#","start":"#)
    }

    /// Writes the record of `fact` from `opening` on, a ``factOpening(doc:)`` (or none where it
    /// has been written already).
    func encode(fact: borrowing Fact, after opening: [UInt8], into out: inout [UInt8]) {
        let isMoney = fact.quantity.kind == .money
        let named = Self.room(fact.text) + Self.room(fact.quantity.unit) + Self.room(fact.quantity.currency)
            + Self.room(fact.subject) + Self.room(fact.predicate) + Self.room(fact.object) + Self.room(fact.time)
            + Self.room(fact.sentenceUTF8)
        // (the literals, `kind` and `approx` among them, fit in the 512)
        let fixed = Self.room(fact.usd?.rateDate) + Self.room(fact.lang)
        let bound = 512 + 6 * Self.numberRoom + 40 + opening.count + named + fixed
        // the fields the writer reads, bound here: read through a pointer to the fact inside
        // the writer, each string was retained and released around its use (the writer's
        // stores might have changed the fact), and a closure capturing the fact copies it
        let (quantity, text, usd, sentence, lang) = (fact.quantity, fact.text, fact.usd, fact.sentenceUTF8, fact.lang)
        let (subject, predicate, object, time) = (fact.subject, fact.predicate, fact.object, fact.time)
        opening.withUnsafeBufferPointer { opening in ByteWriter.append(to: &out, bound: bound) { w in
            w.put(opening); integer(quantity.span.lowerBound, &w)
            w.put(#","end":"#); integer(quantity.span.upperBound, &w)
            w.put(#","text":"#); string(text, &w)
            w.put(#","kind":"#); Self.putQuoted(quantity.kind, &w)
            w.put(#","value":"#); number(quantity.value, &w)
            w.put(#","unit":"#); optionalString(quantity.unit, &w)
            w.put(#","currency":"#); optionalString(isMoney ? quantity.currency : nil, &w)
            w.put(#","currency_inferred":"#); w.put(isMoney ? (quantity.currencyInferred ? "true" : "false") : "null")
            w.put(#","usd":"#); number(usd?.usd, &w)
            w.put(#","usd_rate":"#); number(usd?.rate, &w)
            w.put(#","rate_date":"#); optionalString(usd?.rateDate, &w)
            w.put(#","approx":"#); Self.putQuoted(quantity.approx, &w)
            w.put(#","low":"#); number(quantity.low, &w)
            w.put(#","high":"#); number(quantity.high, &w)
            w.put(#","subject":"#); optionalString(subject, &w)
            w.put(#","predicate":"#); optionalString(predicate, &w)
            w.put(#","object":"#); optionalString(object, &w)
            w.put(#","time":"#); optionalString(time, &w)
            w.put(#","sentence":"#); string(sentence, &w)
            w.put(#","lang":"#); string(lang, &w)
            w.put("}\n")
        } }
    }

    /// The fields of an entity record, in the contract's order.
    public static let entityFields = ["type", "doc", "start", "end", "text", "name", "entity", "known", "owner"]

    public func encode(entity: EntityMention, doc: String, into out: inout [UInt8]) {
        let bound = 256 + Self.room(doc) + Self.room(entity.text) + Self.room(entity.name) + Self.room(entity.type.rawValue)
            + Self.room(entity.owner)
        ByteWriter.append(to: &out, bound: bound) { w in
            w.put(#"{"type":"entity","doc":"#); string(doc, &w)
            w.put(#","start":"#); integer(entity.span.lowerBound, &w)
            w.put(#","end":"#); integer(entity.span.upperBound, &w)
            w.put(#","text":"#); string(entity.text, &w)
            w.put(#","name":"#); string(entity.name, &w)
            w.put(#","entity":"#); word(entity.type.rawValue, &w)
            w.put(#","known":"#); w.put(entity.known ? "true" : "false")
            w.put(#","owner":"#); optionalString(entity.owner, &w)
            w.put("}\n")
        }
    }

    private func integer(_ n: Int, _ w: inout ByteWriter) {
        if n < 0 { w.put(UInt8(ascii: "-")) }
        w.put(decimal: n.magnitude)
    }

    private func optionalString(_ s: String?, _ w: inout ByteWriter) {
        if let s { string(s, &w) } else { w.put("null") }
    }

    /// Writes a raw value of the contract's enumerations (here `entity`): a word of ASCII
    /// letters and `_`, quoted without looking for bytes to escape.
    private func word(_ s: String, _ w: inout ByteWriter) {
        var s = s
        s.withUTF8 { bytes in
            assert(Self.nextEscape(in: bytes, from: 0) == bytes.count, "a raw value to escape")
            quoted(bytes, &w)
        }
    }

    /// Writes `bytes`, none of which must be escaped, as a JSON string.
    private func quoted(_ bytes: UnsafeBufferPointer<UInt8>, _ w: inout ByteWriter) {
        w.put(UInt8(ascii: "\"")); w.put(bytes); w.put(UInt8(ascii: "\""))
    }

    // The raw values of a fact's `kind` and `approx` written from literals: a raw value read
    // is a `String` made, retained and released (the tests hold each literal to its raw value).

    static func putQuoted(_ kind: QuantityKind, _ w: inout ByteWriter) {
        switch kind {
        case .money: w.put(#""money""#)
        case .percent: w.put(#""percent""#)
        case .number: w.put(#""number""#)
        case .multiple: w.put(#""multiple""#)
        case .fraction: w.put(#""fraction""#)
        case .duration: w.put(#""duration""#)
        case .date: w.put(#""date""#)
        }
    }

    static func putQuoted(_ approx: Approximation?, _ w: inout ByteWriter) {
        switch approx {
        case nil: w.put("null")
        case .about?: w.put(#""about""#)
        case .over?: w.put(#""over""#)
        case .under?: w.put(#""under""#)
        case .atLeast?: w.put(#""at_least""#)
        case .atMost?: w.put(#""at_most""#)
        case .upTo?: w.put(#""up_to""#)
        case .vague?: w.put(#""vague""#)
        }
    }

    /// (a field mostly `null`: tested where it is written, without a call)
    @inline(__always) private func number(_ d: Decimal?, _ w: inout ByteWriter) {
        if let d { number(d, &w) } else { w.put("null") }
    }

    private func number(_ d: Decimal, _ w: inout ByteWriter) {
        if decimalLayoutChecked, DecimalText.putShort(d, &w) { return }
        if DecimalText.withPlainDigits(d, { w.put($0) }) { return }
        var text = DecimalText.plain(d)
        text.withUTF8 { w.put($0) }
    }

    private func string(_ s: String, _ w: inout ByteWriter) {
        // a native string lends its bytes without being copied
        if let written: Void = s.utf8.withContiguousStorageIfAvailable({ escaped($0, &w) }) { return written }
        var s = s
        s.withUTF8 { escaped($0, &w) }
    }

    private func string(_ text: UTF8Text, _ w: inout ByteWriter) {
        text.bytes.withUnsafeBufferPointer { text.needsNoEscape ? quoted($0, &w) : escaped($0, &w) }
    }

    /// Writes `bytes` as a JSON string: quoted, with `"`, `\` and control characters escaped.
    private func escaped(_ bytes: UnsafeBufferPointer<UInt8>, _ w: inout ByteWriter) {
        w.put(UInt8(ascii: "\""))
        var runStart = 0
        var i = Self.nextEscape(in: bytes, from: 0)
        while i < bytes.count {
            w.put(UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
            Self.escape(bytes[i], &w)
            runStart = i + 1
            i = Self.nextEscape(in: bytes, from: runStart)
        }
        w.put(UnsafeBufferPointer(rebasing: bytes[runStart...]))
        w.put(UInt8(ascii: "\""))
    }

    private static func escape(_ byte: UInt8, _ w: inout ByteWriter) {
        switch byte {
        case UInt8(ascii: "\""): w.put(#"\""#)
        case UInt8(ascii: "\\"): w.put(#"\\"#)
        case 10: w.put(#"\n"#)
        case 13: w.put(#"\r"#)
        case 9: w.put(#"\t"#)
        default:
            let hex: StaticString = "0123456789abcdef"
            w.put(#"\u00"#)
            w.put(hex.utf8Start[Int(byte >> 4)]); w.put(hex.utf8Start[Int(byte & 15)])
        }
    }

    /// The index of the first byte from `start` on that must be escaped (a control character,
    /// `"` or `\`), or `bytes.count` when none must.
    @inline(__always)
    static func nextEscape(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let count = bytes.count
        var i = start
        if count >= 8, let base = UnsafeRawPointer(bytes.baseAddress) {
            // sixteen bytes a step while none of them needs escaping; the last step takes the
            // last sixteen bytes (or eight, twice), overlapping some checked already
            while i + 16 <= count, !needsEscape(base.loadUnaligned(fromByteOffset: i, as: UInt64.self),
                                                 base.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self)) {
                i += 16
            }
            if i + 16 > count, !needsEscape(base.loadUnaligned(fromByteOffset: max(0, count - 16), as: UInt64.self),
                                            base.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)) {
                return count
            }
        } else if count - i >= 4, let base = UnsafeRawPointer(bytes.baseAddress) {
            // four to seven bytes (a unit, a date, a name): their first four and last four, one word
            let first = base.loadUnaligned(fromByteOffset: i, as: UInt32.self), last = base.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
            if !needsEscape(UInt64(first) | UInt64(last) << 32) { return count }
        }
        while i < count, !needsEscape(bytes[i]) { i += 1 }
        return i
    }

    @inline(__always)
    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 32 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }

    /// Whether any of the sixteen bytes of `first` and `second` is a control character, `"`
    /// or `\`. Below 32, and zero after the XORs, are the bytes whose subtraction borrows and
    /// sets their top bit (a borrow passed on comes only from such a byte); a byte with its
    /// top bit set already is not ASCII, and is masked out.
    @inline(__always)
    private static func needsEscape(_ first: UInt64, _ second: UInt64) -> Bool {
        (flagged(first) | flagged(second)) & (ones &* 0x80) != 0
    }

    /// ``needsEscape(_:_:)`` for the eight bytes of one word.
    @inline(__always)
    private static func needsEscape(_ word: UInt64) -> Bool { flagged(word) & (ones &* 0x80) != 0 }

    private static var ones: UInt64 { 0x0101_0101_0101_0101 }

    /// The top bit set in the bytes of `word` found by ``needsEscape(_:_:)`` (and maybe in
    /// bytes after such a byte).
    @inline(__always)
    private static func flagged(_ word: UInt64) -> UInt64 {
        let quote = word ^ (ones &* 0x22), backslash = word ^ (ones &* 0x5C)
        return ((word &- ones &* 0x20) | (quote &- ones) | (backslash &- ones)) & ~word
    }
}

/// Decimal numbers as plain JSON number text: digits, an optional point, no exponent.
public enum DecimalText {
    /// At most this many digits after the point (1/3 is written with 18 threes).
    static let maximumFractionDigits = 18

    /// Appends `value` as ``plain(_:)`` writes it, without going through its description,
    /// when at most 20 zeros follow its digits; returns false (appending nothing) otherwise.
    static func appendPlain(_ value: Decimal, to out: inout [UInt8]) -> Bool {
        withPlainDigits(value) { out.append(contentsOf: $0) }
    }

    /// Calls `body` with the bytes ``plain(_:)`` writes for `value`, without going through
    /// its description, when at most 20 zeros follow its digits; returns false otherwise.
    static func withPlainDigits(_ value: Decimal, _ body: (UnsafeRawBufferPointer) -> Void) -> Bool {
        layoutChecked && appendDigits(value, body)
    }

    /// Writes `value` as ``plain(_:)`` writes it when its mantissa takes at most 64 bits and
    /// it has at most ``maximumFractionDigits`` places and 20 trailing zeros (nothing to
    /// round: the digits are the mantissa's), straight into `w`; returns false (writing
    /// nothing) otherwise. The layout must have been checked (``layoutChecked``).
    static func putShort(_ value: Decimal, _ w: inout ByteWriter) -> Bool {
        guard let (mantissa, exponent, negative) = DecimalLayout.wordParts(value),
              exponent >= -maximumFractionDigits, exponent <= 20 else { return false }
        var m = UInt(mantissa)
        // (a zero, of either sign, is written as one)
        if m == 0 { w.put(UInt8(ascii: "0")); return true }
        if negative { w.put(UInt8(ascii: "-")) }
        if exponent > 0 {
            w.put(decimal: m)
            for _ in 0..<exponent { w.put(UInt8(ascii: "0")) }
            return true
        }
        // trailing zeros of the fraction are not written
        var fraction = -exponent
        while fraction > 0, m % 10 == 0 { m /= 10; fraction -= 1 }
        let scale = UInt(PowersOfTen.int64[fraction])
        w.put(decimal: m / scale)
        if fraction > 0 {
            w.put(UInt8(ascii: "."))
            w.put(decimal: m % scale, digits: fraction)
        }
        return true
    }

    private static func appendDigits(_ value: Decimal, _ body: (UnsafeRawBufferPointer) -> Void) -> Bool {
        guard let (mantissa, exponent, negative) = DecimalLayout.parts(value) else { return false }
        guard exponent <= 20 else { return false }
        var m = mantissa
        var fraction = max(0, -exponent)
        if fraction > maximumFractionDigits {
            // half up on the first digit dropped, as `roundedFraction` does on the text
            let drop = fraction - maximumFractionDigits
            if drop > 39 {
                m = 0
            } else {
                var scale: UInt128 = 1
                for _ in 1..<drop { scale *= 10 }
                let kept = m / scale
                m = kept / 10 + (kept % 10 >= 5 ? 1 : 0)
            }
            fraction = maximumFractionDigits
        }
        if m == 0 { withUnsafeBytes(of: UInt8(ascii: "0")) { body($0) }; return true }
        // (a mantissa of 64 bits, the most common, has its digits taken more cheaply)
        if let small = UInt64(exactly: m) {
            writeDigits(small, fraction: fraction, exponent: exponent, negative: negative, body)
        } else {
            writeDigits(m, fraction: fraction, exponent: exponent, negative: negative, body)
        }
        return true
    }

    /// Calls `body` with the digits of `mantissa` times ten to `exponent`, `fraction` of them
    /// after the point (trailing zeros of the fraction left out).
    private static func writeDigits<Mantissa: FixedWidthInteger & UnsignedInteger>(
        _ mantissa: Mantissa, fraction: Int, exponent: Int, negative: Bool, _ body: (UnsafeRawBufferPointer) -> Void
    ) {
        var m = mantissa
        var fraction = fraction
        var buffer: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &buffer) { digits in
            // trailing zeros of the fraction are not written
            while fraction > 0, m % 10 == 0 { m /= 10; fraction -= 1 }
            var k = digits.count
            for _ in 0..<max(0, exponent) { k -= 1; digits[k] = 48 }
            // from the last digit, two at a time from the table of pairs: the fraction's
            // digits (zeros once the mantissa's run out), its point, then the whole part
            let pairs = ByteWriter.digitPairs.utf8Start
            @inline(__always) func putPair(_ m: inout Mantissa) {
                let pair = Int(m % 100) * 2
                m /= 100
                k -= 2; digits[k] = pairs[pair]; digits[k + 1] = pairs[pair + 1]
            }
            @inline(__always) func putDigit(_ m: inout Mantissa) { k -= 1; digits[k] = UInt8(truncatingIfNeeded: 48 + m % 10); m /= 10 }
            if fraction > 0 {
                for _ in 0..<fraction / 2 { putPair(&m) }
                if fraction % 2 == 1 { putDigit(&m) }
                k -= 1; digits[k] = UInt8(ascii: ".")
            }
            // (a whole part of 0 is written as one)
            repeat {
                if m >= 10 { putPair(&m) } else { putDigit(&m) }
            } while m > 0
            if negative { k -= 1; digits[k] = UInt8(ascii: "-") }
            body(UnsafeRawBufferPointer(rebasing: digits[k...]))
        }
    }

    /// Whether ``DecimalLayout`` reads this Foundation's decimals right: checked once, on
    /// values whose text ``plain(_:)`` writes is known (written here rather than asked of
    /// `plain`, whose description of a decimal costs some 50,000 instructions).
    static let layoutChecked: Bool = {
        for (sample, text) in layoutSamples {
            guard let value = Decimal(string: sample) else { return false }
            var fast: [UInt8] = []
            guard appendDigits(value, { fast.append(contentsOf: $0) }), fast.elementsEqual(text.utf8) else { return false }
        }
        return true
    }()

    /// Decimals as written, and as ``plain(_:)`` writes them.
    static let layoutSamples = [
        ("-12.340", "-12.34"), ("0.5", "0.5"), ("1", "1"), ("192000000", "192000000"),
        ("123456789012345678", "123456789012345678"), ("-0.000001", "-0.000001"), ("3.14159", "3.14159"),
        ("1e5", "100000"), ("18446744073709551615", "18446744073709551615"), ("-7", "-7"),
        ("0.000000000000000001", "0.000000000000000001"), ("0.1234567890123456789012", "0.123456789012345679"),
        ("-0.0000000000000000001", "0"), ("0.99999999999999999999", "1"), ("-0.00000000000000000049", "0"),
        ("0.0000000000000000005", "0.000000000000000001"),
        ("123456789012345678901234567.125", "123456789012345678901234567.125"),
        ("340282366920938463463374607431768211455", "340282366920938463463374607431768211455"),
        ("1.00000000000000000000000000000000000001", "1"), ("0.0000000000000000000000000000000000000000001", "0"),
        ("120000000000000000000", "120000000000000000000"),
    ]

    public static func plain(_ value: Decimal) -> String {
        // Decimal's description is plain digits, never an exponent form
        var text = value.description
        if let dot = text.firstIndex(of: ".") {
            let fraction = text[text.index(after: dot)...]
            if fraction.count > maximumFractionDigits {
                text = roundedFraction(text, digits: maximumFractionDigits)
            }
            if text.contains(".") {
                while text.hasSuffix("0") { text.removeLast() }
                if text.hasSuffix(".") { text.removeLast() }
            }
        }
        if text == "-0" { text = "0" }
        return text
    }

    /// Rounds the digits of `text` half-up to `digits` places after the point.
    static func roundedFraction(_ text: String, digits: Int) -> String {
        var chars = Array(text)
        guard let dot = chars.firstIndex(of: ".") else { return text }
        let keep = dot + digits + 1
        guard keep < chars.count else { return text }
        let roundUp = chars[keep] >= "5"
        chars.removeSubrange(keep...)
        if roundUp {
            var k = chars.count - 1
            while k >= 0 {
                if chars[k] == "." || chars[k] == "-" { k -= 1; continue }
                if chars[k] == "9" { chars[k] = "0"; k -= 1; continue }
                chars[k] = Character(UnicodeScalar(chars[k].asciiValue! + 1)); break
            }
            if k < 0 || chars[k] == "-" { chars.insert("1", at: k + 1) }
        }
        return String(chars)
    }
}

/// The parts of a `Decimal` read from its memory: Foundation stores an 8-bit exponent, a
/// byte holding the length in 16-bit words (high four bits) and the sign (bit 3), two
/// reserved bytes, and eight little-endian 16-bit words of mantissa. ``DecimalText/layoutChecked`` proves the reading on known values before use.
enum DecimalLayout {
    static func parts(_ value: Decimal) -> (mantissa: UInt128, exponent: Int, negative: Bool)? {
        withUnsafeBytes(of: value) { raw in
            guard raw.count == 20 else { return nil }
            let length = Int(raw[1] >> 4)
            guard length <= 8 else { return nil }
            var m: UInt128 = 0
            var k = length - 1
            while k >= 0 { m = m << 16 | UInt128(raw[4 + 2 * k]) | UInt128(raw[5 + 2 * k]) << 8; k -= 1 }
            return (m, Int(Int8(bitPattern: raw[0])), raw[1] & 0x08 != 0)
        }
    }
}
