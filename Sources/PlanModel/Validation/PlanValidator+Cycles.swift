/// Dependency cycles. The graph has a node per task and two per phase (its start and its
/// end), so "after a phase" and "a phase after something" cost one edge each instead of one
/// per task in the phase: linear in the size of the plan.
///
/// The graph is the scheduler's network (`TaskNetwork`) exactly, so that every plan accepted
/// here can be ordered there: a phase's end node is the scheduler's summary node, which waits
/// for every member, and a dependency on a phase leaves from it whatever its type. A phase's
/// start under SS/SF is the latest start of its tasks, which the scheduler only knows once all
/// of them are placed, so `after: "ph SS"` inside `ph` is a loop like `after: ph`. A phase with
/// no tasks is a point that its own (and its enclosing phases') `after` places: its start
/// leads straight to its end, and it is no part of its parent's end.
extension PlanValidator {
    private enum EdgeReason {
        /// The `after` entry `dependency` of `owner`.
        case dependency(owner: NodeRef, index: Int)
        /// A phase's start comes before each of its members.
        case phaseStart(phase: Int, member: NodeRef)
        /// Each member finishes before its phase ends.
        case phaseEnd(phase: Int, member: NodeRef)
        /// A phase without tasks ends where its own dependencies put its start.
        case emptyPhase(phase: Int)
    }

    func checkDependencyCycles(_ plan: Plan) {
        let taskCount = plan.tasks.count
        func start(_ phase: Int) -> Int { taskCount + 2 * phase }
        func end(_ phase: Int) -> Int { taskCount + 2 * phase + 1 }
        // Every link on a phase, SS and SF included, hangs on its end: the scheduler reads a
        // phase's start and end from its summary, which is known once all its members are.
        func before(_ dependency: Dependency) -> Int? {
            switch dependency.predecessor {
            case .task(let task)?: return task
            case .phase(let phase)?: return end(phase)
            case nil: return nil
            }
        }
        var edges: [(from: Int, to: Int)] = []
        var reasons: [EdgeReason] = []
        edges.reserveCapacity(taskCount * 3)
        reasons.reserveCapacity(taskCount * 3)
        // Indices, not `for task in plan.tasks`: copying a whole task per step retains every
        // field, which showed as a fifth of the load time on 100,000 tasks.
        for position in plan.tasks.indices {
            for (index, dependency) in plan.tasks[position].dependencies.enumerated() {
                guard let predecessor = before(dependency) else { continue }
                edges.append((predecessor, position))
                reasons.append(.dependency(owner: .task(position), index: index))
            }
            if let phase = plan.tasks[position].phase {
                edges.append((start(phase), position))
                reasons.append(.phaseStart(phase: phase, member: .task(position)))
                edges.append((position, end(phase)))
                reasons.append(.phaseEnd(phase: phase, member: .task(position)))
            }
        }
        for (position, phase) in plan.phases.enumerated() {
            for (index, dependency) in phase.dependencies.enumerated() {
                guard let predecessor = before(dependency) else { continue }
                edges.append((predecessor, start(position)))
                reasons.append(.dependency(owner: .phase(position), index: index))
            }
            if phase.taskRange.isEmpty {
                edges.append((start(position), end(position)))
                reasons.append(.emptyPhase(phase: position))
            }
            if let parent = phase.parent {
                edges.append((start(parent), start(position)))
                reasons.append(.phaseStart(phase: parent, member: .phase(position)))
                // A phase without tasks is no part of its parent's span (as in the scheduler).
                if !phase.taskRange.isEmpty {
                    edges.append((end(position), end(parent)))
                    reasons.append(.phaseEnd(phase: parent, member: .phase(position)))
                }
            }
        }
        let graph = DirectedGraph(nodeCount: taskCount + 2 * plan.phases.count, edges: edges)
        for component in graph.cyclicComponents() {
            let cycle = graph.cycle(through: component[0], within: Set(component))
            report(cycle.map { reasons[$0] }, plan)
        }
    }

