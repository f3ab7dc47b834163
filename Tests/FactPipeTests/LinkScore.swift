import FactPipe

/// Precision and recall of one link field (subject, predicate, object, time) over gold facts
/// that are not dates: a prediction counts when not null, a gold value when not null, and a
/// hit when both agree.
struct LinkScore: CustomStringConvertible {
    var hits = 0
    var predicted = 0
    var expected = 0

    mutating func add(_ got: String?, _ want: String?) {
        if got != nil { predicted += 1 }
        if want != nil { expected += 1 }
        if let got, got == want { hits += 1 }
    }

    var precision: Double { predicted == 0 ? 1 : Double(hits) / Double(predicted) }
    var recall: Double { expected == 0 ? 1 : Double(hits) / Double(expected) }

    var description: String {
        func f(_ x: Double) -> String { String(Double(Int(x * 1000)) / 1000) }
        return "P \(f(precision)) (\(hits)/\(predicted))  R \(f(recall)) (\(hits)/\(expected))"
    }
}

/// The four link scores of a set of articles.
struct LinkScores {
    var subject = LinkScore(), predicate = LinkScore(), object = LinkScore(), time = LinkScore()

    mutating func add(_ fact: Fact?, _ gold: GoldFact) {
        guard gold.kind != "date" else { return }
        subject.add(fact?.subject, gold.subject)
        predicate.add(fact?.predicate, gold.predicate)
        object.add(fact?.object, gold.object)
        time.add(fact?.time, gold.time)
    }

    var table: String {
        "subject    \(subject)\npredicate  \(predicate)\nobject     \(object)\ntime       \(time)"
    }
}
