/// A role on the team; its headcount is how many person-days of work it can do per working day.
///
/// Its calendar is the plan's, changed by its own entries: `weekends` replaces the plan's
/// weekly days off, `workdays` adds days it works (duty through a holiday), `rota` adds days
/// it works with fewer people on duty, and `daysOff` removes days (they win over everything).
public struct Role: Sendable {
    public var id: String
    public var name: String
    public var headcount: Int
    /// Days the role does not work, beyond the plan's calendar.
    public var daysOff: [DateRange]
    /// The role's own weekly days off; `nil` keeps the plan's.
    public var weekends: Set<Weekday>?
    /// Days the role works although the plan's calendar does not (holidays, weekends).
    public var workdays: [DateRange]
    /// Duty rotas: days the role works with only some of its people.
    public var rota: [RotaShift]
    /// Named people; when given, the role's capacity is the sum of their units.
    public var people: [Person]
    public var notes: String?
    public var location: SourceLocation

    public init(
        id: String, name: String, headcount: Int = 1, daysOff: [DateRange] = [], notes: String? = nil,
        location: SourceLocation, weekends: Set<Weekday>? = nil, workdays: [DateRange] = [], rota: [RotaShift] = [],
        people: [Person] = []
    ) {
        self.people = people
        self.id = id
        self.name = name
        self.headcount = headcount
        self.daysOff = daysOff
        self.weekends = weekends
        self.workdays = workdays
        self.rota = rota
        self.notes = notes
        self.location = location
    }

    /// Person-days of work per working day: the sum of its people's units when it lists
    /// people, else its headcount.
    public var capacity: Double {
        people.isEmpty ? Double(headcount) : people.reduce(0) { $0 + $1.units }
    }

    /// Whether the role keeps a calendar of its own (anything but the plan's).
    public var hasOwnCalendar: Bool {
        weekends != nil || !workdays.isEmpty || !rota.isEmpty || !daysOff.isEmpty
    }
}
