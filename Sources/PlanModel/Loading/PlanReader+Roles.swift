import PlanYAML

extension PlanReader {
    static let roleKeys = ["name", "headcount", "daysOff", "notes"]

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
            for (field, fieldValue) in context.keyedEntries(body) {
                switch field.value {
                case "name":
                    // Present but of the wrong shape counts as present: that is reported already.
                    hasName = true
                    if let name = context.string(fieldValue, "role name") { role.name = name }
                case "headcount":
                    if let count = context.integer(fieldValue, "headcount", in: 0...100_000) { role.headcount = count }
                case "daysOff":
                    role.daysOff = dateEntries(fieldValue, "day off")
                case "notes":
                    role.notes = context.string(fieldValue, "notes")
                default:
                    context.unknownKey(field, in: "role '\(id)'", allowed: Self.roleKeys)
                }
            }
            if !hasName { context.missingKey("name", in: "role '\(id)'", of: body, allowed: Self.roleKeys, hint: "add 'name: 内容运营'") }
            roles.append(role)
        }
    }
}
