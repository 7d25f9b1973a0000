import Foundation
import PlanModel
import PlanScheduling
import Testing

/// The critical path(s) as chains: separate chains stay separate, forks and joins show the
/// task they share, and after leveling the roles that tie tasks together are part of it.
/// The plan starts Monday 2026-09-07.
@Suite("Critical paths")
struct CriticalPathTests {
    @Test func separateChainsAreReportedSeparately() throws {
        let (_, s) = try schedule(plan("""
            tasks:
              - {id: a, name: A, duration: 2d}
              - {id: b, name: B, duration: 2d, after: a}
              - {id: c, name: C, duration: 3d}
              - {id: d, name: D, duration: 1d, after: c}
            """))
        #expect(s.criticalPath == ["a", "b", "c", "d"])  // the flat set, in plan order
        #expect(s.criticalPaths == [["a", "b"], ["c", "d"]])
        let table = s.table(plan: try #require(PlanLoader().load(bytes: Array(plan("""
            tasks:
              - {id: a, name: A, duration: 2d}
              - {id: b, name: B, duration: 2d, after: a}
              - {id: c, name: C, duration: 3d}
              - {id: d, name: D, duration: 1d, after: c}
            """).utf8), path: "t.yaml").plan), color: false)
        #expect(table.contains("critical paths (2):\n  A → B\n  C → D\n"), "\(table)")
    }

    /// The table names the path's tasks as its rows do, in either language; a task without a
    /// name by its id (issue #13).
    @Test func theTableNamesThePathsTasks() throws {
        let (loaded, s) = try schedule(plan("""
            tasks:
              - {id: a, name: 海报, duration: 2d}
              - {id: b, name: "", duration: 2d, after: a}
              - {id: c, name: 上线, milestone: true, after: b}
            """))
        #expect(s.criticalPaths == [["a", "b", "c"]])
        #expect(s.table(plan: loaded, color: false, language: .en).contains("\ncritical path: 海报 → b → 上线\n"))
        #expect(s.table(plan: loaded, color: false, language: .zh).contains("\n关键路径：海报 → b → 上线\n"))
    }

    @Test func aForkAndAJoinShowTheSharedTask() throws {
        let (_, s) = try schedule(plan("""
            tasks:
              - {id: a, name: A, duration: 1d}
              - {id: b, name: B, duration: 2d, after: a}
              - {id: c, name: C, duration: 2d, after: a}
              - {id: d, name: D, duration: 1d, after: [b, c]}
            """))
        #expect(s.criticalPaths == [["a", "b", "d"], ["a", "c", "d"]])
    }

    @Test func aChainRunsThroughAPhase() throws {
        let (_, s) = try schedule(plan("""
            phases:
              - id: ph
                name: 阶段
                tasks:
                  - {id: a, name: A, duration: 2d}
                  - {id: b, name: B, duration: 1d}
            tasks:
              - {id: c, name: C, duration: 1d, after: ph}
            """))
        #expect(s.criticalPaths == [["a", "c"]])
        #expect(s.task("b")?.critical == false)
    }

    @Test func afterLevelingTheRoleThatTiesTasksIsPartOfThePath() throws {
        let (_, s) = try schedule(plan("""
            tasks:
              - {id: a, name: A, role: design, duration: 3d}
              - {id: b, name: B, role: design, duration: 1d}
              - {id: c, name: C, duration: 1d, after: b}
            """))
        // design does a, then b; c follows b. Slipping a a day slips b and c: a has no float.
        #expect(s.task("a")?.totalFloat == 0)
        #expect(s.criticalPaths == [["a", "b", "c"]])
        // Without leveling a and b overlap and a has the float.
        let (_, raw) = try schedule(plan("""
            tasks:
              - {id: a, name: A, role: design, duration: 3d}
              - {id: b, name: B, role: design, duration: 1d}
              - {id: c, name: C, duration: 1d, after: b}
            """), level: false)
        #expect(raw.task("a")?.totalFloat == 0 && raw.task("b")?.totalFloat == 1)
        #expect(raw.criticalPaths == [["a"]])
    }

    @Test func aRoleWithRoomLeftTiesNothing() throws {
        let (_, s) = try schedule(plan("""
            tasks:
              - {id: a, name: A, role: content, duration: 2d}
              - {id: b, name: B, role: content, duration: 1d, notBefore: 2026-09-09}
              - {id: c, name: C, duration: 4d}
            """))
        // content has two people: b starting when a ends is no resource link, so a keeps its float.
        #expect(s.task("a")?.totalFloat == 2)
        #expect(s.criticalPaths == [["c"]])
    }

    @Test func theJSONCarriesBothTheFlatSetAndTheChains() throws {
        let text = plan("""
            tasks:
              - {id: c, name: C, duration: 3d}
              - {id: a, name: A, duration: 2d}
              - {id: b, name: B, duration: 2d, after: a}
              - {id: d, name: D, duration: 1d, after: c}
            """)
        let (loaded, s) = try schedule(text)
        let bytes = Data(s.json(plan: loaded).serializedBytes())
        let json = try #require(try JSONSerialization.jsonObject(with: bytes) as? [String: Any])
        #expect(json["criticalPath"] as? [String] == ["c", "a", "b", "d"])
        #expect(json["criticalPaths"] as? [[String]] == [["c", "d"], ["a", "b"]])  // by start, then plan order
    }
}
