import HeapModule
import PlanModel

/// Role leveling: a serial schedule-generation scheme. Tasks are placed one at a time, each
/// as early as its predecessors and the remaining capacity of its roles allow; among the
/// tasks whose predecessors are all placed, the next is chosen by explicit priority, then
/// least total float (from the unleveled schedule), then plan order. Fixed-date tasks keep
/// their dates and book their capacity first.
extension SchedulingRun {
    struct Candidate: Comparable {
        var priority: Int
        var totalFloat: Int
        var index: Int

        /// The heap's minimum is the next task to place.
        static func < (lhs: Candidate, rhs: Candidate) -> Bool {
            (-lhs.priority, lhs.totalFloat, lhs.index) < (-rhs.priority, rhs.totalFloat, rhs.index)
        }
    }

    /// Tasks no amount of waiting can place: more units than the role has, or a role of
    /// nobody. They are reported and left at their unleveled dates.
    func impossibleAssignments(_ assignments: [[(role: Int, units: Double)]]) -> Set<Int> {
        var impossible: Set<Int> = []
        for (task, list) in assignments.enumerated() where lengths[task] > 0 {
            for (position, assignment) in list.enumerated() {
                let role = plan.roles[assignment.role]
                let location = plan.tasks[task].assignments[position].location
                if let name = plan.tasks[task].assignments[position].person, let person = role.people.first(where: { $0.id == name }),
                   assignment.units > person.units + 1e-9 {
                    error(.assignmentOverCapacity,
                          "task '\(plan.tasks[task].id)' needs \(ValueFormatter.grouped(assignment.units, maxFraction: 2)) of '\(person.id)' (\(person.name)), who gives \(ValueFormatter.grouped(person.units, maxFraction: 2))",
                          at: location, hint: "lower the units, or assign the role ('\(role.id)') so that several people share it",
                          notes: [Diagnostic.Note("'\(person.id)' is listed here", at: person.location)])
                    impossible.insert(task)
                } else if role.capacity <= 0 {
                    error(.roleWithoutCapacity, "task '\(plan.tasks[task].id)' needs role '\(role.id)', whose headcount is 0",
                          at: location, hint: "give the role a headcount or assign another role",
                          notes: [Diagnostic.Note("role '\(role.id)' is defined here", at: role.location)])
                    impossible.insert(task)
                } else if assignment.units > role.capacity + 1e-9 {
                    error(.assignmentOverCapacity,
                          "task '\(plan.tasks[task].id)' needs \(ValueFormatter.grouped(assignment.units, maxFraction: 2)) of role '\(role.id)', which has \(ValueFormatter.grouped(role.capacity, maxFraction: 2))",
                          at: location, hint: "lower the units or raise the headcount",
                          notes: [Diagnostic.Note("role '\(role.id)' is defined here", at: role.location)])
                    impossible.insert(task)
                }
            }
            // The same role asked for twice (the role and one of its people) needs the sum.
            guard !impossible.contains(task), Set(list.map(\.role)).count < list.count else { continue }
            for role in Set(list.map(\.role)) {
                let total = list.filter { $0.role == role }.reduce(0) { $0 + $1.units }
                guard total > plan.roles[role].capacity + 1e-9, let first = list.firstIndex(where: { $0.role == role }) else { continue }
                error(.assignmentOverCapacity,
                      "task '\(plan.tasks[task].id)' needs \(ValueFormatter.grouped(total, maxFraction: 2)) of role '\(plan.roles[role].id)' in all, which has \(ValueFormatter.grouped(plan.roles[role].capacity, maxFraction: 2))",
                      at: plan.tasks[task].assignments[first].location, hint: "lower the units or raise the headcount",
                      notes: [Diagnostic.Note("role '\(plan.roles[role].id)' is defined here", at: plan.roles[role].location)])
                impossible.insert(task)
            }
        }
        return impossible
    }

