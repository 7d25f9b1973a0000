/// What loading a plan gives: the plan (when the file could be read as a plan at all), every
/// diagnostic, and the sources read, so the diagnostics can be shown with their lines.
public struct PlanLoadResult: Sendable {
    public var plan: Plan?
    public var diagnostics: [Diagnostic]
    public var sources: [String: SourceFile]

    public var hasErrors: Bool { plan == nil || diagnostics.hasErrors }

    public init(plan: Plan?, diagnostics: [Diagnostic], sources: [String: SourceFile]) {
        self.plan = plan
        self.diagnostics = diagnostics
        self.sources = sources
    }
}
