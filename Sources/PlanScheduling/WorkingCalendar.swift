import PlanModel

/// The plan's working days by calendar date, for the layers above the scheduler (tracking
/// counts slips and elapsed work in working days): the same calendars the scheduler uses —
/// the team's, and each task's (only days every one of its roles works) — over a window of
/// dates that may begin before the plan starts.
public struct WorkingCalendar: Sendable {
    public let origin: CivilDate
    /// The last day covered; later days count as working days of the usual week pattern
    /// would not, so callers size the window to what they ask about.
    public let last: CivilDate
    private let calendars: CalendarSet

    /// - Parameters:
    ///   - origin: the first day covered (at the latest the plan start is sensible).
    ///   - last: the last day covered.
    /// - Complexity: O(days covered × distinct role calendars).
    public init(plan: Plan, from origin: CivilDate, through last: CivilDate) {
        var shifted = plan
        shifted.start = origin
        self.origin = origin
        self.last = max(last, origin)
        calendars = CalendarSet(plan: shifted, horizon: origin.distance(to: self.last) + 1)
    }

    private func calendar(task: Int?) -> DayCalendar {
        guard let task, task >= 0, task < calendars.taskCalendar.count else { return calendars.team }
        return calendars.calendars[calendars.taskCalendar[task]]
    }

    /// Whether `date` is a working day for the team (`task` nil) or for that task's roles.
    public func isWorking(_ date: CivilDate, task: Int? = nil) -> Bool {
        calendar(task: task).isWorking(origin.distance(to: date))
    }

    /// Working days in `first...last` (0 when `last` is before `first`), clamped to the window.
    public func workingDays(from first: CivilDate, through last: CivilDate, task: Int? = nil) -> Int {
        guard first <= last else { return 0 }
        let days = calendar(task: task)
        return days.workingDays(before: origin.distance(to: last) + 1) - days.workingDays(before: origin.distance(to: first))
    }

    /// The first working day at or after `date`, or `nil` past the window.
    public func firstWorkingDay(atOrAfter date: CivilDate, task: Int? = nil) -> CivilDate? {
        calendar(task: task).firstWorkingDay(atOrAfter: origin.distance(to: date)).map { origin.advanced(by: $0) }
    }

    /// The `count`-th working day (1-based) counted from `date` itself, or `nil` past the window.
    public func workingDay(_ count: Int, from date: CivilDate, task: Int? = nil) -> CivilDate? {
        let days = calendar(task: task)
        return days.day(ofWorkingDay: days.workingDays(before: origin.distance(to: date)) + max(count, 1) - 1)
            .map { origin.advanced(by: $0) }
    }
}
