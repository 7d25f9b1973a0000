import PlanYAML

/// What loading one plan accumulates: diagnostics, the sources read (to quote them later),
/// and the file being read now, which gives every mark its file name.
final class LoadContext {
    var diagnostics: [Diagnostic] = []
    var sources: [String: SourceFile] = [:]
    var file: String
    /// The plan's `lang:`, once read: the language its diagnostics are shown in when the
    /// command line does not choose one, even if the plan has errors.
    var language: Language?

    init(file: String) {
        self.file = file
    }

    func location(_ mark: Mark) -> SourceLocation {
        SourceLocation(file: file, line: mark.line, column: mark.column)
    }

    func error(_ id: DiagnosticID, _ message: Bilingual, at mark: Mark, hint: Bilingual? = nil, notes: [Diagnostic.Note] = []) {
        diagnostics.append(Diagnostic(.error, id, message, at: location(mark), hint: hint, notes: notes))
    }

    func warning(_ id: DiagnosticID, _ message: Bilingual, at mark: Mark, hint: Bilingual? = nil) {
        diagnostics.append(Diagnostic(.warning, id, message, at: location(mark), hint: hint))
    }

    /// Runs `body` with `file` as the current file.
    func reading<T>(_ path: String, _ body: () -> T) -> T {
        let saved = file
        file = path
        defer { file = saved }
        return body()
    }
}
