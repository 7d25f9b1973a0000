import Foundation

/// Per-dimension-value answers of a read-only store, kept for the review's life: a breakdown
/// asks the same aggregate once per value of a dimension, and the first question computes
/// them all in one query. Read-only only: a store being written would make them stale.
public final class GroupedAnswers: @unchecked Sendable {
    public struct Question: Hashable, Sendable {
        public var metric: String
        public var aggregation: Aggregation
        public var first: Int
        public var last: Int
        public var dimension: String

        public init(metric: String, aggregation: Aggregation, first: Int, last: Int, dimension: String) {
            self.metric = metric
            self.aggregation = aggregation
            self.first = first
            self.last = last
            self.dimension = dimension
        }
    }

    public init() {}

    private let answers = Memo<Question, [String: Double]>()

    public func answer(_ question: Question, compute: () throws -> [String: Double]) rethrows -> [String: Double] {
        try answers.value(question, compute: compute)
    }
}
