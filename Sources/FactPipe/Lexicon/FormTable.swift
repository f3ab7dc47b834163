/// Written forms (currency names, qualifiers, units) looked up at a position of folded text.
///
/// Latin letters match case-insensitively; a form that starts or ends with a Latin letter
/// must not be glued to another letter (`won` does not match inside `wonder`).
struct FormTable<Payload: Sendable>: Sendable {
    private struct Entry { let form: [Unicode.Scalar]; let payload: Payload }
    private var byFirst: [UInt32: [Entry]] = [:]
    private var byLast: [UInt32: [Entry]] = [:]

    /// Forms of one length stand in the order given.
    init(_ entries: [(String, Payload)]) {
        self.init(entries, tieBreak: nil)
    }

    /// Forms of one length stand in the order of their text.
    init(byForm entries: [String: Payload]) {
        let list = entries.map { ($0.key, $0.value) }
        self.init(list, tieBreak: { list[$0].0 < list[$1].0 })
    }

    private init(_ entries: [(String, Payload)], tieBreak: ((Int, Int) -> Bool)?) {
        let forms = entries.map { entry in
            var scalars: [Unicode.Scalar] = []
            scalars.reserveCapacity(entry.0.utf8.count)
            for s in entry.0.unicodeScalars { scalars.append(Self.lower(s)) }
            return scalars
        }
        let counts = forms.map(\.count)
        let used = forms.indices.filter { counts[$0] > 0 }
        func table(_ keys: [UInt32]) -> [UInt32: [Entry]] {
            // by key, longest first
            let order = used.sorted { a, b in
                if keys[a] != keys[b] { return keys[a] < keys[b] }
                if counts[a] != counts[b] { return counts[a] > counts[b] }
                return tieBreak?(a, b) ?? (a < b)
            }
            var table: [UInt32: [Entry]] = [:]
            table.reserveCapacity(order.count)
            var i = 0
            while i < order.count {
                let key = keys[order[i]]
                var j = i + 1
                while j < order.count, keys[order[j]] == key { j += 1 }
                table[key] = order[i..<j].map { Entry(form: forms[$0], payload: entries[$0].1) }
                i = j
            }
            return table
        }
        byFirst = table(forms.map { $0.first?.value ?? 0 })
        byLast = table(forms.map { $0.last?.value ?? 0 })
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
