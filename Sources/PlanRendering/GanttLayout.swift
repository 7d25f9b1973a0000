import PlanModel

/// Geometry of a Gantt chart, shared by the SVG and HTML renderers: where the label column
/// ends, how wide a day is, the y of each row, the x of each date, and the time headers.
public struct GanttLayout: Sendable {
    public let chart: GanttChart
    public let dayWidth: Double
    public let scale: GanttOptions.Scale
    public let labelWidth: Double
    public let rowHeight: Double = 22
    public let headerHeight: Double
    public let titleHeight: Double = 34
    public let fontSize: Double = 12
    /// First and last day drawn (a margin around the schedule).
    public let firstDay: CivilDate
    public let lastDay: CivilDate

    public init(chart: GanttChart, scale requested: GanttOptions.Scale? = nil) {
        self.chart = chart
        let span = chart.start.distance(to: chart.finish) + 1
        var scale = requested ?? chart.scale
        if scale == .auto { scale = span <= 45 ? .day : (span <= 200 ? .week : .month) }
        self.scale = scale
        switch scale {
        case .day: dayWidth = 24
        case .week: dayWidth = 9
        case .month, .auto: dayWidth = 3.2
        }
        headerHeight = scale == .day ? 54 : 36
        let padding = scale == .day ? 1 : (scale == .week ? 3 : 7)
        firstDay = chart.start.advanced(by: -padding)
        lastDay = chart.finish.advanced(by: padding + 1)
        var widest = 120.0
        for row in chart.rows {
            let cells = Double(DisplayWidth.of(row.name))
            let indent = Double(row.depth) * 12
            widest = max(widest, cells * 6.6 + indent + 20)
        }
        labelWidth = min(max(widest, 140), 300)
        let origin = labelWidth, perDay = dayWidth, first = firstDay, chosenScale = scale
        var right = origin + Double(first.distance(to: lastDay)) * perDay
        for row in chart.rows {
            let end = origin + Double(first.distance(to: row.finish.advanced(by: 1))) * perDay
            switch row.kind {
            case .phase where !row.targets.isEmpty:
                right = max(right, end + 8 + Double(min(70, DisplayWidth.of("目标 " + row.targets.joined(separator: " · ")))) * 6)
            case .task where chosenScale != .month && !row.roles.isEmpty:
                right = max(right, end + 4 + Double(min(16, DisplayWidth.of(row.roles.joined(separator: "、")) + 2)) * 5.5)
            default:
                break
            }
        }
        width = right + 16
    }

    /// Characters of a label that fit the label column at its indentation.
    public func fittedLabel(_ row: GanttChart.Row) -> (text: String, truncated: Bool) {
        let budget = Int((labelWidth - Double(row.depth) * 12 - 20) / 6.6)
        let text = DisplayWidth.truncate(row.name, toWidth: budget)
        return (text, text != row.name)
    }

    public var timelineX: Double { labelWidth }
    /// Wide enough for the timeline and for the notes drawn right of the bars (roles,
    /// phase targets), so nothing is cut at the edge. Computed once: renderers read it per row.
    public let width: Double

    public var bodyTop: Double { titleHeight + headerHeight }
    public var legendHeight: Double { chart.roles.isEmpty ? 30 : 30 + Double((chart.roles.count + 5) / 6) * 20 }
    public var height: Double { bodyTop + Double(chart.rows.count) * rowHeight + 12 + legendHeight }

    /// The x of the start of a day.
    public func x(_ date: CivilDate) -> Double {
        timelineX + Double(firstDay.distance(to: date)) * dayWidth
    }

    public func y(row index: Int) -> Double {
        bodyTop + Double(index) * rowHeight
    }

    /// Month spans for the top header.
    public var months: [(label: String, start: CivilDate, end: CivilDate)] {
        var result: [(String, CivilDate, CivilDate)] = []
        var day = firstDay
        while day < lastDay {
            let (year, month, _) = day.components
            let next = CivilDate(year: month == 12 ? year + 1 : year, month: month == 12 ? 1 : month + 1, day: 1) ?? lastDay
            result.append(("\(year)年\(month)月", day, min(next, lastDay)))
            day = next
        }
        return result
    }

    /// Mondays in view, for week ticks.
    public var mondays: [CivilDate] {
        var day = firstDay
        while day.weekday != .mon { day = day.advanced(by: 1) }
        return stride(from: 0, to: day.distance(to: lastDay), by: 7).map { day.advanced(by: $0) }
    }

    /// Days in view that are not working days, merged into runs for shading.
    public var nonWorkingRuns: [(start: CivilDate, days: Int)] {
        var runs: [(CivilDate, Int)] = []
        var day = firstDay
        while day < lastDay {
            if !chart.calendar.isWorkingDay(day) {
                if let last = runs.last, last.0.advanced(by: last.1) == day {
                    runs[runs.count - 1].1 += 1
                } else {
                    runs.append((day, 1))
                }
            }
            day = day.advanced(by: 1)
        }
        return runs
    }
}
