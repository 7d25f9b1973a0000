import Foundation
import PlanModel

/// Decides what every column of an export becomes — the date, a metric, a dimension, the
/// long layout's metric-name and value columns, ignored — and says why, so that no column is
/// split into rows or dropped without the report saying so.
///
/// A column is a dimension only when declared or when its values are text. A column of
/// numbers that maps to no metric is an `unmapped_column` error naming it (with a
/// did-you-mean), unless the source lists it under `ignore`: a spare 会员数 column read as a
/// dimension would split the rows it sits in.
public struct ColumnPlanner: Sendable {
    public var matcher: MetricMatcher
    public var spec: ActualsSpec?
    /// How many data rows are looked at to tell numbers from text.
    public static let sampledRows = 200

    public init(metrics: [Metric], spec: ActualsSpec?) {
        matcher = MetricMatcher(metrics: metrics, declared: spec?.columns ?? [:])
        self.spec = spec
    }

    public init(matcher: MetricMatcher, spec: ActualsSpec?) {
        self.matcher = matcher
        self.spec = spec
    }

    public struct Plan: Sendable {
        public var mapping: ActualsMapping
        public var columns: [ColumnUse]
        /// `unmapped_column` errors, one per column (the header's record, the column).
        public var issues: [ImportIssue]
    }

