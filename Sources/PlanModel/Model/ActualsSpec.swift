/// How to read the columns of actuals exports when their headers are not the metrics' names.
public struct ActualsSpec: Sendable {
    public var dateColumn: String?
    /// For long exports: the column naming the metric and the column holding the value.
    public var metricColumn: String?
    public var valueColumn: String?
    /// Header (or metric label in a long export) → metric id.
    public var columns: [String: String]
    /// Header → dimension name.
    public var dimensions: [String: String]
    public var location: SourceLocation?

    public init(dateColumn: String? = nil, metricColumn: String? = nil, valueColumn: String? = nil,
                columns: [String: String] = [:], dimensions: [String: String] = [:], location: SourceLocation? = nil) {
        self.dateColumn = dateColumn
        self.metricColumn = metricColumn
        self.valueColumn = valueColumn
        self.columns = columns
        self.dimensions = dimensions
        self.location = location
    }
}