    private func report(_ cycle: [EdgeReason], _ plan: Plan) {
        func id(_ ref: NodeRef) -> String {
            switch ref {
            case .task(let task): return plan.tasks[task].id
            case .phase(let phase): return plan.phases[phase].id
            }
        }
        var notes: [Diagnostic.Note] = []
        var path: [String] = []
        var primary: SourceLocation?
        // A task (or sub-phase) after a phase that holds it: the usual slip, worth its own hint.
        var ownPhase: (owner: String, phase: String)?
        func contains(_ phase: Int, _ owner: NodeRef) -> Bool {
            switch owner {
            case .task(let task): return plan.phases[phase].taskRange.contains(task)
            case .phase(let other):
                var current: Int? = other
                while let candidate = current {
                    if candidate == phase { return true }
                    current = plan.phases[candidate].parent
                }
                return false
            }
        }
        for reason in cycle {
            let from: String, to: String
            switch reason {
            case let .dependency(owner, index):
                let dependency: Dependency
                switch owner {
                case .task(let task): dependency = plan.tasks[task].dependencies[index]
                case .phase(let phase): dependency = plan.phases[phase].dependencies[index]
                }
                from = dependency.predecessorID
                to = id(owner)
                let kind = dependency.kind == .finishToStart ? "" : " (\(dependency.kind.rawValue))"
                notes.append(Diagnostic.Note(Bilingual(zh: "'\(to)' 排在 '\(from)' 之后\(kind)", en: "'\(to)' comes after '\(from)'\(kind)"),
                                             at: dependency.location))
                if primary.map({ dependency.location < $0 }) ?? true { primary = dependency.location }
                if case .phase(let phase)? = dependency.predecessor, contains(phase, owner) { ownPhase = (to, from) }
            case let .phaseStart(phase, member):
                from = plan.phases[phase].id
                to = id(member)
                notes.append(Diagnostic.Note(Bilingual(zh: "'\(to)' 属于阶段 '\(from)'，所以在该阶段之内开始",
                                                       en: "'\(to)' is part of phase '\(from)', so it starts within it")))
            case let .phaseEnd(phase, member):
                from = id(member)
                to = plan.phases[phase].id
                notes.append(Diagnostic.Note(Bilingual(zh: "阶段 '\(to)' 在其组成部分 '\(from)' 结束时才结束",
                                                       en: "phase '\(to)' ends when its part '\(from)' ends")))
            case let .emptyPhase(phase):
                from = plan.phases[phase].id
                to = from
                notes.append(Diagnostic.Note(Bilingual(zh: "阶段 '\(from)' 没有任务，所以它结束于自己的 'after' 所定的位置",
                                                       en: "phase '\(from)' has no tasks, so it ends where its own 'after' puts it")))
            }
            if path.last != from { path.append(from) }
            if path.last != to { path.append(to) }
        }
        // A task after itself: show both ends of the loop.
        if path.count == 1, let only = path.first { path.append(only) }
        let hint = ownPhase.map {
            Bilingual(zh: "'\($0.owner)' 在阶段 '\($0.phase)' 之内，而依赖一个阶段（SS 和 SF 也一样）要等它的所有任务；请改为依赖该阶段中的某个任务",
                      en: "'\($0.owner)' is inside phase '\($0.phase)', and a dependency on a phase (SS and SF too) waits for all of its tasks; depend on a task of the phase instead")
        } ?? Bilingual(zh: "去掉或反转其中一个依赖；循环依赖无法排期", en: "remove or reverse one of these dependencies; no schedule can satisfy a cycle")
        context.diagnostics.append(Diagnostic(
            .error, .dependencyCycle, Bilingual(zh: "循环依赖：\(path.joined(separator: " → "))", en: "dependency cycle: \(path.joined(separator: " → "))"), at: primary,
            hint: hint, notes: notes
        ))
    }
}
