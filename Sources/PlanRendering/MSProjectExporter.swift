import PlanModel

/// MS Project XML (MSPDI), which MS Project, ProjectLibre and GanttProject open: the WBS
/// with summary tasks for phases, durations, every link type with its lag, roles as
/// resources with their headcount and days off, assignments with units, and the calendar
/// with its holidays and make-up working days as exceptions.
///
/// Working time is 09:00–13:00 and 14:00–18:00 (8 hours), so a task spans 09:00 of its first
/// day to 18:00 of its last. A link to a summary task waits for all of it, and a summary
/// task's own predecessors apply to its tasks, as in cycleplan.
public struct MSProjectExporter: Sendable {
    public init() {}

    public func render(_ chart: GanttChart, plan: Plan) -> String {
        var uid: [String: Int] = [:]
        for (index, row) in chart.rows.enumerated() { uid[row.id] = index + 1 }
        let outline = chart.outlineNumbers
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        out += "<Project xmlns=\"http://schemas.microsoft.com/project\">\n"
        out += field("SaveVersion", "14") + field("Name", chart.planID + ".xml") + field("Title", chart.title)
        out += field("ScheduleFromStart", "1") + field("StartDate", Self.time(chart.start, start: true))
        out += field("FinishDate", Self.time(chart.finish, start: false)) + field("CalendarUID", "1")
        if let asOf = chart.tracking?.asOf { out += field("StatusDate", Self.time(asOf, start: false)) }
        out += field("DefaultStartTime", "09:00:00") + field("DefaultFinishTime", "18:00:00")
        out += field("MinutesPerDay", "480") + field("MinutesPerWeek", "2400") + field("DaysPerMonth", "20")
        out += field("DurationFormat", "7") + field("WorkFormat", "2") + field("NewTasksEffortDriven", "0")
        out += extendedAttributeDefinitions()
        let taskCalendars = TaskCalendars(chart, plan: plan)
        out += calendars(chart, plan: plan, tasks: taskCalendars)
        out += "  <Tasks>\n"
        out += "    <Task>\n" + field("UID", "0", 6) + field("ID", "0", 6) + field("Name", chart.title, 6)
            + field("OutlineLevel", "0", 6) + field("Summary", "1", 6) + "    </Task>\n"
        var incoming: [String: [GanttChart.Link]] = [:]
        for link in chart.links { incoming[link.to, default: []].append(link) }
        let planTasks = Dictionary(plan.tasks.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let constraints = Constraints(chart, plan: plan)
        for (index, row) in chart.rows.enumerated() {
            out += task(row, uid: index + 1, outline: outline[row.id] ?? "", links: incoming[row.id] ?? [], uids: uid,
                        planTask: planTasks[row.id], constraints: constraints, calendar: taskCalendars.uid(of: row.id), text: chart.text)
        }
        out += "  </Tasks>\n"
        out += resources(chart, plan: plan)
        out += assignments(chart, plan: plan, uids: uid)
        out += "</Project>\n"
        return out
    }

    private func task(_ row: GanttChart.Row, uid: Int, outline: String, links: [GanttChart.Link], uids: [String: Int],
                      planTask: PlanTask?, constraints: Constraints, calendar: Int?, text: GanttText) -> String {
        var out = "    <Task>\n"
        out += field("UID", String(uid), 6) + field("ID", String(uid), 6) + field("Name", row.name, 6)
        out += field("WBS", outline, 6) + field("OutlineNumber", outline, 6) + field("OutlineLevel", String(row.depth + 1), 6)
        let milestone = row.kind == .milestone
        // A milestone after its predecessors sits at the end of its day; a pinned one at the start.
        let endOfDay = milestone && !links.isEmpty && planTask?.start == nil
        let start = milestone ? Self.time(row.start, start: !endOfDay) : Self.time(row.start, start: true)
        let finish = milestone ? start : Self.time(row.finish, start: false)
        out += field("Type", "1", 6) + field("Start", start, 6) + field("Finish", finish, 6)
        out += field("Duration", Self.duration(days: milestone ? 0 : row.workingDays), 6) + field("DurationFormat", "7", 6)
        out += levelingFields(row)
        out += field("Summary", row.kind == .phase ? "1" : "0", 6) + field("Milestone", milestone ? "1" : "0", 6)
        out += field("Critical", row.critical ? "1" : "0", 6) + field("TotalSlack", String(row.totalFloat * 4800), 6)
        out += field("Priority", String(planTask?.priority ?? PlanTask.defaultPriority), 6)
        if let calendar { out += field("CalendarUID", String(calendar), 6) + field("IgnoreResourceCalendar", "1", 6) }
        out += constraints.fields(for: row, exporter: self)
        out += progressFields(row)
        for link in links {
            guard let predecessor = uids[link.from] else { continue }
            let type: String
            switch link.kind {
            case .finishToFinish: type = "0"
            case .finishToStart: type = "1"
            case .startToFinish: type = "2"
            case .startToStart: type = "3"
            }
            out += "      <PredecessorLink>\n" + field("PredecessorUID", String(predecessor), 8) + field("Type", type, 8)
                + field("CrossProject", "0", 8) + lagFields(link)
                + "      </PredecessorLink>\n"
        }
        out += baselineElement(row)
        if let notes = row.notes ?? (row.targets.isEmpty ? nil : text.field("目标", "Targets") + row.targets.joined(separator: "; ")) {
            out += field("Notes", notes, 6)
        }
        return out + idAttribute(row) + "    </Task>\n"
    }

    /// A lag in working days of 8 hours (format 7, `d`), or in calendar days as elapsed
    /// 24-hour days (format 8, `ed`): from 18:00 of the predecessor's last day, N×24 hours
    /// land at 18:00 N days later, so the successor starts the next working morning — the
    /// day cycleplan gives it. MSPDI counts lags in tenths of minutes.
    func lagFields(_ link: GanttChart.Link) -> String {
        link.lagInCalendarDays
            ? field("LinkLag", String(link.lagDays * 14_400), 8) + field("LagFormat", "8", 8)
            : field("LinkLag", String(link.lagDays * 4800), 8) + field("LagFormat", "7", 8)
    }

    private func resources(_ chart: GanttChart, plan: Plan) -> String {
        var out = "  <Resources>\n"
        for (index, role) in plan.roles.enumerated() where chart.roles.contains(where: { $0.id == role.id }) {
            out += "    <Resource>\n" + field("UID", String(index + 1), 6) + field("ID", String(index + 1), 6)
                + field("Name", role.name, 6) + field("Initials", role.id, 6) + field("Type", "1", 6)
                + field("MaxUnits", Self.units(Double(role.headcount)), 6) + field("CalendarUID", String(index + 2), 6)
                + "    </Resource>\n"
        }
        return out + "  </Resources>\n"
    }

    private func assignments(_ chart: GanttChart, plan: Plan, uids: [String: Int]) -> String {
        // Resource UIDs follow the plan's role order, as in `resources`.
        let roleUIDs = Dictionary(plan.roles.enumerated().map { ($1.id, $0 + 1) }, uniquingKeysWith: { first, _ in first })
        var out = "  <Assignments>\n"
        var next = 1
        for row in chart.rows where row.kind == .task {
            for (position, role) in row.roles.enumerated() {
                guard let task = uids[row.id], let resource = roleUIDs[role] else { continue }
                let units = position < row.units.count ? row.units[position] : 1
                out += "    <Assignment>\n" + field("UID", String(next), 6) + field("TaskUID", String(task), 6)
                    + field("ResourceUID", String(resource), 6) + field("Units", Self.units(units), 6)
                    + field("Work", Self.hours(Double(row.workingDays) * 8 * units), 6)
                    + field("Start", Self.time(row.start, start: true), 6) + field("Finish", Self.time(row.finish, start: false), 6)
                    + "    </Assignment>\n"
                next += 1
            }
        }
        return out + "  </Assignments>\n"
    }
}
