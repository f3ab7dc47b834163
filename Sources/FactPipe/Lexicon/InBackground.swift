import Dispatch

/// Work started on another thread, its result waited for when needed. Each runs on a
/// thread of its own (a serial queue overcommits), never queued behind other work: work
/// that waits for other work started this way cannot stall.
public final class InBackground<Value>: @unchecked Sendable {
    private var result: Result<Value, Error>?
    private let done = DispatchGroup()

    public init(_ work: @escaping @Sendable () throws -> Value) {
        done.enter()
        DispatchQueue(label: "factpipe.background").async {
            self.result = Result { try work() }
            self.done.leave()
        }
    }

    public func value() throws -> Value {
        done.wait()
        return try result!.get()
    }
}
