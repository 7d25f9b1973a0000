/// Formats diagnostics for people, compiler style:
///
/// ```
/// plan.yaml:12:7: error: [unknown_key] unknown key 'duraton' in task 'posters'
///    12 |       duraton: 3d
///       |       ^
///   hint: did you mean 'duration'?
/// ```
///
/// or, in Chinese (the default language of a run, see `Language.resolve`):
///
/// ```
/// plan.yaml:12:7: 错误: [unknown_key] 任务 'posters' 中有未知的键 'duraton'
///    12 |       duraton: 3d
///       |       ^
///   提示: 是否想写 'duration'？
/// ```
///
/// Only the words change with the language: the place, the id in brackets and the quoted
/// line stay the same, so a tool can match either. The caret is placed by display width, so
/// it sits under the right character after Chinese text. Colors are added only when asked
/// (the CLI asks when stdout is a terminal).
public struct DiagnosticRenderer {
    public var sources: [String: SourceFile]
    public var color: Bool
    /// The language of the messages, hints, notes and the words around them.
    public var language: Language
    /// At most this many diagnostics are printed by `render(_:)`, then one line saying how
    /// many more there are: thousands of the same mistake help nobody in a terminal, and the
    /// JSON report (`--format json`) has them all. `nil` prints all.
    public var limit: Int?
    /// Where the rest can be read, on the line after the first `limit` diagnostics; `nil`
    /// says `--format json`.
    public var moreHint: Bilingual?

    public static let defaultLimit = 200

    public init(sources: [String: SourceFile], language: Language, color: Bool = false,
                limit: Int? = DiagnosticRenderer.defaultLimit, moreHint: Bilingual? = nil) {
        self.sources = sources
        self.color = color
        self.language = language
        self.limit = limit
        self.moreHint = moreHint
    }

    /// - Complexity: O(total size of the diagnostics + the bytes of each quoted line up to its
    ///   last caret, once per line): each excerpt is cut from a bounded window of its line.
    public func render(_ diagnostics: [Diagnostic]) -> String {
        var lines = LineIndexes()
        return render(diagnostics, lines: &lines)
    }

    public func render(_ diagnostic: Diagnostic) -> String {
        var lines = LineIndexes()
        return render(diagnostic, lines: &lines)
    }

    /// The renderer's work on the source lines, for tests that bound it: the number of
    /// source bytes scanned to place the carets.
    func bytesScanned(rendering diagnostics: [Diagnostic]) -> Int {
        var lines = LineIndexes()
        _ = render(diagnostics, lines: &lines)
        return lines.byFile.values.reduce(0) { $0 + $1.bytesScanned }
    }

    /// The scalar index of each source file quoted, shared by all diagnostics of one call.
    struct LineIndexes {
        var byFile: [String: LineScalarIndex] = [:]

        mutating func index(for file: SourceFile) -> LineScalarIndex {
            if let known = byFile[file.path] { return known }
            let index = LineScalarIndex(bytes: file.bytes)
            byFile[file.path] = index
            return index
        }
    }

    private func render(_ diagnostics: [Diagnostic], lines: inout LineIndexes) -> String {
        let shown = limit.map { min(max($0, 0), diagnostics.count) } ?? diagnostics.count
        var out = ""
        for diagnostic in diagnostics.prefix(shown) { out += render(diagnostic, lines: &lines) }
        if shown < diagnostics.count {
            let rest = diagnostics[shown...]
            let errors = rest.reduce(0) { $0 + ($1.severity == .error ? 1 : 0) }
            let warnings = rest.count - errors
            func grouped(_ n: Int) -> String { ValueFormatter.grouped(Double(n), maxFraction: 0) }
            func count(_ n: Int, _ word: String) -> String { "\(grouped(n)) \(word)\(n == 1 ? "" : "s")" }
            let more = moreHint ?? Bilingual(zh: "用 --format json 可看到全部", en: "use --format json for all")
            out += language.pick(
                zh: "…… 另有 \(grouped(rest.count)) 条未显示（\(grouped(errors)) 个错误，\(grouped(warnings)) 个警告）；\(more.zh)\n",
                en: "… and \(grouped(rest.count)) more not shown (\(count(errors, "error")), \(count(warnings, "warning"))); \(more.en)\n")
        }
        return out
    }

