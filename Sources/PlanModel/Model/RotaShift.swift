/// A duty rota of a role (值班): on each of `days` the role works, with `onDuty` of its
/// people — its capacity those days — whatever the plan's calendar says (春节 客服 2 of 4).
public struct RotaShift: Hashable, Sendable {
    public var days: DateRange
    /// People on duty each of those days: 0 … headcount.
    public var onDuty: Int
    public var location: SourceLocation?

    public init(days: DateRange, onDuty: Int, location: SourceLocation? = nil) {
        self.days = days
        self.onDuty = onDuty
        self.location = location
    }
}
