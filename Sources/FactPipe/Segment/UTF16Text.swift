/// A run of scalars as UTF-16 for ICU, with the way back to code-point offsets.
struct UTF16Text {
    var units: [UInt16] = []
    /// Code-point offset of each UTF-16 offset (count + 1 entries); empty when every
    /// scalar is in the BMP and the two offsets are equal.
    private var scalarOffset: [Int32] = []

    init(_ scalars: ArraySlice<Unicode.Scalar>) {
        units.reserveCapacity(scalars.count)
        var hasSupplementary = false
        for s in scalars where s.value > 0xFFFF { hasSupplementary = true; break }
        if !hasSupplementary {
            for s in scalars { units.append(UInt16(truncatingIfNeeded: s.value)) }
            return
        }
        scalarOffset.reserveCapacity(scalars.count + 1)
        var index: Int32 = 0
        for s in scalars {
            let value = s.value
            if value > 0xFFFF {
                let v = value - 0x10000
                units.append(UInt16(0xD800 + (v >> 10))); scalarOffset.append(index)
                units.append(UInt16(0xDC00 + (v & 0x3FF))); scalarOffset.append(index)
            } else {
                units.append(UInt16(value)); scalarOffset.append(index)
            }
            index += 1
        }
        scalarOffset.append(index)
    }

    func scalarIndex(ofUTF16 offset: Int) -> Int {
        scalarOffset.isEmpty ? offset : Int(scalarOffset[offset])
    }
}
