import CICU
import FoundationEssentials

/// A document's bytes decoded to text.
public struct DecodedText: Sendable {
    public var scalars: Scalars
    /// The encoding the bytes were read as (`UTF-8`, `GB18030`, `Big5`, `UTF-16LE`, ...).
    public var encoding: String
    /// Invalid byte sequences replaced by U+FFFD.
    public var replacedSequences: Int

    public init(scalars: Scalars, encoding: String, replacedSequences: Int) {
        self.scalars = scalars
        self.encoding = encoding
        self.replacedSequences = replacedSequences
    }
}

/// Why an input could not be turned into text.
public struct DecodeError: Error, CustomStringConvertible, Sendable {
    public let message: String
    public var description: String { message }
    public init(message: String) { self.message = message }
}

/// Decodes bytes: a byte-order mark, else strict UTF-8, else ICU's charset detection and
/// conversion. A UTF-8 BOM is not part of the text (offsets count from after it).
public enum TextDecoder {
    /// How much of the input charset detection looks at.
    public static let sampleBytes = 65_536

    public static func decode(_ bytes: [UInt8], encoding forced: String? = nil) throws -> DecodedText {
        if let forced { return try convert(bytes, charset: forced) }
        if let kind = BinarySignature.name(of: bytes) { throw DecodeError(message: "not text: \(kind)") }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return utf8(Array(bytes.dropFirst(3)))
        }
        if bytes.starts(with: [0xFF, 0xFE]) { return try convert(bytes, charset: "UTF-16LE", skip: 2) }
        if bytes.starts(with: [0xFE, 0xFF]) { return try convert(bytes, charset: "UTF-16BE", skip: 2) }
        if let text = UTF8Scalars.decode(bytes) {
            if text.containsNUL { throw DecodeError(message: "not text: contains NUL bytes") }
            return DecodedText(scalars: text.scalars, encoding: "UTF-8", replacedSequences: 0)
        }
        let sample = bytes.prefix(sampleBytes)
        if sample.contains(0) { throw DecodeError(message: "not text: contains NUL bytes (binary file?)") }
        if !UTF8Evidence(sample).isMostlyUTF8, let charset = legacyCharset(Array(sample)) {
            return try convert(bytes, charset: charset)
        }
        return utf8(bytes)
    }

    /// The encoding ICU detects for bytes that are not valid UTF-8, if it is sure enough.
    static func legacyCharset(_ sample: [UInt8]) -> String? {
        guard let (charset, confidence) = detect(sample), confidence >= 30, charset != "UTF-8" else { return nil }
        return charset
    }

    /// UTF-8 with each invalid sequence replaced and counted.
    static func utf8(_ bytes: [UInt8]) -> DecodedText {
        let text = String(decoding: bytes, as: UTF8.self)
        var scalars = Array(text.unicodeScalars)
        var replaced = 0
        if String(validating: bytes, as: UTF8.self) == nil {
            // every replacement character that was not written as one in the input
            let written = scalars.reduce(0) { $0 + ($1 == "\u{FFFD}" ? 1 : 0) }
            replaced = written - occurrences(of: [0xEF, 0xBF, 0xBD], in: bytes)
        }
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        return DecodedText(scalars: scalars, encoding: "UTF-8", replacedSequences: replaced)
    }

    private static func occurrences(of pattern: [UInt8], in bytes: [UInt8]) -> Int {
        var count = 0
        var i = 0
        while i + pattern.count <= bytes.count {
            if bytes[i] == pattern[0] && bytes[i + 1] == pattern[1] && bytes[i + 2] == pattern[2] { count += 1; i += 3 } else { i += 1 }
        }
        return count
    }

    static func detect(_ bytes: [UInt8]) -> (String, Int32)? {
        var name = [CChar](repeating: 0, count: 64)
        var status: Int32 = 0
        let confidence = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                fp_detect_charset(chars.baseAddress, Int32(chars.count), &name, Int32(name.count), &status)
            }
        }
        guard confidence >= 0, !icuFailed(status) else { return nil }
        let charset = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        // GBK and GB2312 texts are read with GB18030, their superset
        return (charset == "GB2312" || charset == "GBK" ? "GB18030" : charset, confidence)
    }

    static func convert(_ bytes: [UInt8], charset: String, skip: Int = 0) throws -> DecodedText {
        let input = Array(bytes.dropFirst(skip))
        var capacity = input.count + 16
        var units = [UInt16](repeating: 0, count: capacity)
        var replaced: Int32 = 0
        var status: Int32 = 0
        var length: Int32 = 0
        for _ in 0..<2 {
            length = input.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { chars in
                    fp_convert_to_utf16(charset, chars.baseAddress, Int32(chars.count), &units, Int32(capacity), &replaced, &status)
                }
            }
            if icuFailed(status) { throw DecodeError(message: "cannot decode as \(charset) (ICU error \(status))") }
            if Int(length) <= capacity { break }
            capacity = Int(length) + 16
            units = [UInt16](repeating: 0, count: capacity)
        }
        var scalars = units.withUnsafeBufferPointer { UTF16Scalars.decode(UnsafeBufferPointer(rebasing: $0[..<Int(length)])) }
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        return DecodedText(scalars: scalars, encoding: charset, replacedSequences: Int(replaced))
    }
}
