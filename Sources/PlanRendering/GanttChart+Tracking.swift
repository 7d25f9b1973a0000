import PlanModel
import PlanScheduling

extension GanttChart {
    /// The chart showing the plan as it stands on `asOf`: each row with its baseline, progress
    /// and slip (looked up by id), drawn as ghost bars, done fill, a status-date line and late
    /// marks, and carried into MS Project, Mermaid, CSV and JSON.
    public func showing(_ progress: [String: RowProgress], asOf: CivilDate, baseline: String) -> GanttChart {
        var copy = self
        copy.tracking = (asOf, baseline)
        for index in copy.rows.indices { copy.rows[index].progress = progress[copy.rows[index].id] }
        return copy
    }

    /// The days the charts draw: the schedule's span, widened to hold the baseline bars and
    /// the status date when tracking is in force (`start`/`finish` stay the schedule's, as the
    /// CSV/JSON contract reports them).
    ///
    /// - Complexity: O(rows).
    public var drawnSpan: (start: CivilDate, finish: CivilDate) {
        guard let tracking, !rows.isEmpty else { return (start, finish) }
        var first = min(start, tracking.asOf), last = max(finish, tracking.asOf)
        for row in rows {
            if let baselineStart = row.progress?.baselineStart { first = min(first, baselineStart) }
            if let baselineFinish = row.progress?.baselineFinish { last = max(last, baselineFinish) }
        }
        return (first, last)
    }
}
