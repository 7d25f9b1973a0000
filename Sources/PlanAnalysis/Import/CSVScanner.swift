/// Splits CSV text into records, byte by byte over UTF-8 (RFC 4180: fields quoted with `"`,
/// `""` for a quote inside, line breaks inside quotes, CRLF or LF).
///
/// Written here rather than taken from a package because the benchmark showed the package
/// reader costing 1.6 s per million rows, most of the import's 2 s budget (benchmarks.md).
struct CSVScanner {
    enum Failure: Error, Equatable {
        /// A quote opened on this record is never closed.
        case unclosedQuote(record: Int)
    }

    /// - Complexity: O(n) in the size of the text.
    static func records(_ text: String, delimiter: UInt8) throws(Failure) -> [[String]] {
        var text = text
        return try text.withUTF8 { bytes -> Result<[[String]], Failure> in
            var records: [[String]] = []
            var record: [String] = []
            var field: [UInt8] = []
            var index = 0
            let count = bytes.count
            var quoted = false
            var fieldStart = true
            func endField() {
                record.append(String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true)
                fieldStart = true
            }
            while index < count {
                let byte = bytes[index]
                if quoted {
                    if byte == 0x22 {
                        if index + 1 < count && bytes[index + 1] == 0x22 {
                            field.append(0x22)
                            index += 2
                            continue
                        }
                        quoted = false
                    } else {
                        field.append(byte)
                    }
                    index += 1
                    continue
                }
                switch byte {
                case 0x22 where fieldStart:
                    quoted = true
                    fieldStart = false
                case delimiter:
                    endField()
                case 0x0A, 0x0D:
                    endField()
                    records.append(record)
                    record = []
                    if byte == 0x0D && index + 1 < count && bytes[index + 1] == 0x0A { index += 1 }
                default:
                    field.append(byte)
                    fieldStart = false
                }
                index += 1
            }
            if quoted { return .failure(.unclosedQuote(record: records.count + 1)) }
            if !field.isEmpty || !record.isEmpty || !fieldStart {
                endField()
                records.append(record)
            }
            return .success(records)
        }.get()
    }
}
