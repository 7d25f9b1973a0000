/// A role on the team; its headcount is how many person-days of work it can do per working day.
public struct Role: Sendable {
    public var id: String
    public var name: String
    public var headcount: Int
    /// Days the role does not work, beyond the plan's calendar.
    public var daysOff: [DateRange]
    public var notes: String?
    public var location: SourceLocation

    public init(
        id: String, name: String, headcount: Int = 1, daysOff: [DateRange] = [], notes: String? = nil,
        location: SourceLocation
    ) {
        self.id = id
        self.name = name
        self.headcount = headcount
        self.daysOff = daysOff
        self.notes = notes
        self.location = location
    }
}
