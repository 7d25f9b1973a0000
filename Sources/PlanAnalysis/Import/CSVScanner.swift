/// Splits CSV text into records, byte by byte over UTF-8 (RFC 4180: fields quoted with `"`,
/// `""` for a quote inside, line breaks inside quotes, CRLF or LF).
///
/// Written here rather than taken from a package because the benchmark showed the package
/// reader costing 1.6 s per million rows, most of the import's 2 s budget (benchmarks.md).
/// It records where each cell lies instead of copying it into a String: an unquoted cell,
/// or a quoted one without `""`, is a range of the text itself; only the rare other cells
/// are unescaped, into the end of the same buffer.
struct CSVScanner {
    enum Failure: Error, Equatable {
        /// A quote opened in this record (1-based), at this cell (1-based) and line, is never closed.
        case unclosedQuote(record: Int, column: Int, line: Int)
    }

    /// Every record as Strings.
    ///
    /// - Complexity: O(n) in the size of the text.
    static func records(_ text: String, delimiter: UInt8) throws(Failure) -> [[String]] {
        try cells(Array(text.utf8), delimiter: delimiter).records()
    }

    /// Every record's cells, as ranges of `bytes` (which the result keeps).
    ///
    /// - Complexity: O(n) in the size of the text.
    static func cells(_ bytes: [UInt8], delimiter: UInt8) throws(Failure) -> TableCells {
        var bounds: [Int] = []
        var recordStarts = [0]
        // A guess from the first line, so the arrays rarely grow.
        let firstLine = bytes.prefix(4096).firstIndex(of: 0x0A) ?? min(bytes.count, 4096)
        let perLine = bytes.prefix(firstLine).reduce(1) { $0 + ($1 == delimiter ? 1 : 0) }
        let lines = bytes.count / max(1, firstLine + 1) + 1
        bounds.reserveCapacity(lines * perLine * 2 + 16)
        recordStarts.reserveCapacity(lines + 2)
        var unescaped: [UInt8] = []
        var unescapedBounds: [(cell: Int, range: Range<Int>)] = []
        let failedRecord: (record: Int, column: Int, quote: Int)? = bytes.withUnsafeBufferPointer { text in
            let count = text.count
            var index = 0
            var fieldStart = 0  // where the current field's raw text begins
            var quoted = false, atFieldStart = true, simple = true
            var contentStart = 0, contentEnd = -1  // content of a quoted field, while simple
            func endField(_ end: Int) {
                if atFieldStart || text[fieldStart] != 0x22 {
                    bounds.append(fieldStart)
                    bounds.append(end)
                } else if simple && contentEnd == end - 1 {
                    bounds.append(contentStart)
                    bounds.append(contentEnd)
                } else {
                    let from = unescaped.count
                    unescape(text, fieldStart..<end, into: &unescaped)
                    unescapedBounds.append((bounds.count / 2, from..<unescaped.count))
                    bounds.append(0)
                    bounds.append(0)
                }
                atFieldStart = true
                simple = true
            }
            while index < count {
                let byte = text[index]
                if quoted {
                    if byte == 0x22 {
                        if index + 1 < count && text[index + 1] == 0x22 {
                            simple = false
                            index += 2
                            continue
                        }
                        quoted = false
                        contentEnd = index
                    }
                    index += 1
                    continue
                }
                switch byte {
                case 0x22 where atFieldStart:
                    quoted = true
                    atFieldStart = false
                    contentStart = index + 1
                case delimiter:
                    endField(index)
                    fieldStart = index + 1
                case 0x0A, 0x0D:
                    endField(index)
                    recordStarts.append(bounds.count / 2)
                    if byte == 0x0D && index + 1 < count && text[index + 1] == 0x0A { index += 1 }
                    fieldStart = index + 1
                default:
                    atFieldStart = false
                }
                index += 1
            }
            if quoted {
                // Where the quote opened: the record in progress and its cell.
                return (recordStarts.count, bounds.count / 2 - recordStarts[recordStarts.count - 1] + 1, contentStart - 1)
            }
            // A last record without a line break, unless nothing follows the last one.
            if bounds.count / 2 > recordStarts[recordStarts.count - 1] || !atFieldStart {
                endField(count)
                recordStarts.append(bounds.count / 2)
            }
            return nil
        }
        if let failedRecord {
            let line = bytes[..<max(0, failedRecord.quote)].reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
            throw .unclosedQuote(record: failedRecord.record, column: failedRecord.column, line: line)
        }
        // Unescaped cells go after the text, so that every cell is a range of one buffer.
        var buffer = bytes
        let offset = buffer.count
        buffer.append(contentsOf: unescaped)
        for (cell, range) in unescapedBounds {
            bounds[2 * cell] = range.lowerBound + offset
            bounds[2 * cell + 1] = range.upperBound + offset
        }
        return TableCells(bytes: buffer, bounds: bounds, recordStarts: recordStarts)
    }

    /// A quoted field's content, as the scanner reads it: `""` is a quote while quoted, a
    /// closing quote ends the quoted part, and anything after it is kept as written.
    private static func unescape(_ text: UnsafeBufferPointer<UInt8>, _ raw: Range<Int>, into output: inout [UInt8]) {
        var index = raw.lowerBound + 1, quoted = true
        while index < raw.upperBound {
            let byte = text[index]
            if quoted && byte == 0x22 {
                if index + 1 < raw.upperBound && text[index + 1] == 0x22 {
                    output.append(0x22)
                    index += 2
                    continue
                }
                quoted = false
            } else {
                output.append(byte)
            }
            index += 1
        }
    }
}
