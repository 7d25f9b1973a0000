import PlanModel

/// Where a review reads measured values: the questions the review engine asks, answered by
/// the source itself so that a database aggregates in SQL instead of handing over its rows.
///
/// Every implementation answers bit for bit alike on the same observations (the shared test
/// suite checks it): sums run in the store's order — by date, ties in the order the
/// observations were imported — and a stock's last values are added in the order their
/// dimension combinations first appeared.
///
/// Formulas (a rate is Σorders / Σvisitors) are not the source's business: `ActualsStore`
/// in PlanAnalysis evaluates them over what `aggregate` answers for each measured input.
public protocol MetricsSource: Sendable {
    /// The aggregate of the measured `metric` over `window`, for the observations whose
    /// dimensions carry every pair of `filter` (all of them when empty); `nil` when no
    /// observation matches.
    func aggregate(_ metric: String, _ aggregation: Aggregation, in window: DateRange,
                   where filter: [String: String]) throws -> Double?

    /// The values `dimension` takes in the observations, distinct and sorted (Swift String order).
    func values(of dimension: String) throws -> [String]

    /// The dimensions each metric's observations carry, by metric id; a metric measured with
    /// no dimension maps to the empty set.
    func dimensionsByMetric() throws -> [String: Set<String>]

    /// The observations of `metrics` (every metric when `nil`) in `window` matching `filter`,
    /// in the store's order: by date, then metric id, ties in import order. For the few
    /// questions no aggregate answers (pooling an experiment's per-row means and spreads).
    func observations(of metrics: Set<String>?, in window: DateRange, where filter: [String: String]) throws -> [Observation]

    /// `aggregate(metric, aggregation, in: first...day, where: filter)` for each of `days`
    /// (ascending), answered together: what a pacing line draws. A flow's running sum after a
    /// day is the sum over the window up to it, bit for bit, so a source can answer all the
    /// days in one pass; the default asks `aggregate` once per day.
    func aggregates(_ metric: String, _ aggregation: Aggregation, from first: CivilDate, through days: [CivilDate],
                    where filter: [String: String]) throws -> [Double?]

    /// `aggregate(metric, aggregation, in: window, where: [dimension: value])` for each of
    /// `values`, answered together: what a breakdown by a dimension asks, for every store at
    /// once. The default asks `aggregate` once per value.
    func aggregates(_ metric: String, _ aggregation: Aggregation, in window: DateRange, by dimension: String,
                    values: [String]) throws -> [Double?]

    /// The distinct days of `window` on which `metric` has an observation, and the days of
    /// them each dimension value the metric carries anywhere in the source lacks: a KPI's
    /// coverage without handing over the observations (a database answers the gaps in SQL,
    /// a row per missing (value, day)). A value with data only outside the window lacks every
    /// day: the file review warns of a store whose export was left out, so every source does.
    /// The default reads the metric's observations.
    func coveredDays(of metric: String, in window: DateRange) throws -> CoveredDays
}

extension MetricsSource {
    public func aggregates(_ metric: String, _ aggregation: Aggregation, from first: CivilDate, through days: [CivilDate],
                           where filter: [String: String]) throws -> [Double?] {
        try days.map { try aggregate(metric, aggregation, in: DateRange(first: first, last: $0), where: filter) }
    }

    public func aggregates(_ metric: String, _ aggregation: Aggregation, in window: DateRange, by dimension: String,
                           values: [String]) throws -> [Double?] {
        try values.map { try aggregate(metric, aggregation, in: window, where: [dimension: $0]) }
    }

    /// - Complexity: one read of the window's observations of the metric and, when there are
    ///   any, one of all its observations (for the values it carries anywhere).
    public func coveredDays(of metric: String, in window: DateRange) throws -> CoveredDays {
        let inWindow = try observations(of: [metric], in: window, where: [:])
        guard !inWindow.isEmpty else { return CoveredDays() }
        let everything = DateRange(first: CivilDate(daysSinceEpoch: Int(Int32.min)), last: CivilDate(daysSinceEpoch: Int(Int32.max)))
        return CoveredDays(inWindow, everywhere: try observations(of: [metric], in: everything, where: [:]))
    }
}
