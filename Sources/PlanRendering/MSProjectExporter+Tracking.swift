import PlanModel

/// Tracking in MSPDI, when the chart shows the plan as it stands: the project's `StatusDate`,
/// each task's `PercentComplete`, `ActualStart`/`ActualFinish`, and baseline 0 (`Baseline`
/// with `Number` 0: start, finish, duration and work), which MS Project shows in its
/// Tracking Gantt and ProjectLibre as the baseline.
extension MSProjectExporter {
    func progressFields(_ row: GanttChart.Row) -> String {
        guard let progress = row.progress else { return "" }
        var out = field("PercentComplete", String(progress.percent), 6)
        let milestone = row.kind == .milestone
        if let start = progress.actualStart ?? (milestone ? progress.actualFinish : nil) {
            out += field("ActualStart", Self.time(start, start: true), 6)
        }
        if let finish = progress.actualFinish {
            out += field("ActualFinish", milestone ? Self.time(finish, start: true) : Self.time(finish, start: false), 6)
        }
        return out
    }

    func baselineElement(_ row: GanttChart.Row) -> String {
        guard let progress = row.progress, let first = progress.baselineStart, let last = progress.baselineFinish else { return "" }
        let milestone = row.kind == .milestone
        var out = "      <Baseline>\n" + field("Number", "0", 8)
        out += field("Start", Self.time(milestone ? last : first, start: true), 8)
        out += field("Finish", milestone ? Self.time(last, start: true) : Self.time(last, start: false), 8)
        out += field("Duration", Self.duration(days: milestone ? 0 : max(progress.baselineDuration ?? 0, 0)), 8)
        out += field("DurationFormat", "7", 8)
        if let work = progress.baselineWork, work.isFinite, work >= 0, work < 1e9 {
            out += field("Work", Self.hours(work * 8), 8)
        }
        return out + "      </Baseline>\n"
    }
}
