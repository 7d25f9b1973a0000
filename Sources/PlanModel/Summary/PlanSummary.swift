/// A plain-text overview of a valid plan: what `validate --summary` prints, so a director
/// sees at a glance what the file holds before scheduling it.
public struct PlanSummary {
    public let plan: Plan

    public init(plan: Plan) {
        self.plan = plan
    }

    public func render() -> String {
        var out = "\(plan.title.printableLine()) (\(plan.id)), starts \(plan.start)\n"
        let milestones = plan.tasks.count(where: \.isMilestone)
        let people = plan.roles.reduce(0) { $0 + $1.headcount }
        let derived = plan.metrics.count(where: { $0.kind == .derived })
        let targetCount = plan.targets.count + plan.phases.reduce(0) { $0 + $1.targets.count }
            + plan.tasks.reduce(0) { $0 + $1.targets.count }
        let dependencies = plan.tasks.reduce(0) { $0 + $1.dependencies.count } + plan.phases.reduce(0) { $0 + $1.dependencies.count }
        out += "  \(count(plan.phases.count, "phase")), \(count(plan.tasks.count, "task")) "
            + "(\(count(milestones, "milestone"))), \(count(dependencies, "dependency", "dependencies"))\n"
        out += "  \(count(plan.roles.count, "role")) (\(count(people, "person", "people"))), "
            + "\(count(plan.metrics.count, "metric")) (\(derived) derived), \(count(targetCount, "target"))\n"
        out += phasesSection()
        out += rolesSection()
        out += metricsSection()
        out += targetsSection()
        return out
    }

    private func count(_ number: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(number) \(number == 1 ? singular : plural ?? singular + "s")"
    }

    private func phasesSection() -> String {
        guard !plan.phases.isEmpty else { return "" }
        var out = "\nPhases\n"
        let rows = plan.phases.map { phase -> [String] in
            let indent = String(repeating: "  ", count: phase.depth)
            let stage = phase.stage.map { "\($0.chineseName) \($0.rawValue)" } ?? ""
            return ["  " + indent + phase.id, phase.name, count(phase.taskRange.count, "task"), stage]
        }
        out += TextTable.render(rows)
        return out
    }

    private func rolesSection() -> String {
        guard !plan.roles.isEmpty else { return "" }
        var assigned: [String: (tasks: Int, effort: Double)] = [:]
        for task in plan.tasks {
            for assignment in task.assignments {
                var entry = assigned[assignment.role] ?? (0, 0)
                entry.tasks += 1
                switch task.length {
                case .effort(let effort): entry.effort += effort.days * assignment.units / task.totalUnits
                case .duration(let duration): entry.effort += duration.days * assignment.units
                case .milestone: break
                }
                assigned[assignment.role] = entry
            }
        }
        let rows = plan.roles.map { role -> [String] in
            let load = assigned[role.id] ?? (0, 0)
            return ["  " + role.id, role.name, "×\(role.headcount)", count(load.tasks, "task"),
                    "\(ValueFormatter.grouped(load.effort, maxFraction: 1)) person-days"]
        }
        return "\nRoles\n" + TextTable.render(rows)
    }

    private func metricsSection() -> String {
        guard !plan.metrics.isEmpty else { return "" }
        let rows = plan.metrics.map { metric -> [String] in
            let definition = metric.formula.map { "= \($0.text)" } ?? metric.kind.rawValue
            return ["  " + metric.id, metric.name, definition, metric.unit ?? ""]
        }
        return "\nMetrics\n" + TextTable.render(rows)
    }

    private func targetsSection() -> String {
        var rows: [[String]] = []
        func add(_ owner: String, _ targets: [Target]) {
            for target in targets {
                let metric = plan.metric(target.metric)
                let value = ValueFormatter.format(target.value, as: metric?.format, unit: metric?.unit)
                let window = target.window.map { " (\($0.first)..\($0.last))" } ?? ""
                rows.append(["  " + owner, target.metric, metric?.name ?? "", value + window])
            }
        }
        add("plan", plan.targets)
        for phase in plan.phases { add(phase.id, phase.targets) }
        for task in plan.tasks { add(task.id, task.targets) }
        return rows.isEmpty ? "" : "\nTargets\n" + TextTable.render(rows)
    }
}

extension PlanTask {
    /// Units of all assignments together (1 when unassigned).
    public var totalUnits: Double {
        let total = assignments.reduce(0) { $0 + $1.units }
        return total > 0 ? total : 1
    }
}
