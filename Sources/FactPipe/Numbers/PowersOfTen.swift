/// 10⁰ through 10¹⁸, every power of ten an `Int64` holds. Written out, the table is laid down
/// by the compiler: a table computed at start-up would be checked for it at every read.
enum PowersOfTen {
    static let int64: [Int64] = [
        1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000,
        10_000_000_000, 100_000_000_000, 1_000_000_000_000, 10_000_000_000_000, 100_000_000_000_000,
        1_000_000_000_000_000, 10_000_000_000_000_000, 100_000_000_000_000_000, 1_000_000_000_000_000_000,
    ]
}
