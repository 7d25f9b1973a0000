import Foundation

/// The machine-readable form of `validate`'s findings (`--format json`): a stable contract
/// for editors and CI, documented in docs/commands.md.
public struct DiagnosticReport: Encodable, Sendable {
    public struct File: Encodable, Sendable {
        public var path: String
        public var errors: Int
        public var warnings: Int
    }

    public struct Entry: Encodable, Sendable {
        public var file: String?
        public var line: Int?
        public var column: Int?
        public var severity: Severity
        public var id: String
        public var message: String
        public var hint: String?
        public var notes: [NoteEntry]
    }

    public struct NoteEntry: Encodable, Sendable {
        public var message: String
        public var file: String?
        public var line: Int?
        public var column: Int?
    }

    public var files: [File] = []
    public var diagnostics: [Entry] = []
    public var errors = 0
    public var warnings = 0

    public init() {}

    public mutating func add(file path: String, diagnostics found: [Diagnostic]) {
        files.append(File(path: path, errors: found.errorCount, warnings: found.warningCount))
        errors += found.errorCount
        warnings += found.warningCount
        for diagnostic in found {
            diagnostics.append(Entry(
                file: diagnostic.location?.file, line: diagnostic.location?.line, column: diagnostic.location?.column,
                severity: diagnostic.severity, id: diagnostic.id.rawValue, message: diagnostic.message,
                hint: diagnostic.hint,
                notes: diagnostic.notes.map {
                    NoteEntry(message: $0.message, file: $0.location?.file, line: $0.location?.line, column: $0.location?.column)
                }
            ))
        }
    }

    /// Pretty-printed JSON with sorted keys, so the same input gives the same bytes.
    public func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self) else { return "{}" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
