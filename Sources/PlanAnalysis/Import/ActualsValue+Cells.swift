import PlanModel

/// The readers of `ActualsValue` for cells given as UTF-8 bytes (valid UTF-8, as every cell
/// of a decoded table is). Each gives exactly what its String counterpart gives for the same
/// text: the byte-level fast path first, and the String reader when that declines.
extension ActualsValue {
    /// `number(text)`.
    static func number(cell: UnsafeBufferPointer<UInt8>) -> Double? {
        asciiNumber(bytes: cell) ?? number(String(decoding: cell, as: UTF8.self))
    }

    /// `date(text)`.
    static func date(cell: UnsafeBufferPointer<UInt8>) -> CivilDate? {
        asciiDate(bytes: cell) ?? asciiSerial(bytes: cell) ?? date(String(decoding: cell, as: UTF8.self))
    }

    /// `trimmed(text).isEmpty`: a cell that starts and ends with no space is not blank,
    /// which is all `trimmed` looks at before trimming.
    static func isBlank(cell: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !cell.isEmpty else { return true }
        if !isQuickSpace(firstScalar(cell)) && !isQuickSpace(lastScalar(cell)) { return false }
        return trimmed(String(decoding: cell, as: UTF8.self)).isEmpty
    }

    private static func firstScalar(_ cell: UnsafeBufferPointer<UInt8>) -> UInt32 {
        scalar(cell, at: cell.startIndex)
    }

    private static func lastScalar(_ cell: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var start = cell.endIndex - 1
        while start > cell.startIndex && cell[start] & 0xC0 == 0x80 { start -= 1 }
        return scalar(cell, at: start)
    }

    /// The scalar whose encoding starts at `index`.
    private static func scalar(_ cell: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt32 {
        let lead = UInt32(cell[index])
        func continuation(_ offset: Int) -> UInt32 {
            index + offset < cell.endIndex ? UInt32(cell[index + offset] & 0x3F) : 0
        }
        switch lead {
        case ..<0x80: return lead
        case ..<0xE0: return (lead & 0x1F) << 6 | continuation(1)
        case ..<0xF0: return (lead & 0x0F) << 12 | continuation(1) << 6 | continuation(2)
        default: return (lead & 0x07) << 18 | continuation(1) << 12 | continuation(2) << 6 | continuation(3)
        }
    }
}
