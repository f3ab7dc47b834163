/// The link stage: says what each fact is about (subject, predicate, object) and when it
/// holds. For now it carries a date's own time onto its fact; subjects, predicates and
/// objects stay `nil` until the entity lexicon and trigger rules exist.
struct FactLinker {
    func link(_ fact: inout Fact) {
        if fact.quantity.kind == .date { fact.time = fact.quantity.time }
    }
}
