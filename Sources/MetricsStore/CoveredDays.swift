/// The days of a window on which a metric has data: what a KPI's coverage and its missing
/// days are computed from (`MetricsSource.coveredDays`). Days are counted since the epoch
/// (`CivilDate.daysSinceEpoch`), distinct and ascending.
public struct CoveredDays: Sendable, Equatable {
    /// The days on which the metric has any observation.
    public var all: [Int]
    /// Per dimension, per value the metric carries in the window (`渠道` → `门店`), the days it
    /// has an observation with that value; a value with no observation in the window is absent.
    public var byValue: [String: [String: [Int]]]

    public init(all: [Int] = [], byValue: [String: [String: [Int]]] = [:]) {
        self.all = all
        self.byValue = byValue
    }

    /// Gathered from observations in the store's order (by date), the way a source without a
    /// question of its own answers.
    ///
    /// - Complexity: O(m) for m observations (equal days are neighbours).
    public init(_ observations: [Observation]) {
        self.init()
        for observation in observations {
            let day = observation.date.daysSinceEpoch
            if all.last != day { all.append(day) }
            for (dimension, value) in observation.dimensions where byValue[dimension]?[value]?.last != day {
                byValue[dimension, default: [:]][value, default: []].append(day)
            }
        }
    }
}
