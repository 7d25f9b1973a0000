import PlanModel

/// Earned schedule (Lipke) over person-days of planned work, measured in the team's working
/// days from the baseline's start. Formulas, with a worked example, in docs/tracking.md.
public struct EarnedSchedule: Sendable, Equatable {
    /// BAC: planned person-days of the baseline's tasks.
    public let budget: Double
    /// PV: person-days the baseline planned by the end of the status date.
    public let plannedValue: Double
    /// EV: Σ baseline work × % complete now.
    public let earnedValue: Double
    /// AT: working days from the baseline's start through the status date.
    public let actualTime: Int
    /// PD: working days from the baseline's start through its finish.
    public let plannedDuration: Int
    /// ES: the time at which the baseline planned to have earned EV.
    public let earnedSchedule: Double
    /// The day by which the plan finishes at SPI(t): the ⌈IEAC(t)⌉-th working day from the
    /// baseline's start; `nil` when there is no rate yet, or beyond the calendar.
    public let forecastFinish: CivilDate?

    public init(budget: Double, plannedValue: Double, earnedValue: Double, actualTime: Int, plannedDuration: Int,
                earnedSchedule: Double, forecastFinish: CivilDate?) {
        self.budget = budget
        self.plannedValue = plannedValue
        self.earnedValue = earnedValue
        self.actualTime = actualTime
        self.plannedDuration = plannedDuration
        self.earnedSchedule = earnedSchedule
        self.forecastFinish = forecastFinish
    }

    /// SV = EV − PV, in person-days.
    public var scheduleVariance: Double { earnedValue - plannedValue }
    /// SPI = EV ÷ PV; `nil` before any work was planned.
    public var schedulePerformance: Double? { plannedValue > 0 ? earnedValue / plannedValue : nil }
    /// SV(t) = ES − AT, in working days.
    public var timeVariance: Double { earnedSchedule - Double(actualTime) }
    /// SPI(t) = ES ÷ AT; `nil` before the baseline starts.
    public var timePerformance: Double? { actualTime > 0 ? earnedSchedule / Double(actualTime) : nil }
    /// IEAC(t) = PD ÷ SPI(t), in working days; `nil` without a positive SPI(t).
    public var estimatedDuration: Double? {
        guard let rate = timePerformance, rate > 0 else { return nil }
        return Double(plannedDuration) / rate
    }
    /// EV ÷ BAC.
    public var percentComplete: Double { budget > 0 ? min(earnedValue / budget, 1) : 0 }
}
