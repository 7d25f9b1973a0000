import PlanModel

/// One working day of the S-curve: person-days planned by its end (baseline) and earned by
/// its end (from the actual dates; `nil` after the status date).
public struct SCurvePoint: Sendable, Equatable {
    public let date: CivilDate
    public let planned: Double
    public let earned: Double?

    public init(date: CivilDate, planned: Double, earned: Double?) {
        self.date = date
        self.planned = planned
        self.earned = earned
    }
}
