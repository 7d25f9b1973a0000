import Dispatch

/// A value computed on another thread from the moment it is made, while the caller goes on
/// with something else; `value` waits for it. `status` reads the plan's baselines (18 MB of
/// JSON at 100,000 tasks) this way while the plan itself loads (docs/design.md, "Two cores").
///
/// The computation must be free of shared mutable state and must not print: what it finds
/// is reported by whoever reads `value`, in the order the command would have reported it.
public final class Prefetched<Value: Sendable>: @unchecked Sendable {
    private let group = DispatchGroup()
    /// Written once by the computation before `group` is left, read only after `group.wait()`.
    private var result: Value?

    public init(_ compute: @escaping @Sendable () -> Value) {
        DispatchQueue.global(qos: .userInitiated).async(group: group) { [self] in result = compute() }
    }

    /// The computed value, once the computation has finished.
    public var value: Value {
        group.wait()
        guard let result else { preconditionFailure("the prefetched computation returned nothing") }
        return result
    }
}
