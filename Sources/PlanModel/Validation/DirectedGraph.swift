/// A directed graph in compressed adjacency form, built once and then only read, for the
/// cycle checks of dependencies and formulas (and later the scheduler's topological order).
public struct DirectedGraph: Sendable {
    public let nodeCount: Int
    /// Edge targets grouped by source: the edges of node `n` are `offsets[n]..<offsets[n+1]`.
    public let offsets: [Int]
    public let targets: [Int]
    /// For each edge in `targets` order, the index it had in the input list.
    public let edgeIDs: [Int]

    /// - Parameter edges: `(from, to)` pairs; their positions are the edge ids.
    /// - Complexity: O(V + E).
    public init(nodeCount: Int, edges: [(from: Int, to: Int)]) {
        self.nodeCount = nodeCount
        var counts = [Int](repeating: 0, count: nodeCount + 1)
        for edge in edges { counts[edge.from + 1] += 1 }
        for index in 0..<nodeCount { counts[index + 1] += counts[index] }
        offsets = counts
        var next = counts
        var targets = [Int](repeating: 0, count: edges.count)
        var ids = [Int](repeating: 0, count: edges.count)
        for (id, edge) in edges.enumerated() {
            targets[next[edge.from]] = edge.to
            ids[next[edge.from]] = id
            next[edge.from] += 1
        }
        self.targets = targets
        edgeIDs = ids
    }

    /// Strongly connected components that contain a cycle (more than one node, or a node
    /// with an edge to itself), each as a sorted list of nodes, ordered by their smallest node.
    ///
    /// Tarjan's algorithm with an explicit stack, so a chain of 100,000 tasks cannot overflow
    /// the call stack.
    ///
    /// - Complexity: O(V + E).
    public func cyclicComponents() -> [[Int]] {
        var index = [Int](repeating: -1, count: nodeCount)
        var lowLink = [Int](repeating: 0, count: nodeCount)
        var onStack = [Bool](repeating: false, count: nodeCount)
        var stack: [Int] = []
        var nextIndex = 0
        var components: [[Int]] = []
        var work: [(node: Int, edge: Int)] = []
        for root in 0..<nodeCount where index[root] < 0 {
            work.append((root, offsets[root]))
            index[root] = nextIndex; lowLink[root] = nextIndex; nextIndex += 1
            stack.append(root); onStack[root] = true
            while let (node, edge) = work.last {
                if edge < offsets[node + 1] {
                    work[work.count - 1].edge += 1
                    let next = targets[edge]
                    if index[next] < 0 {
                        index[next] = nextIndex; lowLink[next] = nextIndex; nextIndex += 1
                        stack.append(next); onStack[next] = true
                        work.append((next, offsets[next]))
                    } else if onStack[next] {
                        lowLink[node] = min(lowLink[node], index[next])
                    }
                    continue
                }
                work.removeLast()
                if let parent = work.last?.node { lowLink[parent] = min(lowLink[parent], lowLink[node]) }
                guard lowLink[node] == index[node] else { continue }
                var component: [Int] = []
                while let member = stack.popLast() {
                    onStack[member] = false
                    component.append(member)
                    if member == node { break }
                }
                if component.count > 1 || hasSelfLoop(node) { components.append(component.sorted()) }
            }
        }
        return components.sorted { $0[0] < $1[0] }
    }

    private func hasSelfLoop(_ node: Int) -> Bool {
        targets[offsets[node]..<offsets[node + 1]].contains(node)
    }

    /// One shortest cycle through `start` that stays inside `component`, as edge ids in order.
    ///
    /// - Complexity: O(V + E) of the component (breadth-first search).
    public func cycle(through start: Int, within component: Set<Int>) -> [Int] {
        var parentEdge: [Int: (from: Int, edge: Int)] = [:]
        var queue = [start]
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for position in offsets[node]..<offsets[node + 1] {
                let next = targets[position]
                guard component.contains(next) else { continue }
                if next == start {
                    var edges = [edgeIDs[position]]
                    var current = node
                    while current != start, let step = parentEdge[current] {
                        edges.append(step.edge)
                        current = step.from
                    }
                    return edges.reversed()
                }
                if parentEdge[next] == nil {
                    parentEdge[next] = (node, edgeIDs[position])
                    queue.append(next)
                }
            }
        }
        return []
    }
}
