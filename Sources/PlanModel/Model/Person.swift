/// A named member of a role: `{id: wang, name: 小王, units: 0.5, daysOff: [...]}`. A role that
/// lists people has their units as its capacity, and their own days off reduce it by them only.
public struct Person: Sendable {
    public var id: String
    public var name: String
    /// Part of a full-time person, 0.01 … 1; default 1.
    public var units: Double
    /// Days this person does not work (leave), beyond the role's calendar.
    public var daysOff: [DateRange]
    public var location: SourceLocation

    public init(id: String, name: String, units: Double = 1, daysOff: [DateRange] = [], location: SourceLocation) {
        self.id = id
        self.name = name
        self.units = units
        self.daysOff = daysOff
        self.location = location
    }
}
