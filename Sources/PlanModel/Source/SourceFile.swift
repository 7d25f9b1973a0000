/// The text of a file that was read, kept so diagnostics can quote the offending line.
public struct SourceFile: Sendable {
    public let path: String
    public let bytes: [UInt8]
    /// Where each line starts; a line ends at LF, CRLF or a lone CR, as YAML counts lines.
    private let lineStarts: [Int]

    /// - Complexity: O(n) in the file size, once: quoting many lines stays linear.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
        var starts = [0]
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A || (byte == 0x0D && (index + 1 == bytes.count || bytes[index + 1] != 0x0A)) {
                starts.append(index + 1)
            }
            index += 1
        }
        lineStarts = starts
    }

    /// The number of lines; a final line break does not start another.
    public var lineCount: Int {
        lineStarts.last == bytes.count && lineStarts.count > 1 ? lineStarts.count - 1 : lineStarts.count
    }

    /// The text of a 1-based line without its line break, or `nil` past the end. Bytes that
    /// are not UTF-8 show as U+FFFD.
    ///
    /// - Complexity: O(length of the line).
    public func line(_ number: Int) -> String? {
        lineRange(number).map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    /// Where a 1-based line is in `bytes`, without its line break; `nil` past the end.
    ///
    /// - Complexity: O(1).
    public func lineRange(_ number: Int) -> Range<Int>? {
        guard number >= 1, number <= lineCount else { return nil }
        let start = lineStarts[number - 1]
        var end = number < lineStarts.count ? lineStarts[number] : bytes.count
        if end > start && bytes[end - 1] == 0x0A { end -= 1 }
        if end > start && bytes[end - 1] == 0x0D { end -= 1 }
        return start..<end
    }
}
