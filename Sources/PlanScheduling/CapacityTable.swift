import PlanModel

/// Units each role has left on each day, grown on demand so that memory follows the length
/// of the schedule rather than the generous horizon of the calendars.
struct CapacityTable {
    private var remaining: [[Double]]
    private let headcounts: [Double]
    private let calendars: [DayCalendar]

    init(headcounts: [Int], calendars: [DayCalendar], initialDays: Int) {
        self.headcounts = headcounts.map(Double.init)
        self.calendars = calendars
        remaining = Array(repeating: [], count: headcounts.count)
        for role in remaining.indices { grow(role, to: initialDays) }
    }

    private mutating func grow(_ role: Int, to days: Int) {
        let limit = min(days, calendars[role].horizon)
        var row = remaining[role]
        guard row.count < limit else { return }
        row.reserveCapacity(limit)
        for day in row.count..<limit { row.append(calendars[role].isWorking(day) ? headcounts[role] : 0) }
        remaining[role] = row
    }

    /// Units left for `role` on `day` (0 past the horizon).
    mutating func left(_ role: Int, on day: Int) -> Double {
        if day >= remaining[role].count { grow(role, to: max(day + 1, remaining[role].count * 2)) }
        return day < remaining[role].count ? remaining[role][day] : 0
    }

    mutating func book(_ role: Int, on day: Int, units: Double) {
        if day >= remaining[role].count { grow(role, to: max(day + 1, remaining[role].count * 2)) }
        if day < remaining[role].count { remaining[role][day] -= units }
    }
}
