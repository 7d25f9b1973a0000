import Foundation
import MetricsStore

/// The coverage of a metric over a window (`InMemoryMetrics.coveredDays`), kept once found:
/// a review asks it of each KPI's inputs over each of its windows, and many KPIs share inputs
/// and windows — each answer a pass over the window's observations and every dimension value.
final class CoverageMemo: @unchecked Sendable {
    struct Key: Hashable {
        var metric: String
        var first: Int
        var last: Int
    }

    private let lock = NSLock()
    private var known: [Key: CoveredDays] = [:]

    func coverage(_ key: Key, compute: () -> CoveredDays) -> CoveredDays {
        if let found = lock.withLock({ known[key] }) { return found }
        let found = compute()
        lock.withLock { known[key] = found }
        return found
    }
}
