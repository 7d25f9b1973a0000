/// Conversions between byte offsets and marks, for the few errors libyaml reports by offset
/// and for the checks made before libyaml runs.
enum TextPosition {
    /// The 1-based line and character column of a byte offset.
    static func mark(ofByteOffset offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Mark {
        var line = 1
        var column = 1
        var index = 0
        let end = min(offset, bytes.count)
        while index < end {
            let byte = bytes[index]
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            index += 1
        }
        return Mark(line: line, column: column)
    }

    /// The first tab inside the leading white space of a line, up to `lastLine`.
    static func firstIndentationTab(in bytes: UnsafeBufferPointer<UInt8>, throughLine lastLine: Int) -> Mark? {
        var line = 1
        var column = 1
        var atIndentation = true
        for byte in bytes {
            if byte == 0x0A {
                if line >= lastLine { return nil }
                line += 1
                column = 1
                atIndentation = true
                continue
            }
            if atIndentation {
                if byte == 0x09 { return Mark(line: line, column: column) }
                // A sequence entry's dash is part of the indentation of what follows it
                // (`-\tid: b` indents with a tab too).
                if byte != 0x20 && byte != UInt8(ascii: "-") { atIndentation = false }
            }
            if byte & 0xC0 != 0x80 { column += 1 }
        }
        return nil
    }
}
