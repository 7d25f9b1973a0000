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
        var writer = CSVWriter()
        writer.row(["id", "name", "summary", "phase", "milestone", "roles", "start", "finish", "workingDays",
                    "totalFloat", "freeFloat", "critical", "leveledDelay", "delayedBy", "delayedByRoles"])
        for row in chart.rows {
            writer.row([row.id, row.name, String(row.kind == .phase), row.parent ?? "", String(row.kind == .milestone),
                        row.roles.joined(separator: " "), row.start.description, row.finish.description, String(row.workingDays),
                        String(row.totalFloat), String(row.freeFloat), String(row.critical), String(row.leveledDelay), row.delayedBy ?? "",
                        row.delayedByRoles.map { "\($0.role):\($0.days)" }.joined(separator: " ")])
        }
        return writer.output
    }

    /// - Parameter schedule: for what the chart does not carry: diagnostics.
    public func json(_ chart: GanttChart, schedule: Schedule) -> JSONValue {
        let rows = chart.rows.map { row -> JSONValue in
            .object([
                ("id", .string(row.id)), ("name", .string(row.name)), ("phase", .optional(row.parent)),
                ("summary", .bool(row.kind == .phase)), ("milestone", .bool(row.kind == .milestone)),
                ("start", .string(row.start.description)), ("finish", .string(row.finish.description)),
                ("workingDays", .int(row.workingDays)), ("totalFloat", .int(row.totalFloat)),
                ("freeFloat", .int(row.freeFloat)), ("critical", .bool(row.critical)),
                ("roles", .array(row.roles.map { .string($0) })), ("leveledDelay", .int(row.leveledDelay)),
                ("delayedBy", .optional(row.delayedBy)),
                ("delayedByRoles", .array(row.delayedByRoles.map { share in
                    .object([("role", .string(share.role)), ("days", .int(share.days))])
                })),
            ])
        }
        return .object([
            ("plan", .string(chart.planID)),
            ("start", .string((chart.rows.isEmpty ? schedule.start : chart.start).description)),
            ("finish", .string((chart.rows.isEmpty ? schedule.finish : chart.finish).description)),
            ("leveled", .bool(schedule.leveled)),
            ("tasks", .array(rows)),
            ("criticalPath", .array(chart.criticalPath.map { .string($0) })),
            ("criticalPaths", .array(chart.criticalPaths.map { chain in .array(chain.map { .string($0) }) })),
            ("busiestRoleDays", .array(chart.busiestRoleDays.map { day in
                .object([("role", .string(day.role)), ("date", .string(day.date.description)),
                         ("load", .number(day.load)), ("capacity", .number(day.capacity))])
            })),
            ("diagnostics", .array(schedule.diagnostics.map(\.json))),
        ])
    }
}
