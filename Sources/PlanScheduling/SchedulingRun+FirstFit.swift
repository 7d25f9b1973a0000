import PlanModel

/// Where one task fits under role (and people) capacity, shared by the leveling passes.
extension SchedulingRun {
    /// The kind of window the common task searches for, as `NoRoomStarts` keys it.
    func windowKind(_ task: Int, _ assignment: (role: Int, units: Double)) -> NoRoomStarts.Kind {
        NoRoomStarts.Kind(calendar: calendars.taskCalendar[task], role: assignment.role, units: assignment.units, length: lengths[task])
    }

    /// A role asked for twice (`roles: {design: 1, design/wang: 0.5}`) needs the sum.
    static func merged(_ assignments: [(role: Int, units: Double)]) -> [(role: Int, units: Double)] {
        // Most tasks have one role: no set to build for them (this runs once per task per pass).
        guard assignments.count > 1, Set(assignments.map(\.role)).count < assignments.count else { return assignments }
        var merged: [(role: Int, units: Double)] = []
        for entry in assignments {
            if let at = merged.firstIndex(where: { $0.role == entry.role }) { merged[at].units += entry.units } else { merged.append(entry) }
        }
        return merged
    }

    /// The first start at or after `earliest` where every role of the task has the units it
    /// needs on each of its working days, with the working days each role held it back: a
    /// role that lacks capacity on a day rules out every start whose days include it, and
    /// those starts are its share of the delay.
    ///
    /// - Complexity: O(days scanned × roles of the task).
    func firstFit(_ task: Int, from earliest: Int, assignments: [(role: Int, units: Double)], named: [Int?], usesPeople: Bool,
                  capacity: inout CapacityTable, noRoom: inout NoRoomStarts)
        -> (start: Int, end: Int, delays: [(role: Int, days: Int)], lastBlock: (role: Int, day: Int)?,
            people: [(row: Int, units: Double)])? {
        let assignments = Self.merged(assignments)
        let calendar = calendar(ofTask: task)
        // A calendar-day task spans every day but books only those its roles work.
        let booking = calendars.taskCalendar[task] == calendars.bookingCalendar[task]
            ? nil : calendars.calendars[calendars.bookingCalendar[task]]
        let starts = distinctStartCalendar(ofTask: task)
        var startIndex = calendar.workingDays(before: earliest)
        if assignments.count == 1, booking == nil, starts == nil, !usesPeople, lastDayShare[task] == 1 {
            // A pass only books, so starts once seen without room stay so for the pass.
            let kind = windowKind(task, assignments[0])
            let known = options.remembersNoRoom ? noRoom.known(kind) : nil
            let fitted = Self.firstWindow(calendar: calendar, length: kind.length, from: startIndex, role: kind.role,
                                          units: kind.units, capacity: &capacity, skipping: known)
            if options.remembersNoRoom, let fitted, case let found = calendar.workingDays(before: fitted.start), found > startIndex {
                noRoom.record(kind, starts: startIndex...(found - 1))
            }
            return fitted
        }
        var delays: [(role: Int, days: Int)] = []
        var lastBlock: (role: Int, day: Int)?
        search: while true {
            guard let start = calendar.day(ofWorkingDay: startIndex) else { return nil }
            if let starts, !starts.isWorking(start) {
                // A continuous calendar-day task does not begin on a day of leave.
                guard let next = starts.firstWorkingDay(atOrAfter: start) else { return nil }
                startIndex = calendar.workingDays(before: next)
                continue search
            }
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

    /// `firstFit` for the common task — one role, whole days, booked on the days it spans, no
    /// people — with the same answer and the same explanation, found without reading every
    /// day: a candidate window is read from its last day down, and a day without room rules
    /// out every start up to it, so the next candidate begins just after it (a fully booked
    /// stretch is read one day in `length`); days already seen to have room are not read
    /// again. Every start passed over is a working day the role held the task back (the
    /// general search adds `offset + 1` per block, which sums to the same distance), and the
    /// last block is the day just before the start found.
    ///
    /// - Complexity: O(days scanned).
    static func firstWindow(calendar: DayCalendar, length: Int, from first: Int, role: Int, units: Double,
                            capacity: inout CapacityTable, skipping: ClosedRange<Int>? = nil)
        -> (start: Int, end: Int, delays: [(role: Int, days: Int)], lastBlock: (role: Int, day: Int)?,
            people: [(row: Int, units: Double)])? {
        var startIndex = first
        // Working days `startIndex...known` have room (none to begin with).
        var known = first - 1
        search: while true {
            if let skipping, skipping.contains(startIndex) {
                // Known to have no room (`NoRoomStarts`): the day before the next start is
                // still one without room, so the explanation is the one reading would give.
                startIndex = skipping.upperBound + 1
                known = startIndex - 1
                continue search
            }
            let last = startIndex + length - 1
            guard calendar.day(ofWorkingDay: last) != nil else { return nil }
            var index = last
            while index > known {
                guard let day = calendar.day(ofWorkingDay: index) else { return nil }
                if capacity.left(role, on: day) + 1e-9 < units {
                    // Every window holding `index` is out; `index + 1...last` have room.
                    known = last
                    startIndex = index + 1
                    continue search
                }
                index -= 1
            }
            break
        }
        guard let start = calendar.day(ofWorkingDay: startIndex),
              let end = calendar.day(ofWorkingDay: startIndex + length - 1).map({ $0 + 1 }) else {
            return nil
        }
        guard startIndex > first, let blocked = calendar.day(ofWorkingDay: startIndex - 1) else { return (start, end, [], nil, []) }
        return (start, end, [(role, startIndex - first)], (role, blocked), [])
    }
}
