#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The rows of a rate table (`date`, tab, `currency`, tab, `usd_per_unit`) read from bytes.
enum RateRows {
    /// A row as nearly all are written (``plain(_:)``): its date as a number that orders as
    /// the dates do (its ten bytes, the first eight most significant), and its currency
    /// numbered as ``code(_:)`` does.
    struct Plain {
        let key: (head: UInt64, tail: UInt16)
        let code: Int
    }

    /// The row at `p` (with at least 16 bytes readable there) if it is written as nearly all
    /// are: `YYYY-MM-DD`, a tab, three capital letters, a tab. Checked sixteen bytes at once.
    @inline(__always)
    static func plain(_ p: UnsafePointer<UInt8>) -> Plain? {
        let raw = UnsafeRawPointer(p)
        // each byte less the lowest it may be is at most the span it may take
        let low = SIMD16<UInt8>(48, 48, 48, 48, 45, 48, 48, 45, 48, 48, 9, 65, 65, 65, 9, 0)
        let span = SIMD16<UInt8>(9, 9, 9, 9, 0, 9, 9, 0, 9, 9, 0, 25, 25, 25, 0, 255)
        let outside = unsafeBitCast(raw.loadUnaligned(as: SIMD16<UInt8>.self) &- low .> span, to: SIMD2<UInt64>.self)
        guard outside[0] | outside[1] == 0 else { return nil }
        let w = UInt64(bigEndian: raw.loadUnaligned(as: UInt64.self))
        let tail = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
        let letters = tail >> 24
        return Plain(key: (w, UInt16(truncatingIfNeeded: tail).byteSwapped),
                     code: Int(letters & 0x1F | letters >> 3 & 0x3E0 | letters >> 6 & 0x7C00))
    }

    /// The date (`YYYYMMDD`) of a plain row's key (``Plain/key``): the eight digits in a row,
    /// then in pairs, then in fours.
    @inline(__always)
    static func date(ofKey key: (head: UInt64, tail: UInt16)) -> Int32 {
        // the digits' values, the first in the lowest byte: year, month, day
        let x = key.head.byteSwapped & 0x00FF_FF00_FFFF_FFFF ^ 0x0030_3000_3030_3030
        var v = (x & 0xFFFF_FFFF) | (x >> 40 & 0xFFFF) << 32 | UInt64(key.tail.byteSwapped ^ 0x3030) << 48
        v = (v &* 10 &+ (v >> 8)) & 0x00FF_00FF_00FF_00FF
        v = (v &* 100 &+ (v >> 16)) & 0x0000_FFFF_0000_FFFF
        return Int32(truncatingIfNeeded: (v & 0xFFFF) &* 10000 &+ (v >> 32))
    }

    /// Currencies of three capital letters are numbered below `codeCount`: five bits a letter.
    static let codeCount = 1 << 15

    /// The number of a currency written as three capital letters, else `nil`.
    @inline(__always)
    static func code(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard bytes.count == 3, bytes.allSatisfy({ $0 >= 65 && $0 <= 90 }) else { return nil }
        return Int(bytes[0] & 0x1F) | Int(bytes[1] & 0x1F) << 5 | Int(bytes[2] & 0x1F) << 10
    }

    /// The bytes of a currency numbered by ``code(_:)``.
    static func letters(ofCode code: Int) -> [UInt8] {
        [UInt8(64 + code & 0x1F), UInt8(64 + code >> 5 & 0x1F), UInt8(64 + code >> 10 & 0x1F)]
    }

