import PlanModel

/// PlantUML `@startgantt` text. Closed days follow the plan's calendar (weekends, holidays,
/// make-up days reopened), each phase is a separator, tasks start and end on their scheduled
/// days (a finish-to-start start is written `starts at [x]'s end`, which PlantUML draws as an
/// arrow), milestones `happen`, critical tasks are red.
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
        var aliases = MermaidIDs()
        var finishByID: [String: CivilDate] = [:]
        for row in chart.rows {
            let alias = aliases.id(for: row.id)
            switch row.kind {
            case .phase:
                out += "-- \(Self.text(row.name)) --\n"
            case .milestone:
                out += "[\(Self.text(row.name))] as [\(alias)] happens \(row.start)\n"
            case .task:
                let predecessors = chart.links.filter { $0.to == row.id && $0.kind == .finishToStart && $0.lagDays == 0 }
                let latest = predecessors.compactMap { finishByID[$0.from] }.max()
                let firstDriver = predecessors.first { finishByID[$0.from] == latest }
                if let latest, let firstDriver, latest.advanced(by: 1) == row.start {
                    out += "[\(Self.text(row.name))] as [\(alias)] starts at [\(aliases.id(for: firstDriver.from))]'s end\n"
                } else {
                    out += "[\(Self.text(row.name))] as [\(alias)] starts \(row.start)\n"
                }
                out += "[\(alias)] ends \(row.finish)\n"
                if row.critical { out += "[\(alias)] is colored in Salmon/Red\n" }
            }
            // Only tasks anchor `starts at [x]'s end`; a milestone's "end" is its own day.
            if row.kind == .task { finishByID[row.id] = row.finish }
        }
        out += "@endgantt\n"
        return out
    }

    /// Task names sit inside `[…]`: brackets become full-width, line breaks spaces.
    static func text(_ value: String) -> String {
        var out = ""
        for character in value {
            switch character {
            case "[": out += "［"
            case "]": out += "］"
            case "\n", "\r", "\t": out += " "
            default: out.append(character)
            }
        }
        while out.first == " " { out.removeFirst() }
        while out.last == " " { out.removeLast() }
        return out.isEmpty ? "—" : out
    }
}
