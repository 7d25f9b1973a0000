/// Writes a JSON document piece by piece, in exactly the layout of
/// `JSONValue.serializedBytes(rowsOnOneLine:)`, so a large array — the 100,000 rows of a schedule — goes
/// into the buffer row by row instead of first becoming a tree of values that must then be
/// walked and freed.
///
/// ```swift
/// var writer = JSONWriter(capacity: 1 << 20)
/// writer.beginObject()
/// writer.member("tasks"); writer.beginArray()
/// for row in rows { writer.write(row.json) }
/// writer.endArray()
/// writer.endObject()
/// let bytes = writer.finish()
/// ```
public struct JSONWriter {
    private var bytes: [UInt8] = []
    /// How many elements each open array or object holds so far.
    private var counts: [Int] = []
    /// A member's key is written and its value is due.
    private var valueDue = false
    /// Containers from this indentation on go on one line (`JSONLayout`).
    private let oneLineFrom: Int?

    /// - Parameter rowsOnOneLine: as `JSONValue.serializedBytes(rowsOnOneLine:)`.
    public init(capacity: Int = 4096, rowsOnOneLine: Bool = false) {
        bytes.reserveCapacity(capacity)
        oneLineFrom = rowsOnOneLine ? JSONLayout.rowIndent : nil
    }

    public mutating func beginObject() { open(0x7B) }
    public mutating func endObject() { close(0x7D) }
    public mutating func beginArray() { open(0x5B) }
    public mutating func endArray() { close(0x5D) }

    /// The key of the next member of the open object.
    public mutating func member(_ key: String) {
        nextElement()
        JSONValue.escape(key, into: &bytes)
        bytes += [0x3A, 0x20]
        valueDue = true
    }

    /// A whole value: an element of the open array, or the value of the member just named.
    public mutating func write(_ value: JSONValue) {
        position()
        value.write(into: &bytes, indent: 2 * counts.count, oneLineFrom: oneLineFrom)
    }

    /// `count` elements of the open array, `element(i)` giving the i-th: the same bytes as
    /// `write` called for each in turn. Above `inParallelFrom` elements the second half is
    /// written on another thread into a buffer of its own while this one writes the first,
    /// then appended: a 100,000-row schedule is a large share of its command's time, and the
    /// rows do not depend on each other (docs/design.md, "Two cores").
    ///
    /// - Complexity: O(count), on two cores when there are many.
    public mutating func writeElements(count: Int, inParallelFrom: Int = 20_000,
                                       _ element: @escaping @Sendable (Int) -> JSONValue) {
        let layout = oneLineFrom
        write(count: count, inParallelFrom: inParallelFrom) { index, out, indent in
            element(index).write(into: &out, indent: indent, oneLineFrom: layout)
        }
    }

    /// `count` objects of the open array written member by member (`JSONRow`), as
    /// `writeElements` does with values, on two cores when there are many.
    ///
    /// - Precondition: the writer puts rows on one line (`rowsOnOneLine`) and the array is
    ///   one whose elements are rows: the row is written in that layout only.
    public mutating func writeRows(count: Int, inParallelFrom: Int = 20_000,
                                   _ row: @escaping @Sendable (Int, inout JSONRow) -> Void) {
        precondition(oneLineFrom.map { 2 * counts.count >= $0 } ?? false, "JSONRow writes rows on one line only")
        write(count: count, inParallelFrom: inParallelFrom) { index, out, _ in
            // The row borrows the buffer and gives it back: swapped, never copied.
            var writing = JSONRow()
            swap(&writing.bytes, &out)
            writing.bytes.append(0x7B)
            row(index, &writing)
            writing.bytes.append(0x7D)
            swap(&writing.bytes, &out)
        }
    }

    /// The elements by a writer of one element at the given indentation.
    private mutating func write(count: Int, inParallelFrom: Int, _ element: @escaping @Sendable (Int, inout [UInt8], Int) -> Void) {
        guard count > 0, !counts.isEmpty else { return }
        let (depth, before) = (counts.count, counts[counts.count - 1])
        guard count >= inParallelFrom else {
            Self.writeElements(0..<count, after: before, depth: depth, element, into: &bytes)
            counts[depth - 1] += count
            return
        }
        let half = count / 2
        var first = bytes
        bytes = []
        let (_, second) = bothAtOnce({
            Self.writeElements(0..<half, after: before, depth: depth, element, into: &first)
        }, {
            // Sized from the first rows: one allocation for the half, pages never written untouched.
            var out: [UInt8] = []
            Self.writeElements(half..<min(half + 64, count), after: before, depth: depth, element, into: &out)
            out.reserveCapacity(out.count * (count - half) / min(64, count - half) * 5 / 4 + 4096)
            Self.writeElements(min(half + 64, count)..<count, after: before, depth: depth, element, into: &out)
            return out
        })
        first.append(contentsOf: second)
        bytes = first
        counts[depth - 1] += count
    }

    /// Elements `range` of an array at `depth` that already held `before` elements.
    private static func writeElements(_ range: Range<Int>, after before: Int, depth: Int,
                                      _ element: (Int, inout [UInt8], Int) -> Void, into out: inout [UInt8]) {
        for index in range {
            // Byte by byte: an array literal per row was allocated 100,000 times over.
            if before + index > 0 { out.append(0x2C) }
            out.append(0x0A)
            JSONValue.pad(2 * depth, &out)
            element(index, &out, 2 * depth)
        }
    }

    /// The document, with its final newline.
    public mutating func finish() -> [UInt8] {
        bytes.append(0x0A)
        return bytes
    }

    private mutating func open(_ bracket: UInt8) {
        position()
        bytes.append(bracket)
        counts.append(0)
    }

    private mutating func close(_ bracket: UInt8) {
        guard let count = counts.popLast() else { return }
        if count > 0 {
            bytes.append(0x0A)
            JSONValue.pad(2 * counts.count, &bytes)
        }
        bytes.append(bracket)
    }

    private mutating func position() {
        if valueDue { valueDue = false } else { nextElement() }
    }

    private mutating func nextElement() {
        guard !counts.isEmpty else { return }
        bytes += counts[counts.count - 1] > 0 ? [0x2C, 0x0A] : [0x0A]
        JSONValue.pad(2 * counts.count, &bytes)
        counts[counts.count - 1] += 1
    }
}
