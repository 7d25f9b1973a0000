import MetricsStore
import PlanModel

extension ReviewEngine {
    /// The coverage of a KPI's measured window by its inputs' data; `nil` when no input has
    /// any data (the KPI then has no actual either).
    ///
    /// - Complexity: one `coveredDays` question per input (answered by the source: in SQL by
    ///   a database), plus O(g) for the g missing (value, day) pairs it reports.
    func coverage(of metric: String, in window: DateRange) -> ReviewReport.Coverage? {
        let first = window.first.daysSinceEpoch
        let days = window.last.daysSinceEpoch - first + 1
        guard days > 0 else { return nil }
        var fewest: Int?
        var gaps: [ReviewReport.Gap] = []
        func dates(_ missing: [Int]) -> [CivilDate] {
            missing.compactMap { window.first.advanced(by: $0 - first) }
        }
        for input in actuals.inputs(of: metric) {
            let found = actuals.coveredDays(of: input, in: window)
            guard !found.all.isEmpty else { continue }
            fewest = min(fewest ?? Int.max, found.all.count)
            if found.all.count < days {
                gaps.append(.init(metric: input, dimension: nil, value: nil, missing: dates(CoveredDays.difference(Array(first..<(first + days)), found.all))))
            }
            // A value missing on a day others have: a channel's export left out, say (a
            // value with data elsewhere but none in the window lacks every day).
            for (dimension, values) in found.missing.sorted(by: { $0.key < $1.key }) {
                for (value, missing) in values.sorted(by: { $0.key < $1.key }) {
                    gaps.append(.init(metric: input, dimension: dimension, value: value, missing: dates(missing)))
                }
            }
        }
        guard let fewest else { return nil }
        return ReviewReport.Coverage(daysWithData: fewest, days: days, gaps: gaps)
    }
}
