/// Checks what needs the whole plan: unique ids, references to tasks, phases, roles and
/// metrics, dependency cycles and formula cycles. Resolves dependencies in place.
struct PlanValidator {
    let context: LoadContext

    func validate(_ plan: inout Plan) {
        let index = nodeIndex(plan)
        resolveDependencies(&plan, index: index)
        checkRoles(plan)
        let metricIDs = checkMetrics(plan)
        checkTargets(plan, metricIDs: metricIDs)
        checkDependencyCycles(plan)
    }

    /// Tasks and phases share one namespace, so `after: x` is never ambiguous.
    private func nodeIndex(_ plan: Plan) -> [String: NodeRef] {
        var index: [String: NodeRef] = [:]
        index.reserveCapacity(plan.tasks.count + plan.phases.count)
        // Phases are indexed before tasks, but the error belongs on whichever definition comes
        // later in the file, with a note at the earlier one.
        func add(_ id: String, _ ref: NodeRef, _ location: SourceLocation) {
            guard !id.isEmpty else { return }
            guard let existing = index[id] else {
                index[id] = ref
                return
            }
            var (first, firstRef, second, secondRef) = (firstLocation(existing, plan), existing, location, ref)
            if second < first {
                (first, firstRef, second, secondRef) = (second, secondRef, first, firstRef)
                index[id] = firstRef
            }
            context.diagnostics.append(Diagnostic(
                .error, .duplicateID, Bilingual(zh: "id '\(id)' 重复：任务和阶段的 id 必须各不相同", en: "duplicate id '\(id)': ids must be unique among tasks and phases"),
                at: second, hint: Bilingual(zh: "给其中一个改名；'after' 需要知道指的是哪个\(Self.chinese(secondRef.kind))",
                                            en: "rename one of them; 'after' must know which \(secondRef.kind) is meant"),
                notes: [Diagnostic.Note(Bilingual(zh: "'\(id)' 第一次定义在这里，是一个\(Self.chinese(firstRef.kind))",
                                                  en: "'\(id)' is first defined here, as a \(firstRef.kind)"), at: first)]
            ))
        }
        for (position, phase) in plan.phases.enumerated() { add(phase.id, .phase(position), phase.location) }
        for position in plan.tasks.indices {
            add(plan.tasks[position].id, .task(position), plan.tasks[position].location)
        }
        return index
    }

    private func firstLocation(_ ref: NodeRef, _ plan: Plan) -> SourceLocation {
        switch ref {
        case .phase(let position): return plan.phases[position].location
        case .task(let position): return plan.tasks[position].location
        }
    }

    private func resolveDependencies(_ plan: inout Plan, index: [String: NodeRef]) {
        var unknown: [Dependency] = []
        func resolve(_ dependency: inout Dependency) {
            if let ref = index[dependency.predecessorID] {
                dependency.predecessor = ref
            } else {
                unknown.append(dependency)
            }
        }
        for position in plan.phases.indices {
            for dep in plan.phases[position].dependencies.indices { resolve(&plan.phases[position].dependencies[dep]) }
        }
        for position in plan.tasks.indices {
            for dep in plan.tasks[position].dependencies.indices { resolve(&plan.tasks[position].dependencies[dep]) }
        }
        guard !unknown.isEmpty else { return }
        let candidates = Array(index.keys).sorted()
        for dependency in unknown {
            let id = dependency.predecessorID
            // A display name where an id belongs is the likeliest mistake of all.
            let named = plan.tasks.first { $0.name == id }?.id ?? plan.phases.first { $0.name == id }?.id
            context.diagnostics.append(Diagnostic(
                .error, .unknownTask, Bilingual(zh: "'\(id)' 不是本计划的任务或阶段", en: "'\(id)' is not a task or phase of this plan"),
                at: dependency.location,
                hint: named.map { Bilingual(zh: "是否想写 '\($0)'？'after' 按 id 引用前置任务，'\(id)' 是它的名称",
                                            en: "did you mean '\($0)'? 'after' names tasks by id, and '\(id)' is its name") }
                    ?? Suggestion.didYouMean(id, in: candidates)
            ))
        }
    }

