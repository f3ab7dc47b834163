extension Array {
    /// Removes every element and keeps the buffer, for a buffer refilled again and again. (The
    /// arrays refilled are short: taken one by one from the end, not through
    /// `removeAll(keepingCapacity:)`, which replaces a subrange at some 100 instructions even
    /// for none.)
    mutating func empty() {
        while popLast() != nil {}
    }

    /// Appends the elements of `other` in order and leaves it empty, moving them: each is
    /// taken out, not copied and released (a fact holds a dozen strings).
    mutating func append(movingFrom other: inout [Element]) {
        // (an empty array with room reserved keeps it: taking `other`'s buffer would drop it)
        if isEmpty, capacity < other.count { swap(&self, &other); return }
        other.removeEach { append($0) }
    }

    /// Calls `body` with each element in order, taking it out of the array, which is left empty.
    mutating func removeEach(_ body: (consuming Element) -> Void) {
        // reversed in place by moves (a buffer's swap does not copy), then popped from the end
        // (fewer than two are in order already; an empty array may be the shared empty buffer,
        // which making mutable would copy)
        if count > 1 { withUnsafeMutableBufferPointer { $0.reverse() } }
        while let element = popLast() { body(consume element) }
    }
}
