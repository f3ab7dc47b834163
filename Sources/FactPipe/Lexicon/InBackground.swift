import Dispatch

/// Work started on another thread, its result waited for when needed. Each runs on a
/// thread of its own (a serial queue overcommits), never queued behind other work: work
/// that waits for other work started this way cannot stall.
public final class InBackground<Value>: @unchecked Sendable {
    // (a value and an error apart, not a `Result`: the first `Result` of a program costs its
    // start a search of every conformance the binary holds)
    private var outcome: Value?
    private var failure: (any Error)?
    private let done = DispatchGroup()

    public init(_ work: @escaping @Sendable () throws -> Value) {
        done.enter()
        DispatchQueue(label: "factpipe.background").async {
            do { self.outcome = try work() } catch { self.failure = error }
            self.done.leave()
        }
    }

    public func value() throws -> Value {
        done.wait()
        if let failure { throw failure }
        return outcome!
    }
}
