import PlanModel

/// How many days from the plan start the calendars cover: far enough for any schedule the
/// plan can have, and no further, since every calendar costs memory per day.
///
/// A bound in working days: after the latest fixed date or `notBefore`, every task one after
/// another with every positive lag between them (a path takes each declared lag at most once;
/// the copies of a phase's `after` share a predecessor) plus every role day off that falls on
/// a team working day, all of it times the ratio of the team's working weekdays to those of the
/// role that works the fewest (its own `weekends`). Leveling places tasks serially, so it stays within the same bound. The
/// team calendar then turns working days into days at its real density — a team that works
/// one day a week needs seven days per working day, a long holiday is skipped whole — rather
/// than a guessed ratio. The result is capped (`maximumDays`, over 270 years): a plan beyond it
/// is reported, not computed.
enum ScheduleHorizon {
    static let maximumDays = 100_000
    /// Spare working days and days, so rounding at either end never decides.
    private static let spareWorkingDays = 32
    private static let spareDays = 14

    /// - Parameters:
    ///   - teamDays: the team calendar for `maximumDays` days (`CalendarSet.teamDays`).
    ///   - earliest: the latest fixed start or `notBefore`, in days from the plan start.
    /// - Complexity: O(maximumDays + tasks + dependencies + role days-off ranges).
    static func days(plan: Plan, lengths: [Int], earliest: Int, teamDays: [Bool]) -> Int {
        var before = [Int32](repeating: 0, count: teamDays.count + 1)
        for day in teamDays.indices { before[day + 1] = before[day] + (teamDays[day] ? 1 : 0) }
        func workingDays(_ first: Int, _ last: Int) -> Int {
            let low = min(max(first, 0), teamDays.count), high = min(max(last + 1, 0), teamDays.count)
            return low < high ? Int(before[high] - before[low]) : 0
        }
        var needed = spareWorkingDays + lengths.reduce(0, +)
        func lag(_ dependency: Dependency) -> Int { max(0, Int(dependency.lag.days.rounded(.up))) }
        for index in plan.tasks.indices { needed += plan.tasks[index].dependencies.reduce(0) { $0 + lag($1) } }
        for phase in plan.phases { needed += phase.dependencies.reduce(0) { $0 + lag($1) } }
        var sparsest = 1
        // With several plan calendars, the densest week: the ratio errs on the long side.
        let teamWeek = max(([plan.calendar] + plan.phases.compactMap(\.planCalendar)).map { 7 - $0.weekends.count }.max() ?? 5, 1)
        for role in plan.roles {
            // Rota days and a person's leave can hold a task back as days off do (fewer people).
            for range in role.daysOff + role.rota.map(\.days) + role.people.flatMap(\.daysOff) {
                needed += workingDays(plan.start.distance(to: range.first), plan.start.distance(to: range.last))
            }
            // A role with fewer working weekdays than the team needs more days per working day.
            if let weekends = role.weekends {
                let roleWeek = max(7 - weekends.count, 1)
                sparsest = max(sparsest, (teamWeek + roleWeek - 1) / roleWeek)
            }
        }
        needed = needed.multipliedReportingOverflow(by: sparsest).overflow ? Int.max / 2 : needed * sparsest
        let start = min(max(earliest, 0), teamDays.count)
        let target = Int(before[start]) + min(needed, teamDays.count)
        guard target <= Int(before[teamDays.count]) else { return maximumDays }
        // The first day by which `target` working days have passed.
        var low = start, high = teamDays.count
        while low < high {
            let middle = (low + high) / 2
            if Int(before[middle]) >= target { high = middle } else { low = middle + 1 }
        }
        return min(low + spareDays, maximumDays)
    }
}
