import PlanModel

/// The critical path(s) as chains: critical tasks joined by the links (and, after leveling,
/// the resource links) that leave them no slack. Every critical task is in one chain; a chain
/// that branches off or joins another starts or ends with the task it shares, so two separate
/// chains never print as one list and a fork prints as two chains from the same task.
extension SchedulingRun {
    /// - Complexity: O(tasks + E log E) for the E tight links between critical tasks, plus the
    ///   members of the phases links depend on.
    func criticalChains(critical: [Bool]) -> [[Int]] {
        let taskCount = plan.tasks.count
        var edges: [(from: Int, to: Int)] = []
        var memo: [Int: [Int]] = [:]
        for task in 0..<taskCount where critical[task] {
            for index in network.incoming(task) where isTight(network.links[index]) {
                let link = network.links[index]
                for source in drivers(of: link.source, startBased: link.startBased, memo: &memo) where critical[source] && source != task {
                    edges.append((source, task))
                }
            }
        }
        for link in resourceLinks where critical[link.from] && critical[link.to] { edges.append(link) }
        let before = { (a: Int, b: Int) in (self.earlyStart[a], a) < (self.earlyStart[b], b) }
        // Each task's critical predecessors and successors in time order, in flat arrays
        // (most tasks have none, and an array per task would cost an allocation each).
        func grouped(by key: (Int, Int) -> Int, other: (Int, Int) -> Int) -> (offsets: [Int], items: [Int]) {
            var offsets = [Int](repeating: 0, count: taskCount + 1)
            let sorted = edges.sorted { l, r in
                key(l.from, l.to) != key(r.from, r.to) ? key(l.from, l.to) < key(r.from, r.to) : before(other(l.from, l.to), other(r.from, r.to))
            }
            var items: [Int] = []
            items.reserveCapacity(sorted.count)
            var last: (Int, Int)?
            for edge in sorted where last.map({ $0 != (edge.from, edge.to) }) ?? true {
                last = (edge.from, edge.to)
                offsets[key(edge.from, edge.to) + 1] += 1
                items.append(other(edge.from, edge.to))
            }
            for task in 0..<taskCount { offsets[task + 1] += offsets[task] }
            return (offsets, items)
        }
        let predecessors = grouped(by: { $1 }, other: { from, _ in from })
        let successors = grouped(by: { from, _ in from }, other: { $1 })
        func first(_ list: (offsets: [Int], items: [Int]), of task: Int, where keep: (Int) -> Bool = { _ in true }) -> Int? {
            list.items[list.offsets[task]..<list.offsets[task + 1]].first(where: keep)
        }
        var covered = [Bool](repeating: false, count: taskCount)
        var chains: [[Int]] = []
        for task in (0..<taskCount).filter({ critical[$0] }).sorted(by: before) where !covered[task] {
            covered[task] = true
            var backward = [task]
            var current = task
            while let previous = first(predecessors, of: current, where: { !covered[$0] }) {
                covered[previous] = true
                backward.append(previous)
                current = previous
            }
            if let shared = first(predecessors, of: current) { backward.append(shared) }
            var chain = Array(backward.reversed())
            current = task
            while let next = first(successors, of: current, where: { !covered[$0] }) {
                covered[next] = true
                chain.append(next)
                current = next
            }
            if let shared = first(successors, of: current) { chain.append(shared) }
            chains.append(chain)
        }
        return chains
    }

    /// Whether a link leaves its successor no slack: the successor's start (or end) is at the
    /// point the link gives, with no working day of the successor in between.
    private func isTight(_ link: TaskNetwork.Link) -> Bool {
        let from = link.startBased ? earlyStart[link.source] : earlyEnd[link.source]
        guard let bound = calendars.advance(from, by: link) else { return false }
        let task = link.target
        let point = link.constrainsStart ? earlyStart[task] : earlyEnd[task]
        let calendar = lengths[task] == 0 ? calendars.base(ofNode: task) : calendar(ofTask: task)
        return point >= bound && calendar.workingDays(before: point) == calendar.workingDays(before: bound)
    }

    /// The tasks that give a node its start or end: itself, or a phase's members at its
    /// latest start or end, down to tasks; for a phase without tasks, what its own tight
    /// links come from.
    private func drivers(of node: Int, startBased: Bool, memo: inout [Int: [Int]]) -> [Int] {
        guard let phase = network.phase(ofNode: node) else { return [node] }
        let key = startBased ? ~node : node
        if let known = memo[key] { return known }
        memo[key] = []  // a guard for the recursion; the graph is acyclic
        let point = startBased ? earlyStart[node] : earlyEnd[node]
        var found: [Int] = []
        if plan.phases[phase].taskRange.isEmpty {
            for index in network.incoming(node) {
                let link = network.links[index]
                let from = link.startBased ? earlyStart[link.source] : earlyEnd[link.source]
                guard calendars.advance(from, by: link) == point else { continue }
                found += drivers(of: link.source, startBased: link.startBased, memo: &memo)
            }
        } else {
            for member in network.members[phase] where (startBased ? earlyStart[member] : earlyEnd[member]) == point {
                if member >= plan.tasks.count, plan.phases[member - plan.tasks.count].taskRange.isEmpty { continue }
                found += drivers(of: member, startBased: startBased, memo: &memo)
            }
        }
        memo[key] = found
        return found
    }
}
