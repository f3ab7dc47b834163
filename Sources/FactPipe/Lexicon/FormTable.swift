/// Written forms (currency names, qualifiers, units) looked up at a position of folded text.
///
/// Latin letters match case-insensitively; a form that starts or ends with a Latin letter
/// must not be glued to another letter (`won` does not match inside `wonder`).
struct FormTable<Payload: Sendable>: Sendable {
    private struct Entry { let form: [Unicode.Scalar]; let payload: Payload }
    private var byFirst: [UInt32: [Entry]] = [:]
    private var byLast: [UInt32: [Entry]] = [:]

    init(_ entries: [(String, Payload)]) {
        for (form, payload) in entries {
            let scalars = form.unicodeScalars.map(Self.lower)
            guard let first = scalars.first, let last = scalars.last else { continue }
            byFirst[first.value, default: []].append(Entry(form: scalars, payload: payload))
            byLast[last.value, default: []].append(Entry(form: scalars, payload: payload))
        }
        for key in byFirst.keys { byFirst[key]!.sort { $0.form.count > $1.form.count } }
        for key in byLast.keys { byLast[key]!.sort { $0.form.count > $1.form.count } }
    }

    @inline(__always) static func lower(_ s: Unicode.Scalar) -> Unicode.Scalar {
        (s.value >= 65 && s.value <= 90) ? Unicode.Scalar(s.value + 32)! : s
    }

    @inline(__always) static func isLatinLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value | 0x20
        return v >= 97 && v <= 122
    }

    /// The longest form starting at `start`; returns its end and payload.
    func longest(in text: [Unicode.Scalar], at start: Int, limit: Int) -> (end: Int, payload: Payload)? {
        guard start < limit, let entries = byFirst[Self.lower(text[start]).value] else { return nil }
        for entry in entries {
            let end = start + entry.form.count
            guard end <= limit else { continue }
            var matches = true
            for k in 0..<entry.form.count where Self.lower(text[start + k]) != entry.form[k] {
                matches = false; break
            }
            guard matches else { continue }
            if Self.isLatinLetter(entry.form.last!), end < text.count, Self.isLatinLetter(text[end]) { continue }
            if Self.isLatinLetter(entry.form.first!), start > 0, Self.isLatinLetter(text[start - 1]) { continue }
            return (end, entry.payload)
        }
        return nil
    }

    /// The longest form ending at `end`; returns its start and payload.
    func longest(in text: [Unicode.Scalar], endingAt end: Int, floor: Int) -> (start: Int, payload: Payload)? {
        guard end > floor, let entries = byLast[Self.lower(text[end - 1]).value] else { return nil }
        for entry in entries {
            let start = end - entry.form.count
            guard start >= floor else { continue }
            var matches = true
            for k in 0..<entry.form.count where Self.lower(text[start + k]) != entry.form[k] {
                matches = false; break
            }
            guard matches else { continue }
            if Self.isLatinLetter(entry.form.first!), start > 0, Self.isLatinLetter(text[start - 1]) { continue }
            if Self.isLatinLetter(entry.form.last!), end < text.count, Self.isLatinLetter(text[end]) { continue }
            return (start, entry.payload)
        }
        return nil
    }
}
