/// A line of output: a fact of a document, or an error about an input.
public enum Record: Sendable, Equatable {
    case fact(doc: String, Fact)
    case error(doc: String, message: String)
}
