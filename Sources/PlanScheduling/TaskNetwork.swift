import PlanModel

/// The plan's dependencies as a graph the scheduler walks: a node per task and one summary
/// node per phase. A dependency *on* a phase leaves from its summary node, whose start and
/// end are the latest start and end among the phase's tasks; a phase's *own* `after`
/// entries are copied onto each of its tasks. Both keep the graph linear in the plan's size.
/// A phase without tasks has nothing to copy its `after` onto, so its own and its ancestors'
/// entries go to its summary, which is then placed like a milestone.
///
/// The validator checks cycles on the same graph (`PlanValidator+Cycles.swift`); should a
/// cycle still get here (a plan built in code), `unordered` lists the nodes it holds.
struct TaskNetwork: Sendable {
    /// A link holds no reference-counted fields, so reading one in a hot loop costs nothing
    /// beyond the read; its source location lives in `locations`.
    struct Link: Sendable {
        var from: Int32
        var to: Int32
        var lag: Int32
        var kind: Dependency.Kind
        /// The lag is in calendar days (`+3cd`), not working days.
        var elapsed = false

        var source: Int { Int(from) }
        var target: Int { Int(to) }
        var startBased: Bool { kind == .startToStart || kind == .startToFinish }
        var constrainsStart: Bool { kind == .finishToStart || kind == .startToStart }
    }

    /// Adjacency in compressed form: the links of node `n` are `ids[offsets[n]..<offsets[n+1]]`.
    struct Adjacency: Sendable {
        let offsets: [Int32]
        let ids: [Int32]

        init(nodeCount: Int, keys: [Int]) {
            var counts = [Int32](repeating: 0, count: nodeCount + 1)
            for key in keys { counts[key + 1] += 1 }
            for node in 0..<nodeCount { counts[node + 1] += counts[node] }
            var next = counts
            var ids = [Int32](repeating: 0, count: keys.count)
            for (id, key) in keys.enumerated() {
                ids[Int(next[key])] = Int32(id)
                next[key] += 1
            }
            offsets = counts
            self.ids = ids
        }

        func range(_ node: Int) -> Range<Int> { Int(offsets[node])..<Int(offsets[node + 1]) }
    }

    let taskCount: Int
    let phaseCount: Int
    let links: [Link]
    let locations: [SourceLocation]
    /// Links into and out of each node, as indices into `links`.
    let incomingLinks: Adjacency
    let outgoingLinks: Adjacency
    /// The summary node each task or phase belongs to (its direct phase).
    let summaryOf: [Int?]
    /// Direct members (task or summary nodes) of each summary node.
    let members: [[Int]]
    /// Every node, predecessors first (all of them unless the graph has a cycle).
    let order: [Int]
    /// Nodes left out of `order` because they sit on or after a cycle, in node order.
    let unordered: [Int]

    var nodeCount: Int { taskCount + phaseCount }

    /// Indices into `links` of the links into a node.
    func incoming(_ node: Int) -> LazyMapSequence<ArraySlice<Int32>, Int> {
        incomingLinks.ids[incomingLinks.range(node)].lazy.map(Int.init)
    }

    /// Indices into `links` of the links out of a node.
    func outgoing(_ node: Int) -> LazyMapSequence<ArraySlice<Int32>, Int> {
        outgoingLinks.ids[outgoingLinks.range(node)].lazy.map(Int.init)
    }
    func summaryNode(_ phase: Int) -> Int { taskCount + phase }
    func phase(ofNode node: Int) -> Int? { node >= taskCount ? node - taskCount : nil }