    private func checkRoles(_ plan: Plan) {
        var known: [String: SourceLocation] = [:]
        for role in plan.roles {
            if let first = known[role.id] {
                context.diagnostics.append(Diagnostic(
                    .error, .duplicateID, Bilingual(zh: "角色 '\(role.id)' 定义了两次", en: "role '\(role.id)' is defined twice"), at: role.location,
                    hint: Bilingual(zh: "删掉其中一处定义（检查被包含的文件）", en: "remove one definition (check the included files)"),
                    notes: [Diagnostic.Note(Bilingual(zh: "第一次定义在这里", en: "first defined here"), at: first)]
                ))
            } else {
                known[role.id] = role.location
            }
        }
        let roleIDs = plan.roles.map(\.id)
        for position in plan.tasks.indices {
            for assignment in plan.tasks[position].assignments {
                guard let person = assignment.person, let role = plan.role(assignment.role),
                      !role.people.contains(where: { $0.id == person }) else { continue }
                let ids = role.people.map(\.id)
                context.diagnostics.append(Diagnostic(
                    .error, .unknownPerson, Bilingual(zh: "任务 '\(plan.tasks[position].id)' 分配给了 '\(person)'，但角色 '\(role.id)' 中没有这个人",
                              en: "task '\(plan.tasks[position].id)' is assigned to '\(person)', who is not listed in role '\(role.id)'"),
                    at: assignment.location,
                    hint: ids.isEmpty
                        ? Bilingual(zh: "角色 '\(role.id)' 没有列出人员；给它加上 'people:'，或只分配角色",
                                    en: "role '\(role.id)' lists no people; add 'people:' to it, or assign the role alone")
                        : role.people.first { $0.name == person }.map {
                            Bilingual(zh: "是否想写 '\(role.id)/\($0.id)'？人员按 id 引用", en: "did you mean '\(role.id)/\($0.id)'? people are named by id")
                        }
                        ?? Suggestion.didYouMean(person, in: ids)
                        ?? Bilingual(zh: "该角色的人员有：\(ids.joined(separator: "、"))", en: "its people are: \(ids.joined(separator: ", "))")
                ))
            }
            for assignment in plan.tasks[position].assignments where known[assignment.role] == nil {
                context.diagnostics.append(Diagnostic(
                    .error, .unknownRole, Bilingual(zh: "任务 '\(plan.tasks[position].id)' 分配给了未知的角色 '\(assignment.role)'",
                              en: "task '\(plan.tasks[position].id)' is assigned to unknown role '\(assignment.role)'"),
                    at: assignment.location,
                    hint: plan.roles.first { $0.name == assignment.role }
                        .map { Bilingual(zh: "是否想写 '\($0.id)'？任务按 id 引用角色，'\(assignment.role)' 是它的名称",
                                         en: "did you mean '\($0.id)'? tasks name roles by id, and '\(assignment.role)' is its name") }
                        ?? Suggestion.didYouMean(assignment.role, in: roleIDs)
                        ?? Bilingual(zh: "在 'roles:' 下定义它，或包含一个角色文件", en: "define it under 'roles:' or include a roles file")
                ))
            }
        }
    }

    private func checkTargets(_ plan: Plan, metricIDs: Set<String>) {
        let sortedIDs = metricIDs.sorted()
        func check(_ targets: [Target], _ owner: Bilingual) {
            for target in targets where metricIDs.contains(target.metric) { checkSplits(target, owner, plan) }
            for target in targets where !metricIDs.contains(target.metric) {
                context.diagnostics.append(Diagnostic(
                    .error, .targetUnknownMetric, Bilingual(zh: "\(owner.zh)的目标用了未定义的指标 '\(target.metric)'", en: "target on undefined metric '\(target.metric)' in \(owner.en)"),
                    at: target.location,
                    hint: Suggestion.didYouMean(target.metric, in: sortedIDs)
                        ?? Bilingual(zh: "先在 'metrics:' 下定义它", en: "define it under 'metrics:' first")
                ))
            }
        }
        check(plan.targets, Bilingual(zh: "计划", en: "the plan"))
        for phase in plan.phases { check(phase.targets, Bilingual(zh: "阶段 '\(phase.name.isEmpty ? phase.id : phase.name)'", en: "phase '\(phase.id)'")) }
        for position in plan.tasks.indices where !plan.tasks[position].targets.isEmpty {
            let task = plan.tasks[position]
            check(task.targets, Bilingual(zh: "任务 '\(task.name.isEmpty ? task.id : task.name)'", en: "task '\(task.id)'"))
        }
    }

    /// "task" or "phase" in Chinese.
    static func chinese(_ kind: String) -> String {
        kind == "phase" ? "阶段" : kind == "task" ? "任务" : kind
    }
}