    /// The date of a well-formed row (ten bytes of digits and `-`, a tab, a currency of at
    /// least one byte, a tab, the rate) and where its currency ends (the second tab); `nil`
    /// for any other line.
    @inline(__always)
    static func date(_ line: UnsafeBufferPointer<UInt8>) -> (date: Int32, tab: Int)? {
        let end = line.count
        guard end > 12, line[10] == 9, line[11] != 9 else { return nil }
        var tab2 = 12
        while tab2 < end && line[tab2] != 9 { tab2 += 1 }
        guard tab2 < end else { return nil }
        let p = line.baseAddress!
        if p[4] == 45 && p[7] == 45 {
            let (y0, y1, y2, y3) = (p[0] &- 48, p[1] &- 48, p[2] &- 48, p[3] &- 48)
            let (m0, m1, d0, d1) = (p[5] &- 48, p[6] &- 48, p[8] &- 48, p[9] &- 48)
            guard y0 <= 9, y1 <= 9, y2 <= 9, y3 <= 9, m0 <= 9, m1 <= 9, d0 <= 9, d1 <= 9 else { return nil }
            let year = Int32(y0) * 1000 + Int32(y1) * 100 + Int32(y2) * 10 + Int32(y3)
            return (year * 10000 + (Int32(m0) * 10 + Int32(m1)) * 100 + Int32(d0) * 10 + Int32(d1), tab2)
        }
        var date: Int32 = 0
        for k in 0..<10 where p[k] != 45 {
            let d = p[k] &- 48
            if d > 9 { return nil }
            date = date * 10 + Int32(d)
        }
        return (date, tab2)
    }

    /// Calls `row(number, date, offset, rate)` for every row of `piece`, a run of whole lines
    /// read from `pieceOffset`: the number of its currency in `currencies` (`nil` for one not
    /// counted), its date, the offset of its line and the bytes of its rate (after the second
    /// tab, without a CR ending the line). Comments and blank lines are passed over.
    @inline(__always)
    static func forEachRow(in piece: UnsafeBufferPointer<UInt8>, at pieceOffset: Int, currencies: RateCurrencies,
                           _ row: (_ number: Int?, _ date: Int32, _ offset: Int, _ rate: UnsafeBufferPointer<UInt8>) -> Void) {
        let base = piece.baseAddress!, count = piece.count
        var start = 0
        while start < count {
            while count &- start >= 16, let plain = plain(base + start) {
                let end = lineEnd(base, count, from: start &+ 15)
                row(currencies.number(code: plain.code), date(ofKey: plain.key), pieceOffset &+ start, FileLines.line(piece, start &+ 15, end))
                start = end &+ 1
            }
            guard start < count else { break }
            let end = lineEnd(base, count, from: start)
            let line = FileLines.line(piece, start, end)
            if line.first != 35, let parsed = date(line) {
                row(currencies.number(currency: UnsafeBufferPointer(rebasing: line[11..<parsed.tab])), parsed.date, pieceOffset + start,
                    UnsafeBufferPointer(rebasing: line[(parsed.tab + 1)...]))
            }
            start = end + 1
        }
    }

    static func problem(_ line: UnsafeBufferPointer<UInt8>) -> String {
        guard line.count > 12, line[10] == 9, line[11] != 9, line[12...].contains(9) else {
            return "expected date<TAB>currency<TAB>usd_per_unit"
        }
        return "bad date"
    }

    /// The index of the LF that ends the line at `start` (at least `from`), or `count`:
    /// sixteen bytes at a time first, as a rate is short.
    @inline(__always)
    static func lineEnd(_ base: UnsafePointer<UInt8>, _ count: Int, from: Int) -> Int {
        @inline(__always) func newlines(_ at: Int) -> UInt64 {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + at).loadUnaligned(as: UInt64.self)) ^ 0x0A0A_0A0A_0A0A_0A0A
            // the lowest byte that was an LF is the lowest with its top bit left set
            return (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
        }
        var at = from
        while count &- at >= 16 {
            let (first, second) = (newlines(at), newlines(at &+ 8))
            if first != 0 { return at &+ first.trailingZeroBitCount / 8 }
            if second != 0 { return at &+ 8 &+ second.trailingZeroBitCount / 8 }
            at &+= 16
        }
        guard at < count, let newline = memchr(base + at, 10, count - at) else { return count }
        return UnsafePointer(newline.assumingMemoryBound(to: UInt8.self)) - base
    }
}
