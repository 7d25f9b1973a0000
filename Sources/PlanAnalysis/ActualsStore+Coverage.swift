import MetricsStore
import PlanModel

extension ActualsStore {
    /// The days of `window` on which `metric` has data, and per dimension value the days it
    /// has data for that value: what a KPI's coverage and the missing days are computed from.
    /// Asked of the source, so a database answers with distinct days, not its rows; a read
    /// failure is kept (`readFailure`) and answers no day.
    func coveredDays(of metric: String, in window: DateRange) -> CoveredDays {
        failures.reading(CoveredDays()) { try source.coveredDays(of: metric, in: window) }
    }
}
