/// The formats `cycleplan gantt` writes, by name and by file extension.
public enum GanttFormat: String, Sendable, CaseIterable {
    case svg, html, mermaid, plantuml, msproject, ical, csv, json, xlsx, pdf, png

    /// `schedule.mmd` → Mermaid, and so on.
    public init?(fileExtension: String) {
        switch fileExtension.lowercased() {
        case "svg": self = .svg
        case "html", "htm": self = .html
        case "mmd", "mermaid": self = .mermaid
        case "puml", "plantuml", "pu": self = .plantuml
        case "xml", "mspdi", "msproject": self = .msproject
        case "ics", "ical": self = .ical
        case "csv": self = .csv
        case "json": self = .json
        case "xlsx": self = .xlsx
        case "pdf": self = .pdf
        case "png": self = .png
        default: return nil
        }
    }

    /// Whether the output is bytes for a program to open, not text for a terminal.
    public var isBinary: Bool {
        self == .xlsx || self == .pdf || self == .png
    }
}