    private func render(_ diagnostic: Diagnostic, lines: inout LineIndexes) -> String {
        var out = ""
        let place = diagnostic.location.map { "\($0): " } ?? ""
        let word: String
        switch diagnostic.severity {
        case .error: word = language.pick(zh: "错误", en: "error")
        case .warning: word = language.pick(zh: "警告", en: "warning")
        case .note: word = language.pick(zh: "说明", en: "note")
        }
        let severity = paint(word, code: diagnostic.severity == .error ? "1;31" : "1;33")
        out += "\(place)\(severity): [\(diagnostic.id.rawValue)] \(diagnostic.message(in: language).printable())\n"
        if let location = diagnostic.location { out += excerpt(at: location, lines: &lines) }
        if let hint = diagnostic.hint(in: language) {
            out += "  \(paint(language.pick(zh: "提示", en: "hint"), code: "1;36")): \(hint.printable())\n"
        }
        for note in diagnostic.notes {
            let notePlace = note.location.map { "\($0): " } ?? "  "
            out += "\(notePlace)\(paint(language.pick(zh: "说明", en: "note"), code: "1;34")): \(note.message(in: language).printable())\n"
            if let location = note.location {
                out += excerpt(at: location, lines: &lines)
            }
        }
        return out
    }

    /// Source lines longer than this many display columns are shown as a window around the caret.
    static let excerptWidth = 120

    /// The source line under a diagnostic with a caret below its column. Only a window of the
    /// line around the caret is decoded and measured (at most `excerptWidth` scalars before
    /// it and `excerptWidth + 1` from it), found through the line's scalar index: a 100 MB
    /// line costs one scan up to the caret, not copies of the whole line.
    private func excerpt(at location: SourceLocation, lines: inout LineIndexes) -> String {
        guard let file = sources[location.file] else { return "" }
        let index = lines.index(for: file)
        var lineNumber = location.line
        var column = location.column
        var range = file.lineRange(lineNumber)
        // libyaml reports "unexpected end" one line past a file without a final line break:
        // show the last line, with the caret after its end.
        if range == nil, lineNumber == file.lineCount + 1, let last = file.lineRange(file.lineCount) {
            lineNumber = file.lineCount
            range = last
            column = index.scalarCount(inLine: last) + 1
        }
        guard let range else { return "" }
        let caret = max(0, column - 1)
        let windowStart = max(0, caret - Self.excerptWidth)
        let startByte = index.offset(ofScalar: windowStart, inLine: range)
        let caretByte = index.offset(ofScalar: caret, inLine: range)
        let endByte = index.offset(ofScalar: caret + Self.excerptWidth + 1, inLine: range)
        let before = String(decoding: file.bytes[startByte..<caretByte], as: UTF8.self).unicodeScalars.count
        var scalars = Array(String(decoding: file.bytes[startByte..<endByte], as: UTF8.self).printableLine().unicodeScalars)
        var caretIndex = min(before, scalars.count)
        let widths = scalars.map(DisplayWidth.of)
        let wholeLine = startByte == range.lowerBound && endByte == range.upperBound
        if !wholeLine || widths.reduce(0, +) > Self.excerptWidth {
            // Keep about a third of the window before the caret, the rest after it.
            var start = caretIndex, used = 0
            while start > 0 && used + widths[start - 1] <= Self.excerptWidth / 3 { start -= 1; used += widths[start] }
            var end = caretIndex
            while end < scalars.count && used + widths[end] <= Self.excerptWidth { used += widths[end]; end += 1 }
            let cutBefore = start > 0 || startByte > range.lowerBound
            let cutAfter = end < scalars.count || endByte < range.upperBound
            let head: [Unicode.Scalar] = cutBefore ? ["…"] : [], tail: [Unicode.Scalar] = cutAfter ? ["…"] : []
            scalars = head + Array(scalars[start..<end]) + tail
            caretIndex = caretIndex - start + head.count
        }
        var shown = ""
        shown.unicodeScalars.append(contentsOf: scalars)
        let gutter = String(lineNumber)
        let pad = String(repeating: " ", count: gutter.count)
        let caretColumn = scalars.prefix(caretIndex).reduce(0) { $0 + DisplayWidth.of($1) }
        let caretMark = String(repeating: " ", count: caretColumn) + paint("^", code: "1;32")
        return " \(gutter) | \(shown)\n \(pad) | \(caretMark)\n"
    }

    private func paint(_ text: String, code: String) -> String {
        color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
