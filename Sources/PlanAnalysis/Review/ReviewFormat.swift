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

    /// The report in this form, as the bytes to write.
    public func render(_ report: ReviewReport, metrics: [Metric], title: String) -> [UInt8] {
        switch self {
        case .text: return Array(report.summary(metrics: metrics).utf8)
        case .json: return report.json().serializedBytes()
        case .markdown: return Array(report.markdown(metrics: metrics, title: title).utf8)
        case .html: return Array(report.html(metrics: metrics, title: title).utf8)
        }
    }
}
