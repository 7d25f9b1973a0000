/// A table's records as byte ranges into one UTF-8 buffer: no String per cell, so an import
/// reads a number or a date straight from the bytes and makes Strings only for the few
/// distinct dimension values and for the messages of issues.
struct TableCells: Sendable {
    /// The text, plus the unescaped content of cells that differ from their raw text
    /// (quoted with `""` inside, or with text after the closing quote).
    private(set) var bytes: [UInt8]
    /// Cell `c` is `bytes[bounds[2c]..<bounds[2c + 1]]`.
    private(set) var bounds: [Int]
    /// Record `r` is cells `recordStarts[r]..<recordStarts[r + 1]`.
    private(set) var recordStarts: [Int]

    init(bytes: [UInt8], bounds: [Int], recordStarts: [Int]) {
        self.bytes = bytes
        self.bounds = bounds
        self.recordStarts = recordStarts
    }

    /// The cells of rows given as Strings (a workbook's, or rows set by hand).
    ///
    /// - Complexity: O(total size of the cells).
    init(rows: some Collection<[String]>) {
        var bytes: [UInt8] = [], bounds: [Int] = [], recordStarts = [0]
        bounds.reserveCapacity(rows.reduce(0) { $0 + $1.count } * 2)
        for row in rows {
            for cell in row {
                bounds.append(bytes.count)
                bytes.append(contentsOf: cell.utf8)
                bounds.append(bytes.count)
            }
            recordStarts.append(bounds.count / 2)
        }
        self.init(bytes: bytes, bounds: bounds, recordStarts: recordStarts)
    }

    var recordCount: Int { recordStarts.count - 1 }

    func cellCount(_ record: Int) -> Int { recordStarts[record + 1] - recordStarts[record] }

    /// Byte range of a cell, the column being within the record.
    func range(_ record: Int, _ column: Int) -> Range<Int> {
        let cell = recordStarts[record] + column
        return bounds[2 * cell]..<bounds[2 * cell + 1]
    }

    func string(_ record: Int, _ column: Int) -> String {
        String(decoding: bytes[range(record, column)], as: UTF8.self)
    }

    func record(_ record: Int) -> [String] {
        (0..<cellCount(record)).map { string(record, $0) }
    }

    /// Records `from...`, as Strings.
    func records(from first: Int = 0) -> [[String]] {
        (first..<recordCount).map(record)
    }

    /// Whether every cell of a record is empty.
    func isBlank(_ record: Int) -> Bool {
        (0..<cellCount(record)).allSatisfy { range(record, $0).isEmpty }
    }

    /// Drops the records from `count` on.
    mutating func keepRecords(_ count: Int) {
        recordStarts.removeLast(recordCount - count)
        bounds.removeLast(bounds.count - 2 * recordStarts[count])
    }
}
