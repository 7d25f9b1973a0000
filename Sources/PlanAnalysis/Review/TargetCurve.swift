import PlanModel

/// How a target is due through its window (the target curve): linear over the window's
/// working days, or weighted by the plan's `review.pacing` weights stretched over them (a
/// heavy launch day, say). Days off add nothing.
struct TargetCurve {
    private let days: [CivilDate]
    private let cumulative: [Double]

    /// - Complexity: O(d) for the d calendar days of the window.
    init(window: DateRange, calendar: CalendarSpec, weights: [Double]) {
        var days: [CivilDate] = []
        var day = window.first
        while day <= window.last {
            if calendar.isWorkingDay(day) { days.append(day) }
            day = day.advanced(by: 1)
        }
        var running = 0.0
        var cumulative: [Double] = []
        cumulative.reserveCapacity(days.count)
        for index in days.indices {
            running += weights.isEmpty ? 1 : weights[min(weights.count - 1, index * weights.count / days.count)]
            cumulative.append(running)
        }
        self.days = days
        self.cumulative = cumulative
    }

    /// The share of the target due by the end of `day`, from 0 to 1. A window without working
    /// days is due at once.
    ///
    /// - Complexity: O(log d).
    func share(through day: CivilDate) -> Double {
        guard let total = cumulative.last, total > 0 else { return 1 }
        var low = 0, high = days.count
        while low < high {
            let middle = (low + high) / 2
            if days[middle] <= day { low = middle + 1 } else { high = middle }
        }
        return low == 0 ? 0 : cumulative[low - 1] / total
    }
}
