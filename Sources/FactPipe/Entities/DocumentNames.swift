/// The names a document has used so far, so that a later short or repeated form links to
/// the entity it stands for (`AWS` after `亚马逊AWS`, `Okafor` after `Lena Okafor`).
struct DocumentNames {
    struct Entry {
        var name: String
        var type: EntityType
        var known: Bool
    }
    private var byForm: [String: Entry] = [:]

    static func key(_ text: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        for s in text { view.append(Unicode.Scalar(AliasTrie.key(s)) ?? s) }
        return String(view)
    }

    func entry(for form: ArraySlice<Unicode.Scalar>) -> Entry? { byForm[Self.key(form)] }

    /// Records `form` as a name of `entry`; a form keeps the entity it first stood for.
    mutating func add(_ form: ArraySlice<Unicode.Scalar>, _ entry: Entry) {
        let key = Self.key(form)
        if byForm[key] == nil { byForm[key] = entry }
    }
}
