import FactPipe
import Foundation

/// The properties every run must keep, whatever the input.
enum FuzzChecks {
    static func check(_ facts: [Fact], in scalars: Scalars) {
        let encoder = JSONLEncoder()
        for fact in facts {
            let span = fact.quantity.span
            precondition(span.lowerBound >= 0 && span.lowerBound < span.upperBound && span.upperBound <= scalars.count,
                         "span \(span) outside 0..<\(scalars.count)")
            var slice = String.UnicodeScalarView()
            slice.append(contentsOf: scalars[span])
            precondition(String(slice) == fact.text, "text \(fact.text) != document[\(span)]")
            let line = encoder.line(.fact(doc: "fuzz", fact))
            let object = try? JSONSerialization.jsonObject(with: Data(line.utf8))
            precondition(object is [String: Any], "record is not a JSON object: \(line)")
        }
    }

    /// Decodes through the streaming decoder, `pieceSize` bytes at a time.
    static func streamed(_ bytes: [UInt8], pieceSize: Int) -> Scalars {
        let decoder = StreamingTextDecoder(encoding: nil)
        var scalars: Scalars = []
        var start = 0
        while start < bytes.count {
            let end = min(bytes.count, start + pieceSize)
            guard let piece = try? decoder.decode(Array(bytes[start..<end]), final: false) else { return [] }
            scalars.append(contentsOf: piece)
            start = end
        }
        guard let rest = try? decoder.decode([], final: true) else { return [] }
        scalars.append(contentsOf: rest)
        return scalars
    }
}
