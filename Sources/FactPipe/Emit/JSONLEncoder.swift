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

    private func encodeFact(doc: String, _ fact: Fact, into out: inout [UInt8]) {
        let q = fact.quantity
        let isMoney = q.kind == .money
        out.append(contentsOf: Array(#"{"type":"fact","doc":"#.utf8)); string(doc, &out)
        key("start", &out); out.append(contentsOf: Array(String(q.span.lowerBound).utf8))
        key("end", &out); out.append(contentsOf: Array(String(q.span.upperBound).utf8))
        key("text", &out); string(fact.text, &out)
        key("kind", &out); string(q.kind.rawValue, &out)
        key("value", &out); number(q.value, &out)
        key("unit", &out); optionalString(q.unit, &out)
        key("currency", &out); optionalString(isMoney ? q.currency : nil, &out)
        key("currency_inferred", &out); out.append(contentsOf: Array((isMoney ? (q.currencyInferred ? "true" : "false") : "null").utf8))
        key("usd", &out); number(fact.usd?.usd, &out)
        key("usd_rate", &out); number(fact.usd?.rate, &out)
        key("rate_date", &out); optionalString(fact.usd?.rateDate, &out)
        key("approx", &out); optionalString(q.approx?.rawValue, &out)
        key("low", &out); number(q.low, &out)
        key("high", &out); number(q.high, &out)
        key("subject", &out); optionalString(fact.subject, &out)
        key("predicate", &out); optionalString(fact.predicate, &out)
        key("object", &out); optionalString(fact.object, &out)
        key("time", &out); optionalString(fact.time, &out)
        key("sentence", &out); string(fact.sentence, &out)
        key("lang", &out); string(fact.lang, &out)
        out.append(contentsOf: Array("}\n".utf8))
    }

    /// The fields of an entity record, in the contract's order.
    public static let entityFields = ["type", "doc", "start", "end", "text", "name", "entity", "known"]

    private func encodeEntity(doc: String, _ entity: EntityMention, into out: inout [UInt8]) {
        out.append(contentsOf: Array(#"{"type":"entity","doc":"#.utf8)); string(doc, &out)
        key("start", &out); out.append(contentsOf: Array(String(entity.span.lowerBound).utf8))
        key("end", &out); out.append(contentsOf: Array(String(entity.span.upperBound).utf8))
        key("text", &out); string(entity.text, &out)
        key("name", &out); string(entity.name, &out)
        key("entity", &out); string(entity.type.rawValue, &out)
        key("known", &out); out.append(contentsOf: Array((entity.known ? "true" : "false").utf8))
        out.append(contentsOf: Array("}\n".utf8))
    }

    @inline(__always) private func key(_ name: String, _ out: inout [UInt8]) {
        out.append(UInt8(ascii: ",")); out.append(UInt8(ascii: "\""))
        out.append(contentsOf: Array(name.utf8))
        out.append(UInt8(ascii: "\"")); out.append(UInt8(ascii: ":"))
    }

    private func optionalString(_ s: String?, _ out: inout [UInt8]) {
        if let s { string(s, &out) } else { out.append(contentsOf: Array("null".utf8)) }
    }

    private func number(_ d: Decimal?, _ out: inout [UInt8]) {
        guard let d else { out.append(contentsOf: Array("null".utf8)); return }
        out.append(contentsOf: Array(DecimalText.plain(d).utf8))
    }

    private func string(_ s: String, _ out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in s.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: [92, 34])
            case UInt8(ascii: "\\"): out.append(contentsOf: [92, 92])
            case 10: out.append(contentsOf: [92, 110])
            case 13: out.append(contentsOf: [92, 114])
            case 9: out.append(contentsOf: [92, 116])
            case 0..<32:
                let hex = Array("0123456789abcdef".utf8)
                out.append(contentsOf: [92, 117, 48, 48, hex[Int(byte >> 4)], hex[Int(byte & 15)]])
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}

/// Decimal numbers as plain JSON number text: digits, an optional point, no exponent.
public enum DecimalText {
    /// At most this many digits after the point (1/3 is written with 18 threes).
    static let maximumFractionDigits = 18

    public static func plain(_ value: Decimal) -> String {
        // Decimal's description is plain digits, never an exponent form
        var text = "\(value)"
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
