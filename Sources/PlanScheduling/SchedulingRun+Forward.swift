import PlanModel

/// The forward pass: early start and end of every task, respecting dependencies, the plan
/// start, `notBefore` and fixed dates.
extension SchedulingRun {
    struct Placement {
        var start: Int
        var end: Int
        var driver: Int?
        var endOfDay: Bool
    }

    /// Where task `task` goes at the earliest, given the starts and ends of its
    /// predecessors in `starts`/`ends`. Shared by the CPM pass and leveling.
    func earliestPlacement(of task: Int, starts: [Int], ends: [Int]) -> Placement? {
        let team = calendars.team
        let length = lengths[task]
        var startBound = notBefore[task], startDriver: Int?, startEndOfDay = false
        var endBound = Int.min, endDriver: Int?, endEndOfDay = false
        for index in network.incoming(task) {
            let link = network.links[index]
            let fromStart = link.kind == .startToStart || link.kind == .startToFinish
            let from = fromStart ? starts[link.source] : ends[link.source]
            guard let point = team.advance(from, byWorkingDays: Int(link.lag)) else { return nil }
            // A point is the end of a day when it follows a day's work: a lag ends a working
            // day; without lag it is whatever the predecessor's point was.
            let endOfDay = link.lag > 0 || (link.lag == 0 && isEndOfDay(node: link.source, atStart: fromStart))
            if link.kind == .finishToStart || link.kind == .startToStart {
                if point > startBound || (point == startBound && endOfDay && !startEndOfDay) {
                    (startBound, startDriver, startEndOfDay) = (point, index, endOfDay)
                }
            } else if point > endBound || (point == endBound && endOfDay && !endEndOfDay) {
                (endBound, endDriver, endEndOfDay) = (point, index, endOfDay)
            }
        }
        if length == 0 {
            if let fixed = fixedStart[task] { return Placement(start: fixed, end: fixed, driver: nil, endOfDay: false) }
            let useEnd = endBound > startBound || (endBound == startBound && endEndOfDay)
            let point = max(startBound, endBound)
            return Placement(start: point, end: point, driver: useEnd ? endDriver : startDriver,
                             endOfDay: useEnd ? endEndOfDay : startEndOfDay)
        }
        let calendar = calendar(ofTask: task)
        var start = startBound
        var driver = startDriver
        if endBound > Int.min {
            // The earliest start that still ends at or after the bound.
            let lastDay = calendar.workingDays(before: endBound - 1)
            if let fromEnd = calendar.day(ofWorkingDay: max(lastDay - length + 1, 0)), fromEnd > start {
                start = fromEnd
                driver = endDriver
            }
        }
        if let fixed = fixedStart[task] { start = max(fixed, 0) }
        guard let first = calendar.firstWorkingDay(atOrAfter: start),
              let end = calendar.endPoint(startingAt: first, length: length) else { return nil }
        return Placement(start: first, end: end, driver: driver, endOfDay: false)
    }

    /// Whether a node's start or end point is the end of a day: a task's end always is; a
    /// milestone's point is when its own placement says so; a phase's end is, its start is not.
    private func isEndOfDay(node: Int, atStart: Bool) -> Bool {
        if node >= plan.tasks.count { return !atStart }
        if lengths[node] == 0 { return endOfDayMilestone[node] }
        return !atStart
    }

    func forwardPass() {
        for node in network.order {
            if let phase = network.phase(ofNode: node) {
                summarize(phase: phase, node: node, starts: &earlyStart, ends: &earlyEnd)
                continue
            }
            guard let placement = earliestPlacement(of: node, starts: earlyStart, ends: earlyEnd) else {
                horizonExceeded(node)
                return
            }
            earlyStart[node] = placement.start
            earlyEnd[node] = placement.end
            drivingLink[node] = placement.driver
            endOfDayMilestone[node] = placement.endOfDay
        }
        checkFixedDates()
    }

    /// A phase's summary spans its members: latest start and latest end among them (what a
    /// dependency on the phase waits for), and its earliest start for display.
    func summarize(phase: Int, node: Int, starts: inout [Int], ends: inout [Int]) {
        let members = network.members[phase]
        guard !members.isEmpty else {
            starts[node] = 0
            ends[node] = 0
            return
        }
        starts[node] = members.map { starts[$0] }.max() ?? 0
        ends[node] = members.map { ends[$0] }.max() ?? 0
    }

    /// A fixed date the network cannot honour is an error: the task would have to start
    /// before its predecessors allow.
    private func checkFixedDates() {
        for (task, fixed) in fixedStart.enumerated() {
            guard let fixed else { continue }
            let planTask = plan.tasks[task]
            if fixed < 0 {
                error(.beforePlanStart, "task '\(planTask.id)' is fixed on \(date(fixed)), before the plan starts on \(plan.start)",
                      at: planTask.location, hint: "move the date or the plan's start")
                continue
            }
            if lengths[task] > 0, !calendar(ofTask: task).isWorking(fixed) {
                warning(.fixedDateNotWorking, "task '\(planTask.id)' is fixed on \(date(fixed)), which is not a working day for it; it starts on \(date(earlyStart[task]))",
                        at: planTask.location, hint: "add the day to 'workdays' if the team works it")
            }
            var unconstrained = fixedStart
            unconstrained[task] = nil
            var bound = notBefore[task]
            var blocking: Int?
            for index in network.incoming(task) {
                let link = network.links[index]
                let from = link.kind == .startToStart || link.kind == .startToFinish ? earlyStart[link.source] : earlyEnd[link.source]
                guard var point = calendars.team.advance(from, byWorkingDays: Int(link.lag)) else { continue }
                if link.kind == .finishToFinish || link.kind == .startToFinish, lengths[task] > 0 {
                    let calendar = calendar(ofTask: task)
                    point = calendar.day(ofWorkingDay: max(calendar.workingDays(before: point - 1) - lengths[task] + 1, 0)) ?? point
                }
                if point > bound { bound = point; blocking = index }
            }
            let effective = lengths[task] == 0 ? fixed : (calendar(ofTask: task).firstWorkingDay(atOrAfter: fixed) ?? fixed)
            if bound > effective, let blocking {
                let link = network.links[blocking]
                let cause = link.source < plan.tasks.count ? "'\(plan.tasks[link.source].id)'" : "phase '\(plan.phases[link.source - plan.tasks.count].id)'"
                let earliest = lengths[task] == 0 ? bound : (calendar(ofTask: task).firstWorkingDay(atOrAfter: bound) ?? bound)
                error(.infeasibleFixedDate,
                      "task '\(planTask.id)' is fixed on \(date(fixed)), but \(cause) lets it start on \(date(earliest)) at the earliest",
                      at: planTask.location, hint: "move the fixed date, or shorten or re-link what comes before it",
                      notes: [Diagnostic.Note("the dependency that pushes it", at: network.locations[blocking])])
            }
        }
    }
}
