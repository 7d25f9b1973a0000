import PlanYAML

extension PlanReader {
    static let roleKeys = ["name", "headcount", "people", "daysOff", "weekends", "workdays", "rota", "notes"]
    static let rotaKeys = ["dates", "onDuty", "name"]
    static let personKeys = ["id", "name", "units", "daysOff", "notes"]

    func readRoles(_ node: YAMLNode) {
        guard let mapping = context.mapping(node, Bilingual(zh: "角色列表", en: "roles")) else { return }
        for (key, value) in context.keyedEntries(mapping) {
            guard let id = context.nodeID(.scalar(key), Bilingual(zh: "角色 id", en: "role id")) else { continue }
            var role = Role(id: id, name: "", location: context.location(key.mark))
            // Short form: `design: 设计` names a role of one person.
            if case .scalar(let name) = value, !name.isNull {
                role.name = name.value
                roles.append(role)
                continue
            }
            guard let body = context.mapping(value, Bilingual(zh: "角色 '\(id)'", en: "role '\(id)'")) else { continue }
            var hasName = false
            var rota: [(shift: RotaShift, mark: Mark)] = []
            var headcountKey: YAMLScalar?, peopleKey: YAMLScalar?
            for (field, fieldValue) in context.keyedEntries(body) {
                switch field.value {
                case "name":
                    // Present but of the wrong shape counts as present: that is reported already.
                    hasName = true
                    if let name = context.string(fieldValue, Bilingual(zh: "角色名称", en: "role name")) { role.name = name }
                case "headcount":
                    headcountKey = field
                    if let count = context.integer(fieldValue, Bilingual(zh: "人数", en: "headcount"), in: 0...100_000) { role.headcount = count }
                case "daysOff":
                    role.daysOff = dateEntries(fieldValue, Bilingual(zh: "休息日", en: "day off"))
                case "weekends":
                    role.weekends = readWeekends(fieldValue)
                case "workdays":
                    role.workdays = dateEntries(fieldValue, Bilingual(zh: "工作日", en: "working day"))
                case "rota":
                    rota = readRota(fieldValue)
                case "people":
                    peopleKey = field
                    role.people = readPeople(fieldValue, role: id)
                case "notes":
                    role.notes = context.string(fieldValue, Bilingual(zh: "备注", en: "notes"))
                default:
                    context.unknownKey(field, in: Bilingual(zh: "角色 '\(id)'", en: "role '\(id)'"), allowed: Self.roleKeys)
                }
            }
            if !hasName { context.missingKey("name", in: Bilingual(zh: "角色 '\(id)'", en: "role '\(id)'"), of: body, allowed: Self.roleKeys, hint: Bilingual(zh: "加上 'name: 内容运营'", en: "add 'name: 内容运营'")) }
            if let headcountKey, let peopleKey {
                context.error(.conflictingKeys, Bilingual(zh: "角色 '\(id)' 同时写了 'headcount' 和 'people'", en: "role '\(id)' has both 'headcount' and 'people'"), at: max(headcountKey.mark, peopleKey.mark),
                              hint: Bilingual(zh: "写了 'people' 时人数由人员决定（各人 units 之和）；去掉 'headcount'", en: "with 'people' the headcount is theirs (the sum of their units); remove 'headcount'"))
            } else if !role.people.isEmpty {
                // Whole people for messages and exports; the scheduler uses the exact sum.
                role.headcount = Int(role.capacity.rounded(.up))
            }
            // Checked once the headcount is known, wherever it is written.
            for (shift, mark) in rota {
                if shift.onDuty > role.headcount {
                    context.error(.rotaOverHeadcount,
                                  Bilingual(zh: "角色 '\(id)' 的排班安排 \(shift.onDuty) 人当班，但该角色只有 \(role.headcount) 人", en: "rota of role '\(id)' puts \(shift.onDuty) on duty, but the role has \(role.headcount)"),
                                  at: mark, hint: Bilingual(zh: "把 'onDuty' 降到 \(role.headcount) 以内，或增加人数", en: "lower 'onDuty' to at most \(role.headcount), or raise the headcount"))
                } else {
                    role.rota.append(shift)
                }
            }
            roles.append(role)
        }
    }

