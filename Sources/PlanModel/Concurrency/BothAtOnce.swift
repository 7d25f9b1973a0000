import Dispatch

/// Runs two independent computations at once — the second on another thread, the first on
/// the caller's — and returns both results. The machines cycleplan runs on have two cores or
/// more; `status` on a large plan builds its table beside its JSON this way, and its tracked
/// rows in two halves (docs/design.md, "Two cores").
///
/// Both closures must be free of shared mutable state; each result is read only after both
/// have finished.
public func bothAtOnce<A: Sendable, B: Sendable>(_ first: () -> A, _ second: @escaping @Sendable () -> B) -> (A, B) {
    let box = ResultBox<B>()
    let group = DispatchGroup()
    DispatchQueue.global(qos: .userInitiated).async(group: group) { box.value = second() }
    let a = first()
    group.wait()
    guard let b = box.value else { preconditionFailure("the second computation returned nothing") }
    return (a, b)
}

/// Carries the second result across threads; written once before `group.wait()` returns and
/// read after, so the group orders the two accesses.
private final class ResultBox<Value>: @unchecked Sendable {
    var value: Value?
}
