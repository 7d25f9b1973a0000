/// How to read the columns of actuals exports when their headers are not the metrics' names.
///
/// The plan's `actuals:` is one such spec (it then applies to every file of a review) or a
/// list of them, one per kind of export, each picking its files with `match`.
public struct ActualsSpec: Sendable {
    /// Which files this source reads: a glob (`*有赞*.csv`) or a file name, matched against
    /// the file's name and against its path as given. `nil`: every file (the single form).
    public var match: String?
    public var dateColumn: String?
    /// For long exports: the column naming the metric and the column holding the value.
    public var metricColumn: String?
    public var valueColumn: String?
    /// Header (or metric label in a long export) → metric id.
    public var columns: [String: String]
    /// Header → dimension name.
    public var dimensions: [String: String]
    /// Headers of columns that are deliberately not read (环比, 占比…).
    public var ignore: [String]
    /// How many rows the header spans (2 for a grouped header: 上级 / 下级); `nil` finds out.
    public var headerRows: Int?
    /// The workbook sheet to read; `nil`: `--sheet`, else the first.
    public var sheet: String?
    /// The decimal separator of the export's numbers: `.` (default) or `,` (71,5).
    public var decimalComma: Bool
    /// The dimension whose values head the columns of a grouped header (`新客数` over `门店 |
    /// 社群 | 视频号`, or `门店` over `访客数 | 订单数`): each such column is its metric for that
    /// value. `nil`: such columns are refused (`grouped_columns`), never read as one metric.
    public var groups: String?
    public var location: SourceLocation?

    public init(match: String? = nil, dateColumn: String? = nil, metricColumn: String? = nil, valueColumn: String? = nil,
                columns: [String: String] = [:], dimensions: [String: String] = [:], ignore: [String] = [],
                headerRows: Int? = nil, sheet: String? = nil, decimalComma: Bool = false, groups: String? = nil, location: SourceLocation? = nil) {
        self.match = match
        self.dateColumn = dateColumn
        self.metricColumn = metricColumn
        self.valueColumn = valueColumn
        self.columns = columns
        self.dimensions = dimensions
        self.ignore = ignore
        self.headerRows = headerRows
        self.sheet = sheet
        self.decimalComma = decimalComma
        self.groups = groups
        self.location = location
    }
}
