extension Array {
    /// `init(unsafeUninitializedCapacity:initializingWith:)` for `count` elements, with an empty
    /// array made plainly (`body` not called): made by that initializer, an empty array writes
    /// its count into the one empty storage every thread shares, a race ThreadSanitizer reports
    /// (though it writes 0 over 0). Only for a `body` that does nothing but fill the array.
    init(uninitializedCount count: Int, initializingWith body: (inout UnsafeMutableBufferPointer<Element>, inout Int) throws -> Void) rethrows {
        if count == 0 { self = []; return }
        try self.init(unsafeUninitializedCapacity: count, initializingWith: body)
    }
}
