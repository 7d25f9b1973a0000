import PlanModel

/// Fixed dates against everything else that places a task: the plan start, `notBefore` (the
/// task's own and its phases'), and the links from its predecessors — checked on the
/// unleveled dates, and again after leveling, which can push a predecessor past the date.
extension SchedulingRun {
    func checkFixedDates(afterLeveling: Bool) {
        for (task, fixed) in fixedStart.enumerated() {
            guard let fixed else { continue }
            let planTask = plan.tasks[task]
            let calendar = lengths[task] == 0 ? calendars.base(ofNode: task) : calendar(ofTask: task)
            if !afterLeveling {
                if fixed < 0 {
                    error(.beforePlanStart, "task '\(planTask.id)' is fixed on \(date(fixed)), before the plan starts on \(plan.start)",
                          at: planTask.location, hint: "move the date or the plan's start")
                    continue
                }
                if !startCalendar(ofTask: task).isWorking(fixed) { warnNotWorking(task, fixed: fixed) }
                checkNotBefore(task, fixed: fixed)
            }
            var bound = Int.min
            var blocking: Int?
            for index in network.incoming(task) {
                let link = network.links[index]
                let from = link.startBased ? earlyStart[link.source] : earlyEnd[link.source]
                guard var point = calendars.advance(from, by: link) else { continue }
                if !link.constrainsStart, lengths[task] > 0 {
                    // An end bound: the latest start that still ends on or after it.
                    point = calendar.day(ofWorkingDay: max(calendar.workingDays(before: point - 1) - lengths[task] + 1, 0)) ?? point
                }
                if point > bound { bound = point; blocking = index }
            }
            let starts = lengths[task] == 0 ? calendar : startCalendar(ofTask: task)
            let effective = lengths[task] == 0 ? fixed : (starts.firstWorkingDay(atOrAfter: fixed) ?? fixed)
            guard bound > effective, let blocking else { continue }
            let link = network.links[blocking]
            let earliest = lengths[task] == 0 ? bound : (starts.firstWorkingDay(atOrAfter: bound) ?? bound)
            var notes = [Diagnostic.Note("the dependency that pushes it", at: network.locations[blocking])]
            var message = "task '\(planTask.id)' is fixed on \(date(fixed)), but \(name(ofNode: link.source)) lets it start on \(date(earliest)) at the earliest"
            var hint = "move the fixed date, or shorten or re-link what comes before it"
            if afterLeveling {
                // Say which roles pushed the predecessor there, and for whom.
                let chain = drivingChain(of: representative(of: link.source, startBased: link.startBased))
                message = "task '\(planTask.id)' is fixed on \(date(fixed)), but after leveling \(name(ofNode: link.source)) lets it start on \(date(earliest)) at the earliest"
                if !chain.waits.isEmpty { message += "; " + chain.waits.joined(separator: "; ") }
                notes += chain.notes
                hint = "give the tasks before it a higher priority than those holding their roles, add people to the role, or move the fixed date"
            }
            error(.infeasibleFixedDate, message, at: planTask.location, hint: hint, notes: notes)
        }
    }

    /// A fixed date on a day the task does not work: a task starts on its next working day, a
    /// milestone (a point in time, often an event such as a sale on a Saturday) stays on it.
    /// Both are said, so a date written on a day off is never silently kept or moved.
    private func warnNotWorking(_ task: Int, fixed: Int) {
        let planTask = plan.tasks[task]
        let hint = notWorkingHint(task, fixed: fixed)
        if lengths[task] == 0 {
            warning(.fixedDateNotWorking, "milestone '\(planTask.id)' is fixed on \(date(fixed)), which is not a working day for it; it stays on that day",
                    at: planTask.location, hint: hint)
        } else {
            warning(.fixedDateNotWorking, "task '\(planTask.id)' is fixed on \(date(fixed)), which is not a working day for it; it starts on \(date(earlyStart[task]))",
                    at: planTask.location, hint: hint)
        }
    }

    /// Who should work the day: the roles of the task that do not (their own `workdays`, so
    /// the rest of the team keeps its holiday), or the whole team when the task has no role;
    /// or the task itself, every day.
    private func notWorkingHint(_ task: Int, fixed: Int) -> String {
        let offRoles = assignments[task].map(\.role).filter { !calendars.roleCalendar($0, forTask: task).isWorking(fixed) }
        let unique = offRoles.enumerated().filter { !offRoles.prefix($0.offset).contains($0.element) }.map(\.element)
        let day = "\"\(date(fixed))\""
        if !unique.isEmpty {
            let names = unique.map { "'\(plan.roles[$0].id)'" }.joined(separator: ", ")
            return "if \(names) work\(unique.count == 1 ? "s" : "") that day, add \(day) to the role's 'workdays' (or a 'rota'); for work that runs every day, give the task 'calendar: continuous'"
        }
        let onLeave = plan.tasks[task].assignments.compactMap { assignment -> String? in
            guard let id = assignment.person, let person = plan.role(assignment.role)?.people.first(where: { $0.id == id }),
                  person.daysOff.contains(where: { $0.contains(date(fixed)) }) else { return nil }
            return "'\(person.id)' (\(person.name))"
        }
        if !onLeave.isEmpty {
            return "\(onLeave.joined(separator: ", ")) \(onLeave.count == 1 ? "is" : "are") on leave that day; move the date, or assign the role so anyone free can do it"
        }
        return "add \(day) to the calendar's 'workdays' if the team works it, or give the task 'calendar: continuous' if it runs every day"
    }

    /// A fixed start before the task's own or a phase's `notBefore`: both cannot hold.
    private func checkNotBefore(_ task: Int, fixed: Int) {
        let planTask = plan.tasks[task]
        let effective = lengths[task] == 0 ? fixed : (startCalendar(ofTask: task).firstWorkingDay(atOrAfter: fixed) ?? fixed)
        guard notBefore[task] > effective else { return }
        var notes: [Diagnostic.Note] = []
        if let own = planTask.notBefore, plan.start.distance(to: own) > effective {
            notes.append(Diagnostic.Note("its own notBefore is \(own)", at: planTask.location))
        }
        var phase = planTask.phase
        while let current = phase {
            if let date = plan.phases[current].notBefore, plan.start.distance(to: date) > effective {
                notes.append(Diagnostic.Note("phase '\(plan.phases[current].id)' has notBefore \(date)", at: plan.phases[current].location))
            }
            phase = plan.phases[current].parent
        }
        error(.infeasibleFixedDate,
              "task '\(planTask.id)' is fixed on \(date(fixed)), but it may not start before \(date(notBefore[task]))",
              at: planTask.location, hint: "drop one of the two dates, or make them agree", notes: notes)
    }

    /// The task that gives a node its start (`startBased`) or end: the node itself, or, for a
    /// phase, the member with the latest one, followed down to a task.
    func representative(of node: Int, startBased: Bool) -> Int {
        var current = node
        while let phase = network.phase(ofNode: current) {
            let point = startBased ? earlyStart[current] : earlyEnd[current]
            let members = network.members[phase].filter { $0 < plan.tasks.count || !plan.phases[$0 - plan.tasks.count].taskRange.isEmpty }
            guard let member = members.first(where: { (startBased ? earlyStart[$0] : earlyEnd[$0]) == point }) ?? members.first else {
                return current
            }
            current = member
        }
        return current
    }
}
