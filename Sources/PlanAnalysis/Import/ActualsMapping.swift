import PlanModel

/// How the columns of an export map to dates, metrics and dimensions.
///
/// Two layouts: **long** (`日期, 指标, 数值, 渠道…`: one value per row) and **wide** (`日期,
/// 渠道…, 访客数, 订单数…`: one column per metric). Headers are matched to metrics by id or by
/// the metric's display name, so a plan whose metrics are named 访客数 and 订单数 reads such an
/// export with no mapping at all.
public struct ActualsMapping: Sendable, Equatable {
    public enum Layout: Sendable, Equatable {
        case wide
        case long(metricColumn: String, valueColumn: String)
    }

    public var layout: Layout
    public var dateColumn: String
    /// Column header (wide) or metric label (long) → metric id.
    public var metrics: [String: String]
    /// Column header → dimension name (渠道 → channel).
    public var dimensions: [String: String]
    /// Wide layout: column header → the dimension values its header gives every value of the
    /// column (a grouped header's `新客数 / 门店` read with `groups: 渠道` → {渠道: 门店}).
    public var columnDimensions: [String: [String: String]]

    public init(layout: Layout, dateColumn: String, metrics: [String: String], dimensions: [String: String],
                columnDimensions: [String: [String: String]] = [:]) {
        self.layout = layout
        self.dateColumn = dateColumn
        self.metrics = metrics
        self.dimensions = dimensions
        self.columnDimensions = columnDimensions
    }

    static let dateHeaders = ["日期", "date", "Date", "DATE", "统计日期", "时间", "day", "日"]
    static let metricHeaders = ["指标", "metric", "Metric", "指标名称", "kpi", "KPI"]
    static let valueHeaders = ["数值", "value", "Value", "值", "数据"]

    /// A mapping inferred from the header: the date column by its usual names, metric columns
    /// by metric id or name, and every other column as a dimension named after its header.
    /// `nil` when no date column can be found.
    public static func infer(header: [String], metrics: [(id: String, name: String)]) -> ActualsMapping? {
        guard let date = header.first(where: { dateHeaders.contains($0) }) else { return nil }
        var byLabel: [String: String] = [:]
        for metric in metrics {
            byLabel[metric.id] = metric.id
            byLabel[metric.name] = metric.id
        }
        if let metricColumn = header.first(where: { metricHeaders.contains($0) }),
           let valueColumn = header.first(where: { valueHeaders.contains($0) }) {
            let others = header.filter { $0 != date && $0 != metricColumn && $0 != valueColumn && !$0.isEmpty }
            return ActualsMapping(layout: .long(metricColumn: metricColumn, valueColumn: valueColumn), dateColumn: date,
                                  metrics: byLabel, dimensions: Dictionary(others.map { ($0, $0) }, uniquingKeysWith: { a, _ in a }))
        }
        var columns: [String: String] = [:]
        var dimensions: [String: String] = [:]
        for column in header where column != date && !column.isEmpty {
            if let metric = byLabel[column] { columns[column] = metric } else { dimensions[column] = column }
        }
        return ActualsMapping(layout: .wide, dateColumn: date, metrics: columns, dimensions: dimensions)
    }
}

extension ActualsMapping {
    /// The plan's declared mapping over the inferred one: declared columns and names win;
    /// undeclared headers fall back to metric ids and names, and the rest are dimensions.
    public static func resolve(header: [String], metrics: [(id: String, name: String)], declared: ActualsSpec?) -> ActualsMapping? {
        guard let declared else { return infer(header: header, metrics: metrics) }
        let dateColumn = declared.dateColumn ?? header.first { dateHeaders.contains($0) }
        guard let dateColumn, header.contains(dateColumn) else { return nil }
        var labels: [String: String] = [:]
        for metric in metrics {
            labels[metric.id] = metric.id
            labels[metric.name] = metric.id
        }
        for (label, metric) in declared.columns { labels[label] = metric }
        if let metricColumn = declared.metricColumn, let valueColumn = declared.valueColumn {
            var dimensions: [String: String] = [:]
            for column in header where ![dateColumn, metricColumn, valueColumn].contains(column) && !column.isEmpty {
                dimensions[column] = declared.dimensions[column] ?? column
            }
            return ActualsMapping(layout: .long(metricColumn: metricColumn, valueColumn: valueColumn), dateColumn: dateColumn,
                                  metrics: labels, dimensions: dimensions)
        }
        var columns: [String: String] = [:]
        var dimensions: [String: String] = [:]
        for column in header where column != dateColumn && !column.isEmpty {
            if let metric = labels[column] { columns[column] = metric } else { dimensions[column] = declared.dimensions[column] ?? column }
        }
        return ActualsMapping(layout: .wide, dateColumn: dateColumn, metrics: columns, dimensions: dimensions)
    }
}
