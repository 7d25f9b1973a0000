import PlanModel

/// What reading a status file gives: the status (when it could be read at all), every
/// diagnostic, and the source, so diagnostics can quote its lines.
public struct StatusLoadResult: Sendable {
    public var status: StatusFile?
    public var diagnostics: [Diagnostic]
    public var sources: [String: SourceFile]

    public var hasErrors: Bool { status == nil || diagnostics.hasErrors }

    public init(status: StatusFile?, diagnostics: [Diagnostic], sources: [String: SourceFile]) {
        self.status = status
        self.diagnostics = diagnostics
        self.sources = sources
    }
}
