/// The machine-readable form of `validate`'s findings (`--format json`): a stable contract
/// for editors and CI, documented in docs/commands.md.
public struct DiagnosticReport: Sendable {
    public struct File: Sendable {
        public var path: String
        public var errors: Int
        public var warnings: Int
    }

    public private(set) var files: [File] = []
    public private(set) var diagnostics: [Diagnostic] = []
    public private(set) var errors = 0
    public private(set) var warnings = 0

    public init() {}

    public mutating func add(file path: String, diagnostics found: [Diagnostic]) {
        files.append(File(path: path, errors: found.errorCount, warnings: found.warningCount))
        errors += found.errorCount
        warnings += found.warningCount
        diagnostics += found
    }

    /// The report as JSON: `files`, `diagnostics`, `errors`, `warnings`, in that order, each
    /// diagnostic as `Diagnostic.json(in:)` writes it, its words in `language`. The same input
    /// gives the same bytes.
    public func json(in language: Language = .en) -> String {
        JSONValue.object([
            ("files", .array(files.map { .object([("path", .string($0.path)), ("errors", .int($0.errors)), ("warnings", .int($0.warnings))]) })),
            ("diagnostics", .array(diagnostics.map { $0.json(in: language) })),
            ("errors", .int(errors)),
            ("warnings", .int(warnings)),
        ]).serialized()
    }
}
