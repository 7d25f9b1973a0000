// The failures a command reports after parsing; `Cycleplan.exitCode(for:)` maps them, and
// `OutputFailure` (PlanModel: an output refused or not written) with them: exit 1.

/// The input (a plan) had errors, already printed: exit 1.
struct InputErrors: Error {}

/// A usage problem found after parsing (an existing file, a bad option value): exit 2.
struct UsageFailure: Error {
    var message: String
}
