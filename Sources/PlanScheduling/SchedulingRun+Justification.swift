import PlanModel

/// Right justification, the backward half of forward-backward improvement: every task,
/// latest end first, moves as late as its successors (where they now are), the plan's
/// finish and the capacity left by the others allow, never earlier than it is. Each task's
/// current place stays possible throughout (the tasks already moved only left days it
/// shared with them), so the finish never moves. The starts it yields order the next
/// forward pass, which packs tasks from the left again: tasks that had room to wait give
/// way to those that had none.
extension SchedulingRun {
    /// The right-justified start of every task of the schedule now in `earlyStart`/`earlyEnd`.
    /// Fixed tasks, tasks no capacity can hold and phases stay where they are. The run's
    /// arrays are read through locals, as in `serialPass`.
    ///
    /// - Complexity: O(tasks · log tasks + links + the days each task's search scans × its roles).
    func rightJustifiedStarts(impossible: [Bool]) -> [Int] {
        let assignments = self.assignments
        let named = namedRows
        let peopleTasks = self.peopleTasks
        let lengths = self.lengths, fixedStart = self.fixedStart
        let links = network.links, outgoing = network.outgoingLinks, summaryOf = network.summaryOf
        let taskCount = plan.tasks.count
        let finish = projectEnd
        var starts = earlyStart, ends = earlyEnd
        var people = assignedPeople
        var capacity = CapacityTable(calendars: calendars, initialDays: finish + 1)
        var noRoom = NoRoomStarts(rows: calendars.capacityProfiles.count)
        func book(_ task: Int, from start: Int, sign: Double) {
            var (first, last) = (Int.max, Int.min)
            forEachBookedDay(of: task, from: start) { day, share in
                for assignment in assignments[task] { capacity.book(assignment.role, on: day, units: sign * assignment.units * share) }
                for person in people[task] { capacity.book(person.row, on: day, units: sign * person.units * share) }
                (first, last) = (min(first, day), max(last, day))
            }
            guard sign < 0, first <= last else { return }
            for assignment in assignments[task] { noRoom.givenBack(assignment.role, days: first...last) }
            for person in people[task] { noRoom.givenBack(person.row, days: first...last) }
        }
        for task in 0..<taskCount where lengths[task] > 0 && !impossible[task] { book(task, from: starts[task], sign: 1) }
        let order = (0..<taskCount).sorted { (ends[$0], starts[$0], $0) > (ends[$1], starts[$1], $1) }
        for task in order where fixedStart[task] == nil && !impossible[task] {
            // The limits its successors put on its start and end, and those of the phases it
            // is in (a link from a phase holds every task of it).
            var startLimit = Int.max, endLimit = finish
            var node: Int? = task
            while let current = node {
                for position in Int(outgoing.offsets[current])..<Int(outgoing.offsets[current + 1]) {
                    let link = links[Int(outgoing.ids[position])]
                    let late = link.constrainsStart ? starts[link.target] : ends[link.target]
                    let bound = calendars.latestPoint(advancedBy: link, notAfter: late)
                    if link.startBased { startLimit = min(startLimit, bound) } else { endLimit = min(endLimit, bound) }
                }
                node = summaryOf[current]
            }
            if lengths[task] == 0 {
                let point = max(min(startLimit, endLimit), starts[task])
                (starts[task], ends[task]) = (point, point)
                continue
            }
            let calendar = calendar(ofTask: task)
            var latest = calendar.startPoint(endingBy: endLimit, length: lengths[task]) ?? starts[task]
            if startLimit < Int.max, let day = calendar.day(ofWorkingDay: calendar.workingDays(before: startLimit + 1) - 1) {
                latest = min(latest, day)
            }
            guard latest > starts[task] else { continue }
            book(task, from: starts[task], sign: -1)
            if let moved = latestFit(task, from: latest, notBefore: starts[task], assignments: Self.merged(assignments[task]),
                                     named: named[task], usesPeople: peopleTasks[task], capacity: &capacity, noRoom: &noRoom) {
                starts[task] = moved.start
                // Tasks without people have none before and after: no write, so the array of
                // every task's people is not copied for them.
                if peopleTasks[task] { people[task] = moved.people }
                ends[task] = calendar.endPoint(startingAt: moved.start, length: lengths[task]) ?? ends[task]
            }
            book(task, from: starts[task], sign: 1)
        }
        return Array(starts[0..<taskCount])
    }

