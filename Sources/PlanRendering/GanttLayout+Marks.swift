import PlanModel

/// Marks that name dates: deadlines and pins on rows, holiday names and 调休 make-up days
/// (班) in a lane of the header.
extension GanttLayout {
    /// "逾期 3 个工作日" / "3 working days late": leads a late row's note, in red.
    static func lateText(_ days: Int, _ text: GanttText) -> String { text.late(days) }
    static let lateSeparator = "  "

    /// Half the width a make-up day's mark takes: 班 is one 10 px glyph, "work" four letters.
    var makeUpHalfWidth: Double { chart.language == .zh ? 5 : 11 }

    /// Role names after a bar, cut only past 40 cells (about six names): a note runs right of
    /// the bar into free space, so it needs no tighter cut.
    static func roleNote(_ names: [String], _ text: GanttText = GanttText(.zh)) -> String {
        GanttLayoutText.truncate(names.joined(separator: text.listSeparator), cells: 40)
    }

    /// The x of a row's deadline (the end of the deadline day), when it has one.
    public func deadlineX(row index: Int) -> Double? {
        chart.rows[index].deadline.map { x($0.advanced(by: 1)) }
    }

    /// A named holiday range, or a make-up working day (调休), in the drawn span.
    public struct DayMark: Sendable, Equatable {
        public enum Kind: Sendable, Equatable { case holiday, makeUp }
        public var kind: Kind
        public var text: String
        /// The label's x, and whether it is centered there (else it starts there).
        public var x: Double
        public var centered: Bool
    }

    /// Whether the header has a lane for holiday names and 班: when a named holiday or a
    /// make-up day falls within a week of the chart's span, at every scale (the HTML page
    /// zooms without re-laying out the header's height).
    static func needsHolidayLane(_ chart: GanttChart) -> Bool {
        let first = chart.start.advanced(by: -7), last = chart.finish.advanced(by: 7)
        return chart.namedHolidays.contains { $0.last >= first && $0.first <= last }
            || chart.calendar.workdays.contains { $0.last >= first && $0.first <= last }
    }

    /// Each named holiday once, centered over its days (or started at the first day when the
    /// chart begins inside it), and 班 over each make-up day; a label that would overlap one
    /// placed before it is left out, names placed before 班.
    ///
    /// - Complexity: O(m²) for m marks in view (a few dozen a year).
    public var dayMarks: [DayMark] {
        guard hasHolidayLane else { return [] }
        var marks: [(DayMark, Double, Double)] = []
        for holiday in chart.namedHolidays {
            guard let name = holiday.name, holiday.last >= firstDay, holiday.first < lastDay else { continue }
            let text = GanttLayoutText.truncate(name, cells: 12)
            let x0 = x(max(holiday.first, firstDay)), x1 = x(min(holiday.last.advanced(by: 1), lastDay))
            let width = Double(DisplayWidth.of(text)) * 5.5
            let centered = width <= x1 - x0 + 24
            let x = centered ? (x0 + x1) / 2 : x0 + 2
            marks.append((DayMark(kind: .holiday, text: text, x: x, centered: centered), centered ? x - width / 2 : x, centered ? x + width / 2 : x + width))
        }
        for range in chart.calendar.workdays {
            var day = max(range.first, firstDay)
            while day <= range.last, day < lastDay {
                let center = x(day) + dayWidth / 2
                marks.append((DayMark(kind: .makeUp, text: chart.text.makeUpDay, x: center, centered: true),
                              center - makeUpHalfWidth, center + makeUpHalfWidth))
                day = day.advanced(by: 1)
            }
        }
        // Names first (a 班 gives way to a holiday's name), then by x; a mark that would touch
        // one already placed is left out.
        var placed: [(DayMark, Double, Double)] = []
        for (mark, left, end) in marks where !placed.contains(where: { left < $0.2 + 2 && $0.1 < end + 2 }) {
            placed.append((mark, left, end))
        }
        return placed.sorted { $0.1 < $1.1 }.map(\.0)
    }
}
