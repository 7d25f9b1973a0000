import Foundation

/// Answers kept for a review's life, keyed by their question: the first asker computes one,
/// later ones read it. Thread-safe; computing happens outside the lock, so two threads asking
/// the same new question may both compute it (the answers are the same).
public final class Memo<Key: Hashable, Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var known: [Key: Value] = [:]

    public init() {}

    public func value(_ key: Key, compute: () throws -> Value) rethrows -> Value {
        if let found = lock.withLock({ known[key] }) { return found }
        let found = try compute()
        lock.withLock { known[key] = found }
        return found
    }
}
