/// A line of JSON Lines input in its common shape, an object with the keys "id" (a string or
/// an integer) and "text" (a string) and no others, read without a general JSON decoder: the
/// text goes straight to scalars, without a `String` between.
///
/// Anything else is left to the general decoder (`init` gives `nil`): other, repeated or
/// escaped keys, numbers that are not plain integers in `Int`'s range, control characters,
/// lone surrogates, ill-formed UTF-8, anything after the object. So a line read here reads
/// the same as through a JSON decoder, and a line in error fails with the decoder's message.
public struct PlainJSONLine: Sendable {
    public let id: String
    public let text: [Unicode.Scalar]

    public init?(_ line: ArraySlice<UInt8>) {
        var reader = Reader(bytes: line)
        var id: String?, text: [Unicode.Scalar]?
        reader.skipWhitespace()
        guard reader.take(ASCII.openBrace) else { return nil }
        repeat {
            reader.skipWhitespace()
            guard let key = reader.plainKey() else { return nil }
            reader.skipWhitespace()
            guard reader.take(ASCII.colon) else { return nil }
            reader.skipWhitespace()
            switch key {
            case .id where id == nil:
                guard let value = reader.idValue() else { return nil }
                id = value
            case .text where text == nil:
                guard let bytes = reader.stringBytes(), let scalars = UTF8Scalars.decode(bytes)?.scalars else { return nil }
                text = scalars
            default:
                return nil
            }
            reader.skipWhitespace()
        } while reader.take(ASCII.comma)
        guard reader.take(ASCII.closeBrace) else { return nil }
        reader.skipWhitespace()
        guard reader.atEnd, let id, let text else { return nil }
        self.id = id
        self.text = text
    }

    private enum Key { case id, text }

    private enum ASCII {
        static let openBrace = UInt8(ascii: "{"), closeBrace = UInt8(ascii: "}")
        static let colon = UInt8(ascii: ":"), comma = UInt8(ascii: ",")
        static let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\")
        static let minus = UInt8(ascii: "-"), zero = UInt8(ascii: "0"), nine = UInt8(ascii: "9")
    }

    /// A cursor over the line's bytes.
    private struct Reader {
        let bytes: ArraySlice<UInt8>
        var i: Int

        init(bytes: ArraySlice<UInt8>) {
            self.bytes = bytes
            i = bytes.startIndex
        }

        var atEnd: Bool { i == bytes.endIndex }

        /// Passes over JSON's whitespace: space, tab, line feed, carriage return.
        mutating func skipWhitespace() {
            while i < bytes.endIndex, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 }
        }

        /// Takes `byte` if it comes next.
        mutating func take(_ byte: UInt8) -> Bool {
            guard i < bytes.endIndex, bytes[i] == byte else { return false }
            i += 1
            return true
        }

