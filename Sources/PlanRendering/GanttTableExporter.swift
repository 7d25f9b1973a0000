import PlanModel
import PlanScheduling

/// The chart's rows as the schedule's CSV and JSON contract (`schedule -o x.csv|x.json`),
/// with the chart's filters applied: `--role`, `--phase` and `--critical` keep the rows the
/// chart shows (a phase spans its shown tasks, its working days counted again), the critical
/// path and the busiest role-days keep what concerns those rows. Unfiltered, the bytes are
/// the schedule's own (a test compares them). Neither format has a place for a title, so
/// `--title` does not change them.
public struct GanttTableExporter: Sendable {
    public init() {}

    public func csv(_ chart: GanttChart) -> String {
        document(chart, schedule: nil).csv
    }

    /// - Parameter schedule: for what the chart does not carry: diagnostics.
    public func json(_ chart: GanttChart, schedule: Schedule) -> JSONValue {
        document(chart, schedule: schedule).json
    }

    private func document(_ chart: GanttChart, schedule: Schedule?) -> ScheduleDocument {
        let records = chart.rows.map { row in
            var record = ScheduleDocument.Record(
                id: row.id, name: row.name, phase: row.parent, summary: row.kind == .phase, milestone: row.kind == .milestone,
                start: row.start, finish: row.finish, workingDays: row.workingDays, totalFloat: row.totalFloat,
                freeFloat: row.freeFloat, critical: row.critical, roles: row.roles, leveledDelay: row.leveledDelay,
                delayedBy: row.delayedBy, delayedByRoles: row.delayedByRoles)
            record.progress = row.progress
            return record
        }
        // A filter can leave no rows: then the schedule's own span stands.
        var document = ScheduleDocument(
            plan: chart.planID, start: chart.rows.isEmpty ? (schedule?.start ?? chart.start) : chart.start,
            finish: chart.rows.isEmpty ? (schedule?.finish ?? chart.finish) : chart.finish, leveled: schedule?.leveled ?? chart.leveled,
            records: records, criticalPath: chart.criticalPath, criticalPaths: chart.criticalPaths,
            busiestRoleDays: chart.busiestRoleDays, diagnostics: schedule?.diagnostics ?? [])
        document.tracking = chart.tracking
        return document
    }
}
