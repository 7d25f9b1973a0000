extension Plan {
    /// The working calendar a task counts its days, lags and lateness on: that of its nearest
    /// phase with a `planCalendar` (a member plan of a portfolio that keeps its own calendar),
    /// else the plan's.
    public func calendarSpec(ofTask task: Int) -> CalendarSpec {
        tasks[task].phase.map { calendarSpec(ofPhase: $0) } ?? calendar
    }

    /// The working calendar of a phase: its own `planCalendar` or its nearest ancestor's,
    /// else the plan's.
    public func calendarSpec(ofPhase phase: Int) -> CalendarSpec {
        var current: Int? = phase
        while let index = current {
            if let own = phases[index].planCalendar { return own }
            current = phases[index].parent
        }
        return calendar
    }

    /// Whether some phase keeps a calendar other than the plan's (plans with different
    /// calendars scheduled together).
    public var hasPhaseCalendars: Bool { phases.contains { $0.planCalendar != nil } }
}
