extension GanttLayout {
    /// Where each plan's non-working days are shaded. One calendar: one band over the whole
    /// body (`calendar` nil: the chart's). Plans with different calendars charted together:
    /// one band per run of consecutive rows on the same member plan's calendar, from its first
    /// row's top to its last row's bottom, so a 7-day plan's rows stay clear on the weekends
    /// its neighbour's rows are shaded.
    ///
    /// - Complexity: O(rows shown).
    public func calendarBands(rows shown: Range<Int>? = nil) -> [(calendar: Int?, top: Double, bottom: Double)] {
        guard !chart.memberCalendars.isEmpty else { return [(nil, bodyTop, bodyBottom)] }
        var bands: [(calendar: Int?, top: Double, bottom: Double)] = []
        for index in shown ?? rowTops.indices {
            let member = chart.rows[index].memberCalendar ?? 0
            let top = rowTops[index], bottom = rowTops[index] + rowHeights[index]
            if let last = bands.last, last.calendar == member, abs(last.bottom - top) < 0.001 {
                bands[bands.count - 1].bottom = bottom
            } else {
                bands.append((member, top, bottom))
            }
        }
        return bands
    }
}
