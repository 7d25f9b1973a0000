/// Which days a task or phase works on.
public enum CalendarMode: String, Hashable, Sendable, CaseIterable {
    /// The working days of its roles (the plan's calendar when it has none): the default.
    case working
    /// Every day, weekends and holidays included (a 7-day campaign, a 社群 activity that runs
    /// through 春节); its roles' `daysOff` still apply.
    case continuous
}
