extension ColumnUse {
    /// Why a column became what it did, as values: each report words it in its language
    /// (`ColumnUse+Text.swift`); the JSON `reason` is the English.
    public enum Reason: Sendable, Equatable {
        /// Empty, with the header of an earlier column (1-based).
        case emptyRepeat(first: Int)
        /// The header of an earlier column again, with values: not read.
        case repeatedHeader(header: String, first: Int)
        case dateDeclared
        case dateNamed
        /// Long layout: the column naming each row's metric, and the one holding its value.
        case metricNames
        case values
        /// 总计/合计: reading it would count the other columns twice.
        case totalColumn
        case listedUnderIgnore
        case declaredUnderColumns
        case declaredUnderDimensions
        case noHeaderNoValues
        /// No header but values (its 1-based column): not read.
        case noHeaderWithValues(column: Int)
        /// Named like the metric (its display name), a unit left out; a derived metric's
        /// column is not read, the metric being computed from its formula.
        case namedLikeMetric(name: String, unit: String?, derived: Bool)
        /// `门店 / 访客数`: the lower header names the metric.
        case lowerHeader(lower: String, name: String)
        case noValues
        case textValues
        /// A second column of dates: not read.
        case secondDate(header: String, dateColumn: String)
        /// Numbers that name no metric (with the closest label, if any): not read.
        case numbersWithoutMetric(header: String, suggestion: ImportIssue.MetricSuggestion?)
        /// Several grouped columns over one metric: the upper header is a dimension.
        case groupedColumns(header: String, count: Int, name: String)
        /// `新客数 / 门店`: the upper header names the metric, the lower one a value of a
        /// dimension the source does not name (`groups:`).
        case metricOverValues(header: String, name: String, value: String)
        /// Read with `groups:`: the metric, for the group's value of the dimension.
        case groupValue(name: String, dimension: String, value: String)
        /// A column holding the dimension that `groups:` gives the grouped columns.
        case groupDimensionTwice(header: String, dimension: String)
    }
}
