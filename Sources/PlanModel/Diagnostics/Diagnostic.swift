/// One problem in a plan: what, where, and how to fix it.
public struct Diagnostic: Sendable, Equatable {
    /// A secondary place that explains the problem, such as the first definition of a
    /// duplicate id or one edge of a dependency cycle.
    public struct Note: Sendable, Equatable {
        public var text: Bilingual
        public var location: SourceLocation?

        public init(_ text: Bilingual, at location: SourceLocation? = nil) {
            self.text = text
            self.location = location
        }

        /// The note in English (tests and English JSON read this).
        public var message: String { text.en }

        public func message(in language: Language) -> String { text.text(in: language) }
    }

    public var severity: Severity
    public var id: DiagnosticID
    /// The message in both languages; `message` is its English.
    public var text: Bilingual
    public var location: SourceLocation?
    /// How to fix it, in both languages; `hint` is its English.
    public var hintText: Bilingual?
    public var notes: [Note]

    public init(
        _ severity: Severity,
        _ id: DiagnosticID,
        _ text: Bilingual,
        at location: SourceLocation?,
        hint: Bilingual? = nil,
        notes: [Note] = []
    ) {
        self.severity = severity
        self.id = id
        self.text = text
        self.location = location
        self.hintText = hint
        self.notes = notes
    }

    /// The message in English, as the JSON contract and most tests have it.
    public var message: String { text.en }
    /// The hint in English.
    public var hint: String? { hintText?.en }

    public func message(in language: Language) -> String { text.text(in: language) }
    public func hint(in language: Language) -> String? { hintText?.text(in: language) }
}

extension Array where Element == Diagnostic {
    public var errorCount: Int { count(where: { $0.severity == .error }) }
    public var warningCount: Int { count(where: { $0.severity == .warning }) }
    public var hasErrors: Bool { contains(where: { $0.severity == .error }) }

    /// Diagnostics by file, line and column, so output reads top to bottom; ties keep the
    /// order in which they were found.
    public func sortedByLocation() -> [Diagnostic] {
        enumerated().sorted { lhs, rhs in
            switch (lhs.element.location, rhs.element.location) {
            case let (left?, right?) where left != right: return left < right
            case (nil, _?): return true
            case (_?, nil): return false
            default: return lhs.offset < rhs.offset
            }
        }.map(\.element)
    }
}

extension Diagnostic {
    /// English only, for code not yet written in both languages: its Chinese falls back to
    /// the English. New diagnostics use the `Bilingual` initializer.
    @available(*, deprecated, message: "write the message in both languages: Bilingual(zh:en:)")
    public init(_ severity: Severity, _ id: DiagnosticID, _ message: String, at location: SourceLocation?,
                hint: String? = nil, notes: [Note] = []) {
        self.init(severity, id, Bilingual(verbatim: message), at: location, hint: hint.map(Bilingual.init(verbatim:)), notes: notes)
    }
}

extension Diagnostic.Note {
    @available(*, deprecated, message: "write the note in both languages: Bilingual(zh:en:)")
    public init(_ message: String, at location: SourceLocation? = nil) {
        self.init(Bilingual(verbatim: message), at: location)
    }
}
