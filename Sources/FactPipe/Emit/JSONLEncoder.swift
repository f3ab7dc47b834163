import FoundationEssentials

/// Writes records as JSON Lines in the contract's field order, every field present
/// (`null` when it does not apply), numbers as exact decimals.
public struct JSONLEncoder {
    public init() {}

    /// The fields of a fact record, in the contract's order.
    public static let factFields = [
        "type", "doc", "start", "end", "text", "kind", "value", "unit", "currency",
        "currency_inferred", "usd", "usd_rate", "rate_date", "approx", "low", "high",
        "subject", "predicate", "object", "time", "sentence", "lang",
    ]

    public func encode(_ record: Record, into out: inout [UInt8]) {
        switch record {
        case .fact(let doc, let fact): encodeFact(doc: doc, fact, into: &out)
        case .entity(let doc, let entity): encodeEntity(doc: doc, entity, into: &out)
        case .error(let doc, let message):
            out.append(contentsOf: Array(#"{"type":"error","doc":"#.utf8))
            string(doc, &out)
            out.append(contentsOf: Array(#","message":"#.utf8))
            string(message, &out)
            out.append(contentsOf: Array("}\n".utf8))
        }
    }

    public func line(_ record: Record) -> String {
        var bytes: [UInt8] = []
        encode(record, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func bytes(_ s: String) -> [UInt8] { Array(s.utf8) }
    private static let factStart = bytes(#"{"type":"fact","doc":"#)
    private static let keys: [[UInt8]] = factFields.map { bytes(#",""# + $0 + #"":"#) }
    private static let null = bytes("null"), trueBytes = bytes("true"), falseBytes = bytes("false")
    private static let recordEnd = bytes("}\n")

    private func encodeFact(doc: String, _ fact: Fact, into out: inout [UInt8]) {
        let q = fact.quantity
        let isMoney = q.kind == .money
        let keys = Self.keys
        out.append(contentsOf: Self.factStart); string(doc, &out)
        out.append(contentsOf: keys[2]); integer(q.span.lowerBound, &out)
        out.append(contentsOf: keys[3]); integer(q.span.upperBound, &out)
        out.append(contentsOf: keys[4]); string(fact.text, &out)
        out.append(contentsOf: keys[5]); string(q.kind.rawValue, &out)
        out.append(contentsOf: keys[6]); number(q.value, &out)
        out.append(contentsOf: keys[7]); optionalString(q.unit, &out)
        out.append(contentsOf: keys[8]); optionalString(isMoney ? q.currency : nil, &out)
        out.append(contentsOf: keys[9]); out.append(contentsOf: isMoney ? (q.currencyInferred ? Self.trueBytes : Self.falseBytes) : Self.null)
        out.append(contentsOf: keys[10]); number(fact.usd?.usd, &out)
        out.append(contentsOf: keys[11]); number(fact.usd?.rate, &out)
        out.append(contentsOf: keys[12]); optionalString(fact.usd?.rateDate, &out)
        out.append(contentsOf: keys[13]); optionalString(q.approx?.rawValue, &out)
        out.append(contentsOf: keys[14]); number(q.low, &out)
        out.append(contentsOf: keys[15]); number(q.high, &out)
        out.append(contentsOf: keys[16]); optionalString(fact.subject, &out)
        out.append(contentsOf: keys[17]); optionalString(fact.predicate, &out)
        out.append(contentsOf: keys[18]); optionalString(fact.object, &out)
        out.append(contentsOf: keys[19]); optionalString(fact.time, &out)
        out.append(contentsOf: keys[20]); string(fact.sentence, &out)
        out.append(contentsOf: keys[21]); string(fact.lang, &out)
        out.append(contentsOf: Self.recordEnd)
    }

    /// The fields of an entity record, in the contract's order.
    public static let entityFields = ["type", "doc", "start", "end", "text", "name", "entity", "known", "owner"]

    private func encodeEntity(doc: String, _ entity: EntityMention, into out: inout [UInt8]) {
        out.append(contentsOf: Array(#"{"type":"entity","doc":"#.utf8)); string(doc, &out)
        key("start", &out); integer(entity.span.lowerBound, &out)
        key("end", &out); integer(entity.span.upperBound, &out)
        key("text", &out); string(entity.text, &out)
        key("name", &out); string(entity.name, &out)
        key("entity", &out); string(entity.type.rawValue, &out)
        key("known", &out); out.append(contentsOf: Array((entity.known ? "true" : "false").utf8))
        key("owner", &out); optionalString(entity.owner, &out)
        out.append(contentsOf: Array("}\n".utf8))
    }

    @inline(__always) private func key(_ name: String, _ out: inout [UInt8]) {
        out.append(UInt8(ascii: ",")); out.append(UInt8(ascii: "\""))
        out.append(contentsOf: Array(name.utf8))
        out.append(UInt8(ascii: "\"")); out.append(UInt8(ascii: ":"))
    }

    private func integer(_ n: Int, _ out: inout [UInt8]) {
        if n < 0 { out.append(UInt8(ascii: "-")) }
        var v = n.magnitude
        var buffer: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &buffer) { digits in
            var k = digits.count
            repeat { k -= 1; digits[k] = UInt8(48 + v % 10); v /= 10 } while v > 0
            out.append(contentsOf: digits[k...])
        }
    }

    private func optionalString(_ s: String?, _ out: inout [UInt8]) {
        if let s { string(s, &out) } else { out.append(contentsOf: Self.null) }
    }

    private func number(_ d: Decimal?, _ out: inout [UInt8]) {
        guard let d else { out.append(contentsOf: Self.null); return }
        if DecimalText.appendPlain(d, to: &out) { return }
        out.append(contentsOf: DecimalText.plain(d).utf8)
    }

    private func string(_ s: String, _ out: inout [UInt8]) {
        var s = s
        s.withUTF8 { bytes in
            out.append(UInt8(ascii: "\""))
            var runStart = 0
            var i = 0
            while i < bytes.count {
                // eight bytes at a time while none of them needs escaping
                if bytes.count - i >= 8 {
                    let word = UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self)
                    if !Self.needsEscape(word) { i += 8; continue }
                }
                let byte = bytes[i]
                i += 1
                guard byte < 32 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<(i - 1)]))
                runStart = i
                switch byte {
                case UInt8(ascii: "\""): out.append(contentsOf: [92, 34])
                case UInt8(ascii: "\\"): out.append(contentsOf: [92, 92])
                case 10: out.append(contentsOf: [92, 110])
                case 13: out.append(contentsOf: [92, 114])
                case 9: out.append(contentsOf: [92, 116])
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    out.append(contentsOf: [92, 117, 48, 48, hex[Int(byte >> 4)], hex[Int(byte & 15)]])
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
            out.append(UInt8(ascii: "\""))
        }
    }

    /// Whether any of the eight bytes of `word` is a control character, `"` or `\`: a byte
    /// below 32 (or a zero byte after the XORs) leaves its top bit set in the subtraction.
    @inline(__always)
    private static func needsEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let quote = word ^ (ones &* 0x22), backslash = word ^ (ones &* 0x5C)
        let control = (word &- ones &* 0x20) & ~word
        let quoteZero = (quote &- ones) & ~quote
        let backslashZero = (backslash &- ones) & ~backslash
        return (control | quoteZero | backslashZero) & highs != 0
    }
}

/// Decimal numbers as plain JSON number text: digits, an optional point, no exponent.
public enum DecimalText {
    /// At most this many digits after the point (1/3 is written with 18 threes).
    static let maximumFractionDigits = 18

    /// Appends `value` as ``plain(_:)`` writes it, without going through its description,
    /// when at most 20 zeros follow its digits; returns false (appending nothing) otherwise.
    static func appendPlain(_ value: Decimal, to out: inout [UInt8]) -> Bool {
        layoutChecked && appendDigits(value, to: &out)
    }

    private static func appendDigits(_ value: Decimal, to out: inout [UInt8]) -> Bool {
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
        if m == 0 { out.append(UInt8(ascii: "0")); return true }
        var buffer: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &buffer) { digits in
            // trailing zeros of the fraction are not written
            while fraction > 0, m % 10 == 0 { m /= 10; fraction -= 1 }
            var k = digits.count
            for _ in 0..<max(0, exponent) { k -= 1; digits[k] = 48 }
            var written = 0
            repeat {
                k -= 1; digits[k] = UInt8(48 + m % 10); m /= 10; written += 1
                if written == fraction { k -= 1; digits[k] = UInt8(ascii: ".") }
            } while m > 0
            if written < fraction {
                while written < fraction { k -= 1; digits[k] = 48; written += 1 }
                k -= 1; digits[k] = UInt8(ascii: ".")
            }
            if digits[k] == UInt8(ascii: ".") { k -= 1; digits[k] = 48 }
            if negative { k -= 1; digits[k] = UInt8(ascii: "-") }
            out.append(contentsOf: digits[k...])
        }
        return true
    }

    /// Whether ``DecimalLayout`` reads this Foundation's decimals right: checked once, on
    /// values whose text ``plain(_:)`` knows.
    static let layoutChecked: Bool = {
        for sample in ["-12.340", "0.5", "1", "192000000", "123456789012345678", "-0.000001", "3.14159",
                       "1e5", "18446744073709551615", "-7", "0.000000000000000001",
                       "0.1234567890123456789012", "-0.0000000000000000001", "0.99999999999999999999",
                       "-0.00000000000000000049", "0.0000000000000000005", "123456789012345678901234567.125",
                       "340282366920938463463374607431768211455", "1.00000000000000000000000000000000000001",
                       "0.0000000000000000000000000000000000000000001", "120000000000000000000"] {
            guard let value = Decimal(string: sample) else { return false }
            var fast: [UInt8] = []
            guard appendDigits(value, to: &fast), fast == Array(plain(value).utf8) else { return false }
        }
        return true
    }()

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
