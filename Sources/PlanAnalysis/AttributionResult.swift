import PlanModel

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
