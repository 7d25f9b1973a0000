import PlanYAML

/// Phases and tasks: the work breakdown structure.
extension PlanReader {
    static let phaseKeys = ["id", "name", "stage", "after", "notBefore", "deadline", "calendar", "targets", "tasks", "phases", "notes"]
    static let taskKeys = [
        "id", "name", "role", "units", "roles", "duration", "effort", "milestone", "start", "notBefore",
        "deadline", "priority", "stage", "after", "calendar", "targets", "notes",
    ]

    func readPhases(_ node: YAMLNode, parent: Int?, depth: Int) {
        guard let items = context.list(node, "phases", allowSingle: false) else { breakdownMisshapen = true; return }
        for item in items {
            guard let mapping = context.mapping(item, "a phase") else { breakdownMisshapen = true; continue }
            readPhase(mapping, parent: parent, depth: depth)
        }
    }

    private func readPhase(_ mapping: YAMLMapping, parent: Int?, depth: Int) {
        let index = phases.count
        var phase = Phase(id: "", name: "", parent: parent, depth: depth, location: context.location(mapping.mark))
        phases.append(phase)
        let firstTask = tasks.count
        var hasID = false, hasName = false
        var children: [(isPhases: Bool, node: YAMLNode)] = []
        for (key, value) in context.keyedEntries(mapping) {
            switch key.value {
            case "id":
                // Present but invalid counts as present: that problem is already reported.
                hasID = true
                if let id = context.nodeID(value, "phase id") {
                    phase.id = id
                    phase.location = context.location(value.mark)
                }
            case "name":
                hasName = true
                if let name = context.string(value, "phase name") { phase.name = name }
            case "stage": phase.stage = readStage(value)
            case "after": phase.dependencies = readDependencies(value)
            case "notBefore": phase.notBefore = context.date(value, "notBefore date")
            case "deadline": phase.deadline = context.date(value, "deadline")
            case "calendar": phase.calendar = readCalendarMode(value)
            case "targets": phase.targets = readTargets(value)
            case "notes": phase.notes = context.string(value, "notes")
            case "tasks": children.append((false, value))
            case "phases": children.append((true, value))
            default: context.unknownKey(key, in: "phase" + label(phase.id), allowed: Self.phaseKeys)
            }
        }
        if !hasID {
            context.missingKey("id", in: "a phase", of: mapping, allowed: Self.phaseKeys, hint: "add 'id: warmup' (letters, digits, '_' and '-')")
        }
        if !hasName {
            context.missingKey("name", in: "phase" + label(phase.id), of: mapping, allowed: Self.phaseKeys, hint: "add 'name: 预热锁客'")
        }
        phases[index] = phase
        for (isPhases, node) in children {
            if isPhases { readPhases(node, parent: index, depth: depth + 1) } else { readTasks(node, phase: index) }
        }
        phases[index].taskRange = firstTask..<tasks.count
    }

    func readTasks(_ node: YAMLNode, phase: Int?) {
        guard let items = context.list(node, "tasks", allowSingle: false) else { breakdownMisshapen = true; return }
        for item in items {
            guard let mapping = context.mapping(item, "a task") else { breakdownMisshapen = true; continue }
            if let task = readTask(mapping, phase: phase) { tasks.append(task) }
        }
    }

