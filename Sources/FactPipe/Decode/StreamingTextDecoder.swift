/// Decodes a byte stream piece by piece with memory bounded by the piece size.
///
/// The encoding is settled from the stream's start: a byte-order mark, else the bytes
/// around the first non-ASCII byte (strict UTF-8 when a whole line of them is valid, else
/// ICU's charset detection on up to 64 KiB). ASCII before that point reads the same in every
/// encoding it could be, so it is passed on at once and a stream of paragraphs is never held
/// back waiting for the decision. Well-formed UTF-8 is decoded in place, the unfinished
/// sequence at a piece's end carried to the next; from the first ill-formed piece on, ICU's
/// converter replaces and counts what is invalid.
public final class StreamingTextDecoder {
    /// The encoding, once settled.
    public private(set) var encoding: String?
    private var converter: ICUConverter?
    /// Settled on UTF-8, and every piece so far well-formed.
    private var wellFormedUTF8 = false
    private var pending: [UInt8] = []
    private var atStart = true
    private var sniffed = 0
    private var begun = false

    /// How many bytes after the first non-ASCII one are enough to choose an encoding.
    static let decisionBytes = 4096

    public init(encoding forced: String? = nil) {
        encoding = forced
    }

    /// Invalid byte sequences replaced by U+FFFD so far.
    public var replacedSequences: Int { converter?.replaced ?? 0 }

    /// The text of `bytes` that can be decoded now; `final` ends the stream. Throws when
    /// the stream is not text (a binary signature or NUL bytes at its start).
    public func decode(_ bytes: [UInt8], final: Bool) throws -> Scalars {
        var scalars = try decodeNext(bytes, final: final)
        if !begun && !scalars.isEmpty {
            begun = true
            // a byte-order mark is not part of the text, as with whole decoding
            if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        }
        return scalars
    }

    private func decodeNext(_ bytes: [UInt8], final: Bool) throws -> Scalars {
        if wellFormedUTF8 {
            if pending.isEmpty { pending = bytes } else { pending.append(contentsOf: bytes) }
            return try release(all: final)
        }
        if let converter { return try converter.decode(bytes[...], flush: final) }
        pending.append(contentsOf: bytes)
        if let forced = encoding {
            let converter = try ICUConverter(charset: forced)
            self.converter = converter
            return try release(all: final)
        }
        if atStart {
            if pending.count < BinarySignature.headerLength && !final { return [] }
            atStart = false
            if let kind = BinarySignature.name(of: pending) { throw DecodeError(message: "not text: \(kind)") }
            if pending.starts(with: [0xEF, 0xBB, 0xBF]) { pending.removeFirst(3); return try settle("UTF-8", final: final) }
            if pending.starts(with: [0xFF, 0xFE]) { pending.removeFirst(2); return try settle("UTF-16LE", final: final) }
            if pending.starts(with: [0xFE, 0xFF]) { pending.removeFirst(2); return try settle("UTF-16BE", final: final) }
        }
        let firstOther = pending.firstIndex { $0 >= 0x80 || $0 == 0 } ?? pending.count
        if firstOther < pending.count, pending[firstOther] == 0, sniffed + firstOther < TextDecoder.sampleBytes {
            throw DecodeError(message: "not text: contains NUL bytes (binary file?)")
        }
        var ascii = Scalars()
        if firstOther > 0 {
            ascii = pending[..<firstOther].map { Unicode.Scalar($0) }
            pending.removeFirst(firstOther)
            sniffed += firstOther
        }
        if pending.isEmpty {
            if final && encoding == nil { encoding = "UTF-8" }
            return ascii
        }
        guard let charset = try choose(final: final) else { return ascii }
        return ascii + (try settle(charset, final: final))
    }

    private func settle(_ charset: String, final: Bool) throws -> Scalars {
        encoding = charset
        if charset == "UTF-8" { wellFormedUTF8 = true } else { converter = try ICUConverter(charset: charset) }
        return try release(all: final)
    }

    private func release(all final: Bool) throws -> Scalars {
        if wellFormedUTF8 {
            let end = final ? pending.endIndex : UTF8Prefix.completeEnd(pending[...])
            if let decoded = UTF8Scalars.decode(pending[..<end]) {
                pending.removeSubrange(..<end)
                return decoded.scalars
            }
            // ICU holds no state between whole sequences, so from here it reads as if it had
            // read from the start
            wellFormedUTF8 = false
            converter = try ICUConverter(charset: "UTF-8")
        }
        let bytes = pending
        pending = []
        return try converter!.decode(bytes[...], flush: final)
    }

    /// The encoding of `pending` (which starts with a non-ASCII byte), or nil to wait for more.
    private func choose(final: Bool) throws -> String? {
        let sample = pending.prefix(TextDecoder.sampleBytes)
        if sample.contains(0) && sniffed < TextDecoder.sampleBytes {
            throw DecodeError(message: "not text: contains NUL bytes (binary file?)")
        }
        switch UTF8Prefix.check(sample) {
        case .valid(let completeLine):
            if completeLine || final || sample.count >= Self.decisionBytes { return "UTF-8" }
            return nil
        case .invalid:
            if !final && sample.count < Self.decisionBytes { return nil }
            if UTF8Evidence(sample).isMostlyUTF8 { return "UTF-8" }
            return TextDecoder.legacyCharset(Array(sample)) ?? "UTF-8"
        }
    }
}

/// Whether bytes are UTF-8 so far (an unfinished sequence at the end allowed).
enum UTF8Prefix {
    case valid(completeLine: Bool)
    case invalid

    static func check(_ bytes: ArraySlice<UInt8>) -> UTF8Prefix {
        let end = completeEnd(bytes)
        guard String(validating: bytes[..<end], as: UTF8.self) != nil else { return .invalid }
        return .valid(completeLine: bytes[..<end].contains(10))
    }

    /// Where `bytes` end without the start of a sequence left unfinished at their end.
    static func completeEnd(_ bytes: ArraySlice<UInt8>) -> Int {
        var end = bytes.endIndex
        var back = 0
        while end > bytes.startIndex, back < 3, bytes[end - 1] & 0xC0 == 0x80 { end -= 1; back += 1 }
        guard end > bytes.startIndex, bytes[end - 1] >= 0xC0 else { return bytes.endIndex }
        let lead = bytes[end - 1]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        return back + 1 < length ? end - 1 : bytes.endIndex
    }
}
