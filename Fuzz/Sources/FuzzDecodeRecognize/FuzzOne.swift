import FactPipe
import Foundation

/// libFuzzer entry: the first byte picks how the rest is decoded (detected, forced to a
/// legacy encoding, or fed through the streaming decoder in small pieces); the text is then
/// recognised and every fact checked against the record contract.
let extractor: Extractor = {
    let directory = ProcessInfo.processInfo.environment["FACTPIPE_LEXICONS"] ?? "Lexicons"
    let lexicons = try! Lexicons(directory: directory)
    let rates = try! RateTable(path: directory + "/rates.tsv")
    return try! Extractor(lexicons: lexicons, rates: rates)
}()

let forcedEncodings: [String?] = [nil, "GB18030", "Big5", "UTF-16LE", "UTF-16BE", "windows-1252"]

@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let mode = Int(data[0])
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    let scalars: Scalars
    if mode >= 0xF0 {
        scalars = FuzzChecks.streamed(bytes, pieceSize: 1 + mode & 0x0F)
    } else {
        guard let decoded = try? TextDecoder.decode(bytes, encoding: forcedEncodings[mode % forcedEncodings.count]) else { return 0 }
        scalars = decoded.scalars
    }
    FuzzChecks.check(extractor.extract(scalars), in: scalars)
    return 0
}
