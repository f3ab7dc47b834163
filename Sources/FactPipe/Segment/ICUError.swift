/// An ICU service could not be opened or failed on a text.
public struct ICUError: Error, CustomStringConvertible, Sendable {
    public let operation: String
    public let code: Int32
    public var description: String { "ICU \(operation) failed (error \(code))" }
}

@inline(__always) func icuFailed(_ status: Int32) -> Bool { status > 0 }
