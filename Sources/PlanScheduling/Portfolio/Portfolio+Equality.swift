import PlanModel

extension Portfolio {
    /// What differs between two definitions of one role id, in words, or `nil` when they
    /// are the same role (where each was written does not count).
    static func difference(_ one: Role, _ other: Role) -> Bilingual? {
        func days(_ ranges: [DateRange]) -> [String] { ranges.map { "\($0.first)..\($0.last)" }.sorted() }
        if one.name != other.name { return Bilingual(zh: "名称 '\(one.name)' 与 '\(other.name)'", en: "name '\(one.name)' vs '\(other.name)'") }
        if one.capacity != other.capacity || one.headcount != other.headcount {
            let (mine, theirs) = (ValueFormatter.grouped(one.capacity, maxFraction: 2), ValueFormatter.grouped(other.capacity, maxFraction: 2))
            return Bilingual(zh: "人数 \(mine) 与 \(theirs)", en: "headcount \(mine) vs \(theirs)")
        }
        if one.weekends != other.weekends { return Bilingual(zh: "周末（weekends）", en: "weekends") }
        if days(one.workdays) != days(other.workdays) { return Bilingual(zh: "调休上班日（workdays）", en: "workdays") }
        if days(one.daysOff) != days(other.daysOff) { return Bilingual(zh: "休息日（daysOff）", en: "daysOff") }
        if one.rota.map({ "\($0.days.first)..\($0.days.last)×\($0.onDuty)" }).sorted()
            != other.rota.map({ "\($0.days.first)..\($0.days.last)×\($0.onDuty)" }).sorted() { return Bilingual(zh: "排班（rota）", en: "rota") }
        let people = { (role: Role) in role.people.map { "\($0.id)|\($0.name)|\($0.units)|\(days($0.daysOff))" } }
        if people(one) != people(other) { return Bilingual(zh: "人员（people）", en: "people") }
        return nil
    }

    /// Whether two calendars have the same weekends, holidays and make-up days (by their
    /// dates; where each was written does not count).
    static func sameDays(_ one: CalendarSpec, _ other: CalendarSpec) -> Bool {
        func days(_ ranges: [DateRange]) -> [String] { ranges.map { "\($0.first)..\($0.last)" }.sorted() }
        return one.weekends == other.weekends && days(one.holidays) == days(other.holidays) && days(one.workdays) == days(other.workdays)
    }
}
