import PlanModel

/// The import section's words, per language (part of the `ReviewText` catalog; the issues'
/// own words are `ImportIssue+Text.swift`): the terminal, Markdown and HTML views of what
/// every file and column became take them from here.
extension ReviewText {
    var importHeading: String { language == .zh ? "导入" : "Import" }

    /// Rows read, used, rejected, the issues and the rows skipped, as one sentence; `headed`
    /// under the section's heading, which says "import" already.
    func importTotals(_ imports: ImportReport, headed: Bool = false) -> String {
        let counts = (imports.rowsRead, imports.rowsUsed, imports.rowsRejected, imports.issues.count)
        var line = importLine(counts.0, counts.1, counts.2, counts.3)
        if headed, let colon = line.firstIndex(where: { $0 == "：" || $0 == ":" }) {
            line = String(line[line.index(after: colon)...]).trimmingPrefix(" ").description
        }
        if language == .zh {
            return line + "；跳过空行 \(imports.blankRows) 行、合计行 \(imports.totalRows) 行"
        }
        var skipped: [String] = []
        if imports.blankRows > 0 { skipped.append("\(imports.blankRows) blank") }
        if imports.totalRows > 0 { skipped.append("\(imports.totalRows) total (合计/小计)") }
        return line + (skipped.isEmpty ? "" : "; rows skipped: " + skipped.joined(separator: ", "))
    }

    /// `sales.csv [Sheet1]` / `sales.csv［Sheet1］`.
    func fileTitle(_ file: FileImport) -> String {
        file.file + (file.sheet.map { language == .zh ? "［\($0)］" : " [\($0)]" } ?? "")
    }

    /// Which mapping read the file, its layout, where its header was and its rows.
    func fileLine(_ file: FileImport) -> String {
        let rows = file.headerRows
        if language == .zh {
            var line = "映射：\(file.sourceChinese.isEmpty ? file.source : file.sourceChinese)，\(file.layout == "long" ? "长表" : "宽表")，表头第 \(rows.lowerBound)"
            line += rows.count > 1 ? "–\(rows.upperBound) 行" : " 行"
            line += file.titleRows > 0 ? "（其上 \(file.titleRows) 行标题）" : ""
            return line + "；读取 \(file.rowsRead) 行，使用 \(file.rowsUsed) 行，拒绝 \(file.rowsRejected) 行"
        }
        var line = "\(file.source), \(file.layout), " + (rows.count > 1 ? "header rows \(rows.lowerBound)–\(rows.upperBound)" : "header row \(rows.lowerBound)")
        line += file.titleRows > 0 ? " (\(file.titleRows) title rows above)" : ""
        return line + "; \(file.rowsRead) read, \(file.rowsUsed) used, \(file.rowsRejected) rejected"
    }

    var columnsHeader: [String] { language == .zh ? ["列", "表头", "用途", "对应", "原因"] : ["column", "header", "role", "target", "reason"] }

    var noHeader: String { language == .zh ? "（无表头）" : "(no header)" }

    func roleName(_ role: ColumnUse.Role) -> String {
        switch role {
        case .date: return language == .zh ? "日期" : "date"
        case .metric: return language == .zh ? "指标" : "metric"
        case .dimension: return language == .zh ? "维度" : "dimension"
        case .ignored: return language == .zh ? "忽略" : "ignored"
        case .unmapped: return language == .zh ? "未映射（错误）" : "unmapped (error)"
        case .metricName: return language == .zh ? "指标名列" : "metric names"
        case .value: return language == .zh ? "数值列" : "values"
        }
    }

    func columnReason(_ column: ColumnUse) -> String { column.reason(language) }

    var issuesHeading: String { language == .zh ? "被拒绝或存疑的行" : "Rejected or doubtful rows" }
    var issuesHeader: [String] { language == .zh ? ["位置", "级别", "类型", "说明"] : ["place", "severity", "kind", "message"] }

    func severity(_ severity: ImportIssue.Severity) -> String {
        language == .zh ? (severity == .error ? "错误" : "警告") : severity.rawValue
    }

    var gapsHeading: String { language == .zh ? "目标窗口内缺失的日期" : "Days missing in target windows" }
    var gapsHeader: [String] { language == .zh ? ["指标", "维度值", "缺失日期", "窗口"] : ["metric", "dimension value", "missing days", "window"] }
    var allValues: String { language == .zh ? "全部" : "all" }

    /// "2026-09-05, 2026-09-06 … (12 days)": the first six days, then how many in all.
    func missingDays(_ gap: ReviewReport.Gap) -> String {
        let shown = gap.missing.prefix(6).map(\.description).joined(separator: language == .zh ? "、" : ", ")
        guard gap.missing.count > 6 else { return shown }
        return language == .zh ? "\(shown) …（共 \(gap.missing.count) 天）" : "\(shown) … (\(gap.missing.count) days)"
    }

    /// The standard-error warning for days missing inside a target window.
    func missingDaysWarning(metrics: [String], scope: (dimension: String, value: String)?, missing: String, window: String) -> String {
        if language == .zh {
            return "警告：[missing_days] \(metrics.joined(separator: "、"))\(scope.map { "（\($0.dimension) \($0.value)）" } ?? "")："
                + "\(missing) 无数据（目标窗口 \(window)）\n  提示：导出缺失的日期，或给目标一个数据覆盖得到的窗口\n"
        }
        return "warning: [missing_days] \(metrics.joined(separator: ", "))\(scope.map { " for \($0.dimension) \($0.value)" } ?? ""): "
            + "no data on \(missing) (target window \(window))\n  hint: export the missing days, or give the target a window the data covers\n"
    }
}
