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
        var columnDimensions: [String: [String: String]] = [:]
        let ignored = Set(spec?.ignore ?? [])
        func use(_ column: Int, _ role: ColumnUse.Role, _ target: String?, _ why: ColumnUse.Reason) {
            columns.append(ColumnUse(column: column + 1, header: header[column], role: role, target: target, why: why))
        }
        func unmapped(_ column: Int, _ why: ColumnUse.Reason) {
            use(column, .unmapped, nil, why)
            issues.append(ImportIssue(kind: .unmappedColumn, file: file, row: headerRecord, column: column + 1, detail: .unmappedColumn(why), severity: .error))
        }
        func refuse(_ column: Int, _ why: ColumnUse.Reason) {
            use(column, .unmapped, nil, why)
            issues.append(ImportIssue(kind: .groupedColumns, file: file, row: headerRecord, column: column + 1, detail: .unmappedColumn(why), severity: .error))
        }
        for (column, name) in header.enumerated() {
            let values = sample.map { column < $0.count ? $0[column] : "" }
            let kind = Self.kind(of: values)
            if let first = seen[name], !name.isEmpty, !ignored.contains(name) {
                if kind == .blank { use(column, .ignored, nil, .emptyRepeat(first: first + 1)); continue }
                unmapped(column, .repeatedHeader(header: name, first: first + 1))
                continue
            }
            seen[name] = seen[name] ?? column
            if name == dateColumn && seen[name] == column {
                use(column, .date, nil, spec?.dateColumn != nil ? .dateDeclared : .dateNamed)
            } else if let (metricColumn, _) = long, name == metricColumn {
                use(column, .metricName, nil, .metricNames)
            } else if let (_, valueColumn) = long, name == valueColumn {
                use(column, .value, nil, .values)
            } else if HeaderDetector.totalWords.contains(Self.lowerPart(name) ?? name)
                        || Self.upperPart(name).map(HeaderDetector.totalWords.contains) == true {
                // A pivot's 总计 column (or 总计 group) repeats the columns before it.
                use(column, .ignored, nil, .totalColumn)
            } else if ignored.contains(name) {
                use(column, .ignored, nil, .listedUnderIgnore)
            } else if long == nil, let metric = spec?.columns[name] {
                metrics[name] = metric
                use(column, .metric, metric, .declaredUnderColumns)
            } else if let dimension = spec?.dimensions[name] {
                dimensions[name] = dimension
                use(column, .dimension, dimension, .declaredUnderDimensions)
            } else if name.isEmpty {
                if kind == .blank { use(column, .ignored, nil, .noHeaderNoValues) } else {
                    unmapped(column, .noHeaderWithValues(column: column + 1))
                }
            } else if long == nil, let match = matcher.match(name) {
                let metric: String, unit: String?
                switch match {
                case .exact(let id): (metric, unit) = (id, nil)
                case .withoutUnit(let id, let stripped): (metric, unit) = (id, stripped)
                }
                let derived = matcher.derived.contains(metric)
                if !derived { metrics[name] = metric }
                use(column, derived ? .ignored : .metric, metric, .namedLikeMetric(name: matcher.name(of: metric), unit: unit, derived: derived))
            } else if long == nil, let group = grouped(name) {
                if let dimension = spec?.groups {
                    // Declared: the part that is not the metric is a value of the dimension.
                    metrics[name] = group.metric
                    columnDimensions[name] = [dimension: group.value]
                    use(column, .metric, group.metric, .groupValue(name: matcher.name(of: group.metric), dimension: dimension, value: group.value))
                } else if group.metricIsUpper {
                    // 新客数 over 门店 | 社群: the sub-headers are values of a dimension the
                    // source does not name; one of them is not the metric, nor is their sum.
                    refuse(column, .metricOverValues(header: name, name: matcher.name(of: group.metric), value: group.value))
                } else {
                    lowerCandidates[group.metric, default: []].append(column)
                    use(column, .metric, group.metric, .lowerHeader(lower: Self.lowerPart(name) ?? name, name: matcher.name(of: group.metric)))
                    metrics[name] = group.metric
                }
            } else {
                switch kind {
                case .blank: use(column, .ignored, nil, .noValues)
                case .text:
                    dimensions[name] = name
                    use(column, .dimension, name, .textValues)
                case .dates:
                    // A second date (下单日期 next to 支付日期) as a dimension would split every row.
                    unmapped(column, .secondDate(header: name, dateColumn: dateColumn))
                case .numeric:
                    unmapped(column, .numbersWithoutMetric(header: name, suggestion: matcher.suggested(for: name)))
                }
            }
        }
        // Several groups over one metric (门店 / 访客数, 社群 / 访客数): the upper header is a
        // dimension the import cannot name; refused rather than summed.
        for (metric, group) in lowerCandidates where group.count > 1 {
            for column in group {
                metrics[header[column]] = nil
                columns.removeAll { $0.column == column + 1 }
                refuse(column, .groupedColumns(header: header[column], count: group.count, name: matcher.name(of: metric)))
            }
        }
        // The group's dimension given by a column too (a 渠道 column beside 新客数 / 门店) would
        // say two things of each value: refused rather than one silently winning.
        if let dimension = spec?.groups, !columnDimensions.isEmpty, let clash = dimensions.first(where: { $0.value == dimension })?.key,
           let clashColumn = header.firstIndex(of: clash) {
            columns.removeAll { $0.column == clashColumn + 1 }
            dimensions[clash] = nil
            refuse(clashColumn, .groupDimensionTwice(header: clash, dimension: dimension))
        }
        columns.sort { $0.column < $1.column }
        let layout: ActualsMapping.Layout = long.map { .long(metricColumn: $0.0, valueColumn: $0.1) } ?? .wide
        let labels = long == nil ? metrics : matcher.labels
        return Plan(mapping: ActualsMapping(layout: layout, dateColumn: dateColumn, metrics: labels, dimensions: dimensions,
                                            columnDimensions: long == nil ? columnDimensions : [:]),
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

    /// A grouped column's metric and the other part of its name: `门店 / 访客数` (the lower part
    /// names a metric: value 门店) or `新客数 / 门店` (the upper part does: value 门店). Derived
    /// metrics are left out: their columns are not read.
    func grouped(_ name: String) -> (metric: String, value: String, metricIsUpper: Bool)? {
        guard let range = name.range(of: " / ", options: .backwards) else { return nil }
        let upper = String(name[..<range.lowerBound]), lower = String(name[range.upperBound...])
        if let metric = matcher.metric(for: lower), !matcher.derived.contains(metric) { return (metric, upper, false) }
        if let metric = matcher.metric(for: upper), !matcher.derived.contains(metric), matcher.metric(for: lower) == nil {
            return (metric, lower, true)
        }
        return nil
    }

    /// `门店 / 访客数` → `门店`.
    static func upperPart(_ name: String) -> String? {
        guard let range = name.range(of: " / ", options: .backwards) else { return nil }
        return String(name[..<range.lowerBound])
    }

    /// `门店 / 访客数` → `访客数`.
    static func lowerPart(_ name: String) -> String? {
        guard let range = name.range(of: " / ", options: .backwards) else { return nil }
        return String(name[range.upperBound...])
    }
}
