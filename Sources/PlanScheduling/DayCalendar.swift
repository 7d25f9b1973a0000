import PlanModel

/// Which days, counted from the plan start, are working days for one calendar, with O(1)
/// working-day arithmetic.
///
/// Time is measured in day boundaries: point `t` is the start of day `t` (day 0 is the plan
/// start). A task that works days `s…f` starts at point `s` and ends at point `f + 1`. The
/// calendar keeps, for every point, how many working days lie before it, and the day of
/// every working day, so "the n-th working day after" is two array reads.
struct DayCalendar: Sendable {
    /// `before[t]`: working days in `[0, t)`; `before.count == horizon + 1`.
    private let before: [Int32]
    /// `days[k]`: the day of the k-th working day (0-based).
    private let days: [Int32]
    let horizon: Int

    /// - Complexity: O(horizon).
    init(horizon: Int, isWorking: (Int) -> Bool) {
        self.horizon = horizon
        var before = [Int32](repeating: 0, count: horizon + 1)
        var days: [Int32] = []
        days.reserveCapacity(horizon * 5 / 7 + 8)
        for day in 0..<horizon {
            if isWorking(day) { days.append(Int32(day)) }
            before[day + 1] = Int32(days.count)
        }
        self.before = before
        self.days = days
    }

    var workingDayCount: Int { days.count }

    func isWorking(_ day: Int) -> Bool {
        day >= 0 && day < horizon && before[day + 1] != before[day]
    }

    /// Working days before point `t` (clamped to the horizon).
    func workingDays(before point: Int) -> Int {
        Int(before[min(max(point, 0), horizon)])
    }

    /// The day of the k-th working day, or `nil` past the horizon.
    func day(ofWorkingDay index: Int) -> Int? {
        index >= 0 && index < days.count ? Int(days[index]) : nil
    }

    /// The first working day at or after point `t`.
    func firstWorkingDay(atOrAfter point: Int) -> Int? {
        day(ofWorkingDay: workingDays(before: point))
    }

    /// The end point of work that starts at the first working day at or after `start` and
    /// lasts `length` working days (at least one).
    func endPoint(startingAt start: Int, length: Int) -> Int? {
        day(ofWorkingDay: workingDays(before: start) + max(length, 1) - 1).map { $0 + 1 }
    }

    /// The latest start from which `length` working days end at or before point `end`.
    func startPoint(endingBy end: Int, length: Int) -> Int? {
        day(ofWorkingDay: workingDays(before: end) - max(length, 1))
    }

    /// The end point of the last working day that ends at or before `point`.
    func endOfLastWorkingDay(atOrBefore point: Int) -> Int? {
        day(ofWorkingDay: workingDays(before: point) - 1).map { $0 + 1 }
    }

    /// A point moved by a lag of `days` working days: for a positive lag, the end of the
    /// `days`-th working day at or after the point; for a lead, the start of the `-days`-th
    /// working day before it. Lags count whole working days, as in MS Project.
    func advance(_ point: Int, byWorkingDays lag: Int) -> Int? {
        if lag == 0 { return point }
        let index = workingDays(before: point)
        if lag > 0 { return day(ofWorkingDay: index + lag - 1).map { $0 + 1 } }
        return index + lag < 0 ? 0 : day(ofWorkingDay: index + lag)
    }

    /// The latest point `p` with `advance(p, lag) <= bound`, by binary search (`advance` is
    /// monotone), for the backward pass.
    ///
    /// - Complexity: O(log horizon).
    func latestPoint(advancedBy lag: Int, notAfter bound: Int) -> Int {
        if lag == 0 { return bound }
        var low = -1, high = horizon  // invariant: advance(low) <= bound, advance(high) > bound (or unknown)
        while high - low > 1 {
            let middle = (low + high) / 2
            if let moved = advance(middle, byWorkingDays: lag), moved <= bound { low = middle } else { high = middle }
        }
        return max(low, 0)
    }
}
