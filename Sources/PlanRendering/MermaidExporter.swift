import PlanModel

/// Mermaid `gantt` text, which GitHub, GitLab, Notion and Feishu docs render.
///
/// One section per phase (nested phases as "父 / 子"), weekends and holidays excluded and
/// make-up days included. Every task has an explicit end date (the day after its last day:
/// Mermaid's ends are exclusive, and explicit ends are not stretched over excluded days), so
/// bars match the schedule exactly; its start is `after …` when it begins the day after its
/// finish-to-start predecessors end, and an explicit date otherwise. Critical tasks are
/// `crit`; milestones `milestone`.
///
/// Names are made inert: Mermaid decodes `#58;`-style entity codes after parsing, which is
/// how `:`, `#`, `;` and `%` survive, and how a name that begins with one of Mermaid's
/// keywords (`section `, `title `, `click `, `excludes ` …) keeps its first letter without
/// being read as a statement. Ids always carry a `t_` prefix, so a task called `crit`,
/// `done`, `active`, `milestone` or `after` is never read as a tag or a keyword.
public struct MermaidExporter: Sendable {
    public init() {}

    public func render(_ chart: GanttChart) -> String {
        var out = "gantt\n"
        out += "    title \(Self.titleText(chart.title))\n"
        out += "    dateFormat YYYY-MM-DD\n"
        out += "    axisFormat %m-%d\n"
        let weekends = Weekday.allCases.filter { chart.calendar.weekends.contains($0) }
        if !weekends.isEmpty {
            let names = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
            let words = weekends == [.sat, .sun] ? ["weekends"] : weekends.map { names[Weekday.allCases.firstIndex(of: $0) ?? 0] }
            out += "    excludes \(words.joined(separator: " "))\n"
        }
        let holidays = chart.calendar.holidays.flatMap { range in
            (0..<range.dayCount).map { range.first.advanced(by: $0) }
        }.filter { date in !chart.calendar.workdays.contains { $0.contains(date) } }
        if !holidays.isEmpty {
            out += "    excludes \(Set(holidays).sorted().map(\.description).joined(separator: " "))\n"
        }
        let makeUpDays = chart.calendar.workdays.flatMap { range in (0..<range.dayCount).map { range.first.advanced(by: $0) } }
        if !makeUpDays.isEmpty {
            out += "    includes \(Set(makeUpDays).sorted().map(\.description).joined(separator: " "))\n"
        }
        if let today = chart.today { out += "    %% today: \(today)\n" }
        out += Self.trackingComment(chart)
        var ids = MermaidIDs()
        // Where Mermaid ends each row: the day after a task's last day (ends are exclusive),
        // a milestone's own date.
        var mermaidEnd: [String: CivilDate] = [:]
        var section: String?
        var phaseNames: [String: String] = [:]
        for row in chart.rows {
            if row.kind == .phase {
                phaseNames[row.id] = row.parent.flatMap { phaseNames[$0] }.map { "\($0) / \(row.name)" } ?? row.name
                continue
            }
            let rowSection = row.parent.flatMap { phaseNames[$0] } ?? chart.title
            if rowSection != section {
                out += "    section \(Self.text(rowSection))\n"
                section = rowSection
            }
            var tags = Self.progressTags(row)
            if row.critical { tags.append("crit") }
            if row.kind == .milestone { tags.append("milestone") }
            let id = ids.id(for: row.id)
            var timing: String
            if row.kind == .milestone {
                timing = "\(row.start), 0d"
            } else {
                let end = row.finish.advanced(by: 1)
                timing = "\(row.start), \(end)"
                let predecessors = chart.links.filter { $0.to == row.id && $0.kind == .finishToStart && $0.lagDays == 0 }
                let ends = predecessors.compactMap { mermaidEnd[$0.from] }
                if !predecessors.isEmpty, ends.count == predecessors.count, ends.max() == row.start {
                    timing = "after \(predecessors.map { ids.id(for: $0.from) }.joined(separator: " ")), \(end)"
                }
            }
            mermaidEnd[row.id] = row.kind == .milestone ? row.start : row.finish.advanced(by: 1)
            out += "    \(Self.text(row.name)) :\((tags + [id, timing]).joined(separator: ", "))\n"
        }
        return out
    }

    /// Words that begin a statement in Mermaid's gantt grammar (matched case-insensitively
    /// at the start of a line, before any task text).
    static let keywords = [
        "title", "section", "click", "call", "href", "dateformat", "axisformat", "tickinterval", "includes", "excludes",
        "todaymarker", "inclusiveenddates", "topaxis", "weekday", "weekend", "acctitle", "accdescr", "displaymode", "gantt",
    ]

    /// The title as Mermaid shows it: unlike names and sections it goes through Mermaid's
    /// sanitiser (DOMPurify) and is then set as plain text, so a `&` showed as "&amp;" and a
    /// `<script>` title vanished. `&`, `<` and `>` as entity codes pass the sanitiser untouched
    /// and are decoded only in the finished SVG.
    static func titleText(_ value: String) -> String {
        var out = ""
        for scalar in text(value).unicodeScalars {
            switch scalar {
            case "&": out += "#38;"
            case "<": out += "#60;"
            case ">": out += "#62;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Text on a Mermaid line: no line breaks, the characters that end a name or start a
    /// comment written as entity codes, and a leading keyword's first letter too.
    static func text(_ value: String) -> String {
        var out = ""
        // By Character first: a CRLF is one Character, so it becomes one space. Other
        // controls (NUL, ESC, C1, bidi) become U+FFFD, as in every human-facing output.
        for scalar in GanttLayoutText.singleLine(value).printableLine().unicodeScalars {
            switch scalar {
            case "\n", "\r", "\t", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}": out += " "
            case ":": out += "#58;"
            case "#": out += "#35;"
            case ";": out += "#59;"
            case "%": out += "#37;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        out = out.trimmingSpaces
        if out.isEmpty { return "—" }
        let lowered = out.lowercased()
        if let first = out.unicodeScalars.first, keywords.contains(where: { lowered.hasPrefix($0) }) {
            out = "#\(first.value);" + String(out.unicodeScalars.dropFirst())
        }
        return out
    }
}

/// Task ids Mermaid accepts (letters, digits, `_`), unique and stable for a chart, each
/// with a prefix (`t_` for Mermaid) so no id is one of Mermaid's tags or keywords.
struct MermaidIDs {
    private var assigned: [String: String] = [:]
    private var used: Set<String> = []
    let prefix: String

    init(prefix: String = "t_") { self.prefix = prefix }

    mutating func id(for original: String) -> String {
        if let existing = assigned[original] { return existing }
        var base = prefix + String(original.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") ? $0 : "_" })
        if base.first?.isLetter != true { base = "t_" + base }
        var candidate = base
        var suffix = 2
        while used.contains(candidate) {
            candidate = "\(base)_\(suffix)"
            suffix += 1
        }
        used.insert(candidate)
        assigned[original] = candidate
        return candidate
    }
}
