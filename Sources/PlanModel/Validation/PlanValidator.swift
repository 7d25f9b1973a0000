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
                .error, .duplicateID, "duplicate id '\(id)': ids must be unique among tasks and phases",
                at: second, hint: "rename one of them; 'after' must know which \(secondRef.kind) is meant",
                notes: [Diagnostic.Note("'\(id)' is first defined here, as a \(firstRef.kind)", at: first)]
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
                .error, .unknownTask, "'\(id)' is not a task or phase of this plan", at: dependency.location,
                hint: named.map { "did you mean '\($0)'? 'after' names tasks by id, and '\(id)' is its name" }
                    ?? Suggestion.hint(for: id, in: candidates)
            ))
        }
    }

    private func checkRoles(_ plan: Plan) {
        var known: [String: SourceLocation] = [:]
        for role in plan.roles {
            if let first = known[role.id] {
                context.diagnostics.append(Diagnostic(
                    .error, .duplicateID, "role '\(role.id)' is defined twice", at: role.location,
                    hint: "remove one definition (check the included files)", notes: [Diagnostic.Note("first defined here", at: first)]
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
                    .error, .unknownPerson, "task '\(plan.tasks[position].id)' is assigned to '\(person)', who is not listed in role '\(role.id)'",
                    at: assignment.location,
                    hint: ids.isEmpty ? "role '\(role.id)' lists no people; add 'people:' to it, or assign the role alone"
                        : role.people.first { $0.name == person }.map { "did you mean '\(role.id)/\($0.id)'? people are named by id" }
                        ?? Suggestion.hint(for: person, in: ids) ?? "its people are: \(ids.joined(separator: ", "))"
                ))
            }
            for assignment in plan.tasks[position].assignments where known[assignment.role] == nil {
                context.diagnostics.append(Diagnostic(
                    .error, .unknownRole, "task '\(plan.tasks[position].id)' is assigned to unknown role '\(assignment.role)'",
                    at: assignment.location,
                    hint: plan.roles.first { $0.name == assignment.role }
                        .map { "did you mean '\($0.id)'? tasks name roles by id, and '\(assignment.role)' is its name" }
                        ?? Suggestion.hint(for: assignment.role, in: roleIDs) ?? "define it under 'roles:' or include a roles file"
                ))
            }
        }
    }

    private func checkTargets(_ plan: Plan, metricIDs: Set<String>) {
        let sortedIDs = metricIDs.sorted()
        func check(_ targets: [Target], _ owner: String) {
            for target in targets where metricIDs.contains(target.metric) { checkSplits(target, owner, plan) }
            for target in targets where !metricIDs.contains(target.metric) {
                context.diagnostics.append(Diagnostic(
                    .error, .targetUnknownMetric, "target on undefined metric '\(target.metric)' in \(owner)",
                    at: target.location,
                    hint: Suggestion.hint(for: target.metric, in: sortedIDs) ?? "define it under 'metrics:' first"
                ))
            }
        }
        check(plan.targets, "the plan")
        for phase in plan.phases { check(phase.targets, "phase '\(phase.id)'") }
        for position in plan.tasks.indices where !plan.tasks[position].targets.isEmpty {
            check(plan.tasks[position].targets, "task '\(plan.tasks[position].id)'")
        }
    }
}
