import FactPipe

extension Score: CustomStringConvertible {
    public var description: String {
        func f(_ x: Double) -> String { String(Double(Int(x * 1000)) / 1000) }
        return "P \(f(precision)) (\(hits)/\(predicted))  R \(f(recall)) (\(hits)/\(expected))"
    }
}

/// The four link scores of a set of articles.
struct LinkScores {
    var subject = Score(), predicate = Score(), object = Score(), time = Score()

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
