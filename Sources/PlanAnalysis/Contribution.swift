import PlanModel

/// One driver's share of a gap, and how its own change splits among its drivers.
public struct Contribution: Sendable, Equatable {
    /// What the share is: a driver's change, or the part of a gap that no driver explains
    /// because a value was set (or measured) apart from its drivers.
    public enum Kind: String, Sendable {
        case driver
        /// 目标取整差: the target of `driver` differs from what its drivers' targets imply (a
        /// rounded 145万). `base` is the stated target, `actual` the implied one, `value` the
        /// implied minus the stated (scaled to the level it sits in).
        case targetNotImplied = "target_not_implied"
        /// The measured value of `driver` differs from what its measured drivers imply.
        case actualNotImplied = "actual_not_implied"
    }

    public var driver: String
    public var base: Double
    public var actual: Double
    public var value: Double
    public var children: [Contribution]
    public var kind: Kind

    public init(driver: String, base: Double, actual: Double, value: Double, children: [Contribution] = [], kind: Kind = .driver) {
        self.driver = driver
        self.base = base
        self.actual = actual
        self.value = value
        self.children = children
        self.kind = kind
    }
}
