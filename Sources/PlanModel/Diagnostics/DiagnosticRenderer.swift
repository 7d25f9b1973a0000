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
        out += "\(place)\(severity): [\(diagnostic.id.rawValue)] \(diagnostic.message.printable())\n"
        if let location = diagnostic.location { out += excerpt(at: location) }
        if let hint = diagnostic.hint { out += "  \(paint("hint", code: "1;36")): \(hint.printable())\n" }
        for note in diagnostic.notes {
            let notePlace = note.location.map { "\($0): " } ?? "  "
            out += "\(notePlace)\(paint("note", code: "1;34")): \(note.message.printable())\n"
            if let location = note.location {
                out += excerpt(at: location)
            }
        }
        return out
    }

    /// Source lines longer than this many display columns are shown as a window around the caret.
    static let excerptWidth = 120

    private func excerpt(at location: SourceLocation) -> String {
        guard let file = sources[location.file] else { return "" }
        var lineNumber = location.line
        var column = location.column
        var text = file.line(lineNumber)
        // libyaml reports "unexpected end" one line past a file without a final line break:
        // show the last line, with the caret after its end.
        if text == nil, lineNumber == file.lineCount + 1, let last = file.line(file.lineCount) {
            lineNumber = file.lineCount
            text = last
            column = last.unicodeScalars.count + 1
        }
        guard let text else { return "" }
        var scalars = Array(text.printable().replacingTabs().unicodeScalars)
        var caretIndex = min(max(0, column - 1), scalars.count)
        let widths = scalars.map(DisplayWidth.of)
        if widths.reduce(0, +) > Self.excerptWidth {
            // Keep about a third of the window before the caret, the rest after it.
            var start = caretIndex, used = 0
            while start > 0 && used + widths[start - 1] <= Self.excerptWidth / 3 { start -= 1; used += widths[start] }
            var end = caretIndex
            while end < scalars.count && used + widths[end] <= Self.excerptWidth { used += widths[end]; end += 1 }
            let head: [Unicode.Scalar] = start > 0 ? ["…"] : [], tail: [Unicode.Scalar] = end < scalars.count ? ["…"] : []
            scalars = head + Array(scalars[start..<end]) + tail
            caretIndex = caretIndex - start + head.count
        }
        var shown = ""
        shown.unicodeScalars.append(contentsOf: scalars)
        let gutter = String(lineNumber)
        let pad = String(repeating: " ", count: gutter.count)
        let caretColumn = scalars.prefix(caretIndex).reduce(0) { $0 + DisplayWidth.of($1) }
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

    /// Control characters from the input (an escape sequence in a key would retitle or clear
    /// the reader's terminal) become U+FFFD, one for one, so carets still line up.
    func printable() -> String {
        guard unicodeScalars.contains(where: { Self.isControl($0) }) else { return self }
        var out = ""
        out.unicodeScalars.append(contentsOf: unicodeScalars.map { Self.isControl($0) ? "\u{FFFD}" : $0 })
        return out
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t" && scalar != "\n") || (0x7F...0x9F).contains(scalar.value)
    }
}
