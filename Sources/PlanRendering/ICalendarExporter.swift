import PlanModel

/// iCalendar (RFC 5545): one all-day event per task and milestone, so a team can subscribe
/// to the plan in its calendar. DTEND is exclusive (the day after the last day); UIDs are
/// stable across runs (`task@plan.cycleplan`), so re-importing updates events instead of
/// duplicating them; roles are CATEGORIES; text is escaped and lines are folded at 75
/// octets without splitting a UTF-8 character; lines end with CRLF.
public struct ICalendarExporter: Sendable {
    public init() {}

    public func render(_ chart: GanttChart) -> String {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//cycleplan//cycleplan 0.1//ZH",
            "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-CALNAME:" + Self.text(chart.title),
        ]
        // A fixed stamp keeps the output byte-identical for the same plan.
        let stamp = Self.compact(chart.start) + "T000000Z"
        var phaseNames: [String: String] = [:]
        for row in chart.rows where row.kind == .phase { phaseNames[row.id] = row.name }
        for row in chart.rows where row.kind != .phase {
            lines.append("BEGIN:VEVENT")
            lines.append("UID:" + Self.text("\(row.id)@\(chart.planID).cycleplan"))
            lines.append("DTSTAMP:" + stamp)
            lines.append("DTSTART;VALUE=DATE:" + Self.compact(row.start))
            lines.append("DTEND;VALUE=DATE:" + Self.compact(row.finish.advanced(by: 1)))
            lines.append("SUMMARY:" + Self.text((row.kind == .milestone ? "◆ " : "") + row.name))
            var details: [String] = []
            if let parent = row.parent { details.append("阶段: \(phaseNames[parent] ?? parent)") }
            if row.kind == .task { details.append("工作日: \(row.workingDays)") }
            details.append("总时差: \(row.totalFloat)")
            if row.critical { details.append("关键路径") }
            details += row.targets.map { "目标: \($0)" }
            if let notes = row.notes { details.append(notes) }
            lines.append("DESCRIPTION:" + Self.text(details.joined(separator: "\n")))
            if !row.roles.isEmpty { lines.append("CATEGORIES:" + row.roles.map(Self.text).joined(separator: ",")) }
            lines.append("TRANSP:TRANSPARENT")
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.map(Self.fold).joined(separator: "\r\n") + "\r\n"
    }

    static func compact(_ date: CivilDate) -> String {
        date.description.filter { $0 != "-" }
    }

    /// TEXT values: backslash, semicolon and comma escaped, line breaks as `\n`.
    static func text(_ value: String) -> String {
        var out = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": out += "\\n"
            case "\r": break
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
