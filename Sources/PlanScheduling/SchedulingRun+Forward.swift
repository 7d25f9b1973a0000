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
    /// predecessors in `starts`/`ends`. Shared by the CPM pass and leveling. `nil` when the
    /// calendars end first; `failurePoint` then says where it was looking from. `endOfDay`
    /// says which milestones sit at the end of their day (`endOfDayMilestone` as it stands).
    func earliestPlacement(of task: Int, starts: [Int], ends: [Int], endOfDay endOfDayMilestone: [Bool]) -> Placement? {
        let length = lengths[task]
        var startBound = notBefore[task], startDriver: Int?, startEndOfDay = false
        if length == 0, fixedStart[task] == nil {
            // A milestone held by the plan start or `notBefore` is the start of a day: that of
            // the first day it can be worked (a plan starting on a holiday, or `notBefore` on a
            // Saturday, puts it on the next working day, as TaskJuggler does). The floor moves
            // before links are compared, so a later link never moves it earlier.
            guard let first = calendar(ofTask: task).firstWorkingDay(atOrAfter: startBound) else {
                failurePoint = startBound
                return nil
            }
            startBound = first
        }
        var endBound = Int.min, endDriver: Int?, endEndOfDay = false
        let links = network.links, incoming = network.incomingLinks
        let taskCount = plan.tasks.count
        for position in Int(incoming.offsets[task])..<Int(incoming.offsets[task + 1]) {
            let index = Int(incoming.ids[position])
            let link = links[index]
            let from = link.startBased ? starts[link.source] : ends[link.source]
            guard let point = calendars.advance(from, by: link) else {
                failurePoint = from
                return nil
            }
            // A point is the end of a day when it follows a day's work: a lag ends a working
            // day; without lag it is whatever the predecessor's point was.
            let endOfDay = link.lag > 0 || (link.lag == 0 && Self.isEndOfDay(node: link.source, atStart: link.startBased, taskCount: taskCount,
                                                                             lengths: lengths, endOfDayMilestone: endOfDayMilestone))
            // Between links meeting at one point the end of the earlier day wins (a milestone
            // shows the day its predecessor finished); `notBefore` at that point wins over
            // both, so a milestone held to a day is never shown the day before it.
            if link.constrainsStart {
                if point > startBound || (point == startBound && endOfDay && !startEndOfDay && startDriver != nil) {
                    (startBound, startDriver, startEndOfDay) = (point, index, endOfDay)
                }
            } else if point > endBound || (point == endBound && endOfDay && !endEndOfDay) {
                (endBound, endDriver, endEndOfDay) = (point, index, endOfDay)
            }
        }
        if length == 0 {
            if let fixed = fixedStart[task] { return Placement(start: fixed, end: fixed, driver: nil, endOfDay: false) }
            let heldByNotBefore = startDriver == nil && endBound <= startBound
            let useEnd = endBound > startBound || (endBound == startBound && endEndOfDay && !heldByNotBefore)
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
        if let fixed = fixedStart[task] {
            // The date holds the task, not its links (they are checked against it).
            start = max(fixed, 0)
            driver = nil
        }
        guard let first = startCalendar(ofTask: task).firstWorkingDay(atOrAfter: start),
              let end = calendar.endPoint(startingAt: first, length: length) else {
            failurePoint = start
            return nil
        }
        return Placement(start: first, end: end, driver: driver, endOfDay: false)
    }

    /// Whether a node's start or end point is the end of a day: a task's end always is; a
    /// milestone's point is when its own placement says so; a phase's end is, its start is not.
    private static func isEndOfDay(node: Int, atStart: Bool, taskCount: Int, lengths: [Int], endOfDayMilestone: [Bool]) -> Bool {
        if node >= taskCount { return !atStart }
        if lengths[node] == 0 { return endOfDayMilestone[node] }
        return !atStart
    }

    func forwardPass() {
        guard network.unordered.isEmpty else {
            reportUnordered()
            return
        }
        for node in network.order {
            if let phase = network.phase(ofNode: node) {
                summarize(phase: phase, node: node, starts: &earlyStart, ends: &earlyEnd)
                continue
            }
            guard let placement = earliestPlacement(of: node, starts: earlyStart, ends: earlyEnd, endOfDay: endOfDayMilestone) else {
                horizonExceeded(node, from: failurePoint)
                return
            }
            earlyStart[node] = placement.start
            earlyEnd[node] = placement.end
            drivingLink[node] = placement.driver
            endOfDayMilestone[node] = placement.endOfDay
        }
        checkFixedDates(afterLeveling: false)
    }

    /// A phase's summary spans its members: latest start and latest end among them (what a
    /// dependency on the phase waits for). A phase without tasks is a point, where its own
    /// and its enclosing phases' `after` and `notBefore` put it.
    func summarize(phase: Int, node: Int, starts: inout [Int], ends: inout [Int]) {
        let members = network.members[phase]
        if plan.phases[phase].taskRange.isEmpty {
            var point = 0
            var current: Int? = phase
            while let holder = current {
                if let date = plan.phases[holder].notBefore { point = max(point, plan.start.distance(to: date)) }
                current = plan.phases[holder].parent
            }
            for index in network.incoming(node) {
                let link = network.links[index]
                let from = link.startBased ? starts[link.source] : ends[link.source]
                point = max(point, calendars.advance(from, by: link) ?? calendars.team.horizon)
            }
            for member in members { point = max(point, ends[member]) }
            starts[node] = point
            ends[node] = point
            return
        }
        // Only members with tasks count: "a dependency on a phase is on all its tasks".
        var start = 0, end = 0
        for member in members where member < plan.tasks.count || !plan.phases[member - plan.tasks.count].taskRange.isEmpty {
            start = max(start, starts[member])
            end = max(end, ends[member])
        }
        starts[node] = start
        ends[node] = end
    }

    /// The validator refuses cycles; a plan that still has one (built in code) is refused
    /// here rather than scheduled with nodes skipped.
    private func reportUnordered() {
        let tasks = network.unordered.filter { $0 < plan.tasks.count }
        let names = (tasks.isEmpty ? network.unordered : tasks).prefix(10).map(name(ofNode:))
        let location = tasks.first.map { plan.tasks[$0].location }
            ?? network.unordered.first.map { plan.phases[$0 - plan.tasks.count].location }
        error(.dependencyCycle,
              Bilingual(zh: "循环依赖：\(network.unordered.count) 个任务和阶段无法排出先后，其中有 \(names.map(\.zh).joined(separator: "、"))",
                        en: "dependency cycle: \(network.unordered.count) tasks and phases cannot be ordered, among them \(names.map(\.en).joined(separator: ", "))"),
              at: location,
              hint: Bilingual(zh: "先校验计划：加载器接受的计划都不含循环依赖", en: "validate the plan: every plan the loader accepts is free of cycles"),
              notes: tasks.prefix(10).map {
                  Diagnostic.Note(Bilingual(zh: "'\(plan.tasks[$0].id)' 在循环上或在其之后", en: "'\(plan.tasks[$0].id)' is on or after the cycle"),
                                  at: plan.tasks[$0].location)
              })
    }
}
