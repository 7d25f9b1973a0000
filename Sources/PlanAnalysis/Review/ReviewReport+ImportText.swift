import PlanModel

/// The import section of each report view — what every file and column became, the rows
/// used, rejected and skipped, and the coverage of each KPI — kept apart from the views'
/// targets and findings so the two change independently.
extension ReviewReport {
    /// Role names in the reports' languages.
    static func roleName(_ role: ColumnUse.Role, chinese: Bool) -> String {
        switch role {
        case .date: return chinese ? "日期" : "date"
        case .metric: return chinese ? "指标" : "metric"
        case .dimension: return chinese ? "维度" : "dimension"
        case .ignored: return chinese ? "忽略" : "ignored"
        case .unmapped: return chinese ? "未映射（错误）" : "unmapped (error)"
        case .metricName: return chinese ? "指标名列" : "metric names"
        case .value: return chinese ? "数值列" : "values"
        }
    }

    /// The terminal's import section: totals, then per file its source and every column.
    public func importText(metrics: [Metric]) -> String {
        let names = Dictionary(metrics.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        var out = "import: \(imports.rowsRead) rows read, \(imports.rowsUsed) used, \(imports.rowsRejected) rejected, \(imports.issues.count) issues"
        var skipped: [String] = []
        if imports.blankRows > 0 { skipped.append("\(imports.blankRows) blank") }
        if imports.totalRows > 0 { skipped.append("\(imports.totalRows) total (合计/小计)") }
        out += skipped.isEmpty ? "\n" : "; rows skipped: " + skipped.joined(separator: ", ") + "\n"
        for file in imports.files {
            let header = file.headerRows.count > 1 ? "header rows \(file.headerRows.lowerBound)–\(file.headerRows.upperBound)" : "header row \(file.headerRows.lowerBound)"
            out += "  \(file.file)\(file.sheet.map { " [\($0)]" } ?? ""): \(file.source), \(file.layout), \(header)"
            out += file.titleRows > 0 ? " (\(file.titleRows) title rows above)" : ""
            out += "; \(file.rowsRead) read, \(file.rowsUsed) used, \(file.rowsRejected) rejected\n"
            for column in file.columns {
                let target = column.target.map { " \(column.role == .metric || column.role == .ignored ? names[$0] ?? $0 : $0)" } ?? ""
                out += "    \(column.column). \(column.header.isEmpty ? "(no header)" : column.header) → \(Self.roleName(column.role, chinese: false))\(target): \(column.reason)\n"
            }
        }
        return out + "\n"
    }

    /// " (coverage 25/30 days)" after a status measured on part of its window, so that no
    /// status reads as settled on missing days.
    static func coverageNote(_ kpi: KPI, chinese: Bool) -> String {
        guard let coverage = kpi.coverage, !coverage.isFull else { return "" }
        return chinese ? "（数据覆盖 \(coverage.daysWithData)/\(coverage.days) 天）" : " (coverage \(coverage.daysWithData)/\(coverage.days) days)"
    }

    /// The days missing inside target windows, for standard error: one warning per set of
    /// missing days, naming every metric (and dimension value) that lacks them.
    public func coverageWarnings(metrics: [Metric]) -> [String] {
        let names = Dictionary(metrics.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        var order: [String] = []
        var grouped: [String: (scope: String, missing: String, window: String, metrics: [String])] = [:]
        for (gap, window) in coverageGaps {
            let scope = gap.dimension.map { " for \($0) \(gap.value ?? "")" } ?? ""
            let key = "\(scope)|\(gap.missing)|\(window.0)|\(window.1)"
            if grouped[key] == nil {
                order.append(key)
                grouped[key] = (scope, gap.missingText, "\(window.0)..\(window.1)", [])
            }
            let name = names[gap.metric] ?? gap.metric
            if grouped[key]?.metrics.contains(name) == false { grouped[key]?.metrics.append(name) }
        }
        return order.compactMap { grouped[$0] }.map { entry in
            "warning: [missing_days] \(entry.metrics.joined(separator: ", "))\(entry.scope): no data on \(entry.missing) (target window \(entry.window))\n"
                + "  hint: export the missing days, or give the target a window the data covers\n"
        }
    }
}
