/// A sheet of an Excel workbook, as text cells: the header and the data rows after it, each
/// with its row number on the sheet (blank rows are left out, so the numbers can skip).
///
/// Like `CSVTable` the cells are one byte buffer (`TableCells`, record 0 the header); `rows`
/// makes Strings of them when asked, which an import never does.
public struct SheetTable: ActualsTable {
    public var header: [String]
    /// The header's row number on the sheet.
    public var headerRecord: Int
    public var sheet: String
    /// How many rows the header spans (2 for a grouped header, `header` joining them).
    public var headerRows = 1
    /// The sheet row number of each row.
    public private(set) var rowNumbers: [Int]
    /// Cells of data rows whose value cannot be read; their rows are not in `rows`.
    public private(set) var unreadable: [UnreadableCell]
    var cells: TableCells

    /// The rows after the header, as Strings.
    ///
    /// - Complexity: O(size of the table) to get; setting replaces the cells and numbers
    ///   the rows on from the header.
    public var rows: [[String]] {
        get { cells.records(from: 1) }
        set {
            cells = TableCells(rows: [header] + newValue.map { Self.widened($0, to: header.count) })
            rowNumbers = newValue.indices.map { headerRecord + 1 + $0 }
        }
    }

    /// Only the records asked for become Strings.
    public func sample(_ count: Int) -> [[String]] {
        (1..<max(1, min(cells.recordCount, 1 + count))).map { cells.record($0) }
    }

    /// A table of rows that follow the header on the sheet without a gap.
    public init(header: [String], rows: [[String]], headerRecord: Int, sheet: String) {
        self.header = header
        self.headerRecord = headerRecord
        self.sheet = sheet
        rowNumbers = rows.indices.map { headerRecord + 1 + $0 }
        unreadable = []
        cells = TableCells(rows: [header] + rows.map { Self.widened($0, to: header.count) })
    }

    /// A sheet leaves trailing empty cells out, which is not a short row: every row is laid
    /// out as wide as the header.
    private static func widened(_ row: [String], to width: Int) -> [String] {
        row.count < width ? row + Array(repeating: "", count: width - row.count) : row
    }

    init(header: [String], headerRecord: Int, sheet: String, cells: TableCells, rowNumbers: [Int], unreadable: [UnreadableCell]) {
        self.header = header
        self.headerRecord = headerRecord
        self.sheet = sheet
        self.cells = cells
        self.rowNumbers = rowNumbers
        self.unreadable = unreadable
    }
}
