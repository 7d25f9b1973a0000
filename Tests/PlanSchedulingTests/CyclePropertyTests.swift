import PlanModel
import PlanScheduling
import Testing

/// Random plans whose tasks may depend on the phases that hold them (and phases on their own
/// tasks): the validator refuses exactly the plans whose dependencies, spelled out task by
/// task, go round, and every plan it accepts is scheduled whole.
@Suite("Cycle properties")
struct CyclePropertyTests {
    /// Dependencies expanded to tasks, as the rules say them: a dependency on a phase is one
    /// on each of its tasks (on the phase itself when it has none); a phase's `after` binds
    /// every task in it (and a phase without tasks itself). Cycles by depth-first search.
    static func hasCycle(_ plan: Plan) -> Bool {
        let oracle = ScheduleOracle(plan: plan)
        let taskCount = plan.tasks.count
        var successors = [[Int]](repeating: [], count: taskCount + plan.phases.count)
        func sources(_ ref: NodeRef) -> [Int] {
            switch ref {
            case .task(let t): return [t]
            case .phase(let p): return plan.phases[p].taskRange.isEmpty ? [taskCount + p] : Array(plan.phases[p].taskRange)
            }
        }
        for t in plan.tasks.indices {
            for dependency in oracle.constraints(t).dependencies {
                for source in dependency.predecessor.map(sources) ?? [] { successors[source].append(t) }
            }
        }
        for (p, phase) in plan.phases.enumerated() where phase.taskRange.isEmpty {
            for holder in oracle.enclosing(p) {
                for dependency in plan.phases[holder].dependencies {
                    for source in dependency.predecessor.map(sources) ?? [] { successors[source].append(taskCount + p) }
                }
            }
        }
        var state = [UInt8](repeating: 0, count: successors.count)  // 0 new, 1 on the path, 2 done
        func visit(_ node: Int) -> Bool {
            state[node] = 1
            for next in successors[node] {
                if state[next] == 1 || (state[next] == 0 && visit(next)) { return true }
            }
            state[node] = 2
            return false
        }
        return successors.indices.contains { state[$0] == 0 && visit($0) }
    }

    @Test("the validator refuses exactly the cyclic plans", arguments: Array(UInt64(1)...UInt64(300)))
    func validatorMatchesTheRules(seed: UInt64) throws {
        let random = RandomPlan(seed: seed &* 104_729, tasks: 3 + Int(seed % 12),
                                options: RandomPlan.Options(openPhases: true, emptyPhases: seed % 2 == 0))
        let result = PlanLoader().load(bytes: Array(random.yaml.utf8), path: "random.yaml")
        // Resolve the references whatever the verdict, to spell the plan out.
        let plan = try #require(result.plan, "\(random.yaml)")
        let refused = result.diagnostics.contains { $0.id == .dependencyCycle }
        #expect(result.diagnostics.allSatisfy { $0.severity != .error || $0.id == .dependencyCycle }, "\(result.diagnostics)")
        #expect(refused == Self.hasCycle(plan), "validator \(refused ? "refused" : "accepted")\n\(random.yaml)")
        guard !result.hasErrors else { return }
        let schedule = Scheduler().schedule(plan)
        #expect(!schedule.diagnostics.contains { $0.id == .dependencyCycle }, "\(random.yaml)")
        #expect(schedule.tasks.allSatisfy { $0.start <= $0.finish }, "\(random.yaml)")
    }
}
