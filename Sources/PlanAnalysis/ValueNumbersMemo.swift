import Foundation

/// The index's numbers of the last list of values a breakdown asked for, per dimension
/// (`ActualsIndex.pairNumbers`): a breakdown asks the same 50,000 stores for every input of
/// every KPI, and hashing each store name again cost more than the sums. A list is known
/// again by `==`, which is quick for the very same Strings (their storage compares first).
final class ValueNumbersMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var last: [String: (values: [String], numbers: [Int32])] = [:]

    func numbers(_ dimension: String, _ values: [String], compute: () -> [Int32]) -> [Int32] {
        if let known = lock.withLock({ last[dimension] }), known.values == values { return known.numbers }
        let found = compute()
        lock.withLock { last[dimension] = (values, found) }
        return found
    }
}
