/// A cursor over the bytes of a line of JSON Lines input in the common shape, an object with
/// the keys "id" and "text", and perhaps others whose values are passed over (``PlainJSONLine``,
/// ``StreamedJSONLine``).
struct JSONLineReader {
    enum Key { case id, text, other }

    /// How deep a value passed over may nest arrays and objects (the JSON decoder reads some
    /// hundreds of levels).
    static let maxDepth = 64

    enum ASCII {
        static let openBrace = UInt8(ascii: "{"), closeBrace = UInt8(ascii: "}")
        static let colon = UInt8(ascii: ":"), comma = UInt8(ascii: ",")
        static let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\")
        static let minus = UInt8(ascii: "-"), zero = UInt8(ascii: "0"), nine = UInt8(ascii: "9")
    }

    let bytes: ArraySlice<UInt8>
    var i: Int

    init(bytes: ArraySlice<UInt8>, at i: Int? = nil) {
        self.bytes = bytes
        self.i = i ?? bytes.startIndex
    }

    /// Reads the object, calling `readText` with the reader at the text's opening quote (to read
    /// the string and leave the reader after it, or to return false); the id, or nil when the
    /// line is not in the common shape.
    static func id(ofObjectIn line: ArraySlice<UInt8>, readText: (inout JSONLineReader) -> Bool) -> String? {
        var reader = JSONLineReader(bytes: line)
        var id: String?, textRead = false
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
            case .text where !textRead:
                guard readText(&reader) else { return nil }
                textRead = true
            case .other:
                guard reader.skipValue(depth: 0) else { return nil }
            default:
                return nil
            }
            reader.skipWhitespace()
        } while reader.take(ASCII.comma)
        guard reader.take(ASCII.closeBrace) else { return nil }
        reader.skipWhitespace()
        guard reader.atEnd, textRead else { return nil }
        return id
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

    /// A key written without escapes: "id", "text", or another of printable ASCII (others are
    /// left to the decoder, which reads escaped keys as what they stand for).
    mutating func plainKey() -> Key? {
        let rest = bytes[i...]
        if rest.starts(with: #""id""#.utf8) { i += 4; return .id }
        if rest.starts(with: #""text""#.utf8) { i += 6; return .text }
        guard take(ASCII.quote) else { return nil }
        while i < bytes.endIndex, bytes[i] >= 0x20, bytes[i] < 0x7F, bytes[i] != ASCII.backslash {
            i += 1
            if bytes[i - 1] == ASCII.quote { return .other }
        }
        return nil
    }

    /// Passes over the value of another key, written strictly as RFC 8259 writes JSON (which
    /// the decoder reads too; it reads some things more, which are left to it): a string, a
    /// number, `true`, `false`, `null`, or arrays and objects of them nested at most
    /// ``maxDepth`` deep. False for anything else.
    mutating func skipValue(depth: Int) -> Bool {
        guard depth < Self.maxDepth, i < bytes.endIndex else { return false }
        switch bytes[i] {
        case ASCII.quote:
            return skipString()
        case UInt8(ascii: "["):
            i += 1
            return skipMembers(closedBy: UInt8(ascii: "]")) { $0.skipValue(depth: depth + 1) }
        case ASCII.openBrace:
            i += 1
            return skipMembers(closedBy: ASCII.closeBrace) { reader in
                guard reader.skipString() else { return false }
                reader.skipWhitespace()
                guard reader.take(ASCII.colon) else { return false }
                reader.skipWhitespace()
                return reader.skipValue(depth: depth + 1)
            }
        case UInt8(ascii: "t"): return skipLiteral("true")
        case UInt8(ascii: "f"): return skipLiteral("false")
        case UInt8(ascii: "n"): return skipLiteral("null")
        default: return skipNumber()
        }
    }

    /// Passes over a string (at its opening quote), checked as the text is, a piece at a time:
    /// one passed over may be long (a page's HTML beside its text).
    private mutating func skipString() -> Bool {
        guard take(ASCII.quote) else { return false }
        var unescaped: [UInt8] = []
        while let (_, ended) = stringScalars(maxBytes: 1 << 16, into: &unescaped) {
            if ended { return true }
        }
        return false
    }

    /// Passes over the members of an array or object (after its opening bracket), each by
    /// `member`, and its closing bracket.
    private mutating func skipMembers(closedBy close: UInt8, _ member: (inout JSONLineReader) -> Bool) -> Bool {
        skipWhitespace()
        if take(close) { return true }
        repeat {
            skipWhitespace()
            guard member(&self) else { return false }
            skipWhitespace()
        } while take(ASCII.comma)
        return take(close)
    }

    private mutating func skipLiteral(_ literal: StaticString) -> Bool {
        let word = UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount)
        guard bytes[i...].starts(with: word) else { return false }
        i += word.count
        return true
    }

    /// -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
    private mutating func skipNumber() -> Bool {
        func digits() -> Int {
            let start = i
            while i < bytes.endIndex, bytes[i] >= ASCII.zero, bytes[i] <= ASCII.nine { i += 1 }
            return i - start
        }
        _ = take(ASCII.minus)
        guard i < bytes.endIndex, bytes[i] >= ASCII.zero, bytes[i] <= ASCII.nine else { return false }
        if !take(ASCII.zero) { _ = digits() }
        if take(UInt8(ascii: ".")), digits() == 0 { return false }
        if take(UInt8(ascii: "e")) || take(UInt8(ascii: "E")) {
            if !take(UInt8(ascii: "+")) { _ = take(ASCII.minus) }
            if digits() == 0 { return false }
        }
        return true
    }

    /// A string, or an integer in `Int`'s range written plainly (no leading zero, no "-0",
    /// no fraction or exponent), as its decimal digits.
    mutating func idValue() -> String? {
        if take(ASCII.quote) {
            var unescaped: [UInt8] = []
            guard let (value, ended) = stringBytes(into: &unescaped), ended else { return nil }
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

    /// The scalars of the string being read (from `i`, inside it, after its opening quote), its
    /// escapes replaced: up to its closing quote (`ended`; `i` then after the quote), or only
    /// about `maxBytes` of its bytes, cut before a code point (an escape is read whole); nil
    /// for a control character, a bad escape, a lone surrogate, ill-formed UTF-8 or no
    /// closing quote. `unescaped` is room to reuse.
    mutating func stringScalars(maxBytes: Int = .max, into unescaped: inout [UInt8]) -> (scalars: [Unicode.Scalar], ended: Bool)? {
        guard let (utf8, ended) = stringBytes(maxBytes: maxBytes, into: &unescaped),
              let scalars = UTF8Scalars.decode(utf8)?.scalars else { return nil }
        return (scalars, ended)
    }

    /// The UTF-8 of the string being read, as ``stringScalars(maxBytes:into:)`` reads it (the
    /// raw bytes left for the caller to check as UTF-8): the line's own bytes until the first
    /// escape, then copied into `unescaped` with the escapes replaced.
    mutating func stringBytes(maxBytes: Int = .max, into unescaped: inout [UInt8]) -> (utf8: ArraySlice<UInt8>, ended: Bool)? {
        // (at least a code point's four bytes: a piece is never empty before the string's end)
        let limit = bytes.endIndex - i <= max(maxBytes, 4) ? bytes.endIndex : i + max(maxBytes, 4)
        unescaped.removeAll(keepingCapacity: true)
        var escaped = false
        var run = i
        while true {
            skipPlainBytes(before: limit)
            if i >= limit, limit < bytes.endIndex {
                // cut before a code point: not after a lead byte (an escape may have gone past the limit)
                if i == limit {
                    var backed = 0
                    while backed < 3, i > run, bytes[i] & 0xC0 == 0x80 { i -= 1; backed += 1 }
                }
                guard escaped else { return (bytes[run..<i], false) }
                unescaped.append(contentsOf: bytes[run..<i])
                return (unescaped[...], false)
            }
            guard i < bytes.endIndex else { return nil }
            if bytes[i] == ASCII.quote {
                defer { i += 1 }
                guard escaped else { return (bytes[run..<i], true) }
                unescaped.append(contentsOf: bytes[run..<i])
                return (unescaped[...], true)
            }
            // a backslash, or a control character
            guard bytes[i] == ASCII.backslash else { return nil }
            if !escaped { escaped = true; unescaped.reserveCapacity(min(limit, bytes.endIndex) - run) }
            unescaped.append(contentsOf: bytes[run..<i])
            guard let scalar = escape() else { return nil }
            UTF8.encode(scalar) { unescaped.append($0) }
            run = i
        }
    }

    /// Moves on to the next quote, backslash or control character, or to `limit` (not before
    /// where it stands).
    mutating func skipPlainBytes(before limit: Int) {
        guard i < limit else { return }
        let start = bytes.startIndex
        let k = bytes.withUnsafeBufferPointer { buffer -> Int in
            var k = i - start
            let end = limit - start
            guard let p = buffer.baseAddress else { return k }
            // eight bytes at a time: a byte is a quote or a backslash when it is zero once
            // xored with one, a control character when below 0x20; each test sets the top
            // bit of such a byte, and of none below the first (the borrow runs upwards)
            let ones: UInt64 = 0x0101_0101_0101_0101
            while end &- k >= 8 {
                let word = UInt64(littleEndian: UnsafeRawPointer(p + k).loadUnaligned(as: UInt64.self))
                let quote = word ^ (ones &* 0x22), backslash = word ^ (ones &* 0x5C)
                let found = ((quote &- ones) & ~quote | (backslash &- ones) & ~backslash | (word &- ones &* 0x20) & ~word) & (ones &* 0x80)
                if found != 0 { return k + found.trailingZeroBitCount / 8 }
                k &+= 8
            }
            while k < end, buffer[k] != ASCII.quote, buffer[k] != ASCII.backslash, buffer[k] >= 0x20 { k += 1 }
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
