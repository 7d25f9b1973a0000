import PlanModel

extension PlanGenerator {
    /// The same plan as a TaskJuggler project, for comparing schedules and speed with the
    /// reference scheduler of the field.
    ///
    /// Roles become resource groups with one resource per head. With `allocate`, each task
    /// allocates its role and efforts stay efforts (TaskJuggler then levels); without it,
    /// every task gets the length cycleplan computes for it, which compares pure CPM — or,
    /// with `efforts`, an effort task whose effort ÷ units is whole keeps its effort on
    /// resources of its own (one per assignment, `efficiency` = units), so TaskJuggler works
    /// out its length itself. A fraction stays a length: cycleplan rounds it up to whole days,
    /// TaskJuggler would end the task part-way through a day.
    ///
    /// The calendar is cycleplan's team calendar exactly: every day has working hours, and
    /// the days off — weekends and holidays, less the make-up days (调休) that win over both —
    /// are global leaves, run by run. (A shift could open a make-up day for tasks and
    /// resources, but TaskJuggler counts `gaplength` on the global working hours, so a lag
    /// across a make-up Saturday would differ by a day.) Role days off and link types other
    /// than FS are not expressed; the plans compared use neither.
    /// `end` bounds the project: TaskJuggler keeps a time slot table for the whole span, so a
    /// span far beyond the schedule costs it memory and time.
    ///
    /// - Complexity: O(tasks + dependencies + days from the plan start to `end`).
    public func taskJuggler(plan: Plan, allocate: Bool, end: CivilDate, efforts: Bool = false) -> String {
        var out = "project gen \"generated\" \(plan.start) - \(end) {\n"
        out += "  timezone \"UTC\"\n  timeformat \"%Y-%m-%d %H:%M\"\n  dailyworkinghours 8\n"
        out += "  workinghours mon - sun 9:00 - 17:00\n}\n"
        // Days off from the plan start to the project's end, as runs: `leaves holiday` takes
        // an interval whose end is exclusive.
        var runStart: CivilDate?
        var day = plan.start
        while day <= end {
            let off = day < end && !plan.calendar.isWorkingDay(day)
            if off, runStart == nil { runStart = day }
            if !off, let first = runStart {
                out += "leaves holiday \"off\" \(first) - \(day)\n"
                runStart = nil
            }
            day = day.advanced(by: 1)
        }
        for role in plan.roles {
            out += "resource \(role.id) \"\(role.id)\" {\n"
            for member in 0..<max(role.headcount, 1) { out += "  resource \(role.id)_\(member) \"\(role.id) \(member)\"\n" }
            out += "}\n"
        }
        // Effort tasks that keep their effort on resources of their own (CPM with `efforts`).
        var own: [Int: [String]] = [:]
        if efforts && !allocate {
            for (index, task) in plan.tasks.enumerated() {
                guard case .effort(let effort) = task.length, !task.assignments.isEmpty else { continue }
                let days = effort.days / task.totalUnits
                guard abs(days - days.rounded()) < 1e-9, effort.days == effort.days.rounded() else { continue }
                own[index] = task.assignments.indices.map { "own_\(task.id)_\($0)" }
                for (position, assignment) in task.assignments.enumerated() {
                    out += "resource own_\(task.id)_\(position) \"\(task.id) \(assignment.role)\" { efficiency \(assignment.units) }\n"
                }
            }
        }
        var path: [String: String] = [:]
        for task in plan.tasks { path[task.id] = task.phase.map { "\(plan.phases[$0].id).\(task.id)" } ?? task.id }
        for phase in plan.phases { path[phase.id] = phase.id }
        // One person of the role, whichever is free: TaskJuggler allocates a whole group as
        // a team, so each task allocates the first member with the others as alternatives.
        func allocation(_ roleID: String) -> String {
            let count = max(plan.role(roleID)?.headcount ?? 1, 1)
            let others = (1..<max(count, 1)).map { "\(roleID)_\($0)" }
            return " allocate \(roleID)_0" + (others.isEmpty ? "" : " { alternative \(others.joined(separator: ", ")) }")
        }
        var current: Int?
        for (index, task) in plan.tasks.enumerated() {
            if task.phase != current {
                if current != nil { out += "}\n" }
                current = task.phase
                if let phase = task.phase { out += "task \(plan.phases[phase].id) \"\(plan.phases[phase].id)\" {\n" }
            }
            out += task.phase == nil ? "task \(task.id) \"\(task.id)\" {" : "  task \(task.id) \"\(task.id)\" {"
            switch task.length {
            case .milestone:
                out += " milestone"
            case .duration(let length) where length.calendarDays:
                // Calendar days are elapsed time: TaskJuggler's `duration`.
                out += " duration \(Int(length.days.rounded(.up)))d"
            case .duration(let length):
                // TaskJuggler only waits for resources on effort tasks: with one person
                // allocated, effort equals length.
                if allocate, let role = task.assignments.first?.role {
                    out += " effort \(Int(length.days.rounded(.up)))d" + allocation(role)
                } else {
                    out += " length \(Int(length.days.rounded(.up)))d"
                }
            case .effort(let effort):
                if allocate, let role = task.assignments.first?.role {
                    out += " effort \(Int(effort.days.rounded(.up)))d" + allocation(role)
                } else if let resources = own[index] {
                    out += " effort \(Int(effort.days))d allocate \(resources.joined(separator: ", "))"
                } else {
                    out += " length \(Int((effort.days / task.totalUnits - 1e-9).rounded(.up)))d"
                }
            }
            for dependency in task.dependencies {
                guard let target = path[dependency.predecessorID] else { continue }
                out += " depends \(target)"
                if dependency.lag.days > 0 {
                    // Calendar-day lags are elapsed time: `gapduration`.
                    let keyword = dependency.lag.calendarDays ? "gapduration" : "gaplength"
                    out += " { \(keyword) \(Int(dependency.lag.days.rounded(.up)))d }"
                }
            }
            out += " }\n"
        }
        if current != nil { out += "}\n" }
        out += "taskreport dates \"tj-dates\" { formats csv columns id, start, end hideresource 1 }\n"
        return out
    }
}
