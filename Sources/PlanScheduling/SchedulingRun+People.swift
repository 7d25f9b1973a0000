import PlanModel

/// Named people: a role that lists people is leveled as their sum, and each of its tasks is
/// then given to people — the named one (`role: design/wang`), or the first listed people
/// with room on every day the task books, as many as its units need. A person on leave gives
/// nothing that day; the role loses only their units. The capacity of each person is a row of
/// the same `CapacityTable` the roles use.
extension SchedulingRun {
    /// Per task, per assignment, the capacity row of the person it names (`nil`: the role).
    func namedPersonRows() -> [[Int?]] {
        plan.tasks.indices.map { task in
            plan.tasks[task].assignments.map { assignment -> Int? in
                guard let person = assignment.person, let role = plan.roles.firstIndex(where: { $0.id == assignment.role }),
                      let at = plan.roles[role].people.firstIndex(where: { $0.id == person }) else { return nil }
                return calendars.personRows[role][at]
            }
        }
    }

    /// Whether some assignment of the task goes to a role that lists people.
    func usesPeople(_ task: Int) -> Bool {
        assignments[task].contains { !calendars.personRows[$0.role].isEmpty }
    }

    /// The people who do task `task` on `days`, with the units each gives: a named person as
    /// written, else the first listed people with room on all of those days, in list order,
    /// until the assignment's units are covered. `nil` when they do not fit; with `force`
    /// (a fixed task, which never moves) the first listed people are taken regardless.
    ///
    /// - Complexity: O(assignments × people of the role × days).
    func choosePeople(_ task: Int, days: [(day: Int, share: Double)], named: [Int?], capacity: inout CapacityTable,
                      force: Bool) -> [(row: Int, units: Double)]? {
        var chosen: [(row: Int, units: Double)] = []
        // Units of each person this task has taken already (a task may name a person and ask
        // for the role too).
        func taken(_ row: Int) -> Double { chosen.reduce(0) { $0 + ($1.row == row ? $1.units : 0) } }
        // Named people first: they have no alternative.
        let list = assignments[task].enumerated().sorted { (named[$0.offset] == nil ? 1 : 0, $0.offset) < (named[$1.offset] == nil ? 1 : 0, $1.offset) }
        for (position, assignment) in list {
            if let row = named[position] {
                let already = taken(row)
                if !force, days.contains(where: { capacity.left(row, on: $0.day) + 1e-9 < (already + assignment.units) * $0.share }) { return nil }
                chosen.append((row, assignment.units))
                continue
            }
            let rows = calendars.personRows[assignment.role]
            guard !rows.isEmpty else { continue }
            var needed = assignment.units
            for row in rows where needed > 1e-9 {
                var room = Double.infinity
                // Units the person can give on every day (on a part day, its share of them).
                for (day, share) in days { room = min(room, capacity.left(row, on: day) / share) }
                let taken = min(max(room - taken(row), 0), needed)
                if taken > 1e-9 {
                    chosen.append((row, taken))
                    needed -= taken
                }
            }
            if needed > 1e-9 {
                guard force, let first = rows.first else { return nil }
                chosen.append((first, needed))
            }
        }
        return chosen
    }

    /// The days the task books from `start` with the share of each, as a list (for choosing people).
    func bookedDays(of task: Int, from start: Int) -> [(day: Int, share: Double)] {
        var days: [(day: Int, share: Double)] = []
        forEachBookedDay(of: task, from: start) { days.append(($0, $1)) }
        return days
    }

    /// The ids of the people a task was given, each once, in the order they were chosen.
    func personIDs(of task: Int) -> [String] {
        guard task < assignedPeople.count else { return [] }
        var ids: [String] = []
        for row in assignedPeople[task] {
            for (role, rows) in calendars.personRows.enumerated() {
                if let at = rows.firstIndex(of: row.row), !ids.contains(plan.roles[role].people[at].id) { ids.append(plan.roles[role].people[at].id) }
            }
        }
        return ids
    }
}
