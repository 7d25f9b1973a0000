import PlanYAML

extension PlanReader {
    static let roleKeys = ["name", "headcount", "people", "daysOff", "weekends", "workdays", "rota", "notes"]
    static let rotaKeys = ["dates", "onDuty", "name"]
    static let personKeys = ["id", "name", "units", "daysOff", "notes"]

    func readRoles(_ node: YAMLNode) {
        guard let mapping = context.mapping(node, "roles") else { return }
        for (key, value) in context.keyedEntries(mapping) {
            guard let id = context.nodeID(.scalar(key), "role id") else { continue }
            var role = Role(id: id, name: "", location: context.location(key.mark))
            // Short form: `design: 设计` names a role of one person.
            if case .scalar(let name) = value, !name.isNull {
                role.name = name.value
                roles.append(role)
                continue
            }
            guard let body = context.mapping(value, "role '\(id)'") else { continue }
            var hasName = false
            var rota: [(shift: RotaShift, mark: Mark)] = []
            var headcountKey: YAMLScalar?, peopleKey: YAMLScalar?
            for (field, fieldValue) in context.keyedEntries(body) {
                switch field.value {
                case "name":
                    // Present but of the wrong shape counts as present: that is reported already.
                    hasName = true
                    if let name = context.string(fieldValue, "role name") { role.name = name }
                case "headcount":
                    headcountKey = field
                    if let count = context.integer(fieldValue, "headcount", in: 0...100_000) { role.headcount = count }
                case "daysOff":
                    role.daysOff = dateEntries(fieldValue, "day off")
                case "weekends":
                    role.weekends = readWeekends(fieldValue)
                case "workdays":
                    role.workdays = dateEntries(fieldValue, "working day")
                case "rota":
                    rota = readRota(fieldValue)
                case "people":
                    peopleKey = field
                    role.people = readPeople(fieldValue, role: id)
                case "notes":
                    role.notes = context.string(fieldValue, "notes")
                default:
                    context.unknownKey(field, in: "role '\(id)'", allowed: Self.roleKeys)
                }
            }
            if !hasName { context.missingKey("name", in: "role '\(id)'", of: body, allowed: Self.roleKeys, hint: "add 'name: 内容运营'") }
            if let headcountKey, let peopleKey {
                context.error(.conflictingKeys, "role '\(id)' has both 'headcount' and 'people'", at: max(headcountKey.mark, peopleKey.mark),
                              hint: "with 'people' the headcount is theirs (the sum of their units); remove 'headcount'")
            } else if !role.people.isEmpty {
                // Whole people for messages and exports; the scheduler uses the exact sum.
                role.headcount = Int(role.capacity.rounded(.up))
            }
            // Checked once the headcount is known, wherever it is written.
            for (shift, mark) in rota {
                if shift.onDuty > role.headcount {
                    context.error(.rotaOverHeadcount,
                                  "rota of role '\(id)' puts \(shift.onDuty) on duty, but the role has \(role.headcount)",
                                  at: mark, hint: "lower 'onDuty' to at most \(role.headcount), or raise the headcount")
                } else {
                    role.rota.append(shift)
                }
            }
            roles.append(role)
        }
    }

    /// `people: [{id: wang, name: 小王, units: 0.5, daysOff: [...]}, …]`.
    private func readPeople(_ node: YAMLNode, role: String) -> [Person] {
        guard let items = context.list(node, "people") else { return [] }
        var people: [Person] = []
        for item in items {
            guard let mapping = context.mapping(item, "a person") else { continue }
            var person = Person(id: "", name: "", location: context.location(mapping.mark))
            for (field, value) in context.keyedEntries(mapping) {
                switch field.value {
                case "id":
                    if let id = context.nodeID(value, "person id") {
                        person.id = id
                        person.location = context.location(value.mark)
                    }
                case "name": person.name = context.string(value, "person name") ?? ""
                case "units":
                    guard let units = context.quantity(value, "units") else { break }
                    if units >= 0.01 && units <= 1 {
                        person.units = units
                    } else {
                        context.error(.invalidNumber, "a person's units must be from 0.01 to 1, found \(ValueFormatter.trimmed(units, maxFraction: 6))",
                                      at: value.mark, hint: "1 is full time, 0.5 half time")
                    }
                case "daysOff": person.daysOff = dateEntries(value, "day off")
                case "notes": _ = context.string(value, "notes")
                default: context.unknownKey(field, in: "a person of role '\(role)'", allowed: Self.personKeys)
                }
            }
            if mapping["id"] == nil {
                context.missingKey("id", in: "a person of role '\(role)'", of: mapping, allowed: Self.personKeys, hint: "add 'id: wang'")
            }
            if mapping["name"] == nil {
                context.missingKey("name", in: "a person of role '\(role)'", of: mapping, allowed: Self.personKeys, hint: "add 'name: 小王'")
            }
            guard !person.id.isEmpty else { continue }
            if let first = people.first(where: { $0.id == person.id }) {
                context.diagnostics.append(Diagnostic(
                    .error, .duplicateID, "person '\(person.id)' is listed twice in role '\(role)'", at: person.location,
                    hint: "give each person their own id", notes: [Diagnostic.Note("first listed here", at: first.location)]))
                continue
            }
            if person.name.isEmpty { person.name = person.id }
            people.append(person)
        }
        return people
    }

    /// `rota: [{dates: "2027-02-05..2027-02-13", onDuty: 2}, …]`.
    private func readRota(_ node: YAMLNode) -> [(shift: RotaShift, mark: Mark)] {
        guard let items = context.list(node, "rota") else { return [] }
        var shifts: [(shift: RotaShift, mark: Mark)] = []
        for item in items {
            guard let mapping = context.mapping(item, "a rota entry") else { continue }
            var days: DateRange?, onDuty: (count: Int, mark: Mark)?, name: String?
            for (field, value) in context.keyedEntries(mapping) {
                switch field.value {
                case "dates": days = context.dateEntry(value, "rota date")
                case "onDuty": onDuty = context.integer(value, "onDuty", in: 0...100_000).map { ($0, value.mark) }
                case "name": name = context.string(value, "rota name")
                default: context.unknownKey(field, in: "a rota entry", allowed: Self.rotaKeys)
                }
            }
            if mapping["dates"] == nil {
                context.missingKey("dates", in: "a rota entry", of: mapping, allowed: Self.rotaKeys, hint: "add 'dates: \"2027-02-05..2027-02-13\"'")
            }
            if mapping["onDuty"] == nil {
                context.missingKey("onDuty", in: "a rota entry", of: mapping, allowed: Self.rotaKeys, hint: "add 'onDuty: 2' (people on duty each day)")
            }
            guard var days, let onDuty else { continue }
            if let name { days.name = name }
            shifts.append((RotaShift(days: days, onDuty: onDuty.count, location: context.location(mapping.mark)), onDuty.mark))
        }
        return shifts
    }
}
