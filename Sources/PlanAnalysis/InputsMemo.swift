import Foundation

/// Each metric's measured inputs (`ActualsStore.inputs(of:)`), walked the first time they are
/// asked and kept: a review asks them for every dimension value it breaks a KPI down by
/// (50,000 stores: seconds of walking and hashing). Filled on demand, not for every metric
/// up front: a long chain of formulas would cost its length squared.
final class InputsMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var known: [String: [String]] = [:]

    func inputs(of metric: String, walk: (String) -> [String]) -> [String] {
        if let found = lock.withLock({ known[metric] }) { return found }
        let found = walk(metric)
        lock.withLock { known[metric] = found }
        return found
    }
}
