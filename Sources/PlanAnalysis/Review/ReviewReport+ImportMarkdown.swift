import PlanModel

extension ReviewReport {
    /// The Markdown import section: totals, each file's columns and why, every rejected row
    /// and every gap in the KPIs' windows. `cell` escapes a table cell.
    func importMarkdown(metrics: [Metric], cell: (String) -> String) -> String {
        let names = Dictionary(metrics.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        var out = "## 导入\n\n"
        out += "读取 \(imports.rowsRead) 行，使用 \(imports.rowsUsed) 行，拒绝 \(imports.rowsRejected) 行，问题 \(imports.issues.count) 条"
        out += "；跳过空行 \(imports.blankRows) 行、合计行 \(imports.totalRows) 行。\n\n"
        for file in imports.files {
            out += "### \(cell(file.file))\(file.sheet.map { "［\(cell($0))］" } ?? "")\n\n"
            out += "映射：\(cell(file.sourceChinese))，\(file.layout == "long" ? "长表" : "宽表")，表头第 \(file.headerRows.lowerBound)"
            out += file.headerRows.count > 1 ? "–\(file.headerRows.upperBound) 行" : " 行"
            out += file.titleRows > 0 ? "（其上 \(file.titleRows) 行标题）" : ""
            out += "；读取 \(file.rowsRead) 行，使用 \(file.rowsUsed) 行，拒绝 \(file.rowsRejected) 行。\n\n"
            out += "| 列 | 表头 | 用途 | 对应 | 原因 |\n|---|---|---|---|---|\n"
            for column in file.columns {
                let target = column.target.map { column.role == .dimension ? $0 : names[$0] ?? $0 } ?? ""
                out += "| \(column.column) | \(cell(column.header)) | \(Self.roleName(column.role, chinese: true)) | \(cell(target)) | \(cell(column.reasonChinese)) |\n"
            }
            out += "\n"
        }
        if !imports.issues.isEmpty {
            out += "### 被拒绝或存疑的行\n\n| 位置 | 级别 | 类型 | 说明 |\n|---|---|---|---|\n"
            for issue in imports.issues {
                let place = "\(issue.file):\(issue.row)" + (issue.column.map { ":\($0)" } ?? "")
                out += "| \(cell(place)) | \(issue.severity == .error ? "错误" : "警告") | `\(issue.kind.rawValue)` | \(cell(issue.message)) |\n"
            }
            out += "\n"
        }
        let gaps = coverageGaps
        if !gaps.isEmpty {
            out += "### 目标窗口内缺失的日期\n\n| 指标 | 维度值 | 缺失日期 | 窗口 |\n|---|---|---|---|\n"
            for (gap, window) in gaps {
                let scope = gap.dimension.map { "\($0) \(gap.value ?? "")" } ?? "全部"
                out += "| \(cell(names[gap.metric] ?? gap.metric)) | \(cell(scope)) | \(cell(gap.missingText)) | \(window.0)…\(window.1) |\n"
            }
            out += "\n"
        }
        return out
    }
}
