import PlanModel

extension ImportIssue {
    /// What an issue says, kept as values so that each report words it in its own language
    /// (`ImportIssue+Text.swift` is the catalog): the JSON `message` and the terminal carry
    /// English, the Chinese reports Chinese. Metrics are ids; the reports show their names.
    public enum Detail: Sendable, Equatable {
        case shortRow(cells: Int)
        case unparseableDate(text: String)
        case dateOutsidePlan(date: CivilDate, window: DateRange)
        case unparseableNumber(text: String, metric: String)
        case ambiguousNumber(text: String, metric: String)
        /// A long export's label that names no metric, with the closest label, if any.
        case unknownMetric(label: String, suggestion: MetricSuggestion?)
        /// Values given twice in one file; `wholeRow` when every value of the row repeats.
        case duplicateKey(metrics: [String], date: CivilDate, dimensions: [String: String], wholeRow: Bool)
        /// A wide file with no metric column at all.
        case noMetricColumn
        /// A wide row with no value in any of these metric columns (their headers).
        case noValueInColumns([String])
        /// A long row with no value for its metric.
        case noValueFor(metric: String)
        /// Values another file gave first (metrics by name, as the English message has always
        /// named them); `keptLater` when this file's values are kept.
        case overlap(metrics: [String], date: CivilDate, dimensions: [String: String], earlierFile: String, earlierRow: Int, keptLater: Bool)
        case noRows
        /// A column not read, and why (worded by the columns' catalog, `ColumnUse+Text.swift`).
        case unmappedColumn(ColumnUse.Reason)
        /// A workbook cell whose value cannot be read.
        case unreadableCell(UnreadableCell.Fault)
    }

    /// "did you mean 新客成交额 (gmv_new)?": the label found closest and the metric it names.
    public struct MetricSuggestion: Sendable, Equatable {
        public var label: String
        public var metric: String

        public init(label: String, metric: String) {
            self.label = label
            self.metric = metric
        }
    }
}
