import PlanModel

/// The plan's dependencies as a graph the scheduler walks: a node per task and one summary
/// node per phase. A dependency *on* a phase leaves from its summary node, whose start and
/// end are the latest start and end among the phase's tasks; a phase's *own* `after`
/// entries are copied onto each of its tasks. Both keep the graph linear in the plan's size.
struct TaskNetwork: Sendable {
    struct Link: Sendable {
        var from: Int
        var to: Int
        var kind: Dependency.Kind
        var lag: Int
        var location: SourceLocation
    }

    let taskCount: Int
    let phaseCount: Int
    /// Dependencies into tasks, grouped by successor: `incoming[t]` indexes `links`.
    let links: [Link]
    let incoming: [[Int]]
    let outgoing: [[Int]]
    /// The summary node each task or phase belongs to (its direct phase).
    let summaryOf: [Int?]
    /// Direct members (task or summary nodes) of each summary node.
    let members: [[Int]]
    /// Every node, predecessors first.
    let order: [Int]

    var nodeCount: Int { taskCount + phaseCount }
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
        for position in plan.tasks.indices {
            for dependency in plan.tasks[position].dependencies {
                guard let predecessor = dependency.predecessor else { continue }
                links.append(Link(from: node(predecessor), to: position, kind: dependency.kind,
                                  lag: lagDays(dependency.lag), location: dependency.location))
            }
        }
        for phase in plan.phases where !phase.dependencies.isEmpty {
            for dependency in phase.dependencies {
                guard let predecessor = dependency.predecessor else { continue }
                for task in phase.taskRange {
                    links.append(Link(from: node(predecessor), to: task, kind: dependency.kind,
                                      lag: lagDays(dependency.lag), location: dependency.location))
                }
            }
        }
        let nodeCount = taskCount + phaseCount
        var incoming = [[Int]](repeating: [], count: nodeCount)
        var outgoing = [[Int]](repeating: [], count: nodeCount)
        for (index, link) in links.enumerated() {
            incoming[link.to].append(index)
            outgoing[link.from].append(index)
        }
        var summaryOf = [Int?](repeating: nil, count: nodeCount)
        var members = [[Int]](repeating: [], count: phaseCount)
        for position in plan.tasks.indices {
            if let phase = plan.tasks[position].phase {
                summaryOf[position] = taskCount + phase
                members[phase].append(position)
            }
        }
        for (position, phase) in plan.phases.enumerated() {
            if let parent = phase.parent {
                summaryOf[taskCount + position] = taskCount + parent
                members[parent].append(taskCount + position)
            }
        }
        self.links = links
        self.incoming = incoming
        self.outgoing = outgoing
        self.summaryOf = summaryOf
        self.members = members
        order = Self.topologicalOrder(nodeCount: nodeCount, links: links, summaryOf: summaryOf)
    }

    /// Kahn's algorithm; ties keep plan order so the result is deterministic. The validator
    /// has already refused cycles, so every node is ordered.
    private static func topologicalOrder(nodeCount: Int, links: [Link], summaryOf: [Int?]) -> [Int] {
        var indegree = [Int](repeating: 0, count: nodeCount)
        var successors = [[Int]](repeating: [], count: nodeCount)
        for link in links {
            indegree[link.to] += 1
            successors[link.from].append(link.to)
        }
        for (node, summary) in summaryOf.enumerated() {
            guard let summary else { continue }
            indegree[summary] += 1
            successors[node].append(summary)
        }
        var order: [Int] = []
        order.reserveCapacity(nodeCount)
        var ready = (0..<nodeCount).filter { indegree[$0] == 0 }.reversed() as [Int]
        while let node = ready.popLast() {
            order.append(node)
            for next in successors[node] {
                indegree[next] -= 1
                if indegree[next] == 0 { ready.append(next) }
            }
        }
        return order
    }
}
