import PlanModel

/// Units each role has left on each day, grown on demand so that memory follows the length
/// of the schedule rather than the generous horizon of the calendars. A role starts each day
/// with its headcount, or what the calendar layer says for that day (0 on its days off, the
/// people on duty on a rota day): the leveler asks this table, not the calendars.
struct CapacityTable {
    private var remaining: [[Double]]
    private let profiles: [CapacityProfile]
    private let horizon: Int

    /// One row per role, then per listed person (`CalendarSet`'s rows).
    init(calendars: CalendarSet, initialDays: Int) {
        profiles = calendars.capacityProfiles
        horizon = calendars.team.horizon
        remaining = Array(repeating: [], count: profiles.count)
        for role in remaining.indices { grow(role, to: initialDays) }
    }

    private mutating func grow(_ role: Int, to days: Int) {
        let limit = min(days, horizon)
        var row = remaining[role]
        guard row.count < limit else { return }
        row.reserveCapacity(limit)
        row.append(contentsOf: profiles[role].values(row.count..<limit))
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
