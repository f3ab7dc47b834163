import FoundationEssentials

/// Scores the pipeline against gold articles: quantities (span, kind, value, unit) and
/// entities (span, name, type) by precision, recall and F1; subject, predicate, object and
/// time on the gold facts that are not dates.
public struct Evaluator {
    let extractor: Extractor

    /// `extractor` must be made with `ExtractionOptions(entities: true)` for entities to be scored.
    public init(extractor: Extractor) {
        self.extractor = extractor
    }

    /// The article's language (`zh` when it has Chinese characters) and its scores.
    public func score(_ article: GoldArticle) throws -> (lang: String, scores: Scoreboard) {
        let scalars = Array(try GoldArticle.text(article.textPath).unicodeScalars)
        var facts: [Fact] = []
        var entities: [EntityMention] = []
        for record in extractor.records(scalars, doc: article.textPath) {
            switch record {
            case .fact(_, let fact): facts.append(fact)
            case .entity(_, let entity): entities.append(entity)
            case .error: break
            }
        }
        var board = Scoreboard()
        board.articles = 1
        board.quantities.predicted = facts.count
        board.quantities.expected = article.facts.count
        for gold in article.facts {
            let fact = facts.first { $0.quantity.span == gold.start..<gold.end }
            if let fact, Self.sameQuantity(fact, gold) { board.quantities.hits += 1 }
            guard gold.kind != "date" else { continue }
            board.subject.add(fact?.subject, gold.subject)
            board.predicate.add(fact?.predicate, gold.predicate)
            board.object.add(fact?.object, gold.object)
            board.time.add(fact?.time, gold.time)
        }
        if let goldEntities = article.entities {
            board.entities.predicted = entities.count
            board.entities.expected = goldEntities.count
            board.entities.hits = goldEntities.filter { gold in
                entities.contains { $0.span == gold.start..<gold.end && $0.name == gold.name && $0.type.rawValue == gold.entity }
            }.count
            for gold in goldEntities where gold.entity == EntityType.product.rawValue {
                board.owner.add(entities.first { $0.span == gold.start..<gold.end }?.owner, gold.owner)
            }
        }
        return (scalars.contains(where: isHan) ? "zh" : "en", board)
    }

    static func sameQuantity(_ fact: Fact, _ gold: GoldFact) -> Bool {
        let q = fact.quantity
        guard q.kind.rawValue == gold.kind, q.unit == gold.unit, q.currency == gold.currency else { return false }
        switch (q.value, gold.value) {
        case (nil, nil): return true
        case (let a?, let b?): return a == b || abs(a - b) <= abs(b) * Decimal(string: "0.000000001")!
        default: return false
        }
    }
}
