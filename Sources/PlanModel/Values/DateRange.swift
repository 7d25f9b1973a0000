/// An inclusive span of days, written `2026-10-01..2026-10-07` or as a single date.
public struct DateRange: Hashable, Sendable {
    public var first: CivilDate
    public var last: CivilDate
    public var name: String?
    public var location: SourceLocation?

    public init(first: CivilDate, last: CivilDate, name: String? = nil, location: SourceLocation? = nil) {
        self.first = first
        self.last = last
        self.name = name
        self.location = location
    }

    public func contains(_ date: CivilDate) -> Bool { first <= date && date <= last }

    public var dayCount: Int { first.distance(to: last) + 1 }
}
