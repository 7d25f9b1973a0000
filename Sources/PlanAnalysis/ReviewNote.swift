/// A caveat attached to a review figure: why another method stood in, why a number is
/// missing, what weakens a test. Kept as a value so every report says it in its own language
/// (`ReviewNote+Text.swift` is the catalog); the JSON contract and the terminal carry English.
public enum ReviewNote: Sendable, Equatable {
    // Attribution
    /// LMDI needs positive values: `driver` is zero or negative in one side's values.
    case lmdiNeedsPositive(metric: String, driver: String, negative: Bool, base: Bool)
    /// LMDI splits products, ratios and sums; this formula mixes them.
    case lmdiMixedFormula(metric: String, formula: String)
    /// Shapley's 2^drivers coalitions over this formula exceed `Attributor.shapleyWork`: the
    /// chain method split the gap instead.
    case shapleyTooLarge(metric: String, drivers: Int)
    /// A derived metric with no targets on its node for some drivers.
    case noDriverTargets([String])
    /// A metric that cannot be computed (a missing input or a division by zero).
    case undefined(metric: String, side: String)
    case notDerived(String)
    /// The KPI tree below `metric` has more than `limit` contributions; deeper splits are left out.
    case treeCut(metric: String, limit: Int)
    // A/B tests
    /// The sample had less than 80% power; `needed` per variant would have had it. `nil` when
    /// the number needed is beyond what an `Int` (or a real test) holds: more than 10⁹.
    case sampleTooSmall(needed: Int?, have: Int?)
    case fewSuccessesOrFailures
    case smallExpectedCount
    case fewerThan30
    case incompleteRows(Int)
    case dimensionMissing(String)
    case controlMissing(control: String, variants: [String])
    case noCompleteRows(metric: String, sd: String, size: String)
    case notARate(String)
    // Cycle over cycle
    /// Nothing measured for the KPI in the previous period's window: no change is shown
    /// (never a change against 0).
    case noPreviousData(first: String, last: String)
    /// The previous window has data on fewer days than it has: its value may be low.
    case previousPartlyCovered(days: Int, of: Int)

    /// The largest count a note states exactly; beyond it, "more than 10⁹".
    public static let countLimit = 1_000_000_000.0

    /// `value` rounded up as a count, or `nil` when it is not finite or above `countLimit`
    /// (never a trapping `Int(_:)` on an input-derived Double).
    public static func count(_ value: Double, rounding rule: FloatingPointRoundingRule = .up) -> Int? {
        let rounded = value.rounded(rule)
        guard rounded.isFinite, rounded <= countLimit, rounded >= -countLimit else { return nil }
        return Int(exactly: rounded)
    }
}
