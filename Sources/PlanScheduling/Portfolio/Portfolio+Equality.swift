import PlanModel

extension Portfolio {
    /// What differs between two definitions of one role id, in words, or `nil` when they
    /// are the same role (where each was written does not count).
    static func difference(_ one: Role, _ other: Role) -> String? {
        func days(_ ranges: [DateRange]) -> [String] { ranges.map { "\($0.first)..\($0.last)" }.sorted() }
        if one.name != other.name { return "name '\(one.name)' vs '\(other.name)'" }
        if one.capacity != other.capacity || one.headcount != other.headcount {
            return "headcount \(ValueFormatter.grouped(one.capacity, maxFraction: 2)) vs \(ValueFormatter.grouped(other.capacity, maxFraction: 2))"
        }
        if one.weekends != other.weekends { return "weekends" }
        if days(one.workdays) != days(other.workdays) { return "workdays" }
        if days(one.daysOff) != days(other.daysOff) { return "daysOff" }
        if one.rota.map({ "\($0.days.first)..\($0.days.last)×\($0.onDuty)" }).sorted()
            != other.rota.map({ "\($0.days.first)..\($0.days.last)×\($0.onDuty)" }).sorted() { return "rota" }
        let people = { (role: Role) in role.people.map { "\($0.id)|\($0.name)|\($0.units)|\(days($0.daysOff))" } }
        if people(one) != people(other) { return "people" }
        return nil
    }

    /// Whether two calendars have the same weekends, holidays and make-up days (by their
    /// dates; where each was written does not count).
    static func sameDays(_ one: CalendarSpec, _ other: CalendarSpec) -> Bool {
        func days(_ ranges: [DateRange]) -> [String] { ranges.map { "\($0.first)..\($0.last)" }.sorted() }
        return one.weekends == other.weekends && days(one.holidays) == days(other.holidays) && days(one.workdays) == days(other.workdays)
    }
}
