import PlanModel

extension ReviewReport {
    /// The Markdown import section: totals, each file's columns and why, every rejected row
    /// and every gap in the KPIs' windows, in the words of `text`. `cell` escapes a table cell.
    func importMarkdown(metrics: [Metric], text: ReviewText, cell: (String) -> String) -> String {
        let names = Dictionary(metrics.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        func name(_ id: String) -> String { names[id] ?? id }
        func header(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |\n|" + String(repeating: "---|", count: cells.count) + "\n" }
        let stop = text.language == .zh ? "。" : "."
        var out = "## \(text.importHeading)\n\n\(cell(text.importTotals(imports, headed: true)))\(stop)\n\n"
        for file in imports.files {
            out += "### \(cell(text.fileTitle(file)))\n\n\(cell(text.fileLine(file)))\(stop)\n\n" + header(text.columnsHeader)
            for column in file.columns {
                let target = column.target.map { column.role == .dimension ? $0 : name($0) } ?? ""
                out += "| \(column.column) | \(cell(column.header)) | \(text.roleName(column.role)) | \(cell(target)) | \(cell(text.columnReason(column))) |\n"
            }
            out += "\n"
        }
        if !imports.issues.isEmpty {
            out += "### \(text.issuesHeading)\n\n" + header(text.issuesHeader)
            for issue in imports.issues {
                let place = "\(issue.file):\(issue.row)" + (issue.column.map { ":\($0)" } ?? "")
                out += "| \(cell(place)) | \(text.severity(issue.severity)) | `\(issue.kind.rawValue)` | \(cell(issue.text(text.language, names: name))) |\n"
            }
            out += "\n"
        }
        let gaps = coverageGaps
        if !gaps.isEmpty {
            out += "### \(text.gapsHeading)\n\n" + header(text.gapsHeader)
            for (gap, window) in gaps {
                let scope = gap.dimension.map { "\($0) \(gap.value ?? "")" } ?? text.allValues
                out += "| \(cell(name(gap.metric))) | \(cell(scope)) | \(cell(text.missingDays(gap))) | \(window.0)…\(window.1) |\n"
            }
            out += "\n"
        }
        return out
    }
}
