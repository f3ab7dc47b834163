#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a session's second half hands back a linked paragraph's memory to the first, when
/// the halves run on two threads: what the thread that recognises allocated is let go of, or
/// reused, on that thread. Freed on the thread that links, each array went back into the
/// other thread's malloc arena under its lock while that thread allocated from it, and the
/// two waited on each other (a third of the futex calls of a stream on two threads).
/// One paragraph is held: one handed back while another waits is let go of where it is.
final class SpentParagraphs: @unchecked Sendable {
    private let lock: UnsafeMutablePointer<pthread_mutex_t>
    private var waiting: RecognisedParagraph?

    init() {
        lock = .allocate(capacity: 1)
        pthread_mutex_init(lock, nil)
    }

    deinit {
        pthread_mutex_destroy(lock)
        lock.deallocate()
    }

    /// Hands back `spent` (what the thread that links allocated taken out of it first).
    func put(_ spent: consuming RecognisedParagraph) {
        var spent = Optional(spent)
        pthread_mutex_lock(lock)
        swap(&spent, &waiting)
        pthread_mutex_unlock(lock)
        // (a paragraph not taken yet is let go of here, outside the lock)
        _ = consume spent
    }

    /// The paragraph handed back, if one waits.
    func take() -> RecognisedParagraph? {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        return waiting.take()
    }
}
