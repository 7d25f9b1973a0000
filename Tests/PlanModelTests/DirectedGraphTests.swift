import Testing
@testable import PlanModel

@Suite("Directed graph")
struct DirectedGraphTests {
    @Test func findsEveryCyclicComponentAndACycleInEach() {
        // 0→1→2→0 is a cycle, 3→3 a self-loop, 4→5 no cycle, 5→6→5 a cycle.
        let edges = [(0, 1), (1, 2), (2, 0), (3, 3), (4, 5), (5, 6), (6, 5), (2, 4)]
        let graph = DirectedGraph(nodeCount: 7, edges: edges.map { (from: $0.0, to: $0.1) })
        let components = graph.cyclicComponents()
        #expect(components == [[0, 1, 2], [3], [5, 6]])
        #expect(graph.cycle(through: 0, within: [0, 1, 2]) == [0, 1, 2])
        #expect(graph.cycle(through: 3, within: [3]) == [3])
    }

    @Test func acyclicGraphsHaveNoComponents() {
        var edges: [(from: Int, to: Int)] = []
        for node in 0..<999 { edges.append((node, node + 1)) }
        #expect(DirectedGraph(nodeCount: 1000, edges: edges).cyclicComponents().isEmpty)
    }

    /// Against a brute-force check on random small graphs: a node is on a cycle exactly when
    /// it can reach itself.
    @Test func agreesWithReachabilityOnRandomGraphs() {
        var seed: UInt64 = 12345
        func next(_ bound: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(bound))
        }
        for _ in 0..<200 {
            let count = 1 + next(8)
            let edges = (0..<next(12)).map { _ in (from: next(count), to: next(count)) }
            let graph = DirectedGraph(nodeCount: count, edges: edges)
            let onCycle = Set(graph.cyclicComponents().flatMap { $0 })
            for node in 0..<count {
                var seen: Set<Int> = []
                var stack = edges.filter { $0.from == node }.map(\.to)
                var reachesSelf = false
                while let current = stack.popLast() {
                    if current == node { reachesSelf = true; break }
                    if seen.insert(current).inserted { stack += edges.filter { $0.from == current }.map(\.to) }
                }
                #expect(onCycle.contains(node) == reachesSelf)
                if reachesSelf {
                    let component = Set(graph.cyclicComponents().first { $0.contains(node) } ?? [])
                    let cycle = graph.cycle(through: node, within: component)
                    #expect(edges[cycle[0]].from == node)
                    #expect(edges[cycle[cycle.count - 1]].to == node)
                    for (a, b) in zip(cycle, cycle.dropFirst()) { #expect(edges[a].to == edges[b].from) }
                }
            }
        }
    }
}
