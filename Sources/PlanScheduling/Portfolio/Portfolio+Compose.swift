import PlanModel

extension Portfolio {
    /// Combines loaded, valid plans into one plan to schedule.
    ///
    /// Refused (errors, located): a role id defined differently by two plans
    /// (`portfolio_role_differs`). Roles' own calendars, rotas and people are kept as written.
    /// Plans may keep different working calendars: each member whose calendar differs from the
    /// first plan's keeps it on its group (`Phase.planCalendar`), so its tasks work, and its
    /// lags, floats and lateness count, on its own calendar (its roles' calendars built on it),
    /// while the shared roles stay one pool leveled across all of them.
    ///
    /// - Complexity: O(tasks + phases + links + roles² + calendar ranges).
    public static func compose(_ plans: [Plan]) -> (portfolio: Portfolio?, diagnostics: [Diagnostic]) {
        precondition(!plans.isEmpty, "a portfolio has at least one plan")
        var diagnostics: [Diagnostic] = []
        var roles: [Role] = []
        var roleOwner: [String: (index: Int, plan: Plan)] = [:]
        for plan in plans {
            for role in plan.roles {
                guard let first = roleOwner[role.id] else {
                    roleOwner[role.id] = (roles.count, plan)
                    roles.append(role)
                    continue
                }
                if let difference = Self.difference(roles[first.index], role) {
                    diagnostics.append(Diagnostic(
                        .error, .portfolioRoleDiffers,
                        Bilingual(zh: "角色「\(role.name)」在计划「\(first.plan.title)」和「\(plan.title)」中定义不同：\(difference.zh)",
                                  en: "role '\(role.id)' (\(role.name)) differs between '\(first.plan.title)' and '\(plan.title)': \(difference.en)"),
                        at: role.location,
                        hint: Bilingual(zh: "把共享角色只定义一次，写进两个计划都包含的文件（include: shared/team.yaml）",
                                        en: "define shared roles once in a file both plans include (include: shared/team.yaml)"),
                        notes: [Diagnostic.Note(Bilingual(zh: "「\(first.plan.title)」在这里定义它", en: "'\(first.plan.title)' defines it here"),
                                                at: roles[first.index].location)]))
                }
            }
        }
        guard diagnostics.isEmpty else { return (nil, diagnostics) }
        let origin = plans.map(\.start).min() ?? plans[0].start
        return (combine(plans, roles: roles, origin: origin), [])
    }

    /// The combined plan; the plans are known to agree on roles. The first plan's calendar is
    /// the combined plan's; a member on another keeps it on its group.
    private static func combine(_ plans: [Plan], roles: [Role], origin: CivilDate) -> Portfolio {
        var phases: [Phase] = []
        var tasks: [PlanTask] = []
        var members: [Member] = []
        var usedIDs: Set<String> = []
        for plan in plans {
            // Two plans with one id (copies of a template) still get distinct groups.
            var id = plan.id
            var suffix = 2
            while usedIDs.contains(id) { id = "\(plan.id)-\(suffix)"; suffix += 1 }
            usedIDs.insert(id)
            let groupIndex = phases.count
            let phaseOffset = groupIndex + 1
            let taskOffset = tasks.count
            var group = Phase(id: id, name: plan.title, depth: 0, notBefore: plan.start,
                              taskRange: taskOffset..<(taskOffset + plan.tasks.count), location: plan.location)
            if !Self.sameDays(plans[0].calendar, plan.calendar) { group.planCalendar = plan.calendar }
            phases.append(group)
            func moved(_ dependency: Dependency) -> Dependency {
                var copy = dependency
                copy.predecessorID = "\(id)/\(dependency.predecessorID)"
                switch dependency.predecessor {
                case .phase(let index): copy.predecessor = .phase(index + phaseOffset)
                case .task(let index): copy.predecessor = .task(index + taskOffset)
                case nil: copy.predecessor = nil
                }
                return copy
            }
            for phase in plan.phases {
                var copy = phase
                copy.id = "\(id)/\(phase.id)"
                copy.parent = phase.parent.map { $0 + phaseOffset } ?? groupIndex
                copy.depth = phase.depth + 1
                copy.dependencies = phase.dependencies.map(moved)
                copy.taskRange = (phase.taskRange.lowerBound + taskOffset)..<(phase.taskRange.upperBound + taskOffset)
                copy.targets = []
                phases.append(copy)
            }
            for task in plan.tasks {
                var copy = task
                copy.id = "\(id)/\(task.id)"
                copy.phase = task.phase.map { $0 + phaseOffset } ?? groupIndex
                copy.dependencies = task.dependencies.map(moved)
                copy.targets = []
                tasks.append(copy)
            }
            members.append(Member(id: id, title: plan.title, phase: groupIndex, tasks: taskOffset..<tasks.count))
        }
        let combined = Plan(
            formatVersion: plans[0].formatVersion, id: plans.map(\.id).joined(separator: "+"),
            title: plans.map(\.title).joined(separator: " + "), start: origin, calendar: plans[0].calendar,
            roles: roles, phases: phases, tasks: tasks, location: plans[0].location,
            files: plans.flatMap(\.files))
        return Portfolio(plan: combined, members: members)
    }
}
