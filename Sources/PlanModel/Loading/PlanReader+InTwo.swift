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
        absorb(other)
        // Its copies of the phases and tasks are a hundred thousand fields to release.
        freeElsewhere(other)
    }

    /// Appends what `other` read as if this reader had read it now: its phases and tasks with
    /// their indices shifted past this reader's, its diagnostics and metric references after
    /// this reader's.
    func absorb(_ other: PlanReader) {
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
    }

    /// Has the top-level phases read as the parser completes them, by a reader of their own, in
    /// the time the builder would wait for libyaml on the other core. `readPhases` takes them
    /// over when the finished tree's `phases` is the sequence they came from, and reads the
    /// rest; otherwise (a fatal error later, another `phases`) they are dropped and everything
    /// is read from the tree. Each phase is read from its own subtree, as in `readInTwo`.
    func streamPhases(from parser: YAMLParser) {
        let early = PlanReader(context: LoadContext(file: context.file), limits: limits, rootPath: context.file)
        parser.rootItems = ("phases", { [self] item, sequence in
            early.readPhaseItems([item][...], parent: nil, depth: 0)
            // Items of one sequence only: the key's first occurrence is the one handed over.
            streamed = (early, streamed?.sequence ?? sequence, (streamed?.count ?? 0) + 1)
        })
    }

    /// Takes over the phases read while parsing when `node` is the sequence they came from;
    /// returns the items still to read.
    func takeStreamedPhases(_ node: YAMLNode, items: [YAMLNode]) -> ArraySlice<YAMLNode> {
        defer { streamed = nil }
        guard let streamed, case .sequence(let sequence) = node, sequence.mark == streamed.sequence,
              streamed.count <= items.count else { return items[...] }
        absorb(streamed.reader)
        freeElsewhere(streamed.reader)
        return items[streamed.count...]
    }
}
