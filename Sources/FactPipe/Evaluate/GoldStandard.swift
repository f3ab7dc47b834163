import FoundationEssentials

/// One expected fact of a gold file (`NAME.gold.jsonl`), in the record's own terms.
public struct GoldFact: Decodable, Sendable {
    public let start: Int
    public let end: Int
    public let text: String
    public let kind: String
    public let value: Decimal?
    public let unit: String?
    public let currency: String?
    public let currencyInferred: Bool?
    public let approx: String?
    public let low: Decimal?
    public let high: Decimal?
    public let time: String?
    public let subject: String?
    public let predicate: String?
    public let object: String?

    enum CodingKeys: String, CodingKey {
        case start, end, text, kind, value, unit, currency, approx, low, high, time, subject, predicate, object
        case currencyInferred = "currency_inferred"
    }
}

/// One expected entity of an entity gold file (`NAME.entities.jsonl`).
public struct GoldEntity: Decodable, Hashable, Sendable {
    public let start: Int
    public let end: Int
    public let text: String
    public let name: String
    public let entity: String
    public let known: Bool
    /// A product's maker, when the gold names one.
    public let owner: String?

    public init(start: Int, end: Int, text: String, name: String, entity: String, known: Bool, owner: String? = nil) {
        self.start = start; self.end = end; self.text = text; self.name = name; self.entity = entity; self.known = known
        self.owner = owner
    }

    /// The gold form of an entity the pipeline found.
    public init(_ mention: EntityMention) {
        self.init(start: mention.span.lowerBound, end: mention.span.upperBound, text: mention.text,
                  name: mention.name, entity: mention.type.rawValue, known: mention.known, owner: mention.owner)
    }
}

/// An annotated article: its text and what it must yield.
public struct GoldArticle: Sendable {
    public let textPath: String
    public let facts: [GoldFact]
    /// `nil` when the article has no entity gold file.
    public let entities: [GoldEntity]?

    /// Reads `NAME.gold.jsonl`, with `NAME.txt` and (when present) `NAME.entities.jsonl`
    /// beside it.
    public init(goldPath: String) throws {
        guard goldPath.hasSuffix(".gold.jsonl") else { throw GoldError(path: goldPath, line: 0, message: "a gold file is named NAME.gold.jsonl") }
        let stem = String(goldPath.dropLast(".gold.jsonl".count))
        textPath = stem + ".txt"
        facts = try Self.lines(goldPath)
        let entityPath = stem + ".entities.jsonl"
        entities = FileManager.default.fileExists(atPath: entityPath) ? try Self.lines(entityPath) : nil
    }

    private static func lines<T: Decodable>(_ path: String) throws -> [T] {
        let text = try Self.text(path)
        var result: [T] = []
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.isEmpty {
            do { result.append(try JSONDecoder().decode(T.self, from: Data(line.utf8))) } catch {
                throw GoldError(path: path, line: n + 1, message: "\(error)")
            }
        }
        return result
    }
}

extension GoldArticle {
    static func text(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else { throw GoldError(path: path, line: 0, message: "cannot be read") }
        return String(decoding: data, as: UTF8.self)
    }
}

public struct GoldError: Error, CustomStringConvertible {
    public let path: String
    public let line: Int
    public let message: String
    public var description: String { line > 0 ? "\(path):\(line): \(message)" : "\(path): \(message)" }
}
