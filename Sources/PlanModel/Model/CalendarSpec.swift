/// The working calendar as declared: which weekdays are off, which dates are holidays and
/// which weekend dates are worked anyway (调休). The scheduler turns it into a fast lookup.
public struct CalendarSpec: Sendable {
    public var weekends: Set<Weekday>
    public var holidays: [DateRange]
    public var workdays: [DateRange]

    public init(weekends: Set<Weekday> = [.sat, .sun], holidays: [DateRange] = [], workdays: [DateRange] = []) {
        self.weekends = weekends
        self.holidays = holidays
        self.workdays = workdays
    }

    /// Whether a date is a working day for the whole team: make-up days win over weekends
    /// and holidays.
    public func isWorkingDay(_ date: CivilDate) -> Bool {
        if workdays.contains(where: { $0.contains(date) }) { return true }
        if weekends.contains(date.weekday) { return false }
        return !holidays.contains(where: { $0.contains(date) })
    }
}
