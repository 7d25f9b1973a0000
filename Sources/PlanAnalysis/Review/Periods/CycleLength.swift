import PlanModel

/// How long one cycle of a plan is, for `--shift Ncycle` and the trend: the plan's span in
/// calendar months when it is a monthly (or quarterly…) cycle — it starts on the 1st and
/// ends within a week of a month's end, as a month with its review days after it does — else
/// its length in days (a two-week sprint steps back two weeks).
public enum CycleLength: Sendable, Hashable {
    case months(Int)
    case days(Int)

    /// A month-end this many days away still counts as the end of a monthly cycle (a review
    /// phase running into the next month's first days).
    static let slackDays = 7

    public init(plan window: DateRange) {
        let day = window.first.components.day
        let end = window.last.advanced(by: 1)
        if day == 1 {
            // The whole number of months whose end is closest to the span's end.
            var months = 1
            while let next = Self.shift(window.first, months: months + 1), next <= end.advanced(by: Self.slackDays) { months += 1 }
            if let monthEnd = Self.shift(window.first, months: months), abs(monthEnd.distance(to: end)) <= Self.slackDays {
                self = .months(months)
                return
            }
        }
        self = .days(max(window.dayCount, 1))
    }

    /// `date` moved by `months` (negative: back), the day of the month kept — clamped to the
    /// target month's length, and a month's last day goes to the target month's last day
    /// (12-31 one month back is 11-30; 02-28 of a common year one month back is 01-31).
    static func shift(_ date: CivilDate, months: Int) -> CivilDate? {
        let (year, month, day) = date.components
        let index = year * 12 + (month - 1) + months
        let targetYear = index >= 0 ? index / 12 : (index - 11) / 12
        let targetMonth = index - targetYear * 12 + 1
        guard (1...9999).contains(targetYear) else { return nil }
        let length = CivilDate.daysIn(month: targetMonth, year: targetYear)
        let lastDay = day == CivilDate.daysIn(month: month, year: year)
        return CivilDate(year: targetYear, month: targetMonth, day: lastDay ? length : min(day, length))
    }
}
