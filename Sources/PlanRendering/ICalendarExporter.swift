import PlanModel

/// iCalendar (RFC 5545): one all-day event per task and milestone, so a team can import the
/// plan into its calendar. DTEND is exclusive (the day after the last day); UIDs are stable
/// across runs (`task@plan.cycleplan`); CATEGORIES are the role names; text is escaped and
/// lines are folded at 75 octets without splitting a UTF-8 character; lines end with CRLF.
///
/// Re-importing should update events, not duplicate or ignore them: the UID names the event,
/// and `revision` — the time the plan was last changed, in seconds since 1970 (UTC) — gives
/// DTSTAMP and LAST-MODIFIED, and SEQUENCE as minutes since 2020, so each edit of the plan
/// raises SEQUENCE and the same plan gives the same bytes. Without a revision they fall back
/// to the plan's start at midnight and SEQUENCE 0.
public struct ICalendarExporter: Sendable {
    public init() {}

    public func render(_ chart: GanttChart, revision: Int? = nil) -> String {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//cycleplan//cycleplan 0.1//ZH",
            "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-CALNAME:" + Self.text(chart.title),
        ]
        let stamp = revision.map(Self.utc) ?? Self.compact(chart.start) + "T000000Z"
        let sequence = revision.map { max(0, ($0 - Self.sequenceEpoch) / 60) } ?? 0
        let roleNames = Dictionary(chart.roles.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        var phaseNames: [String: String] = [:]
        for row in chart.rows where row.kind == .phase { phaseNames[row.id] = row.name }
        for row in chart.rows where row.kind != .phase {
            lines.append("BEGIN:VEVENT")
            lines.append("UID:" + Self.text("\(row.id)@\(chart.planID).cycleplan"))
            lines.append("DTSTAMP:" + stamp)
            lines.append("LAST-MODIFIED:" + stamp)
            lines.append("SEQUENCE:\(sequence)")
            lines.append("DTSTART;VALUE=DATE:" + Self.compact(row.start))
            lines.append("DTEND;VALUE=DATE:" + Self.compact(row.finish.advanced(by: 1)))
            lines.append("SUMMARY:" + Self.text((row.kind == .milestone ? "◆ " : "") + row.name))
            var details: [String] = []
            let words = chart.text
            if let parent = row.parent { details.append(words.field("阶段", "Phase") + (phaseNames[parent] ?? parent)) }
            if !row.roles.isEmpty {
                details.append(words.field("角色", "Roles") + row.roles.map { "\(roleNames[$0] ?? $0) (\($0))" }.joined(separator: words.listSeparator))
            }
            if row.kind == .task { details.append(words.field("工作日", "Working days") + "\(row.workingDays)") }
            details.append(words.field("总时差", "Total float") + "\(row.totalFloat)")
            if row.critical { details.append(words.critical) }
            details += row.targets.map { words.field("目标", "Target") + $0 }
            if let notes = row.notes { details.append(notes) }
            lines.append("DESCRIPTION:" + Self.text(details.joined(separator: "\n")))
            if !row.roles.isEmpty { lines.append("CATEGORIES:" + row.roles.map { Self.text(roleNames[$0] ?? $0) }.joined(separator: ",")) }
            lines.append("TRANSP:TRANSPARENT")
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.map(Self.fold).joined(separator: "\r\n") + "\r\n"
    }

    /// 2020-01-01T00:00:00Z: SEQUENCE counts minutes from here, small enough for any client.
    static let sequenceEpoch = 1_577_836_800

    /// Seconds since 1970 as an iCalendar UTC date-time: `20261015T083000Z`.
    static func utc(_ seconds: Int) -> String {
        let days = seconds >= 0 ? seconds / 86_400 : -((-seconds + 86_399) / 86_400)
        let rest = seconds - days * 86_400
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return compact(CivilDate(daysSinceEpoch: days)) + "T" + two(rest / 3600) + two(rest % 3600 / 60) + two(rest % 60) + "Z"
    }

    static func compact(_ date: CivilDate) -> String {
        date.description.filter { $0 != "-" }
    }

    /// TEXT values: backslash, semicolon and comma escaped, line breaks (LF, CRLF or a lone
    /// CR) as `\n`.
    static func text(_ value: String) -> String {
        var out = ""
        var afterCR = false
        for scalar in value.unicodeScalars {
            defer { afterCR = scalar == "\r" }
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": if !afterCR { out += "\\n" }
            case "\r", "\u{2028}", "\u{2029}", "\u{85}": out += "\\n"
            default:
                // Other control characters are not allowed in TEXT.
                if scalar.value < 0x20 || scalar.value == 0x7F { out += " " } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// Folds a content line into chunks of at most 75 octets, continuation lines starting
    /// with a space, never inside a UTF-8 sequence.
    static func fold(_ line: String) -> String {
        let bytes = Array(line.utf8)
        guard bytes.count > 75 else { return line }
        var parts: [String] = []
        var start = 0
        var limit = 75
        while start < bytes.count {
            var end = min(start + limit, bytes.count)
            while end < bytes.count, end > start, bytes[end] & 0xC0 == 0x80 { end -= 1 }
            parts.append(String(decoding: bytes[start..<end], as: UTF8.self))
            start = end
            limit = 74  // the leading space of a continuation line counts
        }
        return parts.joined(separator: "\r\n ")
    }
}
