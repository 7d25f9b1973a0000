import PlanModel
import PlanScheduling
import Testing

/// Missed deadlines name the chain that really drives them: through phases to the task
/// inside, through leveling to the task that held the role, and from the date that starts it.
/// The plan starts Monday 2026-09-07.
@Suite("Driving chains")
struct DrivingChainTests {
    private let phased = """
        phases:
          - id: ph
            name: 阶段
            deadline: 2026-09-09
            tasks:
              - {id: a, name: A, duration: 2d}
              - {id: b, name: B, duration: 2d, after: a}
        tasks:
          - {id: c, name: C, duration: 1d, after: ph}
          - {id: y, name: Y, duration: 2d, after: c, deadline: 2026-09-14}
        """

    @Test func aChainThroughAPhaseNamesTheTasksInside() throws {
        let (_, s) = try schedule(plan(phased))
        let y = try #require(s.diagnostics.first { $0.message.hasPrefix("task 'y'") })
        #expect(y.message.contains("driven by a → b → c → y"))
        #expect(y.notes.map(\.message) == ["'y' waits for 'c'", "'c' waits for phase 'ph', whose last task is 'b'", "'b' waits for 'a'"])
    }

    @Test func aPhaseDeadlineNamesItsChain() throws {
        let (_, s) = try schedule(plan(phased))
        let phase = try #require(s.diagnostics.first { $0.message.hasPrefix("phase 'ph'") })
        #expect(phase.id == .missedDeadline)
        #expect(phase.message.contains("its last task is 'b', driven by a → b"))
        #expect(phase.notes.first?.location?.line == 15)
    }

    @Test func aChainThroughLevelingNamesTheRoleAndTheTaskThatHeldIt() throws {
        let (_, s) = try schedule(plan("""
            tasks:
              - {id: a, name: A, duration: 1d}
              - {id: x, name: X, role: design, duration: 3d, priority: 900}
              - {id: b, name: B, role: design, duration: 1d, after: a}
              - {id: c, name: C, duration: 1d, after: b, deadline: 2026-09-09}
            """))
        let warning = try #require(s.diagnostics.first)
        #expect(warning.message.contains("driven by x → b → c; leveling: role 'design' held 'b' back 2 working days (busy with 'x')"))
        #expect(warning.notes.map { $0.location?.line } == [13, 12])  // c's link, then b's assignment
    }

    @Test func aLongLevelingChainIsCutInTheMessage() throws {
        // One designer, five one-day tasks ranked above the late one: five waits in a row,
        // three named.
        let (_, s) = try schedule(plan("""
            tasks:
              - {id: x1, name: X1, role: design, duration: 1d, priority: 900}
              - {id: x2, name: X2, role: design, duration: 1d, priority: 900}
              - {id: x3, name: X3, role: design, duration: 1d, priority: 900}
              - {id: x4, name: X4, role: design, duration: 1d, priority: 900}
              - {id: x5, name: X5, role: design, duration: 1d, priority: 900}
              - {id: c, name: C, role: design, duration: 1d, deadline: 2026-09-08}
            """))
        let warning = try #require(s.diagnostics.first { $0.id == .missedDeadline })
        let waits = warning.message.components(separatedBy: "held '").count - 1
        #expect(waits == 3)
        #expect(warning.message.contains("; and 2 more role waits"), "\(warning.message)")
        #expect(warning.text.zh.contains("另有 2 处角色等待"))
    }

    @Test func aChainFromAFixedDateSaysSo() throws {
        let (_, s) = try schedule(plan("""
            tasks:
              - {id: m, name: M, milestone: true, start: 2026-09-16, deadline: 2026-09-15}
              - {id: late, name: L, duration: 1d, notBefore: 2026-09-14, deadline: 2026-09-11}
            """))
        #expect(s.diagnostics.map(\.message) == [
            "task 'm' finishes on 2026-09-16, 1 working day after its deadline 2026-09-15; driven by m; 'm' is fixed on 2026-09-16",
            "task 'late' finishes on 2026-09-14, 1 working day after its deadline 2026-09-11; driven by late; 'late' may not start before 2026-09-14",
        ])
    }

    @Test func aTaskHeldByTwoRolesReportsEachShare() throws {
        let (_, s) = try schedule(plan("""
            tasks:
              - {id: x, name: X, role: design, duration: 2d, priority: 900}
              - {id: y, name: Y, role: content, units: 2, duration: 3d, priority: 900, notBefore: 2026-09-09}
              - {id: z, name: Z, roles: [design, content], duration: 2d}
            """))
        let z = try #require(s.task("z"))
        #expect(z.leveledDelay == 5)
        #expect(z.delayedByRoles == [RoleDelay(role: "design", days: 2), RoleDelay(role: "content", days: 3)])
        #expect(z.delayedBy == "content")
    }
}
