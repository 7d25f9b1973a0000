import PlanModel

/// PlantUML `@startgantt` text. Closed days follow the plan's calendar (weekends, holidays,
/// make-up days reopened). Each phase is a separator named by its path ("内容创作 / 海报",
/// since PlantUML cannot nest) followed by a dark summary bar over its span; tasks start and
/// end on their scheduled days; milestones `happen`; critical tasks and milestones are red.
///
/// Every bar has explicit dates in one statement (`starts D and ends E`, `happens D`). A
/// dependency is written as a constraint after all bars exist — `starts at [a]'s end` (FS),
/// `starts at [a]'s start` (SS), `ends at [a]'s end` (FF), `ends at [a]'s start` (SF),
/// `[a] -> [m]` into a milestone — only where PlantUML's own date arithmetic, which knows no
/// lags or leveling and wins over explicit dates, leaves the scheduled dates (`keepsDates`).
/// The others, and SS, FF or SF into a milestone (no such form), are left out
/// (`unsupportedLinks`): the dates win over the arrow.
public struct PlantUMLExporter: Sendable {
    public init() {}

    public func render(_ chart: GanttChart) -> String {
        var out = "@startgantt\n"
        out += "title \(Self.text(chart.title))\n"
        out += "Project starts \(chart.start)\n"
        let names = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        for (index, day) in Weekday.allCases.enumerated() where chart.calendar.weekends.contains(day) {
            out += "\(names[index]) are closed\n"
        }
        for holiday in chart.calendar.holidays {
            out += holiday.dayCount == 1 ? "\(holiday.first) is closed\n" : "\(holiday.first) to \(holiday.last) are closed\n"
        }
        for workday in chart.calendar.workdays {
            out += workday.dayCount == 1 ? "\(workday.first) is open\n" : "\(workday.first) to \(workday.last) are open\n"
        }
        for day in Self.closedDaysInUse(chart) { out += "\(day) is open\n" }
        var aliases = MermaidIDs(prefix: "")
        var paths: [String: String] = [:]
        var rowsByID: [String: GanttChart.Row] = [:]
        for row in chart.rows {
            rowsByID[row.id] = row
            let alias = aliases.id(for: row.id)
            switch row.kind {
            case .phase:
                let path = row.parent.flatMap { paths[$0] }.map { "\($0) / \(row.name)" } ?? row.name
                paths[row.id] = path
                out += "-- \(Self.separatorText(path)) --\n"
                out += "[\(Self.text(row.name))] as [\(alias)] starts \(row.start) and ends \(row.finish)\n"
                out += "[\(alias)] is colored in #444444/#444444\n"
            case .milestone:
                out += "[\(Self.text(row.name))] as [\(alias)] happens \(row.start)\n"
                if row.critical { out += "[\(alias)] is colored in Red\n" }
            case .task:
                out += "[\(Self.text(row.name))] as [\(alias)] starts \(row.start) and ends \(row.finish)\n"
                if row.critical { out += "[\(alias)] is colored in Salmon/Red\n" }
            }
        }
        for link in chart.links {
            guard let from = rowsByID[link.from], let to = rowsByID[link.to], let statement = Self.constraint(link, to: to.kind),
                  Self.keepsDates(link, from: from, to: to, calendar: chart.calendar) else { continue }
            let a = aliases.id(for: from.id), b = aliases.id(for: to.id)
            out += statement(a, b) + "\n"
        }
        out += "@endgantt\n"
        return out
    }

    /// The statement that makes PlantUML draw a link, or nil where it has none.
    static func constraint(_ link: GanttChart.Link, to kind: GanttChart.Kind) -> ((String, String) -> String)? {
        if kind == .milestone {
            guard link.kind == .finishToStart else { return nil }
            return { a, b in "[\(a)] -> [\(b)]" }
        }
        switch link.kind {
        case .finishToStart: return { a, b in "[\(b)] starts at [\(a)]'s end" }
        case .startToStart: return { a, b in "[\(b)] starts at [\(a)]'s start" }
        case .finishToFinish: return { a, b in "[\(b)] ends at [\(a)]'s end" }
        case .startToFinish: return { a, b in "[\(b)] ends at [\(a)]'s start" }
        }
    }

    /// The links of a chart PlantUML cannot draw: SS, FF or SF into a milestone, and every
    /// link its own date arithmetic would resolve to other dates than the schedule's.
    public static func unsupportedLinks(_ chart: GanttChart) -> [GanttChart.Link] {
        let rows = Dictionary(chart.rows.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return chart.links.filter { link in
            guard let from = rows[link.from], let to = rows[link.to] else { return true }
            return constraint(link, to: to.kind) == nil || !keepsDates(link, from: from, to: to, calendar: chart.calendar)
        }
    }

    /// Text PlantUML shows as written. Its creole markup (`**bold**`, `//italic//`,
    /// `""mono""`, `__under__`, `--strike--`, `~~wave~~`, `==`), `<tags>`, `<U+…>` and
    /// `&#…;` codes, `%functions()`, `\n`-style escapes and brackets all get `<U+XXXX>` codes,
    /// which PlantUML decodes after parsing: a doubled markup character, every `<`, `%`,
    /// `~`, `\`, `[` and `]`, `&` before `#`, and a mark that begins the text. Line breaks
    /// (CRLF is one Character) and tabs become spaces.
    ///
    /// - Complexity: O(characters).
    static func text(_ value: String) -> String {
        // Line breaks and tabs as spaces first, then other controls (NUL, ESC, C1, bidi) as
        // U+FFFD, as in every human-facing output: PlantUML would stop at a NUL.
        let characters = Array(GanttLayoutText.singleLine(value).printableLine())
        // Text that starts with creole's list, heading or table marks (`* # = | ! -`…) is
        // formatted as one: its first character is coded whatever follows it.
        let first = characters.firstIndex { !($0 == " " || $0.isNewline || $0 == "\t") }
        var out = ""
        for (index, character) in characters.enumerated() {
            if character.isNewline || character == "\t" { out += " "; continue }
            if index == first, character.isASCII, character.isPunctuation || character.isSymbol { out += code(character); continue }
            let previous = index > 0 ? characters[index - 1] : nil
            let next = index + 1 < characters.count ? characters[index + 1] : nil
            switch character {
            case "<", "%", "~", "\\", "[", "]":
                out += code(character)
            case "*", "/", "\"", "_", "-", "=", "^":
                if previous == character || next == character { out += code(character) } else { out.append(character) }
            case "&":
                if next == "#" { out += code(character) } else { out.append(character) }
            default:
                out.append(character)
            }
        }
        let trimmed = out.trimmingSpaces
        return trimmed.isEmpty ? "—" : trimmed
    }

    /// A separator's text also must not begin or end with `-`, which would join its `--`.
    static func separatorText(_ value: String) -> String {
        var text = Self.text(value)
        if text.hasPrefix("-") { text = code("-") + text.dropFirst() }
        if text.hasSuffix("-") { text = text.dropLast() + code("-") }
        return text
    }

    static func code(_ character: Character) -> String {
        character.unicodeScalars.map { scalar in
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
        }.joined()
    }
}
