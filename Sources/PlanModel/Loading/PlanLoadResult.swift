/// What loading a plan gives: the plan (when the file could be read as a plan at all), every
/// diagnostic, and the sources read, so the diagnostics can be shown with their lines.
public struct PlanLoadResult: Sendable {
    public var plan: Plan?
    public var diagnostics: [Diagnostic]
    public var sources: [String: SourceFile]
    /// The plan's `lang:`, when the file got that far, even if it has errors: the language
    /// of its diagnostics when the command line does not choose one.
    public var language: Language?

    public var hasErrors: Bool { plan == nil || diagnostics.hasErrors }

    public init(plan: Plan?, diagnostics: [Diagnostic], sources: [String: SourceFile], language: Language? = nil) {
        self.plan = plan
        self.language = language ?? plan?.language
        self.diagnostics = diagnostics
        self.sources = sources
    }
}
