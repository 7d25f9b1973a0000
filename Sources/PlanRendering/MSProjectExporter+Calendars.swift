import PlanModel

extension MSProjectExporter {
    /// Which calendar each task works on in MS Project, and the calendars that takes.
    ///
    /// UID 1 is the plan's calendar, the project's default; each role's resource calendar
    /// (UID role index + 2) is built on it with the role's own weekends, extra working days,
    /// rota days and days off. A task that works on another calendar than the project's gets
    /// a task calendar and `IgnoreResourceCalendar`, so MS Project counts its days as cycleplan
    /// did instead of on the days both it and its roles' resource calendars work:
    /// - a task of a plan that keeps its own calendar in a portfolio (`Phase.planCalendar`):
    ///   that plan's calendar, named by its title — its roles' own days off are then not
    ///   applied to it in MS Project, since a resource has one calendar for all plans;
    /// - a task that works every day (`calendar: continuous`, or a `7cd` duration): a calendar
    ///   of seven working days, so its days are the calendar days it spans.
    struct TaskCalendars {
        /// A calendar beyond the project's and the roles': its UID, name and days.
        struct Extra {
            var uid: Int
            var name: String
            var spec: CalendarSpec
        }

        private(set) var extras: [Extra] = []
        private var byTask: [String: Int] = [:]

        init(_ chart: GanttChart, plan: Plan) {
            var next = plan.roles.count + 2
            var byPhase: [Int: Int] = [:]
            for (index, phase) in plan.phases.enumerated() {
                guard let own = phase.planCalendar else { continue }
                extras.append(Extra(uid: next, name: phase.name, spec: own))
                byPhase[index] = next
                next += 1
            }
            let everyDayUID = next
            let rows = Set(chart.rows.map(\.id))
            for (index, task) in plan.tasks.enumerated() where rows.contains(task.id) && !task.isMilestone {
                if task.isElapsed || plan.worksEveryDay(task: index) {
                    byTask[task.id] = everyDayUID
                    continue
                }
                var phase = task.phase
                while let current = phase, byPhase[current] == nil { phase = plan.phases[current].parent }
                if let current = phase, let uid = byPhase[current] { byTask[task.id] = uid }
            }
            if byTask.values.contains(everyDayUID) {
                extras.append(Extra(uid: everyDayUID, name: chart.text.pick("每天", "Every day"), spec: CalendarSpec(weekends: [])))
            }
        }

        /// The task calendar's UID, for a task that does not work on the project's calendar.
        func uid(of id: String) -> Int? { byTask[id] }
    }

    func calendars(_ chart: GanttChart, plan: Plan, tasks: TaskCalendars) -> String {
        var out = "  <Calendars>\n"
        out += calendar(uid: 1, name: chart.text.pick("标准", "Standard"), base: nil, weekends: plan.calendar.weekends,
                        off: plan.calendar.holidays, on: plan.calendar.workdays, text: chart.text)
        for (index, role) in plan.roles.enumerated() where chart.roles.contains(where: { $0.id == role.id }) {
            out += calendar(uid: index + 2, name: role.name, base: 1, weekends: role.weekends, off: role.daysOff,
                            on: role.workdays + role.rota.map(\.days), text: chart.text)
        }
        for extra in tasks.extras {
            out += calendar(uid: extra.uid, name: extra.name, base: nil, weekends: extra.spec.weekends,
                            off: extra.spec.holidays, on: extra.spec.workdays, text: chart.text)
        }
        return out + "  </Calendars>\n"
    }

    private func calendar(uid: Int, name: String, base: Int?, weekends: Set<Weekday>?, off: [DateRange], on: [DateRange], text: GanttText) -> String {
        var out = "    <Calendar>\n" + field("UID", String(uid), 6) + field("Name", name, 6)
        out += field("IsBaseCalendar", base == nil ? "1" : "0", 6)
        if let base { out += field("BaseCalendarUID", String(base), 6) }
        if let weekends {
            out += "      <WeekDays>\n"
            // MSPDI numbers days from Sunday (1) to Saturday (7).
            let order: [Weekday] = [.sun, .mon, .tue, .wed, .thu, .fri, .sat]
            for (index, day) in order.enumerated() {
                let working = !weekends.contains(day)
                out += "        <WeekDay>" + field("DayType", String(index + 1), 0, inline: true)
                    + field("DayWorking", working ? "1" : "0", 0, inline: true)
                    + (working ? Self.workingTimes : "") + "</WeekDay>\n"
            }
            out += "      </WeekDays>\n"
        }
        if !off.isEmpty || !on.isEmpty {
            out += "      <Exceptions>\n"
            for (range, working) in off.map({ ($0, false) }) + on.map({ ($0, true) }) {
                out += "        <Exception>" + field("EnteredByOccurrences", "0", 0, inline: true)
                    + "<TimePeriod>" + field("FromDate", "\(range.first)T00:00:00", 0, inline: true)
                    + field("ToDate", "\(range.last)T23:59:00", 0, inline: true) + "</TimePeriod>"
                    + field("Occurrences", "1", 0, inline: true)
                    + field("Name", range.name ?? (working ? text.pick("调休上班", "Make-up working day") : text.pick("休息", "Day off")), 0, inline: true)
                    + field("Type", "1", 0, inline: true) + field("DayWorking", working ? "1" : "0", 0, inline: true)
                    + (working ? Self.workingTimes : "") + "</Exception>\n"
            }
            out += "      </Exceptions>\n"
        }
        return out + "    </Calendar>\n"
    }
}
