import Dispatch

/// A value worked out on another thread while the caller goes on.
final class Background<Value>: @unchecked Sendable {
    private var result: Result<Value, any Error>?
    private let done = DispatchSemaphore(value: 0)

    init(_ work: @escaping @Sendable () throws -> Value) {
        DispatchQueue.global().async {
            self.result = Result(catching: work)
            self.done.signal()
        }
    }

    /// Waits for the value (or rethrows its error).
    func value() throws -> Value {
        done.wait()
        return try result!.get()
    }
}
