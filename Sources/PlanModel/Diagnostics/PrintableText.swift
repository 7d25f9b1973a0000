/// The one sanitiser for text from the input on its way to a person: a plan's names, ids and
/// messages quoting them, in the terminal (diagnostics, tables, the review) and in text
/// formats other programs render (Mermaid, PlantUML). An escape sequence in a task name must
/// not retitle or clear the reader's terminal, a NUL or a line break must not cut a table row
/// or a Mermaid line, and a bidi override must not reorder what is shown.
///
/// Each unprintable scalar becomes U+FFFD (�), one for one, so columns and carets still line
/// up; the text stays visibly "something was here".
extension String {
    /// For text that may span lines (a diagnostic message): keeps tab and line feed.
    public func printable() -> String {
        replacingScalars { $0.isUnprintable && $0 != "\t" && $0 != "\n" ? "\u{FFFD}" : nil }
    }

    /// For text that must stay on one line (a table cell, a label in an export): a tab
    /// becomes a space, a line break U+FFFD like every other control.
    public func printableLine() -> String {
        replacingScalars { $0 == "\t" ? " " : $0.isUnprintable ? "\u{FFFD}" : nil }
    }

    /// - Complexity: O(n); no copy when nothing is replaced (the common case).
    private func replacingScalars(_ replacement: (Unicode.Scalar) -> Unicode.Scalar?) -> String {
        // Printable ASCII (every date, number and most ids in a 100,000-row table) has nothing
        // to replace under either rule: its bytes say so without decoding scalars.
        if utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return self }
        guard unicodeScalars.contains(where: { replacement($0) != nil }) else { return self }
        var out = ""
        out.unicodeScalars.append(contentsOf: unicodeScalars.map { replacement($0) ?? $0 })
        return out
    }
}

extension Unicode.Scalar {
    /// C0 controls (tab and line feed included: callers keep them where they mean layout),
    /// DEL, C1 controls, the line and paragraph separators U+2028/2029 (line breaks to some
    /// readers, JavaScript among them) and the bidi controls.
    public var isUnprintable: Bool {
        switch value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029: return true
        default: return isBidiControl
        }
    }

    /// The bidi formatting characters: embeddings and overrides (U+202A–202E), isolates
    /// (U+2066–2069) and the invisible marks (LRM, RLM, ALM). Each can reorder the text
    /// around it, so a name holding one could show as another name.
    public var isBidiControl: Bool {
        switch value {
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}