    /// The latest working-day start from `latest` down to (excluding) `current` at which the
    /// task's roles and people have room on every day it books; `nil` when none does.
    ///
    /// - Complexity: O(days scanned × roles of the task).
    private func latestFit(_ task: Int, from latest: Int, notBefore current: Int, assignments: [(role: Int, units: Double)],
                           named: [Int?], usesPeople: Bool, capacity: inout CapacityTable,
                           noRoom: inout NoRoomStarts) -> (start: Int, people: [(row: Int, units: Double)])? {
        let calendar = calendar(ofTask: task)
        let booking = calendars.taskCalendar[task] == calendars.bookingCalendar[task]
            ? nil : calendars.calendars[calendars.bookingCalendar[task]]
        let starts = distinctStartCalendar(ofTask: task)
        let lowest = calendar.workingDays(before: current) + 1
        var index = calendar.workingDays(before: latest)
        if assignments.count == 1, booking == nil, starts == nil, !usesPeople, lastDayShare[task] == 1,
           calendar.day(ofWorkingDay: index + lengths[task] - 1) != nil {
            let kind = windowKind(task, assignments[0]), length = kind.length
            let known = options.remembersNoRoom ? noRoom.known(kind) : nil
            let found = Self.latestWindow(calendar: calendar, length: length, lowest: lowest, highest: index,
                                          role: kind.role, units: kind.units, capacity: &capacity, skipping: known)
            // Every start above the one found (or from `lowest` up) has no room.
            let lowestWithout = (found ?? lowest - 1) + 1
            if options.remembersNoRoom, lowestWithout <= index, let firstDay = calendar.day(ofWorkingDay: lowestWithout) {
                noRoom.record(kind, starts: lowestWithout...index, days: firstDay...(calendar.day(ofWorkingDay: index + length - 1) ?? Int.max))
            }
            return found.flatMap { calendar.day(ofWorkingDay: $0) }.map { ($0, []) }
        }
        search: while index >= lowest {
            guard let start = calendar.day(ofWorkingDay: index) else { return nil }
            if let starts, !starts.isWorking(start) {
                index -= 1
                continue search
            }
            for offset in 0..<lengths[task] {
                guard let day = calendar.day(ofWorkingDay: index + offset) else { return nil }
                if let booking, !booking.isWorking(day) { continue }
                let share = offset == lengths[task] - 1 ? lastDayShare[task] : 1
                for assignment in assignments where capacity.left(assignment.role, on: day) + 1e-9 < assignment.units * share {
                    // Every start whose days include this one is ruled out.
                    index += offset - lengths[task]
                    continue search
                }
            }
            if usesPeople {
                guard let chosen = choosePeople(task, days: bookedDays(of: task, from: start), named: named,
                                                capacity: &capacity, force: false) else {
                    index -= 1
                    continue search
                }
                return (start, chosen)
            }
            return (start, [])
        }
        return nil
    }

    /// `latestFit` for the common task — one role, whole days, booked on the days it spans,
    /// no people — with the same answer (the latest start whose every day has room), found
    /// without reading every day: a candidate window is read from its first day up, and a
    /// day without room rules out every start up to `length` days before it, so the next
    /// candidate ends just below that day (a fully booked stretch is read one day in
    /// `length`). Days already seen to have room are not read again.
    ///
    /// Starts in `skipping` are known to have none (`NoRoomStarts`) and are not read. Returns
    /// the start's working-day index.
    ///
    /// - Complexity: O(days scanned).
    static func latestWindow(calendar: DayCalendar, length: Int, lowest: Int, highest: Int, role: Int, units: Double,
                             capacity: inout CapacityTable, skipping: ClosedRange<Int>? = nil) -> Int? {
        var start = highest
        // Working days `known..<start + length` have room (none to begin with).
        var known = highest + length
        search: while start >= lowest {
            if let skipping, skipping.contains(start) {
                start = skipping.lowerBound - 1
                known = start + length
                continue search
            }
            var index = start
            while index < known {
                guard let day = calendar.day(ofWorkingDay: index) else { return nil }
                if capacity.left(role, on: day) + 1e-9 < units {
                    // Every window holding `index` is out; `start..<index` have room.
                    known = start
                    start = index - length
                    continue search
                }
                index += 1
            }
            return start
        }
        return nil
    }
}