    /// The columns' roles, or `nil` when the header has no date column (nothing to read by).
    ///
    /// - Complexity: O(columns × sampled rows).
    public func plan(header: [String], sample: [[String]], file: String, headerRecord: Int) -> Plan? {
        let dateColumn = spec?.dateColumn ?? header.first { ActualsMapping.dateHeaders.contains($0) }
        guard let dateColumn, header.contains(dateColumn) else { return nil }
        let inferredLong = spec?.metricColumn == nil
            ? header.first { ActualsMapping.metricHeaders.contains($0) }.flatMap { metric in
                header.first { ActualsMapping.valueHeaders.contains($0) }.map { (metric, $0) } }
            : nil
        let long = spec.flatMap { spec in spec.metricColumn.flatMap { m in spec.valueColumn.map { (m, $0) } } } ?? inferredLong
        var columns: [ColumnUse] = []
        var issues: [ImportIssue] = []
        var metrics: [String: String] = [:], dimensions: [String: String] = [:]
        var seen: [String: Int] = [:]
        var lowerCandidates: [String: [Int]] = [:]
        let ignored = Set(spec?.ignore ?? [])
        func use(_ column: Int, _ role: ColumnUse.Role, _ target: String?, _ reason: String, _ zh: String) {
            columns.append(ColumnUse(column: column + 1, header: header[column], role: role, target: target, reason: reason, reasonChinese: zh))
        }
        func unmapped(_ column: Int, _ why: String, _ zh: String) {
            use(column, .unmapped, nil, why, zh)
            issues.append(ImportIssue(kind: .unmappedColumn, file: file, row: headerRecord, column: column + 1, detail: .unmappedColumn(reason: why, chinese: zh), severity: .error))
        }
        for (column, name) in header.enumerated() {
            let values = sample.map { column < $0.count ? $0[column] : "" }
            let kind = Self.kind(of: values)
            if let first = seen[name], !name.isEmpty, !ignored.contains(name) {
                if kind == .blank { use(column, .ignored, nil, "empty, and its header repeats column \(first + 1)'s", "空列，表头与第 \(first + 1) 列重复"); continue }
                unmapped(column, "the header '\(name)' is also column \(first + 1)'s; this column's cells are not read",
                         "表头「\(name)」与第 \(first + 1) 列重复，本列未读取")
                continue
            }
            seen[name] = seen[name] ?? column
            if name == dateColumn && seen[name] == column {
                use(column, .date, nil, spec?.dateColumn != nil ? "declared as the date column" : "named like a date column",
                    spec?.dateColumn != nil ? "声明为日期列" : "表头是日期列的名称")
            } else if let (metricColumn, _) = long, name == metricColumn {
                use(column, .metricName, nil, "names the metric of each row (long layout)", "长表：每行的指标名")
            } else if let (_, valueColumn) = long, name == valueColumn {
                use(column, .value, nil, "holds each row's value (long layout)", "长表：每行的数值")
            } else if HeaderDetector.totalWords.contains(Self.lowerPart(name) ?? name) {
                // A pivot's 总计 column repeats the columns before it.
                use(column, .ignored, nil, "a total column: reading it would count the other columns twice",
                    "合计列：读取它会重复计算其他列")
            } else if ignored.contains(name) {
                use(column, .ignored, nil, "listed under ignore", "列在 ignore 中")
            } else if long == nil, let metric = spec?.columns[name] {
                metrics[name] = metric
                use(column, .metric, metric, "declared under columns", "在 columns 中声明")
            } else if let dimension = spec?.dimensions[name] {
                dimensions[name] = dimension
                use(column, .dimension, dimension, "declared under dimensions", "在 dimensions 中声明")
            } else if name.isEmpty {
                if kind == .blank { use(column, .ignored, nil, "no header and no values", "无表头、无数值") } else {
                    unmapped(column, "column \(column + 1) has no header but holds values; they are not read", "第 \(column + 1) 列无表头但有数值，未读取")
                }
            } else if long == nil, let match = matcher.match(name) {
                let metric: String, how: String, zh: String
                switch match {
                case .exact(let id):
                    (metric, how, zh) = (id, "named like the metric \(matcher.name(of: id))", "表头即指标「\(matcher.name(of: id))」")
                case .withoutUnit(let id, let unit):
                    (metric, how, zh) = (id, "named like the metric \(matcher.name(of: id)), unit \(unit) left out",
                                         "去掉单位 \(unit) 后即指标「\(matcher.name(of: id))」")
                }
                if matcher.derived.contains(metric) {
                    use(column, .ignored, metric, "\(how); it is computed from its formula, so the column is not read", "\(zh)；该指标由公式计算，本列不读取")
                } else {
                    metrics[name] = metric
                    use(column, .metric, metric, how, zh)
                }
            } else if long == nil, let lower = Self.lowerPart(name), let metric = matcher.metric(for: lower), !matcher.derived.contains(metric) {
                lowerCandidates[metric, default: []].append(column)
                use(column, .metric, metric, "its lower header '\(lower)' names the metric \(matcher.name(of: metric))",
                    "下级表头「\(lower)」即指标「\(matcher.name(of: metric))」")
                metrics[name] = metric
            } else {
                switch kind {
                case .blank: use(column, .ignored, nil, "no values", "无数值")
                case .text:
                    dimensions[name] = name
                    use(column, .dimension, name, "its values are text", "取值为文本")
                case .dates:
                    // A second date (下单日期 next to 支付日期) as a dimension would split every row.
                    unmapped(column, "'\(name)' holds dates but '\(dateColumn)' is the date column; its cells are not read",
                             "「\(name)」是日期，但日期列是「\(dateColumn)」，本列未读取")
                case .numeric:
                    var why = "'\(name)' holds numbers but names no metric of the plan; its cells are not read"
                    var zh = "「\(name)」是数值，但不是计划中的指标，未读取"
                    if let suggestion = matcher.suggestion(for: name) {
                        why += " (\(suggestion))"
                        if let close = matcher.closest(to: name) { zh += "（是否为「\(matcher.name(of: close))」？）" }
                    }
                    unmapped(column, why, zh)
                }
            }
        }
        // Several groups over one metric (门店 / 访客数, 社群 / 访客数): the upper header is a
        // dimension the import cannot name; refused rather than summed.
        for (metric, group) in lowerCandidates where group.count > 1 {
            for column in group {
                metrics[header[column]] = nil
                columns.removeAll { $0.column == column + 1 }
                unmapped(column, "'\(header[column])': \(group.count) grouped columns would all be \(matcher.name(of: metric)); the upper header is a dimension",
                         "「\(header[column])」：\(group.count) 个分组列都对应「\(matcher.name(of: metric))」，上级表头是一个维度")
            }
        }
        columns.sort { $0.column < $1.column }
        let layout: ActualsMapping.Layout = long.map { .long(metricColumn: $0.0, valueColumn: $0.1) } ?? .wide
        let labels = long == nil ? metrics : matcher.labels
        return Plan(mapping: ActualsMapping(layout: layout, dateColumn: dateColumn, metrics: labels, dimensions: dimensions),
                    columns: columns, issues: issues.sorted { ($0.column ?? 0) < ($1.column ?? 0) })
    }

    enum ValueKind { case blank, numeric, dates, text }

    /// Numbers (placeholders such as `-` or `N/A` allowed among them), dates, text, or nothing.
    static func kind(of values: [String]) -> ValueKind {
        var numbers = 0, dates = 0
        for value in values {
            let text = ActualsValue.trimmed(value)
            if text.isEmpty || placeholders.contains(text) { continue }
            if ActualsValue.number(text) != nil || ActualsValue.isAmbiguousDecimal(text) && text.contains(where: \.isNumber) {
                numbers += 1
            } else if ActualsValue.date(text, allowSerial: false) != nil {
                dates += 1
            } else {
                return .text
            }
        }
        if dates > 0 { return numbers == 0 ? .dates : .text }
        return numbers > 0 ? .numeric : .blank
    }

    static let placeholders: Set<String> = ["-", "—", "--", "/", "N/A", "n/a", "NA", "null", "NULL", "无"]

    /// `门店 / 访客数` → `访客数`.
    static func lowerPart(_ name: String) -> String? {
        guard let range = name.range(of: " / ", options: .backwards) else { return nil }
        return String(name[range.upperBound...])
    }
}
