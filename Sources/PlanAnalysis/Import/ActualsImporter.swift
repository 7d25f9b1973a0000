import PlanModel

/// A row the import did not use, or used with a doubt, and why: nothing is dropped silently.
public struct ImportIssue: Sendable {
    public enum Kind: String, Sendable {
        case unparseableNumber = "unparseable_number"
        case unparseableDate = "unparseable_date"
        case dateOutsidePlan = "date_outside_plan"
        case unknownMetric = "unknown_metric"
        case duplicateKey = "duplicate_key"
        case shortRow = "short_row"
        // import accounting (#10)
        /// A numeric column that maps to no metric (an error unless ignored or mapped).
        case unmappedColumn = "unmapped_column"
        /// `71,5` or `1.234,5`: a decimal comma or a grouping, refused unless `decimal: ","`.
        case ambiguousNumber = "ambiguous_number"
        /// A dated row with no value in any metric column.
        case noValues = "no_values"
        /// The same metric, day and dimension values in two files.
        case overlap = "overlap"
        /// A file with a header and no rows.
        case noRows = "no_rows"
        /// A workbook cell whose value cannot be read (a shared string that does not exist).
        case unreadableCell = "unreadable_cell"
        /// Grouped columns whose group or sub-headers are values of a dimension the source
        /// does not name (`新客数` over `门店 | 社群`): refused, never read as one metric or summed.
        case groupedColumns = "grouped_columns"
    }

    /// How much an issue weighs: an error fails the review (exit 1), a warning fails it with
    /// `--strict`.
    public enum Severity: String, Sendable {
        case error, warning
    }

    public var kind: Kind
    public var file: String
    /// Record number in the file, 1 being the header; a workbook's own row number on the sheet.
    public var row: Int
    /// 1-based column, when one cell is at fault.
    public var column: Int?
    /// What it says, worded per language by `text(_:names:)`; `message` is its English.
    public var detail: Detail
    public var severity: Severity = .warning

    public init(kind: Kind, file: String, row: Int, column: Int?, detail: Detail, severity: Severity = .warning) {
        self.kind = kind
        self.file = file
        self.row = row
        self.column = column
        self.detail = detail
        self.severity = severity
    }
}

extension ImportIssue: Equatable {
    /// Two issues are the same when they say the same at the same place: compared by their
    /// English words, so that a detail worded alike (a reference importer's) is equal.
    public static func == (a: ImportIssue, b: ImportIssue) -> Bool {
        a.kind == b.kind && a.file == b.file && a.row == b.row && a.column == b.column && a.severity == b.severity && a.message == b.message
    }
}

/// What an import read, used and rejected.
public struct ImportReport: Sendable, Equatable {
    /// Rows that hold data, read = used + rejected (blank rows and 合计 rows are counted apart).
    public var rowsRead = 0
    public var rowsUsed = 0
    public var rowsRejected = 0
    /// Rows with no cell filled in, and 合计/总计/小计 rows: not data, skipped and counted.
    public var blankRows = 0
    public var totalRows = 0
    public var issues: [ImportIssue] = []
    /// Per file: what each column became, and the file's counts.
    public var files: [FileImport] = []

    /// Whether an issue fails the review without `--strict`.
    public var hasErrors: Bool { issues.contains { $0.severity == .error } }

    public init() {}
}

/// Turns a table into observations, checking every cell against the plan: metrics it knows,
/// dates inside its window, numbers it can read, no key twice.
public struct ActualsImporter: Sendable {
    public var window: DateRange?

    public init(window: DateRange? = nil) {
        self.window = window
    }

    /// - Complexity: O(rows × columns), expected.
    public func read(_ table: any ActualsTable, file: String, mapping: ActualsMapping) -> (observations: [Observation], report: ImportReport) {
        let result = read(table, file: file, mapping: mapping, decimalComma: false)
        return (result.observations, result.report)
    }

    /// The observations, the record each came from, and the report.
    func read(_ table: any ActualsTable, file: String, mapping: ActualsMapping,
              decimalComma: Bool, recordRows: Bool = true) -> (observations: [Observation], rows: [Int32], report: ImportReport) {
        var observations: [Observation] = [], rows: [Int32] = []
        let report = read(table, file: file, mapping: mapping, decimalComma: decimalComma, recordRows: recordRows,
                          into: &observations, records: &rows)
        return (observations, rows, report)
    }

    /// Adds the observations to `sink` (and, when `recordRows`, each one's record to `records`).
    func read<Sink: ObservationSink>(_ table: any ActualsTable, file: String, mapping: ActualsMapping, decimalComma: Bool,
                                     recordRows: Bool, into sink: inout Sink, records: inout [Int32]) -> ImportReport {
        // A CSV or workbook table already holds its cells as bytes (a CSV's header and titles
        // above it being its first records, a sheet's header its record 0, each data row as
        // wide as the header); other tables are laid out so first, each row as wide as the
        // header (a sheet leaves trailing empty cells out, which is not a short row).
        let cells: TableCells, firstRow: Int, rowNumbers: [Int]?
        if let csv = table as? CSVTable {
            (cells, firstRow, rowNumbers) = (csv.cells, csv.dataStart, nil)
        } else if let sheet = table as? SheetTable {
            (cells, firstRow, rowNumbers) = (sheet.cells, 1, sheet.rowNumbers)
        } else {
            let width = table.header.count
            let rows = table.rows.lazy.map { $0.count < width ? $0 + Array(repeating: "", count: width - $0.count) : $0 }
            (cells, firstRow, rowNumbers) = (TableCells(rows: rows), 0, nil)
        }
        var report = CellImport(cells: cells, firstRow: firstRow, headerRecord: table.headerRecord, header: table.header,
                                file: file, mapping: mapping, window: window, decimalComma: decimalComma,
                                recordRows: recordRows, rowNumbers: rowNumbers).run(into: &sink, records: &records)
        if let sheet = table as? SheetTable, !sheet.unreadable.isEmpty {
            report.reject(sheet.unreadable, file: file)
        }
        return report
    }
}

extension ImportReport {
    /// Counts the rows of unreadable cells as read and rejected, and reports each cell, in
    /// row order among the other issues.
    mutating func reject(_ cells: [UnreadableCell], file: String) {
        let rows = Set(cells.map(\.row)).count
        rowsRead += rows
        rowsRejected += rows
        let added = cells.map { ImportIssue(kind: .unreadableCell, file: file, row: $0.row, column: $0.column, detail: .unreadableCell($0.fault)) }
        var merged: [ImportIssue] = []
        merged.reserveCapacity(issues.count + added.count)
        var next = added.makeIterator(), pending = next.next()
        for issue in issues {
            while let cell = pending, cell.row < issue.row {
                merged.append(cell)
                pending = next.next()
            }
            merged.append(issue)
        }
        while let cell = pending {
            merged.append(cell)
            pending = next.next()
        }
        issues = merged
    }
}
