import Foundation

/// Answers of a read-only store kept for the review's life: a review asks the same window,
/// dimension table and value lists many times (once per KPI input, breakdown value, coverage
/// and pacing line), and a store nobody writes cannot change under it.
final class StoreAnswers: @unchecked Sendable {
    enum Question: Hashable, Sendable {
        case combinations
        case window(metric: String, first: Int, last: Int)
        case known(metric: String)
        case values(dimension: String)
        case dimensionsByMetric
    }

    private let lock = NSLock()
    private var answers: [Question: any Sendable] = [:]

    /// The kept answer, or `compute`'s, kept. Two threads asking at once may both compute.
    func answer<T: Sendable>(_ question: Question, compute: () throws -> T) rethrows -> T {
        if let known = lock.withLock({ answers[question] }) as? T { return known }
        let computed = try compute()
        lock.withLock { answers[question] = computed }
        return computed
    }
}