    /// - Complexity: O(tasks + links + Σ phase-own dependencies × tasks in the phase).
    init(plan: Plan) {
        taskCount = plan.tasks.count
        phaseCount = plan.phases.count
        func node(_ ref: NodeRef) -> Int {
            switch ref {
            case .task(let task): return task
            case .phase(let phase): return plan.tasks.count + phase
            }
        }
        func lagDays(_ lag: WorkDuration) -> Int {
            // Lags are whole working days; a fraction rounds away from zero (0.5d waits a day).
            lag.days >= 0 ? Int(lag.days.rounded(.up)) : -Int((-lag.days).rounded(.up))
        }
        var links: [Link] = []
        var locations: [SourceLocation] = []
        func add(_ dependency: Dependency, to task: Int) {
            guard let predecessor = dependency.predecessor else { return }
            links.append(Link(from: Int32(node(predecessor)), to: Int32(task), lag: Int32(lagDays(dependency.lag)),
                              kind: dependency.kind, elapsed: dependency.lag.calendarDays && dependency.lag.days != 0))
            locations.append(dependency.location)
        }
        for position in plan.tasks.indices {
            for dependency in plan.tasks[position].dependencies { add(dependency, to: position) }
        }
        for phase in plan.phases where !phase.dependencies.isEmpty {
            for dependency in phase.dependencies {
                for task in phase.taskRange { add(dependency, to: task) }
            }
        }
        for (position, phase) in plan.phases.enumerated() where phase.taskRange.isEmpty {
            var current: Int? = position
            while let holder = current {
                for dependency in plan.phases[holder].dependencies { add(dependency, to: taskCount + position) }
                current = plan.phases[holder].parent
            }
        }
        let nodeCount = taskCount + phaseCount
        let incoming = Adjacency(nodeCount: nodeCount, keys: links.map(\.target))
        let outgoing = Adjacency(nodeCount: nodeCount, keys: links.map(\.source))
        var summaryOf = [Int?](repeating: nil, count: nodeCount)
        var members = [[Int]](repeating: [], count: phaseCount)
        for position in plan.tasks.indices {
            if let phase = plan.tasks[position].phase {
                summaryOf[position] = taskCount + phase
                members[phase].append(position)
            }
        }
        // A phase without tasks is no part of its parent's span: it is a point of its own.
        for (position, phase) in plan.phases.enumerated() where !phase.taskRange.isEmpty {
            if let parent = phase.parent {
                summaryOf[taskCount + position] = taskCount + parent
                members[parent].append(taskCount + position)
            }
        }
        self.links = links
        self.locations = locations
        incomingLinks = incoming
        outgoingLinks = outgoing
        self.summaryOf = summaryOf
        self.members = members
        order = Self.topologicalOrder(nodeCount: nodeCount, links: links, summaryOf: summaryOf)
        if order.count == nodeCount {
            unordered = []
        } else {
            var seen = [Bool](repeating: false, count: nodeCount)
            for node in order { seen[node] = true }
            unordered = (0..<nodeCount).filter { !seen[$0] }
        }
    }

    /// Kahn's algorithm; ties keep plan order so the result is deterministic. The validator
    /// refuses cycles, so normally every node is ordered; nodes on a cycle are left out and
    /// the caller reports them rather than skip them silently. Successors are kept in one
    /// flat array (counted, then filled), not an array per node.
    ///
    /// - Complexity: O(nodes + links + extra edges).
    static func topologicalOrder(nodeCount: Int, links: [Link], summaryOf: [Int?], extra: [(from: Int, to: Int)] = []) -> [Int] {
        var indegree = [Int32](repeating: 0, count: nodeCount)
        var offsets = [Int32](repeating: 0, count: nodeCount + 1)
        for link in links { offsets[link.source + 1] += 1 }
        for (node, summary) in summaryOf.enumerated() where summary != nil { offsets[node + 1] += 1 }
        for edge in extra { offsets[edge.from + 1] += 1 }
        for node in 0..<nodeCount { offsets[node + 1] += offsets[node] }
        var next = offsets
        var successors = [Int32](repeating: 0, count: Int(offsets[nodeCount]))
        func add(_ from: Int, _ to: Int) {
            successors[Int(next[from])] = Int32(to)
            next[from] += 1
            indegree[to] += 1
        }
        for link in links { add(link.source, link.target) }
        for (node, summary) in summaryOf.enumerated() { if let summary { add(node, summary) } }
        for edge in extra { add(edge.from, edge.to) }
        var order: [Int] = []
        order.reserveCapacity(nodeCount)
        var ready = (0..<nodeCount).filter { indegree[$0] == 0 }.reversed() as [Int]
        while let node = ready.popLast() {
            order.append(node)
            for position in Int(offsets[node])..<Int(offsets[node + 1]) {
                let target = Int(successors[position])
                indegree[target] -= 1
                if indegree[target] == 0 { ready.append(target) }
            }
        }
        return order
    }
}
