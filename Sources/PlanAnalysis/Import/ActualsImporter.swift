import PlanModel

/// One measured value: a metric on a day, for a combination of dimension values.
public struct Observation: Sendable, Equatable {
    public var date: CivilDate
    public var metric: String
    public var value: Double
    /// Dimension name → value, e.g. ["渠道": "门店"].
    public var dimensions: [String: String]
}

/// A row the import did not use, or used with a doubt, and why: nothing is dropped silently.
public struct ImportIssue: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case unparseableNumber = "unparseable_number"
        case unparseableDate = "unparseable_date"
        case dateOutsidePlan = "date_outside_plan"
        case unknownMetric = "unknown_metric"
        case duplicateKey = "duplicate_key"
        case shortRow = "short_row"
        case unreadableCell = "unreadable_cell"
    }

    public var kind: Kind
    public var file: String
    /// Record number in the file, 1 being the header; a workbook's own row number on the sheet.
    public var row: Int
    /// 1-based column, when one cell is at fault.
    public var column: Int?
    public var message: String
}

/// What an import read, used and rejected.
public struct ImportReport: Sendable, Equatable {
    public var rowsRead = 0
    public var rowsUsed = 0
    public var rowsRejected = 0
    public var issues: [ImportIssue] = []

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
        // A CSV or workbook table already holds its cells as bytes; other tables are laid out so first.
        let cells: TableCells, firstRow: Int, rowNumbers: [Int]?
        if let csv = table as? CSVTable {
            (cells, firstRow, rowNumbers) = (csv.cells, 1, nil)
        } else if let sheet = table as? SheetTable {
            (cells, firstRow, rowNumbers) = (sheet.cells, 1, sheet.rowNumbers)
        } else {
            (cells, firstRow, rowNumbers) = (TableCells(rows: table.rows), 0, nil)
        }
        var result = CellImport(cells: cells, firstRow: firstRow, headerRecord: table.headerRecord, header: table.header,
                                file: file, mapping: mapping, window: window, rowNumbers: rowNumbers).run()
        if let sheet = table as? SheetTable, !sheet.unreadable.isEmpty {
            result.report.reject(sheet.unreadable, file: file)
        }
        return result
    }
}

extension ImportReport {
    /// Counts the rows of unreadable cells as read and rejected, and reports each cell, in
    /// row order among the other issues.
    mutating func reject(_ cells: [UnreadableCell], file: String) {
        let rows = Set(cells.map(\.row)).count
        rowsRead += rows
        rowsRejected += rows
        let added = cells.map { ImportIssue(kind: .unreadableCell, file: file, row: $0.row, column: $0.column, message: $0.message) }
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
