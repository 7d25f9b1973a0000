import Foundation
import MetricsStore

/// Per-dimension-value answers of a read-only store, kept for the review's life: a breakdown
/// asks the same aggregate once per value of a dimension, and the first question computes
/// them all (`cp_sum_by`). Read-only only: a store being written would make them stale.
final class GroupedAnswers: @unchecked Sendable {
    struct Question: Hashable {
        var metric: String
        var aggregation: Aggregation
        var first: Int
        var last: Int
        var dimension: String
    }

    private let lock = NSLock()
    private var answers: [Question: [String: Double]] = [:]

    func answer(_ question: Question, compute: () throws -> [String: Double]) rethrows -> [String: Double] {
        if let known = lock.withLock({ answers[question] }) { return known }
        let computed = try compute()
        lock.withLock { answers[question] = computed }
        return computed
    }
}
