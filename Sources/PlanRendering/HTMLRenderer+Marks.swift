import PlanModel

/// Deadlines, pins, holiday names and make-up days for the page's script: the texts come
/// measured from here (`GanttLayout+Marks.swift`), so the page places them as the SVG does.
extension HTMLRenderer {
    static func markFields(_ row: GanttChart.Row, text words: GanttText, day: (CivilDate) -> JSONValue) -> [(String, JSONValue)] {
        var fields: [(String, JSONValue)] = []
        if let deadline = row.deadline {
            fields += [("dl", day(deadline.advanced(by: 1))), ("deadlineDate", .string(deadline.description))]
        }
        if row.lateDays > 0 {
            let text = GanttLayout.lateText(row.lateDays, words)
            fields += [("late", .int(row.lateDays)), ("lt", .array([.string(text), .int(DisplayWidth.of(text))]))]
        }
        if let pin = row.pin, row.kind != .phase { fields += [("pin", day(pin)), ("pinDate", .string(pin.description))] }
        return fields
    }

    /// Named holidays: first day, the day after the last, the name cut as the SVG cuts it, its cells.
    static func holidayFields(_ chart: GanttChart, day: (CivilDate) -> JSONValue) -> [JSONValue] {
        chart.namedHolidays.compactMap { holiday in
            guard let name = holiday.name else { return nil }
            let text = GanttLayoutText.truncate(name, cells: 12)
            return .array([day(holiday.first), day(holiday.last.advanced(by: 1)), .string(text), .int(DisplayWidth.of(text))])
        }
    }

    /// Make-up working days (调休) between two dates.
    static func makeUpDays(_ chart: GanttChart, from first: CivilDate, through last: CivilDate) -> [CivilDate] {
        var days: [CivilDate] = []
        for range in chart.calendar.workdays {
            var day = max(range.first, first)
            while day <= min(range.last, last) {
                days.append(day)
                day = day.advanced(by: 1)
            }
        }
        return days
    }

    static func marksLegend(_ chart: GanttChart) -> String {
        var out = ""
        let text = chart.text
        if chart.today != nil { out += "<span><i class=\"past-swatch\"></i>\(text.past)</span>" }
        if chart.rows.contains(where: { $0.deadline != nil }) {
            out += "<span><i style=\"border-left:2px dashed \(GanttPalette.deadline);width:0\"></i>\(text.deadline)</span>"
        }
        if chart.rows.contains(where: { $0.pin != nil && $0.kind != .phase }) {
            out += "<span><i style=\"border-left:2px solid \(GanttPalette.pin);width:0\"></i>\(text.pinned)</span>"
        }
        return out
    }
}
