import PlanModel

/// Assignments leveling cannot honour at any date, reported once before the passes.
extension SchedulingRun {
    /// Tasks no amount of waiting can place: more units than the role has, or a role of
    /// nobody. They are reported and left at their unleveled dates.
    func impossibleAssignments(_ assignments: [[(role: Int, units: Double)]]) -> Set<Int> {
        var impossible: Set<Int> = []
        for (task, list) in assignments.enumerated() where lengths[task] > 0 {
            for (position, assignment) in list.enumerated() {
                let role = plan.roles[assignment.role]
                let location = plan.tasks[task].assignments[position].location
                if let name = plan.tasks[task].assignments[position].person, let person = role.people.first(where: { $0.id == name }),
                   assignment.units > person.units + 1e-9 {
                    error(.assignmentOverCapacity,
                          Bilingual(zh: "任务 '\(plan.tasks[task].id)' 需要 '\(person.id)'（\(person.name)）投入 \(ValueFormatter.grouped(assignment.units, maxFraction: 2))，但此人只能投入 \(ValueFormatter.grouped(person.units, maxFraction: 2))", en: "task '\(plan.tasks[task].id)' needs \(ValueFormatter.grouped(assignment.units, maxFraction: 2)) of '\(person.id)' (\(person.name)), who gives \(ValueFormatter.grouped(person.units, maxFraction: 2))"),
                          at: location, hint: Bilingual(zh: "降低 units，或只分配角色（'\(role.id)'）让几个人分担", en: "lower the units, or assign the role ('\(role.id)') so that several people share it"),
                          notes: [Diagnostic.Note(Bilingual(zh: "'\(person.id)' 列在这里", en: "'\(person.id)' is listed here"), at: person.location)])
                    impossible.insert(task)
                } else if role.capacity <= 0 {
                    error(.roleWithoutCapacity, Bilingual(zh: "任务 '\(plan.tasks[task].id)' 需要角色 '\(role.id)'，但该角色人数为 0", en: "task '\(plan.tasks[task].id)' needs role '\(role.id)', whose headcount is 0"),
                          at: location, hint: Bilingual(zh: "给该角色设置人数，或分配其他角色", en: "give the role a headcount or assign another role"),
                          notes: [Diagnostic.Note(Bilingual(zh: "角色 '\(role.id)' 定义在这里", en: "role '\(role.id)' is defined here"), at: role.location)])
                    impossible.insert(task)
                } else if assignment.units > role.capacity + 1e-9 {
                    error(.assignmentOverCapacity,
                          Bilingual(zh: "任务 '\(plan.tasks[task].id)' 需要角色 '\(role.id)' 投入 \(ValueFormatter.grouped(assignment.units, maxFraction: 2))，但该角色只有 \(ValueFormatter.grouped(role.capacity, maxFraction: 2))", en: "task '\(plan.tasks[task].id)' needs \(ValueFormatter.grouped(assignment.units, maxFraction: 2)) of role '\(role.id)', which has \(ValueFormatter.grouped(role.capacity, maxFraction: 2))"),
                          at: location, hint: Bilingual(zh: "降低 units 或增加人数", en: "lower the units or raise the headcount"),
                          notes: [Diagnostic.Note(Bilingual(zh: "角色 '\(role.id)' 定义在这里", en: "role '\(role.id)' is defined here"), at: role.location)])
                    impossible.insert(task)
                }
            }
            // The same role asked for twice (the role and one of its people) needs the sum.
            guard !impossible.contains(task), Set(list.map(\.role)).count < list.count else { continue }
            for role in Set(list.map(\.role)) {
                let total = list.filter { $0.role == role }.reduce(0) { $0 + $1.units }
                guard total > plan.roles[role].capacity + 1e-9, let first = list.firstIndex(where: { $0.role == role }) else { continue }
                error(.assignmentOverCapacity,
                      Bilingual(zh: "任务 '\(plan.tasks[task].id)' 总共需要角色 '\(plan.roles[role].id)' 投入 \(ValueFormatter.grouped(total, maxFraction: 2))，但该角色只有 \(ValueFormatter.grouped(plan.roles[role].capacity, maxFraction: 2))", en: "task '\(plan.tasks[task].id)' needs \(ValueFormatter.grouped(total, maxFraction: 2)) of role '\(plan.roles[role].id)' in all, which has \(ValueFormatter.grouped(plan.roles[role].capacity, maxFraction: 2))"),
                      at: plan.tasks[task].assignments[first].location, hint: Bilingual(zh: "降低 units 或增加人数", en: "lower the units or raise the headcount"),
                      notes: [Diagnostic.Note(Bilingual(zh: "角色 '\(plan.roles[role].id)' 定义在这里", en: "role '\(plan.roles[role].id)' is defined here"), at: plan.roles[role].location)])
                impossible.insert(task)
            }
        }
        return impossible
    }
}