    private func readTask(_ mapping: YAMLMapping, phase: Int?) -> PlanTask? {
        var task = PlanTask(id: "", name: "", phase: phase, length: .milestone, location: context.location(mapping.mark))
        var hasID = false, hasName = false
        var milestone: (key: YAMLScalar, value: Bool)?
        var lengthKey: (key: YAMLScalar, length: PlanTask.Length?)?
        var roleKey: YAMLScalar?, rolesKey: YAMLScalar?, unitsKey: YAMLScalar?
        var units: Double?
        var misspeltLength = false
        for (key, value) in context.keyedEntries(mapping) {
            switch key.value {
            case "id":
                hasID = true
                if let id = context.nodeID(value, "task id") {
                    task.id = id
                    task.location = context.location(value.mark)
                }
            case "name":
                hasName = true
                if let name = context.string(value, "task name") { task.name = name }
            case "role":
                roleKey = key
                if let role = context.reference(value, "role id") {
                    task.assignments = [Assignment(role: role, location: context.location(value.mark))]
                }
            case "units":
                unitsKey = key
                units = readUnits(value)
            case "roles":
                rolesKey = key
                task.assignments = readAssignments(value)
            case "duration", "effort":
                if let earlier = lengthKey {
                    context.error(.conflictingKeys, "a task has either 'duration' or 'effort', not both", at: key.mark,
                                  hint: "'\(earlier.key.value)' is already given; duration is calendar length, effort is person-days")
                    continue
                }
                let length = context.duration(value, key.value).flatMap { positiveLength($0, key: key.value, at: value.mark) }
                lengthKey = (key, length)
            case "milestone": if let flag = context.bool(value, "milestone") { milestone = (key, flag) }
            case "start": task.start = context.date(value, "start date")
            case "notBefore": task.notBefore = context.date(value, "notBefore date")
            case "deadline": task.deadline = context.date(value, "deadline")
            case "priority": task.priority = context.integer(value, "priority", in: 1...1000) ?? task.priority
            case "stage": task.stage = readStage(value)
            case "calendar": task.calendar = readCalendarMode(value)
            case "after": task.dependencies = readDependencies(value)
            case "targets": task.targets = readTargets(value)
            case "notes": task.notes = context.string(value, "notes")
            default:
                context.unknownKey(key, in: "task" + label(task.id), allowed: Self.taskKeys)
                let guess = Suggestion.closest(to: key.value, in: Self.taskKeys)
                misspeltLength = misspeltLength || guess == "duration" || guess == "effort" || guess == "milestone"
            }
        }
        // `role: design/wang`: a named person of the role.
        for index in task.assignments.indices {
            let written = task.assignments[index].role
            guard let slash = written.firstIndex(of: "/") else { continue }
            task.assignments[index].role = String(written[..<slash])
            task.assignments[index].person = String(written[written.index(after: slash)...])
        }
        // Built only when a message needs it: most tasks have no problems.
        var name: String { "task" + label(task.id) }
        if !hasID {
            context.missingKey("id", in: "a task", of: mapping, allowed: Self.taskKeys, hint: "add 'id: posters' (letters, digits, '_' and '-')")
        }
        if !hasName { context.missingKey("name", in: name, of: mapping, allowed: Self.taskKeys, hint: "add 'name: 海报设计'") }
        if let roleKey, let rolesKey {
            context.error(.conflictingKeys, "\(name) has both 'role' and 'roles'", at: max(roleKey.mark, rolesKey.mark),
                          hint: "use 'role' for one role, 'roles' for several")
        }
        if let unitsKey {
            if roleKey == nil {
                context.error(.conflictingKeys, "'units' applies to 'role', which \(name) does not have", at: unitsKey.mark,
                              hint: rolesKey == nil ? "add 'role: …'" : "with 'roles', give units per role: 'roles: {design: 0.5}'")
            } else if let units, !task.assignments.isEmpty {
                task.assignments[0].units = units
            }
        }
        if milestone?.value == true {
            if let lengthKey {
                context.error(.conflictingKeys, "milestone \(label(task.id).dropFirst()) cannot have '\(lengthKey.key.value)'",
                              at: lengthKey.key.mark, hint: "a milestone is a point in time; remove '\(lengthKey.key.value)' or 'milestone'")
            }
            task.length = .milestone
        } else if let lengthKey {
            guard let length = lengthKey.length else { return task }
            task.length = length
            if case .effort = length, task.assignments.isEmpty {
                context.missingKey("role", in: name, at: lengthKey.key.mark,
                                   hint: "effort is person-days of a role; add 'role: …', or use 'duration' instead")
            }
        } else {
            if !misspeltLength {
                context.missingKey("duration", in: name, at: mapping.mark,
                                   hint: "give 'duration: 3d' or 'effort: 2d', or mark it 'milestone: true'")
            }
            task.length = .duration(WorkDuration(days: 1))
        }
        return task
    }

    private func positiveLength(_ duration: WorkDuration, key: String, at mark: Mark) -> PlanTask.Length? {
        if key == "effort", duration.calendarDays {
            context.error(.invalidDuration, "effort cannot be in calendar days ('\(duration)')", at: mark,
                          hint: "effort is person-days of work: write '\(WorkDuration(days: duration.days))'; calendar days ('cd') are for 'duration' and lags")
            return nil
        }
        guard duration.days > 0 else {
            context.error(.invalidDuration, "\(key) must be longer than zero", at: mark, hint: "a zero-length task is a milestone: 'milestone: true'")
            return nil
        }
        guard duration.days <= WorkDuration.maximumDays else {
            context.error(.invalidDuration, "\(key) of \(duration) is longer than \(Int(WorkDuration.maximumDays)) working days",
                          at: mark, hint: "split the work into phases; a task this long is a mistake")
            return nil
        }
        return key == "effort" ? .effort(duration) : .duration(duration)
    }

    private func readUnits(_ node: YAMLNode) -> Double? {
        guard let value = context.quantity(node, "units") else { return nil }
        // The floor keeps effort ÷ units a length the calendar can hold: 10,000 person-days at
        // 1% of a person is already a million working days.
        guard value >= 0.01, value <= 100_000 else {
            context.error(.invalidNumber, "units must be from 0.01 to 100,000, found \(ValueFormatter.trimmed(value, maxFraction: 6))",
                          at: node.mark, hint: "1 is one person full time, 0.5 half of one, 0.01 one percent")
            return nil
        }
        return value
    }

    /// `roles: {design: 1, content: 0.5}` or `roles: [design, content]`.
    private func readAssignments(_ node: YAMLNode) -> [Assignment] {
        if case .mapping(let mapping) = node {
            return context.keyedEntries(mapping).compactMap { key, value in
                guard let role = context.reference(.scalar(key), "role id"), let units = readUnits(value) else { return nil }
                return Assignment(role: role, units: units, location: context.location(key.mark))
            }
        }
        guard let items = context.list(node, "roles") else { return [] }
        return items.compactMap { item in
            context.reference(item, "role id").map { Assignment(role: $0, location: context.location(item.mark)) }
        }
    }

    func readStage(_ node: YAMLNode) -> Stage? {
        context.choice(node, "stage", accepted: Stage.acceptedNames, Stage.init(name:))
    }

    func label(_ id: String) -> String { id.isEmpty ? "" : " '\(id)'" }

    /// `calendar: continuous` (every day) or `working` (its roles' working days).
    func readCalendarMode(_ node: YAMLNode) -> CalendarMode? {
        context.choice(node, "calendar", accepted: CalendarMode.allCases.map(\.rawValue), CalendarMode.init(rawValue:))
    }
}
