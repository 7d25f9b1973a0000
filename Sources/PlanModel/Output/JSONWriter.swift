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
            for _ in 0..<(2 * counts.count) { bytes.append(0x20) }
        }
        bytes.append(bracket)
    }

    private mutating func position() {
        if valueDue { valueDue = false } else { nextElement() }
    }

    private mutating func nextElement() {
        guard !counts.isEmpty else { return }
        bytes += counts[counts.count - 1] > 0 ? [0x2C, 0x0A] : [0x0A]
        for _ in 0..<(2 * counts.count) { bytes.append(0x20) }
        counts[counts.count - 1] += 1
    }
}
