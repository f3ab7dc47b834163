#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The stages a document passes through, in order.
public enum PipelineStage: Int, CaseIterable, Sendable {
    case decode, normalise, segment, entities, recognise, link, emit

    public var name: String {
        switch self {
        case .decode: "decode"
        case .normalise: "normalise"
        case .segment: "segment"
        case .entities: "entities"
        case .recognise: "recognise"
        case .link: "link"
        case .emit: "emit"
        }
    }
}

/// Charges wall-clock time to pipeline stages: each `lap` adds the time since the
/// previous lap (or `start`) to the stage named. Used by the benchmark only; an
/// extractor without a clock never reads the time.
public final class StageClock {
    public private(set) var nanoseconds = [UInt64](repeating: 0, count: PipelineStage.allCases.count)
    private var last: UInt64 = 0

    public init() {}

    public static func now() -> UInt64 {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return UInt64(t.tv_sec) * 1_000_000_000 + UInt64(t.tv_nsec)
    }

    public func start() { last = Self.now() }

    public func lap(_ stage: PipelineStage) {
        let t = Self.now()
        nanoseconds[stage.rawValue] &+= t &- last
        last = t
    }

    public func reset() {
        for i in nanoseconds.indices { nanoseconds[i] = 0 }
        start()
    }
}
