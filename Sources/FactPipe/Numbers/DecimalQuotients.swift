import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Quotients of decimals already computed, by the exact form of both operands. Foundation's
/// division works digit by digit to 38 digits and costs tens of thousands of instructions,
/// while a text divides the same few numbers again and again (`two thirds`, cents to
/// dollars, `3/4`). Shared by the workers, behind a lock.
final class DecimalQuotients: @unchecked Sendable {
    static let shared = DecimalQuotients()

    private struct Operand: Hashable {
        let mantissa: UInt128
        let exponent: Int
        let negative: Bool
        init?(_ x: Decimal) {
            guard DecimalText.layoutChecked, let (mantissa, exponent, negative) = DecimalLayout.parts(x) else { return nil }
            (self.mantissa, self.exponent, self.negative) = (mantissa, exponent, negative)
        }
    }
    private struct Pair: Hashable { let dividend: Operand; let divisor: Operand }

    /// A bound on memory: forgotten all at once when full.
    private static let capacity = 4096
    private var known: [Pair: Decimal] = [:]
    private let lock: UnsafeMutablePointer<pthread_mutex_t>

    private init() {
        lock = .allocate(capacity: 1)
        pthread_mutex_init(lock, nil)
    }

    /// `a / b`, exactly as Foundation divides (a quotient that ends soon, the same value
    /// computed on integers: ``DecimalMath/terminatingQuotient(_:_:)``).
    func quotient(_ a: Decimal, _ b: Decimal) -> Decimal {
        if let q = DecimalMath.terminatingQuotient(a, b) { return q }
        guard let x = Operand(a), let y = Operand(b) else { return a / b }
        let pair = Pair(dividend: x, divisor: y)
        pthread_mutex_lock(lock)
        let found = known[pair]
        pthread_mutex_unlock(lock)
        if let found { return found }
        let q = a / b
        pthread_mutex_lock(lock)
        if known.count >= Self.capacity { known.removeAll(keepingCapacity: true) }
        known[pair] = q
        pthread_mutex_unlock(lock)
        return q
    }
}

extension DecimalMath {
    /// `a / b` as Foundation gives it (``DecimalQuotients``).
    static func quotient(_ a: Decimal, _ b: Decimal) -> Decimal { DecimalQuotients.shared.quotient(a, b) }
}
