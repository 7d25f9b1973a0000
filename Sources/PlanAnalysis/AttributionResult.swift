import PlanModel

/// The attribution of one metric's gap.
public struct AttributionResult: Sendable, Equatable {
    /// The method asked for.
    public var method: AttributionMethod
    public var metric: String
    /// The stated base (the target) when one was given, else the value the base drivers imply.
    public var base: Double
    public var actual: Double
    public var gap: Double { actual - base }
    /// The drivers' shares, plus a `targetNotImplied` term when the stated target differs from
    /// what its drivers' targets imply, so that they always add up to `gap`.
    public var contributions: [Contribution]
    /// Where another method had to stand in, and why (zeros or signs LMDI cannot take).
    public var caveats: [ReviewNote]
    /// The caveats in English (the JSON contract and the terminal).
    public var notes: [String] { caveats.map { $0.text(.en) } }
    /// Whether a term for a value set apart from its drivers appears anywhere in the tree.
    public var hasUnimpliedTerms: Bool {
        func any(_ items: [Contribution]) -> Bool { items.contains { $0.kind != .driver || any($0.children) } }
        return any(contributions)
    }
}
