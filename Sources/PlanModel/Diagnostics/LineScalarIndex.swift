/// Finds the byte where the n-th character (Unicode scalar) of a source line starts, for the
/// excerpts under diagnostics. Columns count scalars, so finding one means counting from the
/// line's start; this remembers, per line, the byte of every 256th scalar reached so far, so
/// many diagnostics on one long line cost one scan of the line plus a bounded step each,
/// instead of a scan from its start each (issue #9: 6,000 diagnostics on a 41 KB line took
/// 21 s).
///
/// A scalar starts at every byte that is not a UTF-8 continuation byte (10xxxxxx); in valid
/// UTF-8, which the loader checks before parsing, that is exact.
final class LineScalarIndex {
    static let stride = 256

    private struct Line {
        /// Byte offsets of scalars 0, stride, 2·stride, … as far as scanned.
        var checkpoints: [Int]
        /// The number of scalars, once the scan has reached the end of the line.
        var scalarCount: Int?
    }

    private let bytes: [UInt8]
    private var lines: [Int: Line] = [:]
    /// Bytes looked at, over all lookups: the measure of work the tests bound.
    private(set) var bytesScanned = 0

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The byte offset where scalar `index` (0-based) of the line in `range` starts, or
    /// `range.upperBound` when the line has no more scalars than `index`.
    ///
    /// - Complexity: amortised O(stride) per call after the line has been scanned up to
    ///   `index` once.
    func offset(ofScalar index: Int, inLine range: Range<Int>) -> Int {
        // Taken out while extended, so appending does not copy the checkpoints.
        var line = lines.removeValue(forKey: range.lowerBound) ?? Line(checkpoints: [range.lowerBound])
        defer { lines[range.lowerBound] = line }
        if let count = line.scalarCount, index >= count { return range.upperBound }
        // Extend the checkpoints up to the one at or before `index`.
        while line.checkpoints.count - 1 < index / Self.stride, line.scalarCount == nil {
            let from = line.checkpoints[line.checkpoints.count - 1]
            let (end, counted) = advance(from: from, scalars: Self.stride, limit: range.upperBound)
            if counted < Self.stride || end == range.upperBound {
                line.scalarCount = (line.checkpoints.count - 1) * Self.stride + counted
                if counted == Self.stride { line.checkpoints.append(end) }
                if index >= line.scalarCount ?? 0 { return range.upperBound }
                break
            }
            line.checkpoints.append(end)
        }
        let checkpoint = min(index / Self.stride, line.checkpoints.count - 1)
        let (end, _) = advance(from: line.checkpoints[checkpoint], scalars: index - checkpoint * Self.stride,
                               limit: range.upperBound)
        return end
    }

    /// The number of scalars in the line.
    func scalarCount(inLine range: Range<Int>) -> Int {
        _ = offset(ofScalar: Int.max - Self.stride, inLine: range)
        return lines[range.lowerBound]?.scalarCount ?? 0
    }

    /// Moves forward over `scalars` scalar starts; returns the byte reached (the start of the
    /// next scalar, or `limit`) and how many were passed.
    private func advance(from start: Int, scalars: Int, limit: Int) -> (Int, Int) {
        var position = start, passed = 0
        bytes.withUnsafeBufferPointer { buffer in
            while position < limit {
                if buffer[position] & 0xC0 != 0x80 {
                    if passed == scalars { break }
                    passed += 1
                }
                position += 1
            }
        }
        bytesScanned += position - start
        return (position, passed)
    }
}
