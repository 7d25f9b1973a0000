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

    /// Whether task `index` works every day (`calendar: continuous`): its own setting, else its
    /// nearest phase's; a `7cd` duration is elapsed time too, but says so itself.
    public func worksEveryDay(task index: Int) -> Bool {
        if let mode = tasks[index].calendar { return mode == .continuous }
        var phase = tasks[index].phase
        while let current = phase {
            if let mode = phases[current].calendar { return mode == .continuous }
            phase = phases[current].parent
        }
        return false
    }

    /// Whether some phase keeps a calendar other than the plan's (plans with different
    /// calendars scheduled together).
    public var hasPhaseCalendars: Bool { phases.contains { $0.planCalendar != nil } }
}
