/// The accounting of one imported file: where its header was, what every column became and
/// why, and how its rows were used. Every cell of the file is in one of these columns and
/// one of these rows.
public struct FileImport: Sendable, Equatable {
    public var file: String
    /// The workbook sheet read, for workbooks.
    public var sheet: String?
    /// Which mapping read the file: `actuals[2] (match *有赞*.csv)`, `actuals`, or `inferred`.
    public var source: String
    /// The same in Chinese: `actuals 第 2 项（match *有赞*.csv）`, `actuals`, `自动识别`.
    public var sourceChinese = ""
    /// `wide` or `long`.
    public var layout: String
    /// Record numbers of the header's rows (two for a grouped header), 1-based.
    public var headerRows: ClosedRange<Int>
    /// Rows above the header (a report title) that were skipped.
    public var titleRows = 0
    public var columns: [ColumnUse] = []
    public var rowsRead = 0
    public var rowsUsed = 0
    public var rowsRejected = 0
    public var blankRows = 0
    public var totalRows = 0

    public init(file: String, sheet: String? = nil, source: String, layout: String, headerRows: ClosedRange<Int>) {
        self.file = file
        self.sheet = sheet
        self.source = source
        self.layout = layout
        self.headerRows = headerRows
    }
}

/// What one column of an export became.
public struct ColumnUse: Sendable, Equatable {
    public enum Role: String, Sendable {
        case date, metric, dimension, ignored, unmapped
        /// Long exports: the column naming the metric, and the column holding the value.
        case metricName = "metric_name", value
    }

    /// 1-based.
    public var column: Int
    public var header: String
    public var role: Role
    /// The metric id (metric), or the dimension's name (dimension).
    public var target: String?
    /// Why, as values; `reason` and `reason(_:)` word it (`ColumnUse+Text.swift`).
    public var why: Reason

    public init(column: Int, header: String, role: Role, target: String?, why: Reason) {
        self.column = column
        self.header = header
        self.role = role
        self.target = target
        self.why = why
    }
}
