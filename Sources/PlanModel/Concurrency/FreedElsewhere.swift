import Dispatch

/// Drops the caller's large working state (a scheduling run's arrays, a reader's tree) on
/// another thread, so that freeing it — a million small blocks for a 100,000-task plan — does
/// not hold up the caller, which goes on with the result (docs/design.md, "Two cores").
///
/// The value must no longer be used by the caller; its last reference then goes with the
/// background block. Releasing references is safe from any thread, and what the value shares
/// with the result (copy-on-write buffers) stays alive for the result.
public func freeElsewhere<Value>(_ value: Value) {
    let handed = HandedOver(value)
    DispatchQueue.global(qos: .utility).async { withExtendedLifetime(handed) {} }
}
