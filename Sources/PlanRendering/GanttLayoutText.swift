import PlanModel

/// Text drawn inside the chart: cut to a number of display cells, wrapped without cutting a
/// number, and kept on one line.
enum GanttLayoutText {
    static func truncate(_ text: String, cells: Int) -> String {
        DisplayWidth.truncate(singleLine(text), toWidth: cells)
    }

    /// Line breaks and tabs as spaces: SVG text drops line breaks (`xml:space` default), which
    /// would glue "第一行" to "第二行". Bidi controls as U+FFFD (`withoutBidiControls`).
    static func singleLine(_ text: String) -> String {
        let text = withoutBidiControls(text)
        guard text.contains(where: { $0.isNewline || $0 == "\t" }) else { return text }
        var out = ""
        for character in text { out.append(character.isNewline || character == "\t" ? " " : character) }
        return out
    }

    /// Text with every bidi control (U+202A–202E, U+2066–2069, LRM, RLM, ALM) replaced by
    /// U+FFFD, as the terminal's sanitiser does: a right-to-left override in "\u{202E}gpj.exe"
    /// would otherwise draw "exe.jpg", and an unclosed one would reverse what follows it in
    /// the same text. Without the controls a label is ordered by its own letters only, and
    /// each label is a text element of its own, so no name can reorder or mimic another.
    ///
    /// - Complexity: O(n); no copy when there is none (the common case).
    static func withoutBidiControls(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: \.isBidiControl) else { return text }
        var out = ""
        out.unicodeScalars.append(contentsOf: text.unicodeScalars.map { $0.isBidiControl ? "\u{FFFD}" : $0 })
        return out
    }

    /// A label in at most `lines` lines of `cells` display cells: broken after a space or
    /// punctuation in the last third of a line where there is one (else between any two
    /// characters, as Chinese is), the last line cut with "…" only when even the lines
    /// run out.
    ///
    /// - Complexity: O(characters).
    static func wrap(_ text: String, cells: Int, lines: Int = 2) -> [String] {
        let text = singleLine(text)
        guard cells > 0, DisplayWidth.of(text) > cells else { return [text] }
        var result: [String] = []
        var rest = Substring(text)
        while !rest.isEmpty, result.count < lines - 1 {
            var width = 0, end = rest.startIndex, lastBreak: String.Index? = nil
            while end < rest.endIndex {
                let next = DisplayWidth.of(String(rest[end]))
                if width + next > cells { break }
                width += next
                let character = rest[end]
                end = rest.index(after: end)
                if character == " " || "，、；：）)】」』。,;:/-".contains(character), width * 3 >= cells * 2 { lastBreak = end }
            }
            if end == rest.endIndex { break }
            let cut = lastBreak ?? (end == rest.startIndex ? rest.index(after: end) : end)
            result.append(String(rest[..<cut]).trimmingSpaces)
            rest = rest[cut...].drop { $0 == " " }
        }
        if !rest.isEmpty { result.append(DisplayWidth.truncate(String(rest), toWidth: cells)) }
        return result
    }

    /// Phase targets as lines of at most `cells` display cells: "目标 " then the targets joined
    /// by " · ", a line broken only between targets, or, for one target longer than a line,
    /// at a space (never inside a number such as ¥2,800,000).
    ///
    /// - Complexity: O(total characters).
    static func targetLines(_ targets: [String], cells: Int = 70, label: String = "目标") -> [String] {
        guard !targets.isEmpty else { return [] }
        var lines: [String] = []
        var current = label
        var width = DisplayWidth.of(current)
        for (index, target) in targets.enumerated() {
            let item = singleLine(target)
            let separator = index == 0 ? " " : " · "
            let itemWidth = DisplayWidth.of(item)
            if width + DisplayWidth.of(separator) + itemWidth <= cells {
                current += separator + item
                width += DisplayWidth.of(separator) + itemWidth
                continue
            }
            if index > 0 {
                lines.append(current + " ·")
                current = ""
                width = 0
            } else {
                current += " "
                width += 1
            }
            // Word by word, so a long target breaks at its spaces only.
            for word in item.split(separator: " ", omittingEmptySubsequences: false) {
                let wordWidth = DisplayWidth.of(word)
                let gap = current.isEmpty || current.hasSuffix(" ") ? 0 : 1
                if width + gap + wordWidth > cells, !current.trimmingSpaces.isEmpty {
                    lines.append(current.trimmingSpaces)
                    current = ""
                    width = 0
                }
                if !(current.isEmpty || current.hasSuffix(" ")) { current += " "; width += 1 }
                current += word
                width += wordWidth
            }
        }
        if !current.isEmpty { lines.append(current.trimmingSpaces) }
        return lines
    }
}

extension String {
    var trimmingSpaces: String {
        var text = Substring(self)
        while text.first == " " { text.removeFirst() }
        while text.last == " " { text.removeLast() }
        return String(text)
    }
}
