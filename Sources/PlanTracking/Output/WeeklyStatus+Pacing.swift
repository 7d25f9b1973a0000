import PlanModel

/// The KPI pacing section of the weekly report (`status --actuals`): one line per KPI, the
/// review's actual and expected to the status date and its forecast.
extension WeeklyStatus {
    static let pacingHeading = "KPI 进度（截至状态日）"

    func pacingMarkdown() -> String {
        guard !pacing.isEmpty else { return "" }
        var out = "\n## \(Self.pacingHeading)\n\n| " + KPIPacing.headers.joined(separator: " | ") + " |\n|"
        out += String(repeating: "---|", count: KPIPacing.headers.count) + "\n"
        for line in pacing { out += "| " + line.cells.map(Self.markdownCell).joined(separator: " | ") + " |\n" }
        return out
    }

    func pacingHTML(_ table: ([String], [[String]]) -> String) -> String {
        guard !pacing.isEmpty else { return "" }
        return "<h2>\(Self.pacingHeading)</h2>\n" + table(KPIPacing.headers, pacing.map(\.cells))
    }
}