        /// The key "id" or "text", written without escapes.
        mutating func plainKey() -> Key? {
            let rest = bytes[i...]
            if rest.starts(with: #""id""#.utf8) { i += 4; return .id }
            if rest.starts(with: #""text""#.utf8) { i += 6; return .text }
            return nil
        }

        /// A string, or an integer in `Int`'s range written plainly (no leading zero, no "-0",
        /// no fraction or exponent), as its decimal digits.
        mutating func idValue() -> String? {
            if i < bytes.endIndex, bytes[i] == ASCII.quote {
                guard let value = stringBytes() else { return nil }
                return String(validating: value, as: UTF8.self)
            }
            let start = i
            let negative = take(ASCII.minus)
            let digits = i
            while i < bytes.endIndex, bytes[i] >= ASCII.zero, bytes[i] <= ASCII.nine { i += 1 }
            let count = i - digits
            guard count > 0, bytes[digits] != ASCII.zero || (count == 1 && !negative) else { return nil }
            return Int(String(decoding: bytes[start..<i], as: UTF8.self)).map { String($0) }
        }

        /// The UTF-8 of the string that starts here (at its opening quote), its escapes
        /// replaced; `nil` for a control character, a bad escape or a lone surrogate (the
        /// raw bytes are left for the caller to check as UTF-8).
        mutating func stringBytes() -> ArraySlice<UInt8>? {
            guard take(ASCII.quote) else { return nil }
            // the string's bytes themselves until the first escape, then copied with the
            // escapes replaced
            var unescaped: [UInt8] = []
            var escaped = false
            var run = i
            while true {
                skipPlainBytes()
                guard i < bytes.endIndex else { return nil }
                if bytes[i] == ASCII.quote {
                    defer { i += 1 }
                    guard escaped else { return bytes[run..<i] }
                    unescaped.append(contentsOf: bytes[run..<i])
                    return unescaped[...]
                }
                // a backslash, or a control character
                guard bytes[i] == ASCII.backslash else { return nil }
                if !escaped { escaped = true; unescaped.reserveCapacity(bytes.endIndex - run) }
                unescaped.append(contentsOf: bytes[run..<i])
                guard let scalar = escape() else { return nil }
                UTF8.encode(scalar) { unescaped.append($0) }
                run = i
            }
        }

        /// Moves on to the next quote, backslash or control character, or to the end.
        mutating func skipPlainBytes() {
            let start = bytes.startIndex
            let k = bytes.withUnsafeBufferPointer { buffer -> Int in
                var k = i - start
                guard let p = buffer.baseAddress else { return k }
                // eight bytes at a time: a byte is a quote or a backslash when it is zero once
                // xored with one, a control character when below 0x20; each test sets the top
                // bit of such a byte, and of none below the first (the borrow runs upwards)
                let ones: UInt64 = 0x0101_0101_0101_0101
                while buffer.count &- k >= 8 {
                    let word = UInt64(littleEndian: UnsafeRawPointer(p + k).loadUnaligned(as: UInt64.self))
                    let quote = word ^ (ones &* 0x22), backslash = word ^ (ones &* 0x5C)
                    let found = ((quote &- ones) & ~quote | (backslash &- ones) & ~backslash | (word &- ones &* 0x20) & ~word) & (ones &* 0x80)
                    if found != 0 { return k + found.trailingZeroBitCount / 8 }
                    k &+= 8
                }
                while k < buffer.count, buffer[k] != ASCII.quote, buffer[k] != ASCII.backslash, buffer[k] >= 0x20 { k += 1 }
                return k
            }
            i = start + k
        }

        /// The scalar an escape (at its backslash) stands for; a surrogate pair is one escape.
        mutating func escape() -> Unicode.Scalar? {
            guard bytes.endIndex - i >= 2 else { return nil }
            let letter = bytes[i + 1]
            i += 2
            switch letter {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): return Unicode.Scalar(letter)
            case UInt8(ascii: "b"): return "\u{08}"
            case UInt8(ascii: "f"): return "\u{0C}"
            case UInt8(ascii: "n"): return "\n"
            case UInt8(ascii: "r"): return "\r"
            case UInt8(ascii: "t"): return "\t"
            case UInt8(ascii: "u"):
                guard let unit = hexUnit() else { return nil }
                guard UTF16.isLeadSurrogate(unit) else { return Unicode.Scalar(unit) }
                guard bytes[i...].starts(with: #"\u"#.utf8) else { return nil }
                i += 2
                guard let trail = hexUnit(), UTF16.isTrailSurrogate(trail) else { return nil }
                return Unicode.Scalar(0x10000 + (UInt32(unit) - 0xD800) << 10 + (UInt32(trail) - 0xDC00))
            default: return nil
            }
        }

        /// Four hexadecimal digits.
        mutating func hexUnit() -> UInt16? {
            guard bytes.endIndex - i >= 4 else { return nil }
            var unit: UInt16 = 0
            for byte in bytes[i..<i + 4] {
                let digit: UInt8
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
                case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
                case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
                default: return nil
                }
                unit = unit << 4 | UInt16(digit)
            }
            i += 4
            return unit
        }
    }
}

/// A line of JSON Lines input as a JSON decoder reads it, for every line ``PlainJSONLine``
/// leaves: "id" a string or an integer, "text" a string, any other key passed over.
public struct DecodedJSONLine: Decodable, Equatable, Sendable {
    public let id: String
    public let text: String

    private enum Keys: String, CodingKey { case id, text }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Keys.self)
        if let s = try? container.decode(String.self, forKey: .id) { id = s }
        else if let n = try? container.decode(Int.self, forKey: .id) { id = String(n) }
        else { throw DecodingError.dataCorruptedError(forKey: .id, in: container, debugDescription: "\"id\" must be a string or an integer") }
        text = try container.decode(String.self, forKey: .text)
    }
}
