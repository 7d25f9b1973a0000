/// What one fuzzed input came to. A crash, hang or memory blowup never gets this far; what
/// does is either accepted or refused with its reasons, and must keep the promises checked
/// into `violations`.
public struct FuzzOutcome: Sendable, Equatable {
    /// The input was read as a plan / formula / table / review.
    public var accepted: Bool
    /// The stable ids of the diagnostics or import issues it gave (a refusal has at least one).
    public var findings: [String]
    /// Broken promises: a refusal without a reason, a row neither used nor reported, a
    /// non-finite number reaching a report, a JSON report that does not parse. Empty when
    /// the input was handled as documented.
    public var violations: [String]

    public init(accepted: Bool, findings: [String], violations: [String] = []) {
        self.accepted = accepted
        self.findings = findings
        self.violations = violations
    }
}
