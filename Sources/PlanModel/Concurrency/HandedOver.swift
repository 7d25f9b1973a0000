/// Hands a value that is not `Sendable` (a reader or a scheduling run with its mutable state)
/// to the other thread of `bothAtOnce`, which alone uses it until `bothAtOnce` returns and the
/// handing thread takes the result back: the two uses never overlap, so no lock is needed.
public struct HandedOver<Value>: @unchecked Sendable {
    public let value: Value

    public init(_ value: Value) {
        self.value = value
    }
}
