import PlanYAML

extension PlanReader {
    /// Reads a large plan's top-level phases on two threads: the first half here, the second
    /// by a reader of its own on the other core, whose phases, tasks, diagnostics and metric
    /// references are then appended as if read after the first half. Reading a phase looks at
    /// its own subtree only (ids are resolved later, by the validator), so the result is what
    /// reading them in order gives; `ReadInTwoTests` holds the two ways to the same plan and
    /// the same diagnostics (docs/design.md, "Two cores").
    ///
    /// - Complexity: O(n) in the phases' nodes, on two cores.
    func readInTwo(_ items: [YAMLNode]) {
        let half = items.count / 2
        let other = PlanReader(context: LoadContext(file: context.file), limits: limits, rootPath: context.file)
        other.context.language = context.language
        let handed = HandedOver(other), rest = Array(items[half...])
        _ = bothAtOnce({ readPhaseItems(items[..<half], parent: nil, depth: 0) }, {
            handed.value.readPhaseItems(rest[...], parent: nil, depth: 0)
        })
        let (phaseBase, taskBase) = (phases.count, tasks.count)
        phases.reserveCapacity(phaseBase + other.phases.count)
        for var phase in other.phases {
            phase.parent = phase.parent.map { $0 + phaseBase }
            phase.taskRange = (phase.taskRange.lowerBound + taskBase)..<(phase.taskRange.upperBound + taskBase)
            phases.append(phase)
        }
        tasks.reserveCapacity(taskBase + other.tasks.count)
        for var task in other.tasks {
            task.phase = task.phase.map { $0 + phaseBase }
            tasks.append(task)
        }
        context.diagnostics += other.context.diagnostics
        pendingMetricReferences += other.pendingMetricReferences
        breakdownMisshapen = breakdownMisshapen || other.breakdownMisshapen
        // Its copies of the phases and tasks are a hundred thousand fields to release.
        freeElsewhere(handed)
    }
}
