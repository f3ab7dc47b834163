/// A run of text as Unicode scalars; positions are code-point offsets.
public typealias Scalars = [Unicode.Scalar]

extension Array where Element == Unicode.Scalar {
    /// The text between two code-point offsets.
    func text(_ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: self[range])
        return String(view)
    }
}

extension String {
    var scalarArray: Scalars { Array(unicodeScalars) }
}
