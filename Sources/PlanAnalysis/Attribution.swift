import PlanModel

/// How a derived metric's gap (actual − base) splits among its drivers.
public enum AttributionMethod: String, Sendable, CaseIterable {
    /// 连环替代法: drivers replaced one at a time in the order the formula names them. The
    /// method Chinese finance teams know; the result depends on that order.
    case chain
    /// Additive LMDI-I (log-mean Divisia index): exact and order-free for products, ratios
    /// and sums.
    case lmdi
    /// Shapley decomposition: each driver's marginal effect averaged over every order;
    /// exact and order-free for any formula.
    case shapley
}

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

/// The attribution of one metric's gap.
public struct AttributionResult: Sendable, Equatable {
    /// The method asked for.
    public var method: AttributionMethod
    public var metric: String
    public var base: Double
    public var actual: Double
    public var gap: Double { actual - base }
    public var contributions: [Contribution]
    /// Where another method had to stand in, and why (zeros or signs LMDI cannot take).
    public var notes: [String]
}
