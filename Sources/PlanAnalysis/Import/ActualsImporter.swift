import PlanModel

/// A row the import did not use, or used with a doubt, and why: nothing is dropped silently.
public struct ImportIssue: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case unparseableNumber = "unparseable_number"
        case unparseableDate = "unparseable_date"
        case dateOutsidePlan = "date_outside_plan"
        case unknownMetric = "unknown_metric"
        case duplicateKey = "duplicate_key"
        case shortRow = "short_row"
    }

    public var kind: Kind
    public var file: String
    /// Record number in the file, 1 being the header.
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
        // A CSV table already holds its cells as bytes; other tables are laid out so first.
        let cells: TableCells, firstRow: Int
        if let csv = table as? CSVTable {
            (cells, firstRow) = (csv.cells, 1)
        } else {
            (cells, firstRow) = (TableCells(rows: table.rows), 0)
        }
        return CellImport(cells: cells, firstRow: firstRow, headerRecord: table.headerRecord, header: table.header,
                          file: file, mapping: mapping, window: window).run()
    }
}
