/// Hexadecimal digits in ASCII: read by the JSON reader's `\u` escapes and the rate table's
/// summary, written by the summary.
enum HexDigits {
    /// The digits, lower case.
    static let lower = Array("0123456789abcdef".utf8)

    /// The value of a digit of either case, else `nil`.
    @inline(__always) static func value(_ b: UInt8) -> UInt8? {
        switch b {
        case 48...57: b - 48
        case 65...70: b - 55
        case 97...102: b - 87
        default: nil
        }
    }
}
