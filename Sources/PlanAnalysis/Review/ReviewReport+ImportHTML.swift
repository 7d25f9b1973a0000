import PlanModel

extension ReviewReport {
    /// The HTML import section, as the Markdown one: files and columns, rejected rows, gaps.
    func importHTML(metrics: [Metric], text: ReviewText) -> String {
        let names = Dictionary(metrics.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        func name(_ id: String) -> String { names[id] ?? id }
        let e = XMLText.escape
        // Reasons and messages are sentences: read from the left, unlike the figures of the other tables.
        func header(_ cells: [String]) -> String { "<table class=\"import\"><tr>" + cells.map { "<th>\(e($0))</th>" }.joined() + "</tr>\n" }
        let stop = text.language == .zh ? "。" : "."
        var out = "<h2>\(e(text.importHeading))</h2>\n<p>\(e(text.importTotals(imports, headed: true)))\(stop)</p>\n"
        for file in imports.files {
            out += "<h3>\(e(text.fileTitle(file)))</h3>\n<p class=\"note\">\(e(text.fileLine(file)))\(stop)</p>\n" + header(text.columnsHeader)
            for column in file.columns {
                let target = column.target.map { column.role == .dimension ? $0 : name($0) } ?? ""
                let style = column.role == .unmapped ? " class=\"off_track\"" : ""
                out += "<tr><td>\(column.column)</td><td>\(e(column.header))</td><td\(style)>\(e(text.roleName(column.role)))</td>"
                out += "<td>\(e(target))</td><td>\(e(text.columnReason(column)))</td></tr>\n"
            }
            out += "</table>\n"
        }
        if !imports.issues.isEmpty {
            out += "<h3>\(e(text.issuesHeading))</h3>\n" + header(text.issuesHeader)
            for issue in imports.issues {
                let place = "\(issue.file):\(issue.row)" + (issue.column.map { ":\($0)" } ?? "")
                out += "<tr><td>\(e(place))</td><td>\(e(text.severity(issue.severity)))</td><td><code>\(issue.kind.rawValue)</code></td>"
                out += "<td>\(e(issue.text(text.language, names: name)))</td></tr>\n"
            }
            out += "</table>\n"
        }
        let gaps = coverageGaps
        if !gaps.isEmpty {
            out += "<h3>\(e(text.gapsHeading))</h3>\n" + header(text.gapsHeader)
            for (gap, window) in gaps {
                let scope = gap.dimension.map { "\($0) \(gap.value ?? "")" } ?? text.allValues
                out += "<tr><td>\(e(name(gap.metric)))</td><td>\(e(scope))</td><td>\(e(text.missingDays(gap)))</td><td>\(window.0)…\(window.1)</td></tr>\n"
            }
            out += "</table>\n"
        }
        return out
    }
}
