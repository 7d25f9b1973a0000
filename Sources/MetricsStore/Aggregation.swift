/// How a measured metric's observations make one value over a window.
public enum Aggregation: String, Sendable, Equatable {
    /// A flow (visitors, orders, GMV): the sum of the matching observations, taken one after
    /// the other in the store's order so that every source gives the same bits.
    case sum
    /// A stock (customers, friends): per dimension combination its last value in the window,
    /// summed over the combinations in the order they first appeared.
    case last
}
