import PlanModel
import PlanScheduling
import Testing

/// Dependencies on a task's own phase, and the agreement between the validator's cycle check
/// and the scheduler's network: a plan that validates can always be ordered.
@Suite("Cycles through phases")
struct CycleTests {
    private func diagnostics(_ yaml: String) -> [Diagnostic] {
        PlanLoader().load(bytes: Array(yaml.utf8), path: "test.yaml").diagnostics
    }

    @Test(arguments: ["ph SS", "ph SS +1d", "ph SF", "ph FF -1d", "ph"])
    func aTaskAfterItsOwnPhaseIsACycle(_ after: String) throws {
        let found = diagnostics(plan("""
            phases:
              - id: ph
                name: 阶段
                tasks:
                  - {id: a, name: A, duration: 1d, after: "\(after)"}
                  - {id: b, name: B, duration: 2d}
            tasks:
              - {id: x, name: X, duration: 3d, after: ph}
            """))
        let cycle = try #require(found.first { $0.id == .dependencyCycle }, "\(found)")
        #expect(cycle.message == "dependency cycle: a → ph → a")
        #expect(cycle.location?.line == 13)
        #expect(cycle.hint?.contains("inside phase 'ph'") == true)
        #expect(cycle.notes.contains { $0.location?.line == 13 })
    }

    @Test func aTaskAfterTheStartOfAnEnclosingPhaseIsACycle() throws {
        let found = diagnostics(plan("""
            phases:
              - id: outer
                name: 外
                tasks:
                  - {id: a, name: A, duration: 1d}
                phases:
                  - id: inner
                    name: 内
                    tasks:
                      - {id: b, name: B, duration: 1d, after: "outer SS"}
            """))
        #expect(found.map(\.id) == [.dependencyCycle])
    }

    @Test func startToStartOnAPhaseThatWaitsForTheTaskIsACycle() throws {
        // x after "ph SS", and a task of ph after x: ph's start (its tasks' latest) needs x.
        let found = diagnostics(plan("""
            phases:
              - id: ph
                name: 阶段
                tasks:
                  - {id: a, name: A, duration: 1d}
                  - {id: b, name: B, duration: 1d, after: x}
            tasks:
              - {id: x, name: X, duration: 1d, after: "ph SS"}
            """))
        #expect(found.map(\.id) == [.dependencyCycle])
    }

    @Test func aSiblingPhaseAndASubPhaseAreNoCycle() throws {
        let (_, s) = try schedule(plan("""
            phases:
              - id: ph
                name: 阶段
                tasks:
                  - {id: a, name: A, duration: 1d, after: "sub SS"}
                  - {id: b, name: B, duration: 2d}
                phases:
                  - {id: sub, name: 子, tasks: [{id: s, name: S, duration: 1d}]}
              - id: next
                name: 下
                tasks:
                  - {id: c, name: C, duration: 1d, after: "ph SS"}
            """))
        #expect(!s.diagnostics.hasErrors)
        #expect(dates(s.task("c")) == "2026-09-07..2026-09-07")  // the latest start in ph: a and b on Monday
    }

    @Test func anEmptyPhaseAfterATaskThatDependsOnItIsACycle() throws {
        let found = diagnostics(plan("""
            phases:
              - {id: gate, name: 关口, after: a}
            tasks:
              - {id: a, name: A, duration: 1d, after: gate}
            """))
        #expect(found.map(\.id).contains(.dependencyCycle))
    }

    /// A plan built in code can bypass the validator: the scheduler refuses the cycle
    /// instead of skipping the tasks on it.
    @Test func aCycleThatBypassesTheValidatorIsRefusedNotSkipped() throws {
        let result = PlanLoader().load(bytes: Array(plan("""
            tasks:
              - {id: a, name: A, duration: 1d}
              - {id: b, name: B, duration: 1d, after: a}
            """).utf8), path: "test.yaml")
        var broken = try #require(result.plan)
        broken.tasks[0].dependencies = [Dependency(predecessorID: "b", location: broken.tasks[0].location, predecessor: .task(1))]
        let s = Scheduler().schedule(broken)
        #expect(s.diagnostics.map(\.id) == [.dependencyCycle])
        #expect(s.diagnostics.first?.message.contains("'a'") == true)
    }
}
