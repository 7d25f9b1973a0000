/// Formats diagnostics for people, compiler style:
///
/// ```
/// plan.yaml:12:7: error: [unknown_key] unknown key 'duraton' in task 'posters'
///    12 |       duraton: 3d
///       |       ^
///   hint: did you mean 'duration'?
/// ```
///
/// The caret is placed by display width, so it sits under the right character after Chinese
/// text. Colors are added only when asked (the CLI asks when stdout is a terminal).
public struct DiagnosticRenderer {
    public var sources: [String: SourceFile]
    public var color: Bool

    public init(sources: [String: SourceFile], color: Bool = false) {
        self.sources = sources
        self.color = color
    }

    public func render(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(render).joined()
    }

    public func render(_ diagnostic: Diagnostic) -> String {
        var out = ""
        let place = diagnostic.location.map { "\($0): " } ?? ""
        let severity = paint(diagnostic.severity.rawValue, code: diagnostic.severity == .error ? "1;31" : "1;33")
        out += "\(place)\(severity): [\(diagnostic.id.rawValue)] \(diagnostic.message)\n"
        if let location = diagnostic.location { out += excerpt(at: location) }
        if let hint = diagnostic.hint { out += "  \(paint("hint", code: "1;36")): \(hint)\n" }
        for note in diagnostic.notes {
            let notePlace = note.location.map { "\($0): " } ?? "  "
            out += "\(notePlace)\(paint("note", code: "1;34")): \(note.message)\n"
            if let location = note.location {
                out += excerpt(at: location)
            }
        }
        return out
    }

    private func excerpt(at location: SourceLocation) -> String {
        guard let file = sources[location.file], let text = file.line(location.line) else { return "" }
        let shown = text.replacingTabs()
        let gutter = String(location.line)
        let pad = String(repeating: " ", count: gutter.count)
        let prefix = shown.unicodeScalars.prefix(max(0, location.column - 1))
        let caretColumn = prefix.reduce(0) { $0 + DisplayWidth.of($1) }
        let caret = String(repeating: " ", count: caretColumn) + paint("^", code: "1;32")
        return " \(gutter) | \(shown)\n \(pad) | \(caret)\n"
    }

    private func paint(_ text: String, code: String) -> String {
        color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}

extension String {
    /// Tabs become one space each, so the caret arithmetic (one column per scalar) holds.
    fileprivate func replacingTabs() -> String {
        contains("\t") ? String(map { $0 == "\t" ? " " : $0 }) : self
    }
}
