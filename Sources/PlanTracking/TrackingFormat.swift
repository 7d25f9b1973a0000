import PlanModel

/// The forms of `cycleplan status`'s output, chosen by `--format` or the `-o` extension.
public enum TrackingFormat: String, Sendable, CaseIterable {
    case text, json, markdown, html

    public struct Unknown: Error, CustomStringConvertible {
        public var output: String
        public var text: Bilingual {
            Bilingual(zh: "无法从 '\(output)' 看出格式；请用 .json、.md、.html 或 .txt 结尾，或给出 --format text|json|markdown|html",
                      en: "cannot tell the format of '\(output)'; use .json, .md, .html or .txt, or --format text|json|markdown|html")
        }
        public var description: String { text.en }
    }

    /// `--format` wins; otherwise the output's extension; otherwise text.
    public static func choose(format: TrackingFormat?, output: String?) throws(Unknown) -> TrackingFormat {
        if let format { return format }
        guard let output else { return .text }
        switch output.split(separator: ".").last?.lowercased() {
        case "json": return .json
        case "md", "markdown": return .markdown
        case "html", "htm": return .html
        case "txt": return .text
        default: throw Unknown(output: output)
        }
    }
}
