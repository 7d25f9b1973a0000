import PlanModel

extension ReviewReport {
    /// The HTML import section, as the Markdown one: files and columns, rejected rows, gaps.
    func importHTML(metrics: [Metric]) -> String {
        let names = Dictionary(metrics.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let e = XMLText.escape
        var out = "<h2>导入</h2>\n<p>读取 \(imports.rowsRead) 行，使用 \(imports.rowsUsed) 行，拒绝 \(imports.rowsRejected) 行，"
        out += "问题 \(imports.issues.count) 条；跳过空行 \(imports.blankRows) 行、合计行 \(imports.totalRows) 行。</p>\n"
        for file in imports.files {
            out += "<h3>\(e(file.file))\(file.sheet.map { "［\(e($0))］" } ?? "")</h3>\n<p class=\"note\">映射：\(e(file.sourceChinese))，"
            out += "\(file.layout == "long" ? "长表" : "宽表")，表头第 \(file.headerRows.lowerBound)"
            out += file.headerRows.count > 1 ? "–\(file.headerRows.upperBound) 行" : " 行"
            out += file.titleRows > 0 ? "（其上 \(file.titleRows) 行标题）" : ""
            out += "；读取 \(file.rowsRead) 行，使用 \(file.rowsUsed) 行，拒绝 \(file.rowsRejected) 行。</p>\n"
            out += "<table><tr><th>列</th><th>表头</th><th>用途</th><th>对应</th><th>原因</th></tr>\n"
            for column in file.columns {
                let target = column.target.map { column.role == .dimension ? $0 : names[$0] ?? $0 } ?? ""
                let style = column.role == .unmapped ? " class=\"off_track\"" : ""
                out += "<tr><td>\(column.column)</td><td>\(e(column.header))</td><td\(style)>\(Self.roleName(column.role, chinese: true))</td>"
                out += "<td>\(e(target))</td><td>\(e(column.reasonChinese))</td></tr>\n"
            }
            out += "</table>\n"
        }
        if !imports.issues.isEmpty {
            out += "<h3>被拒绝或存疑的行</h3>\n<table><tr><th>位置</th><th>级别</th><th>类型</th><th>说明</th></tr>\n"
            for issue in imports.issues {
                let place = "\(issue.file):\(issue.row)" + (issue.column.map { ":\($0)" } ?? "")
                out += "<tr><td>\(e(place))</td><td>\(issue.severity == .error ? "错误" : "警告")</td><td><code>\(issue.kind.rawValue)</code></td>"
                out += "<td>\(e(issue.message))</td></tr>\n"
            }
            out += "</table>\n"
        }
        let gaps = coverageGaps
        if !gaps.isEmpty {
            out += "<h3>目标窗口内缺失的日期</h3>\n<table><tr><th>指标</th><th>维度值</th><th>缺失日期</th><th>窗口</th></tr>\n"
            for (gap, window) in gaps {
                let scope = gap.dimension.map { "\($0) \(gap.value ?? "")" } ?? "全部"
                out += "<tr><td>\(e(names[gap.metric] ?? gap.metric))</td><td>\(e(scope))</td><td>\(e(gap.missingText))</td><td>\(window.0)…\(window.1)</td></tr>\n"
            }
            out += "</table>\n"
        }
        return out
    }
}
