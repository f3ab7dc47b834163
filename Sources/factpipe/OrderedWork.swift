import Dispatch
#if canImport(Glibc)
import Glibc
#endif

/// Items handed in, in order, by one producer, run on several worker threads, and handed
/// back in the order they came in; at most `maxItems` items and about `maxBytes` bytes of
/// them are in flight, so a long input is never held whole.
final class OrderedWork<Item, Output>: @unchecked Sendable {
    private let lock = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    /// Signalled when an item waits for a worker, when the next output in order is ready, when
    /// room is made for more items, and when the consumer waits for an output: each waiter
    /// wakes only for what it waits for.
    private let work = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    private let ready = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    private let room = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    private let turn = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    private let maxItems: Int
    private let maxBytes: Int
    private var waiting: [(index: Int, item: Item)] = []
    private var outputs: [Int: Output] = [:]
    private var bytes: [Int: Int] = [:]
    private var bytesInFlight = 0
    private var handedIn = 0
    private var handedOut = 0
    private var inputEnded = false
    private var cancelled = false
    /// The consumer is in ``next()``, waiting for the output of item `handedOut`.
    private var consumerWaits = false
    private let workers = DispatchGroup()

    /// An item's turn to be written. A worker whose output grows too large to hold until it is
    /// done may ``wait()`` for it: the consumer then waits for this very item, everything
    /// before it written, and the worker may write in its stead until it returns the output.
    struct Turn {
        fileprivate let work: OrderedWork
        fileprivate let index: Int

        /// Waits for the turn; false if the work was cancelled meanwhile (nothing is then to be
        /// written).
        func wait() -> Bool { work.waitForTurn(of: index) }
    }

    /// Starts `workerCount` threads, each calling `run(worker, item, turn)` with its own number.
    init(workerCount: Int, maxItems: Int, maxBytes: Int = .max, run: @escaping @Sendable (_ worker: Int, Item, Turn) -> Output) {
        self.maxItems = max(1, maxItems)
        self.maxBytes = maxBytes
        pthread_mutex_init(lock, nil)
        for condition in [work, ready, room, turn] { pthread_cond_init(condition, nil) }
        for worker in 0..<workerCount {
            // a queue of its own gives each worker a thread of its own, whatever the others wait for
            DispatchQueue(label: "factpipe.worker.\(worker)").async(group: workers) { self.work(worker, run) }
        }
    }

    deinit {
        for condition in [work, ready, room, turn] {
            pthread_cond_destroy(condition)
            condition.deallocate()
        }
        pthread_mutex_destroy(lock)
        lock.deallocate()
    }

    private func work(_ worker: Int, _ run: (Int, Item, Turn) -> Output) {
        pthread_mutex_lock(lock)
        while true {
            while waiting.isEmpty && !inputEnded && !cancelled { pthread_cond_wait(work, lock) }
            if cancelled || waiting.isEmpty { break }
            let (index, item) = waiting.removeFirst()
            pthread_mutex_unlock(lock)
            let output = run(worker, item, Turn(work: self, index: index))
            pthread_mutex_lock(lock)
            outputs[index] = output
            if index == handedOut { pthread_cond_signal(ready) }
        }
        pthread_mutex_unlock(lock)
    }

    /// Hands in the next item (for the producer), waiting while too much is in flight;
    /// false once the consumer has cancelled.
    func add(_ item: Item, bytes count: Int = 0) -> Bool {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        while !cancelled && (handedIn - handedOut >= maxItems || bytesInFlight > 0 && bytesInFlight + count > maxBytes) {
            pthread_cond_wait(room, lock)
        }
        if cancelled { return false }
        bytes[handedIn] = count
        bytesInFlight += count
        waiting.append((handedIn, item))
        handedIn += 1
        pthread_cond_signal(work)
        return true
    }

    /// No more items will be handed in.
    func endInput() {
        pthread_mutex_lock(lock)
        inputEnded = true
        pthread_cond_broadcast(work)
        pthread_cond_broadcast(ready)
        pthread_mutex_unlock(lock)
    }

    /// The next output in order (for the consumer), waiting for it; `nil` after the last.
    func next() -> Output? {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        consumerWaits = true
        if outputs[handedOut] == nil { pthread_cond_broadcast(turn) }
        while outputs[handedOut] == nil && !(inputEnded && handedOut == handedIn) && !cancelled {
            pthread_cond_wait(ready, lock)
        }
        consumerWaits = false
        guard let output = outputs.removeValue(forKey: handedOut) else { return nil }
        bytesInFlight -= bytes.removeValue(forKey: handedOut) ?? 0
        handedOut += 1
        pthread_cond_signal(room)
        return output
    }

    /// Stops the work: the producer's next ``add(_:bytes:)`` returns false, workers stop
    /// after the item in hand.
    func cancel() {
        pthread_mutex_lock(lock)
        cancelled = true
        for condition in [work, ready, room, turn] { pthread_cond_broadcast(condition) }
        pthread_mutex_unlock(lock)
    }

    private func waitForTurn(of index: Int) -> Bool {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        while !cancelled && !(consumerWaits && handedOut == index) { pthread_cond_wait(turn, lock) }
        return !cancelled
    }

    /// Waits for the workers to stop (after the last output, or after ``cancel()``).
    func waitForWorkers() { workers.wait() }
}
