/// Legal forms after a company's name, as written (`name-rules.tsv`): those a name goes
/// without (`N.V.`, `Inc.`), then those that stay in it (`Corp.`, `Co.`).
struct LegalForms: Sendable {
    private let forms: [[Unicode.Scalar]]
    private let firstKept: Int
    /// The forms' first code points: most words start no form, and are passed over without
    /// a comparison with each one.
    private let firstScalars: ScalarBitSet
    /// Whether an empty form is among them (it stands at every position).
    private let holdsEmptyForm: Bool

    init(dropped: [String], kept: [String]) {
        forms = (dropped + kept).map { Array($0.unicodeScalars) }
        firstKept = dropped.count
        firstScalars = ScalarBitSet(forms.compactMap(\.first))
        holdsEmptyForm = forms.contains(where: \.isEmpty)
    }

    /// The legal form (`plc`, `N.V.`, `Corp.`) that stands whole at `k`, if one does: its length,
    /// and whether the name it ends keeps it.
    func form(in text: [Unicode.Scalar], at k: Int) -> (length: Int, kept: Bool)? {
        guard holdsEmptyForm || text.indices.contains(k) && firstScalars.contains(text[k]) else { return nil }
        for (n, form) in forms.enumerated() where text.has(form, at: k) {
            let after = k + form.count
            // a point that ends the form may also end the sentence: the form is still whole
            if after == text.count || !isAlphanumeric(text[after]) { return (form.count, n >= firstKept) }
        }
        return nil
    }
}
