import PlanModel

extension PlanGenerator {
    /// The same plan as a TaskJuggler project, for comparing schedules and speed with the
    /// reference scheduler of the field.
    ///
    /// Roles become resource groups with one resource per head. With `allocate`, each task
    /// allocates its role and efforts stay efforts (TaskJuggler then levels); without it,
    /// every task gets the length cycleplan computes for it, which compares pure CPM.
    /// Weekends and the holiday match; make-up days must be off (see `Options.makeUpDays`).
    /// `end` bounds the project: TaskJuggler keeps a time slot table for the whole span, so a
    /// span far beyond the schedule costs it memory and time.
    public func taskJuggler(plan: Plan, allocate: Bool, end: CivilDate) -> String {
        var out = "project gen \"generated\" \(plan.start) - \(end) {\n"
        out += "  timezone \"UTC\"\n  timeformat \"%Y-%m-%d %H:%M\"\n  dailyworkinghours 8\n  workinghours mon - fri 9:00 - 17:00\n"
        out += "  workinghours sat, sun off\n}\n"
        for holiday in plan.calendar.holidays {
            out += "leaves holiday \"holiday\" \(holiday.first) - \(holiday.last.advanced(by: 1))\n"
        }
        for role in plan.roles {
            out += "resource \(role.id) \"\(role.id)\" {\n"
            for member in 0..<max(role.headcount, 1) { out += "  resource \(role.id)_\(member) \"\(role.id) \(member)\"\n" }
            out += "}\n"
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
        for task in plan.tasks {
            if task.phase != current {
                if current != nil { out += "}\n" }
                current = task.phase
                if let phase = task.phase { out += "task \(plan.phases[phase].id) \"\(plan.phases[phase].id)\" {\n" }
            }
            out += "  task \(task.id) \"\(task.id)\" {"
            switch task.length {
            case .milestone:
                out += " milestone"
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
                } else {
                    out += " length \(Int((effort.days / task.totalUnits - 1e-9).rounded(.up)))d"
                }
            }
            for dependency in task.dependencies {
                guard let target = path[dependency.predecessorID] else { continue }
                out += " depends \(target)"
                if dependency.lag.days > 0 { out += " { gaplength \(Int(dependency.lag.days))d }" }
            }
            out += " }\n"
        }
        if current != nil { out += "}\n" }
        out += "taskreport dates \"tj-dates\" { formats csv columns id, start, end hideresource 1 }\n"
        return out
    }
}
