import PlanModel
import PlanScheduling

/// Computes the earned schedule and the S-curve from a baseline and the earned work.
///
/// PV spreads each baseline task's person-days evenly over the team's working days of its
/// baseline span (all on its first working day when the span has none).
struct EarnedScheduleCalculator {
    let baseline: Baseline
    let calendar: WorkingCalendar

    /// Cumulative planned person-days by the end of each working day `k` (index 0: before the
    /// first), `0...PD`.
    ///
    /// - Complexity: O(baseline entries + PD).
    func plannedCurve() -> [Double] {
        let duration = calendar.workingDays(from: baseline.start, through: baseline.finish)
        var increments = [Double](repeating: 0, count: duration + 2)
        for entry in baseline.entries where entry.kind == .task && entry.work > 0 {
            let before = calendar.workingDays(from: baseline.start, through: entry.start.advanced(by: -1))
            let span = calendar.workingDays(from: entry.start, through: entry.finish)
            let first = min(before + 1, max(duration, 1))
            let days = max(min(span, duration - first + 1), 1)
            let perDay = entry.work / Double(days)
            // A difference array of per-day rates: +rate from `first`, −rate after the last day.
            increments[first] += perDay
            increments[min(first + days, duration + 1)] -= perDay
        }
        var curve = [Double](repeating: 0, count: duration + 1)
        var rate = 0.0
        for day in 1...max(duration, 1) where day <= duration {
            rate += increments[day]
            curve[day] = curve[day - 1] + rate
        }
        return curve
    }

    func figures(earnedValue: Double, asOf: CivilDate) -> EarnedSchedule {
        let curve = plannedCurve()
        let duration = curve.count - 1
        let budget = baseline.totalWork
        let actualTime = calendar.workingDays(from: baseline.start, through: asOf)
        let plannedValue = curve[min(actualTime, duration)]
        // C: the last whole day by which the baseline planned no more than EV.
        let tolerance = 1e-9 * max(budget, 1)
        var whole = 0
        while whole < duration && curve[whole + 1] <= earnedValue + tolerance { whole += 1 }
        var earned = Double(whole)
        if whole < duration {
            let step = curve[whole + 1] - curve[whole]
            if step > 0 { earned += max(earnedValue - curve[whole], 0) / step }
        }
        var forecast: CivilDate?
        if actualTime > 0, earned > 0 {
            let estimate = Double(duration) * Double(actualTime) / earned
            if estimate.isFinite, estimate < Double(Int32.max) {
                forecast = calendar.workingDay(Int((estimate - 1e-9).rounded(.up)), from: baseline.start)
            }
        }
        return EarnedSchedule(budget: budget, plannedValue: plannedValue, earnedValue: earnedValue, actualTime: actualTime,
                              plannedDuration: duration, earnedSchedule: earned, forecastFinish: forecast)
    }
}
