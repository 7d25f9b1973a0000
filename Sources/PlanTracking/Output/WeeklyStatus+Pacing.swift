import PlanModel

/// The KPI pacing section of the weekly report (`status --actuals`): one line per KPI, the
/// review's actual and expected to the status date and its forecast.
extension WeeklyStatus {
    func pacingMarkdown(_ words: TrackingText) -> String {
        guard !pacing.isEmpty else { return "" }
        let headers = words.pacingHeader
        var out = "\n## \(words.pacingHeading)\n\n| " + headers.joined(separator: " | ") + " |\n|"
        out += String(repeating: "---|", count: headers.count) + "\n"
        for line in pacing { out += "| " + line.cells.map(Self.markdownCell).joined(separator: " | ") + " |\n" }
        return out
    }

    func pacingHTML(_ words: TrackingText, _ table: ([String], [[String]]) -> String) -> String {
        guard !pacing.isEmpty else { return "" }
        return "<h2>\(XMLText.escape(words.pacingHeading))</h2>\n" + table(words.pacingHeader, pacing.map(\.cells))
    }
}
