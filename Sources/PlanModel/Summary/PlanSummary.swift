/// A plain-text overview of a valid plan: what `validate --summary` prints, so a director
/// sees at a glance what the file holds before scheduling it.
public struct PlanSummary {
    public let plan: Plan
    /// The language of every word of the overview (names stay as the plan writes them).
    public let language: Language

    public init(plan: Plan, language: Language = .en) {
        self.plan = plan
        self.language = language
    }

    private var zh: Bool { language == .zh }

    public func render() -> String {
        var out = zh ? "\(plan.title.printableLine())（\(plan.id)），\(plan.start) 开始\n"
            : "\(plan.title.printableLine()) (\(plan.id)), starts \(plan.start)\n"
        let milestones = plan.tasks.count(where: \.isMilestone)
        let people = plan.roles.reduce(0) { $0 + $1.headcount }
        let derived = plan.metrics.count(where: { $0.kind == .derived })
        let targetCount = plan.targets.count + plan.phases.reduce(0) { $0 + $1.targets.count }
            + plan.tasks.reduce(0) { $0 + $1.targets.count }
        let dependencies = plan.tasks.reduce(0) { $0 + $1.dependencies.count } + plan.phases.reduce(0) { $0 + $1.dependencies.count }
        if zh {
            out += "  \(plan.phases.count) 个阶段，\(plan.tasks.count) 个任务（\(milestones) 个里程碑），\(dependencies) 个依赖\n"
            out += "  \(plan.roles.count) 个角色（\(people) 人），\(plan.metrics.count) 个指标（\(derived) 个派生），\(targetCount) 个目标\n"
        } else {
            out += "  \(count(plan.phases.count, "phase")), \(count(plan.tasks.count, "task")) "
                + "(\(count(milestones, "milestone"))), \(count(dependencies, "dependency", "dependencies"))\n"
            out += "  \(count(plan.roles.count, "role")) (\(count(people, "person", "people"))), "
                + "\(count(plan.metrics.count, "metric")) (\(derived) derived), \(count(targetCount, "target"))\n"
        }
        out += phasesSection()
        out += rolesSection()
        out += metricsSection()
        out += targetsSection()
        return out
    }

    private func count(_ number: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(number) \(number == 1 ? singular : plural ?? singular + "s")"
    }

    private func tasks(_ number: Int) -> String { zh ? "\(number) 个任务" : count(number, "task") }

    private func heading(_ zhText: String, _ en: String) -> String { "\n" + language.pick(zh: zhText, en: en) + "\n" }

    private func phasesSection() -> String {
        guard !plan.phases.isEmpty else { return "" }
        var out = heading("阶段", "Phases")
        let rows = plan.phases.map { phase -> [String] in
            let indent = String(repeating: "  ", count: phase.depth)
            let stage = phase.stage.map { zh ? $0.chineseName : $0.rawValue } ?? ""
            return ["  " + indent + phase.id, phase.name, tasks(phase.taskRange.count), stage]
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
            return ["  " + role.id, role.name, "×\(role.headcount)", tasks(load.tasks),
                    "\(ValueFormatter.grouped(load.effort, maxFraction: 1)) " + language.pick(zh: "人天", en: "person-days")]
        }
        return heading("角色", "Roles") + TextTable.render(rows)
    }

    private func metricsSection() -> String {
        guard !plan.metrics.isEmpty else { return "" }
        let rows = plan.metrics.map { metric -> [String] in
            let definition = metric.formula.map { "= \($0.text)" } ?? (zh ? Self.kindName(metric.kind) : metric.kind.rawValue)
            return ["  " + metric.id, metric.name, definition, metric.unit ?? ""]
        }
        return heading("指标", "Metrics") + TextTable.render(rows)
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
        add(language.pick(zh: "整个计划", en: "plan"), plan.targets)
        for phase in plan.phases { add(phase.id, phase.targets) }
        for task in plan.tasks { add(task.id, task.targets) }
        return rows.isEmpty ? "" : heading("目标", "Targets") + TextTable.render(rows)
    }

    private static func kindName(_ kind: Metric.Kind) -> String {
        switch kind {
        case .flow: return "流量"
        case .stock: return "存量"
        case .derived: return "派生"
        }
    }
}

extension PlanTask {
    /// Units of all assignments together (1 when unassigned).
    public var totalUnits: Double {
        let total = assignments.reduce(0) { $0 + $1.units }
        return total > 0 ? total : 1
    }
}
