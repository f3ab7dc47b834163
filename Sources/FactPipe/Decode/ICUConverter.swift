import CICU

/// An ICU converter to Unicode that carries partial byte sequences from one call to the next.
final class ICUConverter {
    private let handle: OpaquePointer
    let charset: String

    init(charset: String) throws {
        var status: Int32 = 0
        guard let handle = fp_converter_open(charset, &status), !icuFailed(status) else {
            throw DecodeError(message: "unknown encoding \(charset) (ICU error \(status))")
        }
        self.handle = handle
        self.charset = charset
    }

    deinit { fp_converter_close(handle) }

    /// Invalid sequences replaced so far.
    var replaced: Int { Int(fp_converter_replaced(handle)) }

    /// Converts `bytes`; with `flush`, also ends the input (an unfinished sequence is replaced).
    func decode(_ bytes: ArraySlice<UInt8>, flush: Bool) throws -> Scalars {
        var units: [UInt16] = []
        var scratch = [UInt16](repeating: 0, count: min(1 << 16, 2 * bytes.count + 64))
        var start = bytes.startIndex
        while true {
            var consumed: Int32 = 0
            var status: Int32 = 0
            let written = bytes[start...].withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { chars in
                    fp_converter_decode(handle, chars.baseAddress, Int32(chars.count), &consumed,
                                        &scratch, Int32(scratch.count), flush ? 1 : 0, &status)
                }
            }
            units.append(contentsOf: scratch.prefix(Int(written)))
            start += Int(consumed)
            if status == 15 { continue }
            if icuFailed(status) { throw DecodeError(message: "cannot decode as \(charset) (ICU error \(status))") }
            if start >= bytes.endIndex { break }
        }
        return units.withUnsafeBufferPointer(UTF16Scalars.decode)
    }
}
