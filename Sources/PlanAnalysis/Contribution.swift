import PlanModel

/// One driver's share of a gap, and how its own change splits among its drivers.
public struct Contribution: Sendable, Equatable {
    public var driver: String
    public var base: Double
    public var actual: Double
    public var value: Double
    public var children: [Contribution]

    public init(driver: String, base: Double, actual: Double, value: Double, children: [Contribution] = []) {
        self.driver = driver
        self.base = base
        self.actual = actual
        self.value = value
        self.children = children
    }
}
