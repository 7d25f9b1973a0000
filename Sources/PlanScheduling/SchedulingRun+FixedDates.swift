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
                    error(.beforePlanStart, Bilingual(zh: "任务 '\(planTask.id)' 固定在 \(date(fixed))，早于计划开始日期 \(plan.start)",
                                                     en: "task '\(planTask.id)' is fixed on \(date(fixed)), before the plan starts on \(plan.start)"),
                          at: planTask.location, hint: Bilingual(zh: "调整这个日期或计划的开始日期", en: "move the date or the plan's start"))
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
            var notes = [Diagnostic.Note(Bilingual(zh: "推迟它的那个依赖", en: "the dependency that pushes it"), at: network.locations[blocking])]
            let before = name(ofNode: link.source)
            var message = Bilingual(
                zh: "任务 '\(planTask.id)' 固定在 \(date(fixed))，但受\(before.zh)影响，最早只能在 \(date(earliest)) 开始",
                en: "task '\(planTask.id)' is fixed on \(date(fixed)), but \(before.en) lets it start on \(date(earliest)) at the earliest")
            var hint = Bilingual(zh: "调整固定日期，或缩短、重新安排它之前的任务", en: "move the fixed date, or shorten or re-link what comes before it")
            if afterLeveling {
                // Say which roles pushed the predecessor there, and for whom.
                let chain = drivingChain(of: representative(of: link.source, startBased: link.startBased))
                message = Bilingual(
                    zh: "任务 '\(planTask.id)' 固定在 \(date(fixed))，但资源平衡后受\(before.zh)影响，最早只能在 \(date(earliest)) 开始",
                    en: "task '\(planTask.id)' is fixed on \(date(fixed)), but after leveling \(before.en) lets it start on \(date(earliest)) at the earliest")
                if !chain.waits.isEmpty {
                    message = Bilingual(zh: message.zh + "；" + chain.waits.map(\.zh).joined(separator: "；"),
                                        en: message.en + "; " + chain.waits.map(\.en).joined(separator: "; "))
                }
                notes += chain.notes
                hint = Bilingual(zh: "把它之前的任务的优先级调得比占用这些角色的任务更高，给角色增加人手，或调整固定日期",
                                 en: "give the tasks before it a higher priority than those holding their roles, add people to the role, or move the fixed date")
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
            warning(.fixedDateNotWorking, Bilingual(zh: "里程碑 '\(planTask.id)' 固定在 \(date(fixed))，这天不是它的工作日；它仍留在这一天",
                                                    en: "milestone '\(planTask.id)' is fixed on \(date(fixed)), which is not a working day for it; it stays on that day"),
                    at: planTask.location, hint: hint)
        } else {
            warning(.fixedDateNotWorking, Bilingual(zh: "任务 '\(planTask.id)' 固定在 \(date(fixed))，这天不是它的工作日；它从 \(date(earlyStart[task])) 开始",
                                                    en: "task '\(planTask.id)' is fixed on \(date(fixed)), which is not a working day for it; it starts on \(date(earlyStart[task]))"),
                    at: planTask.location, hint: hint)
        }
    }

    /// Who should work the day: the roles of the task that do not (their own `workdays`, so
    /// the rest of the team keeps its holiday), or the whole team when the task has no role;
    /// or the task itself, every day.
    private func notWorkingHint(_ task: Int, fixed: Int) -> Bilingual {
        let offRoles = assignments[task].map(\.role).filter { !calendars.roleCalendar($0, forTask: task).isWorking(fixed) }
        let unique = offRoles.enumerated().filter { !offRoles.prefix($0.offset).contains($0.element) }.map(\.element)
        let day = "\"\(date(fixed))\""
        if !unique.isEmpty {
            let names = unique.map { "'\(plan.roles[$0].id)'" }
            return Bilingual(
                zh: "如果 \(names.joined(separator: "、")) 那天上班，把 \(day) 加到角色的 'workdays'（或 'rota'）里；每天都进行的工作，给任务写 'calendar: continuous'",
                en: "if \(names.joined(separator: ", ")) work\(unique.count == 1 ? "s" : "") that day, add \(day) to the role's 'workdays' (or a 'rota'); for work that runs every day, give the task 'calendar: continuous'")
        }
        let onLeave = plan.tasks[task].assignments.compactMap { assignment -> String? in
            guard let id = assignment.person, let person = plan.role(assignment.role)?.people.first(where: { $0.id == id }),
                  person.daysOff.contains(where: { $0.contains(date(fixed)) }) else { return nil }
            return "'\(person.id)' (\(person.name))"
        }
        if !onLeave.isEmpty {
            return Bilingual(
                zh: "\(onLeave.joined(separator: "、")) 那天休假；调整日期，或只分配角色，让有空的人来做",
                en: "\(onLeave.joined(separator: ", ")) \(onLeave.count == 1 ? "is" : "are") on leave that day; move the date, or assign the role so anyone free can do it")
        }
        return Bilingual(
            zh: "如果团队那天上班，把 \(day) 加到日历的 'workdays' 里；如果任务每天都进行，给它写 'calendar: continuous'",
            en: "add \(day) to the calendar's 'workdays' if the team works it, or give the task 'calendar: continuous' if it runs every day")
    }

    /// A fixed start before the task's own or a phase's `notBefore`: both cannot hold.
    private func checkNotBefore(_ task: Int, fixed: Int) {
        let planTask = plan.tasks[task]
        let effective = lengths[task] == 0 ? fixed : (startCalendar(ofTask: task).firstWorkingDay(atOrAfter: fixed) ?? fixed)
        guard notBefore[task] > effective else { return }
        var notes: [Diagnostic.Note] = []
        if let own = planTask.notBefore, plan.start.distance(to: own) > effective {
            notes.append(Diagnostic.Note(Bilingual(zh: "它自己的 notBefore 是 \(own)", en: "its own notBefore is \(own)"), at: planTask.location))
        }
        var phase = planTask.phase
        while let current = phase {
            if let date = plan.phases[current].notBefore, plan.start.distance(to: date) > effective {
                notes.append(Diagnostic.Note(Bilingual(zh: "阶段 '\(plan.phases[current].id)' 的 notBefore 是 \(date)",
                                                       en: "phase '\(plan.phases[current].id)' has notBefore \(date)"), at: plan.phases[current].location))
            }
            phase = plan.phases[current].parent
        }
        error(.infeasibleFixedDate,
              Bilingual(zh: "任务 '\(planTask.id)' 固定在 \(date(fixed))，但它不得早于 \(date(notBefore[task])) 开始",
                        en: "task '\(planTask.id)' is fixed on \(date(fixed)), but it may not start before \(date(notBefore[task]))"),
              at: planTask.location, hint: Bilingual(zh: "去掉两个日期中的一个，或让它们一致", en: "drop one of the two dates, or make them agree"), notes: notes)
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
