import PlanModel

/// Tracking in Mermaid, which has no baselines: done work is `done`, work under way
/// `active` (Mermaid's own tags, drawn grey and highlighted), the status date a comment.
extension MermaidExporter {
    static func progressTags(_ row: GanttChart.Row) -> [String] {
        guard let progress = row.progress else { return [] }
        if progress.actualFinish != nil || progress.percentComplete >= 1 { return ["done"] }
        if progress.actualStart != nil || progress.percentComplete > 0 { return ["active"] }
        return []
    }

    /// `%% status: 2027-01-06` — a date only: a baseline's name is user text, kept out of it.
    static func trackingComment(_ chart: GanttChart) -> String {
        chart.tracking.map { "    %% status: \($0.asOf)\n" } ?? ""
    }
}