    /// `people: [{id: wang, name: 小王, units: 0.5, daysOff: [...]}, …]`.
    private func readPeople(_ node: YAMLNode, role: String) -> [Person] {
        guard let items = context.list(node, Bilingual(zh: "人员列表", en: "people")) else { return [] }
        var people: [Person] = []
        for item in items {
            guard let mapping = context.mapping(item, Bilingual(zh: "人员", en: "a person")) else { continue }
            var person = Person(id: "", name: "", location: context.location(mapping.mark))
            for (field, value) in context.keyedEntries(mapping) {
                switch field.value {
                case "id":
                    if let id = context.nodeID(value, Bilingual(zh: "人员 id", en: "person id")) {
                        person.id = id
                        person.location = context.location(value.mark)
                    }
                case "name": person.name = context.string(value, Bilingual(zh: "人员姓名", en: "person name")) ?? ""
                case "units":
                    guard let units = context.quantity(value, Bilingual(zh: "units（投入人数）", en: "units")) else { break }
                    if units >= 0.01 && units <= 1 {
                        person.units = units
                    } else {
                        context.error(.invalidNumber, Bilingual(zh: "人员的 units 应在 0.01 到 1 之间，这里是 \(ValueFormatter.trimmed(units, maxFraction: 6))", en: "a person's units must be from 0.01 to 1, found \(ValueFormatter.trimmed(units, maxFraction: 6))"),
                                      at: value.mark, hint: Bilingual(zh: "1 表示全职，0.5 表示半职", en: "1 is full time, 0.5 half time"))
                    }
                case "daysOff": person.daysOff = dateEntries(value, Bilingual(zh: "休息日", en: "day off"))
                case "notes": _ = context.string(value, Bilingual(zh: "备注", en: "notes"))
                default: context.unknownKey(field, in: Bilingual(zh: "角色 '\(role)' 的人员", en: "a person of role '\(role)'"), allowed: Self.personKeys)
                }
            }
            if mapping["id"] == nil {
                context.missingKey("id", in: Bilingual(zh: "角色 '\(role)' 的人员", en: "a person of role '\(role)'"), of: mapping, allowed: Self.personKeys, hint: Bilingual(zh: "加上 'id: wang'", en: "add 'id: wang'"))
            }
            if mapping["name"] == nil {
                context.missingKey("name", in: Bilingual(zh: "角色 '\(role)' 的人员", en: "a person of role '\(role)'"), of: mapping, allowed: Self.personKeys, hint: Bilingual(zh: "加上 'name: 小王'", en: "add 'name: 小王'"))
            }
            guard !person.id.isEmpty else { continue }
            if let first = people.first(where: { $0.id == person.id }) {
                context.diagnostics.append(Diagnostic(
                    .error, .duplicateID, Bilingual(zh: "人员 '\(person.id)' 在角色 '\(role)' 中列了两次", en: "person '\(person.id)' is listed twice in role '\(role)'"), at: person.location,
                    hint: Bilingual(zh: "每个人用各自的 id", en: "give each person their own id"), notes: [Diagnostic.Note(Bilingual(zh: "第一次列在这里", en: "first listed here"), at: first.location)]))
                continue
            }
            if person.name.isEmpty { person.name = person.id }
            people.append(person)
        }
        return people
    }

    /// `rota: [{dates: "2027-02-05..2027-02-13", onDuty: 2}, …]`.
    private func readRota(_ node: YAMLNode) -> [(shift: RotaShift, mark: Mark)] {
        guard let items = context.list(node, Bilingual(zh: "排班", en: "rota")) else { return [] }
        var shifts: [(shift: RotaShift, mark: Mark)] = []
        for item in items {
            guard let mapping = context.mapping(item, Bilingual(zh: "排班条目", en: "a rota entry")) else { continue }
            var days: DateRange?, onDuty: (count: Int, mark: Mark)?, name: String?
            for (field, value) in context.keyedEntries(mapping) {
                switch field.value {
                case "dates": days = context.dateEntry(value, Bilingual(zh: "排班日期", en: "rota date"))
                case "onDuty": onDuty = context.integer(value, Bilingual(zh: "onDuty（当班人数）", en: "onDuty"), in: 0...100_000).map { ($0, value.mark) }
                case "name": name = context.string(value, Bilingual(zh: "排班名称", en: "rota name"))
                default: context.unknownKey(field, in: Bilingual(zh: "排班条目", en: "a rota entry"), allowed: Self.rotaKeys)
                }
            }
            if mapping["dates"] == nil {
                context.missingKey("dates", in: Bilingual(zh: "排班条目", en: "a rota entry"), of: mapping, allowed: Self.rotaKeys, hint: Bilingual(zh: "加上 'dates: \"2027-02-05..2027-02-13\"'", en: "add 'dates: \"2027-02-05..2027-02-13\"'"))
            }
            if mapping["onDuty"] == nil {
                context.missingKey("onDuty", in: Bilingual(zh: "排班条目", en: "a rota entry"), of: mapping, allowed: Self.rotaKeys, hint: Bilingual(zh: "加上 'onDuty: 2'（每天当班人数）", en: "add 'onDuty: 2' (people on duty each day)"))
            }
            guard var days, let onDuty else { continue }
            if let name { days.name = name }
            shifts.append((RotaShift(days: days, onDuty: onDuty.count, location: context.location(mapping.mark)), onDuty.mark))
        }
        return shifts
    }
}
