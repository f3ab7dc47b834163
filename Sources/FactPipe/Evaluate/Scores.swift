/// Hits, predictions and expectations of one measure, with precision, recall and F1.
public struct Score: Sendable {
    public var hits = 0
    public var predicted = 0
    public var expected = 0

    public init() {}

    public var precision: Double { predicted == 0 ? 1 : Double(hits) / Double(predicted) }
    public var recall: Double { expected == 0 ? 1 : Double(hits) / Double(expected) }
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    /// A link field of one gold fact: a prediction counts when not null, a gold value when
    /// not null, and a hit when both agree.
    public mutating func add(_ got: String?, _ want: String?) {
        if got != nil { predicted += 1 }
        if want != nil { expected += 1 }
        if let got, got == want { hits += 1 }
    }

    public static func += (a: inout Score, b: Score) {
        a.hits += b.hits; a.predicted += b.predicted; a.expected += b.expected
    }
}

/// The scores of a set of articles in one language.
public struct Scoreboard: Sendable {
    public var quantities = Score()
    public var entities = Score()
    public var subject = Score(), predicate = Score(), object = Score(), time = Score()
    /// Products' makers, over the gold products.
    public var owner = Score()
    public var articles = 0

    public init() {}

    public static func += (a: inout Scoreboard, b: Scoreboard) {
        a.quantities += b.quantities; a.entities += b.entities
        a.subject += b.subject; a.predicate += b.predicate; a.object += b.object; a.time += b.time; a.owner += b.owner
        a.articles += b.articles
    }
}
