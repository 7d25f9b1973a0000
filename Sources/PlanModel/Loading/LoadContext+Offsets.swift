import PlanYAML

extension LoadContext {
    /// Where the character at `offset` (counted in characters) of a scalar's value stands in
    /// the source, so a caret can point inside a formula or a dependency string — also one
    /// written over several lines, plain or as a `>-` / `|` block, whose value YAML folded.
    /// Folding only changes whitespace, so the n-th non-blank character of the value is the
    /// n-th non-blank character of the source from where the scalar's text begins. An offset
    /// at the end points just past the last character. Falls back to the scalar's own mark
    /// when escapes in a double-quoted string make the two differ.
    ///
    /// - Complexity: O(length of the scalar's source text).
    func location(in scalar: YAMLScalar, offset: Int) -> SourceLocation {
        let fallback = location(scalar.mark)
        guard let source = sources[file] else { return fallback }
        let value = Array(scalar.value)
        let clamped = min(max(offset, 0), value.count)
        let wanted = value[..<clamped].filter { !$0.isWhitespace }.count
        let atEnd = !value[clamped...].contains { !$0.isWhitespace }
        var lineNumber = scalar.mark.line
        var column = scalar.contentColumn
        if scalar.style == .literal || scalar.style == .folded {
            // The block's text begins on the line after its indicator.
            lineNumber += 1
            column = 1
        }
        var seen = 0
        var last: SourceLocation?
        while let line = source.line(lineNumber) {
            for (index, character) in line.enumerated() where index + 1 >= column {
                if scalar.style == .doubleQuoted && character == "\\" { return fallback }
                guard !character.isWhitespace else { continue }
                let here = SourceLocation(file: file, line: lineNumber, column: index + 1)
                if !atEnd && seen == wanted { return here }
                seen += 1
                last = here
                if atEnd && seen == wanted { return SourceLocation(file: file, line: here.line, column: here.column + 1) }
            }
            lineNumber += 1
            column = 1
            // A scalar spans a few lines; a runaway scan means the assumption broke.
            if lineNumber > scalar.mark.line + 10_000 { break }
        }
        return last ?? fallback
    }
}
