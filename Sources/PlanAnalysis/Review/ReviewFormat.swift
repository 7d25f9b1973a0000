import PlanModel

/// The forms `cycleplan review` writes, by name and by file extension.
public enum ReviewFormat: String, Sendable, CaseIterable {
    case text, json, markdown, html

    /// `review.md` → Markdown, and so on; `nil` for an extension that names no report form.
    public init?(fileExtension: String) {
        switch fileExtension.lowercased() {
        case "txt", "text": self = .text
        case "json": self = .json
        case "md", "markdown": self = .markdown
        case "html", "htm": self = .html
        default: return nil
        }
    }

    /// The report in this form, as the bytes to write, every word in `language` (the JSON's
    /// keys and ids do not change with it).
    public func render(_ report: ReviewReport, metrics: [Metric], title: String, language: Language, numbers: NumberStyle = .plain) -> [UInt8] {
        switch self {
        // Names from the plan and the exports reach a terminal here: made printable (the
        // HTML and JSON escape them their own way).
        case .text: return Array(report.summary(metrics: metrics, language: language, numbers: numbers).printable().utf8)
        case .json: return report.json(metrics: metrics).serializedBytes()
        case .markdown: return Array(report.markdown(metrics: metrics, title: title, language: language, numbers: numbers).printable().utf8)
        case .html: return Array(report.html(metrics: metrics, title: title, language: language, numbers: numbers).utf8)
        }
    }
}

extension ReviewFormat {
    /// The form a review is written in: `--format` when given (a name or an extension), else
    /// the `-o` file's extension, else the terminal summary.
    public static func choose(format: String?, output: String?) throws(ReviewFormatError) -> ReviewFormat {
        if let format {
            guard let chosen = ReviewFormat(rawValue: format.lowercased()) ?? ReviewFormat(fileExtension: format) else {
                throw .unknownFormat(format)
            }
            return chosen
        }
        guard let output else { return .text }
        let name = output.split(separator: "/").last.map(String.init) ?? output
        guard let dot = name.lastIndex(of: "."), let chosen = ReviewFormat(fileExtension: String(name[name.index(after: dot)...])) else {
            throw .unknownExtension(output)
        }
        return chosen
    }
}
