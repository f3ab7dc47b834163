/// A line of JSON Lines input in its common shape, an object with the keys "id" (a string or
/// an integer) and "text" (a string), and perhaps others (`"url"`, `"title"`, `"date"`) whose
/// values are passed over, read without a general JSON decoder: the text goes straight to
/// scalars, without a `String` between.
///
/// Anything else is left to the general decoder (`init` gives `nil`): "id" or "text" repeated
/// or escaped, other keys escaped or beyond printable ASCII, numbers for "id" that are not
/// plain integers in `Int`'s range, control characters, lone surrogates, ill-formed UTF-8,
/// other values the decoder reads but RFC 8259 does not allow (`01`, `[1,]`) or nested more
/// than 64 deep, anything after the object. So a line read here reads the same as through a
/// JSON decoder, and a line in error fails with the decoder's message.
public struct PlainJSONLine: Sendable {
    public let id: String
    public let text: [Unicode.Scalar]

    public init?(_ line: ArraySlice<UInt8>) {
        var text: [Unicode.Scalar] = []
        let id = JSONLineReader.id(ofObjectIn: line) { reader in
            var unescaped: [UInt8] = []
            guard reader.take(JSONLineReader.ASCII.quote), let (scalars, _) = reader.stringScalars(into: &unescaped) else { return false }
            text = scalars
            return true
        }
        guard let id else { return nil }
        self.id = id
        self.text = text
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
