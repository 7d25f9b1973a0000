import PlanYAML

/// Phases and tasks: the work breakdown structure.
extension PlanReader {
    static let phaseKeys = ["id", "name", "stage", "after", "notBefore", "deadline", "calendar", "targets", "tasks", "phases", "notes"]
    static let taskKeys = [
        "id", "name", "role", "units", "roles", "duration", "effort", "milestone", "start", "notBefore",
        "deadline", "priority", "stage", "after", "calendar", "targets", "notes",
    ]

    func readPhases(_ node: YAMLNode, parent: Int?, depth: Int) {
        guard let items = context.list(node, Bilingual(zh: "阶段列表", en: "phases"), allowSingle: false) else { breakdownMisshapen = true; return }
        let unread = parent == nil ? takeStreamedPhases(node, items: items) : items[...]
        if parent == nil, unread.count >= 2, unread.count >= parallelPhasesFrom {
            readInTwo(Array(unread))
            return
        }
        readPhaseItems(unread, parent: parent, depth: depth)
    }

    func readPhaseItems(_ items: ArraySlice<YAMLNode>, parent: Int?, depth: Int) {
        for item in items {
            guard let mapping = context.mapping(item, Bilingual(zh: "阶段", en: "a phase")) else { breakdownMisshapen = true; continue }
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
                if let id = context.nodeID(value, Bilingual(zh: "阶段 id", en: "phase id")) {
                    phase.id = id
                    phase.location = context.location(value.mark)
                }
            case "name":
                hasName = true
                if let name = context.string(value, Bilingual(zh: "阶段名称", en: "phase name")) { phase.name = name }
            case "stage": phase.stage = readStage(value)
            case "after": phase.dependencies = readDependencies(value)
            case "notBefore": phase.notBefore = context.date(value, Bilingual(zh: "notBefore 日期", en: "notBefore date"))
            case "deadline": phase.deadline = context.date(value, Bilingual(zh: "截止日期", en: "deadline"))
            case "calendar": phase.calendar = readCalendarMode(value)
            case "targets": phase.targets = readTargets(value)
            case "notes": phase.notes = context.string(value, Bilingual(zh: "备注", en: "notes"))
            case "tasks": children.append((false, value))
            case "phases": children.append((true, value))
            default: context.unknownKey(key, in: Bilingual(zh: "阶段", en: "phase") + label(phase.id), allowed: Self.phaseKeys)
            }
        }
        if !hasID {
            context.missingKey("id", in: Bilingual(zh: "阶段", en: "a phase"), of: mapping, allowed: Self.phaseKeys, hint: Bilingual(zh: "加上 'id: warmup'（字母、数字、'_' 和 '-'）", en: "add 'id: warmup' (letters, digits, '_' and '-')"))
        }
        if !hasName {
            context.missingKey("name", in: Bilingual(zh: "阶段", en: "phase") + label(phase.id), of: mapping, allowed: Self.phaseKeys, hint: Bilingual(zh: "加上 'name: 预热锁客'", en: "add 'name: 预热锁客'"))
        }
        phases[index] = phase
        for (isPhases, node) in children {
            if isPhases { readPhases(node, parent: index, depth: depth + 1) } else { readTasks(node, phase: index) }
        }
        phases[index].taskRange = firstTask..<tasks.count
    }

    func readTasks(_ node: YAMLNode, phase: Int?) {
        guard let items = context.list(node, Bilingual(zh: "任务列表", en: "tasks"), allowSingle: false) else { breakdownMisshapen = true; return }
        for item in items {
            guard let mapping = context.mapping(item, Bilingual(zh: "任务", en: "a task")) else { breakdownMisshapen = true; continue }
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
                if let id = context.nodeID(value, Bilingual(zh: "任务 id", en: "task id")) {
                    task.id = id
                    task.location = context.location(value.mark)
                }
            case "name":
                hasName = true
                if let name = context.string(value, Bilingual(zh: "任务名称", en: "task name")) { task.name = name }
            case "role":
                roleKey = key
                if let role = context.reference(value, Bilingual(zh: "角色 id", en: "role id")) {
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
                    context.error(.conflictingKeys, Bilingual(zh: "任务只能有 'duration' 或 'effort' 之一，不能两个都写", en: "a task has either 'duration' or 'effort', not both"), at: key.mark,
                                  hint: Bilingual(zh: "前面已写了 '\(earlier.key.value)'；duration 是工期长度，effort 是人天工作量", en: "'\(earlier.key.value)' is already given; duration is calendar length, effort is person-days"))
                    continue
                }
                let length = context.duration(value, Bilingual(verbatim: key.value)).flatMap { positiveLength($0, key: key.value, at: value.mark) }
                lengthKey = (key, length)
            case "milestone": if let flag = context.bool(value, Bilingual(zh: "里程碑", en: "milestone")) { milestone = (key, flag) }
            case "start": task.start = context.date(value, Bilingual(zh: "开始日期", en: "start date"))
            case "notBefore": task.notBefore = context.date(value, Bilingual(zh: "notBefore 日期", en: "notBefore date"))
            case "deadline": task.deadline = context.date(value, Bilingual(zh: "截止日期", en: "deadline"))
            case "priority": task.priority = context.integer(value, Bilingual(zh: "优先级", en: "priority"), in: 1...1000) ?? task.priority
            case "stage": task.stage = readStage(value)
            case "calendar": task.calendar = readCalendarMode(value)
            case "after": task.dependencies = readDependencies(value)
            case "targets": task.targets = readTargets(value)
            case "notes": task.notes = context.string(value, Bilingual(zh: "备注", en: "notes"))
            default:
                context.unknownKey(key, in: Bilingual(zh: "任务", en: "task") + label(task.id), allowed: Self.taskKeys)
                let guess = Suggestion.closest(to: key.value, in: Self.taskKeys)
                misspeltLength = misspeltLength || guess == "duration" || guess == "effort" || guess == "milestone"
            }
        }
        // `role: design/wang`: a named person of the role.
        for index in task.assignments.indices {
            let written = task.assignments[index].role
            guard let slash = written.utf8.firstIndex(of: UInt8(ascii: "/")) else { continue }
            task.assignments[index].role = String(written[..<slash])
            task.assignments[index].person = String(written[written.index(after: slash)...])
        }
        // Built only when a message needs it: most tasks have no problems.
        var name: Bilingual { Bilingual(zh: "任务", en: "task") + label(task.id) }
        if !hasID {
            context.missingKey("id", in: Bilingual(zh: "任务", en: "a task"), of: mapping, allowed: Self.taskKeys, hint: Bilingual(zh: "加上 'id: posters'（字母、数字、'_' 和 '-'）", en: "add 'id: posters' (letters, digits, '_' and '-')"))
        }
        if !hasName { context.missingKey("name", in: name, of: mapping, allowed: Self.taskKeys, hint: Bilingual(zh: "加上 'name: 海报设计'", en: "add 'name: 海报设计'")) }
        if let roleKey, let rolesKey {
            context.error(.conflictingKeys, Bilingual(zh: "\(name.zh) 同时写了 'role' 和 'roles'", en: "\(name.en) has both 'role' and 'roles'"), at: max(roleKey.mark, rolesKey.mark),
                          hint: Bilingual(zh: "一个角色用 'role'，多个角色用 'roles'", en: "use 'role' for one role, 'roles' for several"))
        }
        if let unitsKey {
            if roleKey == nil {
                context.error(.conflictingKeys, Bilingual(zh: "'units' 是给 'role' 用的，而\(name.zh) 没有 'role'", en: "'units' applies to 'role', which \(name.en) does not have"), at: unitsKey.mark,
                              hint: rolesKey == nil ? Bilingual(zh: "加上 'role: …'", en: "add 'role: …'") : Bilingual(zh: "用 'roles' 时，按角色分别写投入：'roles: {design: 0.5}'", en: "with 'roles', give units per role: 'roles: {design: 0.5}'"))
            } else if let units, !task.assignments.isEmpty {
                task.assignments[0].units = units
            }
        }
        if milestone?.value == true {
            if let lengthKey {
                context.error(.conflictingKeys, Bilingual(zh: "里程碑 \(label(task.id).dropFirst()) 不能有 '\(lengthKey.key.value)'", en: "milestone \(label(task.id).dropFirst()) cannot have '\(lengthKey.key.value)'"),
                              at: lengthKey.key.mark, hint: Bilingual(zh: "里程碑是一个时间点；去掉 '\(lengthKey.key.value)' 或 'milestone'", en: "a milestone is a point in time; remove '\(lengthKey.key.value)' or 'milestone'"))
            }
            task.length = .milestone
        } else if let lengthKey {
            guard let length = lengthKey.length else { return task }
            task.length = length
            if case .effort = length, task.assignments.isEmpty {
                context.missingKey("role", in: name, at: lengthKey.key.mark,
                                   hint: Bilingual(zh: "effort 是某个角色的人天工作量；加上 'role: …'，或改用 'duration'", en: "effort is person-days of a role; add 'role: …', or use 'duration' instead"))
            }
        } else {
            if !misspeltLength {
                context.missingKey("duration", in: name, at: mapping.mark,
                                   hint: Bilingual(zh: "写上 'duration: 3d' 或 'effort: 2d'，或标为 'milestone: true'", en: "give 'duration: 3d' or 'effort: 2d', or mark it 'milestone: true'"))
            }
            task.length = .duration(WorkDuration(days: 1))
        }
        return task
    }

    private func positiveLength(_ duration: WorkDuration, key: String, at mark: Mark) -> PlanTask.Length? {
        if key == "effort", duration.calendarDays {
            context.error(.invalidDuration, Bilingual(zh: "effort 不能按日历天计（'\(duration)'）", en: "effort cannot be in calendar days ('\(duration)')"), at: mark,
                          hint: Bilingual(zh: "effort 是人天工作量：写作 '\(WorkDuration(days: duration.days))'；日历天（'cd'）只用于 'duration' 和间隔", en: "effort is person-days of work: write '\(WorkDuration(days: duration.days))'; calendar days ('cd') are for 'duration' and lags"))
            return nil
        }
        guard duration.days > 0 else {
            context.error(.invalidDuration, Bilingual(zh: "\(key) 必须大于零", en: "\(key) must be longer than zero"), at: mark, hint: Bilingual(zh: "零工期的任务是里程碑：'milestone: true'", en: "a zero-length task is a milestone: 'milestone: true'"))
            return nil
        }
        guard duration.days <= WorkDuration.maximumDays else {
            context.error(.invalidDuration, Bilingual(zh: "\(key) 为 \(duration)，超过了 \(Int(WorkDuration.maximumDays)) 个工作日", en: "\(key) of \(duration) is longer than \(Int(WorkDuration.maximumDays)) working days"),
                          at: mark, hint: Bilingual(zh: "把工作拆成几个阶段；这么长的任务多半是写错了", en: "split the work into phases; a task this long is a mistake"))
            return nil
        }
        return key == "effort" ? .effort(duration) : .duration(duration)
    }

    private func readUnits(_ node: YAMLNode) -> Double? {
        guard let value = context.quantity(node, Bilingual(zh: "units（投入人数）", en: "units")) else { return nil }
        // The floor keeps effort ÷ units a length the calendar can hold: 10,000 person-days at
        // 1% of a person is already a million working days.
        guard value >= 0.01, value <= 100_000 else {
            context.error(.invalidNumber, Bilingual(zh: "units 应在 0.01 到 100,000 之间，这里是 \(ValueFormatter.trimmed(value, maxFraction: 6))", en: "units must be from 0.01 to 100,000, found \(ValueFormatter.trimmed(value, maxFraction: 6))"),
                          at: node.mark, hint: Bilingual(zh: "1 表示一人全职，0.5 表示半个人，0.01 表示百分之一", en: "1 is one person full time, 0.5 half of one, 0.01 one percent"))
            return nil
        }
        return value
    }

    /// `roles: {design: 1, content: 0.5}` or `roles: [design, content]`.
    private func readAssignments(_ node: YAMLNode) -> [Assignment] {
        if case .mapping(let mapping) = node {
            return context.keyedEntries(mapping).compactMap { key, value in
                guard let role = context.reference(.scalar(key), Bilingual(zh: "角色 id", en: "role id")), let units = readUnits(value) else { return nil }
                return Assignment(role: role, units: units, location: context.location(key.mark))
            }
        }
        guard let items = context.list(node, Bilingual(zh: "角色列表", en: "roles")) else { return [] }
        return items.compactMap { item in
            context.reference(item, Bilingual(zh: "角色 id", en: "role id")).map { Assignment(role: $0, location: context.location(item.mark)) }
        }
    }

    func readStage(_ node: YAMLNode) -> Stage? {
        context.choice(node, Bilingual(zh: "stage（阶段类型）", en: "stage"), accepted: Stage.acceptedNames, Stage.init(name:))
    }

    func label(_ id: String) -> String { id.isEmpty ? "" : " '\(id)'" }

    /// `calendar: continuous` (every day) or `working` (its roles' working days).
    func readCalendarMode(_ node: YAMLNode) -> CalendarMode? {
        context.choice(node, Bilingual(zh: "日历", en: "calendar"), accepted: CalendarMode.allCases.map(\.rawValue), CalendarMode.init(rawValue:))
    }
}
