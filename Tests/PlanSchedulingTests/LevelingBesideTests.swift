import PlanGenerator
import PlanModel
import PlanScheduling
import Testing

/// The first two leveling passes run on two threads for large plans
/// (`SchedulerOptions.parallelLevelingFrom`); the schedule must be the one the passes give one
/// after the other, field for field, whichever pass wins or fails.
@Suite("Leveling passes side by side")
struct LevelingBesideTests {
    static let together = SchedulerOptions(parallelLevelingFrom: 0)
    static let inTurn = SchedulerOptions(parallelLevelingFrom: .max)

    static func expectSame(_ a: Schedule, _ b: Schedule, _ comment: Comment) {
        #expect(a.tasks == b.tasks, comment)
        #expect(a.phases == b.phases, comment)
        #expect(a.finish == b.finish, comment)
        #expect(a.levelingRule == b.levelingRule, comment)
        #expect(a.criticalPaths == b.criticalPaths, comment)
        #expect(a.busiestRoleDays == b.busiestRoleDays, comment)
        #expect(a.diagnostics == b.diagnostics, comment)
    }

    @Test("random plans: the same schedule either way", arguments: Array(UInt64(1)...UInt64(80)))
    func randomPlans(seed: UInt64) throws {
        let random = RandomPlan(seed: seed &* 7_919, tasks: 8 + Int(seed % 40), options: SchedulePropertyTests.options(seed))
        let plan = try #require(SchedulePropertyTests.load(random.yaml))
        Self.expectSame(Scheduler(options: Self.together).schedule(plan), Scheduler(options: Self.inTurn).schedule(plan),
                        "\(random.yaml)")
    }

    /// Generated plans with listed people, leave and named people, where the late-start or a
    /// justified pass wins (benchmarks.md §2).
    @Test(arguments: [(5, UInt64(1), 0), (20, UInt64(2), 3), (20, UInt64(3), 0)])
    func generatedPlans(roles: Int, seed: UInt64, people: Int) throws {
        let text = PlanGenerator(.init(tasks: 800, roles: roles, window: 200, seed: seed, peoplePerRole: people)).yaml()
        let plan = try #require(SchedulePropertyTests.load(text))
        let together = Scheduler(options: Self.together).schedule(plan)
        #expect(!together.diagnostics.hasErrors)
        Self.expectSame(together, Scheduler(options: Self.inTurn).schedule(plan), "roles \(roles) seed \(seed)")
    }
}
