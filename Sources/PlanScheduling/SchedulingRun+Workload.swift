import PlanModel

extension SchedulingRun {
    /// The workload of the schedule as computed, from the plan start to the last day booked
    /// (or to `through`, when later, within the calendars' horizon).
    ///
    /// - Complexity: O(booked days × assignments + rows × days).
    func workload(through: CivilDate? = nil) -> Workload {
        let rowCount = calendars.capacityProfiles.count
        let lastBooked = failed ? 0 : (plan.tasks.indices.map { earlyEnd[$0] }.max() ?? 0)
        let end = max(lastBooked, through.map { plan.start.distance(to: $0) + 1 } ?? 0)
        let days = max(0, min(end, calendars.team.horizon))
        var booked = [[Double]](repeating: [Double](repeating: 0, count: days), count: rowCount)  // per row, per day
        let named = namedPersonRows()
        for task in plan.tasks.indices where lengths[task] > 0 && !failed {
            let assignments = self.assignments[task]
            let people: [(row: Int, units: Double)] = task < assignedPeople.count
                ? assignedPeople[task]
                : plan.tasks[task].assignments.indices.compactMap { position in
                    named[task][position].map { ($0, plan.tasks[task].assignments[position].units) }
                }
            forEachBookedDay(of: task, from: earlyStart[task]) { day, share in
                guard day < days else { return }
                for assignment in assignments { booked[assignment.role][day] += assignment.units * share }
                for person in people { booked[person.row][day] += person.units * share }
            }
        }
        var rows: [Workload.Row] = []
        for (index, role) in plan.roles.enumerated() {
            let calendar = calendars.calendars[calendars.roleCalendar[index]]
            func available(_ row: Int) -> [Double] {
                (0..<days).map { day in
                    calendar.isWorking(day) || booked[row][day] > 0 ? calendars.capacity(ofRow: row, on: day) : 0
                }
            }
            rows.append(Workload.Row(kind: .role, id: role.id, name: role.name, role: role.id,
                                     available: available(index), booked: booked[index]))
        }
        for (index, role) in plan.roles.enumerated() {
            let calendar = calendars.calendars[calendars.roleCalendar[index]]
            for (at, row) in calendars.personRows[index].enumerated() {
                let available = (0..<days).map { day in
                    calendar.isWorking(day) || booked[row][day] > 0 ? calendars.capacity(ofRow: row, on: day) : 0
                }
                rows.append(Workload.Row(kind: .person, id: role.people[at].id, name: role.people[at].name, role: role.id,
                                         available: available, booked: booked[row]))
            }
        }
        return Workload(start: plan.start, days: days, rows: rows)
    }
}
