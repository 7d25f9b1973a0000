import PlanModel

/// The import section of each report view — what every file and column became, the rows
/// used, rejected and skipped, and the coverage of each KPI — kept apart from the views'
/// targets and findings so the two change independently. Words from the `ReviewText`
/// catalog (`ReviewText+Import.swift`) and the issues' own (`ImportIssue+Text.swift`).
extension ReviewReport {
    /// The terminal's import section: totals, then per file its source and every column.
    public func importText(metrics: [Metric], language: ReviewLanguage = .en) -> String {
        let text = ReviewText.of(language)
        let names = Dictionary(metrics.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        var out = text.importTotals(imports) + "\n"
        for file in imports.files {
            out += "  \(text.fileTitle(file))\(language == .zh ? "：" : ": ")\(text.fileLine(file))\n"
            for column in file.columns {
                let target = column.target.map { " \(column.role == .dimension ? $0 : names[$0] ?? $0)" } ?? ""
                let header = column.header.isEmpty ? text.noHeader : column.header
                let number = language == .zh ? "第 \(column.column) 列" : "\(column.column)."
                out += "    \(number) \(header) → \(text.roleName(column.role))\(target)\(language == .zh ? "：" : ": ")\(text.columnReason(column))\n"
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
    public func coverageWarnings(metrics: [Metric], language: ReviewLanguage = .en) -> [String] {
        let text = ReviewText.of(language)
        let names = Dictionary(metrics.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        var order: [String] = []
        var grouped: [String: (scope: (dimension: String, value: String)?, missing: String, window: String, metrics: [String])] = [:]
        for (gap, window) in coverageGaps {
            let scope = gap.dimension.map { (dimension: $0, value: gap.value ?? "") }
            let key = "\(scope.map { "\($0.dimension)\u{0}\($0.value)" } ?? "")|\(gap.missing)|\(window.0)|\(window.1)"
            if grouped[key] == nil {
                order.append(key)
                grouped[key] = (scope, text.missingDays(gap), "\(window.0)..\(window.1)", [])
            }
            let name = names[gap.metric] ?? gap.metric
            if grouped[key]?.metrics.contains(name) == false { grouped[key]?.metrics.append(name) }
        }
        return order.compactMap { grouped[$0] }.map { entry in
            text.missingDaysWarning(metrics: entry.metrics, scope: entry.scope, missing: entry.missing, window: entry.window)
        }
    }
}