    func level() {
        let assignments = self.assignments
        let impossible = impossibleAssignments(assignments)
        unleveledStart = Array(earlyStart[0..<plan.tasks.count])
        linkedStart = unleveledStart
        roleDelays = [[(role: Int, days: Int)]](repeating: [], count: plan.tasks.count)
        lastBlock = [(role: Int, day: Int)?](repeating: nil, count: plan.tasks.count)
        let totalFloat = plan.tasks.indices.map(self.totalFloat)
        var capacity = CapacityTable(calendars: calendars, initialDays: projectEnd + 1)
        let named = namedPersonRows()
        assignedPeople = [[(row: Int, units: Double)]](repeating: [], count: plan.tasks.count)
        func book(_ task: Int, from start: Int, people: [(row: Int, units: Double)]) {
            forEachBookedDay(of: task, from: start) { day, share in
                for assignment in assignments[task] { capacity.book(assignment.role, on: day, units: assignment.units * share) }
                for person in people { capacity.book(person.row, on: day, units: person.units * share) }
            }
            assignedPeople[task] = people
        }
        for task in plan.tasks.indices where fixedStart[task] != nil && !impossible.contains(task) {
            let people = usesPeople(task)
                ? choosePeople(task, days: bookedDays(of: task, from: earlyStart[task]), named: named[task], capacity: &capacity, force: true) ?? []
                : []
            book(task, from: earlyStart[task], people: people)
        }

        var waiting = [Int](repeating: 0, count: network.nodeCount)
        for link in network.links { waiting[link.target] += 1 }
        for summary in network.summaryOf { if let summary { waiting[summary] += 1 } }
        var ready = Heap<Candidate>()
        var readySummaries: [Int] = []
        func release(_ node: Int) {
            if network.phase(ofNode: node) != nil {
                readySummaries.append(node)
            } else {
                ready.insert(Candidate(priority: plan.tasks[node].priority, totalFloat: totalFloat[node], index: node))
            }
        }
        for node in 0..<network.nodeCount where waiting[node] == 0 { release(node) }
        func done(_ node: Int) {
            var successors = network.outgoing(node).map { self.network.links[$0].target } as [Int]
            if let summary = network.summaryOf[node] { successors.append(summary) }
            for next in successors {
                waiting[next] -= 1
                if waiting[next] == 0 { release(next) }
            }
        }
        while true {
            if let summary = readySummaries.popLast() {
                summarize(phase: summary - plan.tasks.count, node: summary, starts: &earlyStart, ends: &earlyEnd)
                done(summary)
                continue
            }
            guard let next = ready.popMin() else { break }
            let task = next.index
            guard var placement = earliestPlacement(of: task, starts: earlyStart, ends: earlyEnd) else {
                horizonExceeded(task, from: failurePoint)
                return
            }
            linkedStart[task] = placement.start
            if lengths[task] > 0, fixedStart[task] == nil, !impossible.contains(task) {
                guard let fitted = firstFit(task, from: placement.start, assignments: assignments[task], named: named[task],
                                            capacity: &capacity) else {
                    horizonExceeded(task, from: placement.start)
                    return
                }
                placement.start = fitted.start
                placement.end = fitted.end
                roleDelays[task] = fitted.delays
                lastBlock[task] = fitted.lastBlock
                book(task, from: placement.start, people: fitted.people)
            }
            earlyStart[task] = placement.start
            earlyEnd[task] = placement.end
            endOfDayMilestone[task] = placement.endOfDay
            drivingLink[task] = placement.driver
            done(task)
        }
    }

    /// The first start at or after `earliest` where every role of the task has the units it
    /// needs on each of its working days, with the working days each role held it back: a
    /// role that lacks capacity on a day rules out every start whose days include it, and
    /// those starts are its share of the delay.
    ///
    /// - Complexity: O(days scanned × roles of the task).
    private func firstFit(_ task: Int, from earliest: Int, assignments: [(role: Int, units: Double)], named: [Int?],
                          capacity: inout CapacityTable)
        -> (start: Int, end: Int, delays: [(role: Int, days: Int)], lastBlock: (role: Int, day: Int)?,
            people: [(row: Int, units: Double)])? {
        let usesPeople = usesPeople(task)
        // A role asked for twice (`roles: {design: 1, design/wang: 0.5}`) needs the sum.
        var assignments = assignments
        if Set(assignments.map(\.role)).count < assignments.count {
            var merged: [(role: Int, units: Double)] = []
            for entry in assignments {
                if let at = merged.firstIndex(where: { $0.role == entry.role }) { merged[at].units += entry.units } else { merged.append(entry) }
            }
            assignments = merged
        }
        let calendar = calendar(ofTask: task)
        // A calendar-day task spans every day but books only those its roles work.
        let booking = calendars.taskCalendar[task] == calendars.bookingCalendar[task]
            ? nil : calendars.calendars[calendars.bookingCalendar[task]]
        var startIndex = calendar.workingDays(before: earliest)
        var delays: [(role: Int, days: Int)] = []
        var lastBlock: (role: Int, day: Int)?
        search: while true {
            guard let start = calendar.day(ofWorkingDay: startIndex) else { return nil }
            for offset in 0..<lengths[task] {
                guard let day = calendar.day(ofWorkingDay: startIndex + offset) else { return nil }
                if let booking, !booking.isWorking(day) { continue }
                let share = offset == lengths[task] - 1 ? lastDayShare[task] : 1
                for assignment in assignments where capacity.left(assignment.role, on: day) + 1e-9 < assignment.units * share {
                    if let known = delays.firstIndex(where: { $0.role == assignment.role }) {
                        delays[known].days += offset + 1
                    } else {
                        delays.append((assignment.role, offset + 1))
                    }
                    lastBlock = (assignment.role, day)
                    startIndex += offset + 1
                    continue search
                }
            }
            var people: [(row: Int, units: Double)] = []
            if usesPeople {
                // The role has room; its people must too, each on every day they give.
                let days = bookedDays(of: task, from: start)
                guard let chosen = choosePeople(task, days: days, named: named, capacity: &capacity, force: false) else {
                    let role = assignments.first { !calendars.personRows[$0.role].isEmpty }?.role ?? assignments[0].role
                    if let known = delays.firstIndex(where: { $0.role == role }) { delays[known].days += 1 } else { delays.append((role, 1)) }
                    lastBlock = (role, days.first?.day ?? start)
                    startIndex += 1
                    continue search
                }
                people = chosen
            }
            guard let end = calendar.endPoint(startingAt: start, length: lengths[task]) else { return nil }
            return (start, end, delays, lastBlock, people)
        }
    }
}
