import PlanGenerator
import PlanModel
import PlanScheduling
@testable import PlanTracking
import Testing

/// `status` schedules the plan as planned and the forecast at once when the forecast does not
/// need the first (docs/design.md, "Two cores"); the result must be the one of scheduling them
/// one after the other, byte for byte, and the shortcut must be taken only when that holds.
@Suite("Status: the two schedules at once")
struct SchedulesAtOnceTests {
    /// A generated plan, its baseline, and a status on the day by which `fraction` of the
    /// tasks finish on plan: those done on their planned dates, the ones running started and
    /// half done, the milestones passed reached — every report with its own `started`.
    static func setUp(fraction: Double, started: Bool = true, seed: UInt64 = 7) throws -> (Plan, Baseline, StatusFile) {
        let plan = try loadPlan(PlanGenerator(.init(tasks: 600, roles: 6, seed: seed)).yaml())
        let schedule = Scheduler().schedule(plan)
        let finishes = schedule.tasks.map(\.finish).sorted()
        let asOf = finishes[Int(Double(finishes.count - 1) * fraction)]
        var entries: [TaskStatus] = []
        for (line, task) in schedule.tasks.enumerated() where task.start <= asOf {
            let place = SourceLocation(file: "plan.status.yaml", line: line + 2, column: 3)
            if task.milestone {
                entries.append(TaskStatus(id: task.id, reached: task.start, location: place))
            } else if task.finish <= asOf {
                entries.append(TaskStatus(id: task.id, started: started ? task.start : nil, done: task.finish, location: place))
            } else {
                entries.append(TaskStatus(id: task.id, started: task.start, progress: 0.5, location: place))
            }
        }
        let baseline = Baseline.capture(name: "初版", plan: plan, schedule: schedule, savedAt: "s", revision: "r")
        return (plan, baseline, StatusFile(asOf: asOf, tasks: entries))
    }

    static func bothWays(_ plan: Plan, _ baseline: Baseline?, _ status: StatusFile) throws -> (Tracker.Outcome, Tracker.Outcome) {
        var sequential = Tracker()
        sequential.schedulesAtOnce = false
        sequential.parallelRowsFrom = .max
        // The rows in two halves on two cores (from 20,000 tasks by default).
        var halves = Tracker()
        halves.parallelRowsFrom = 2
        let atOnce = halves.track(plan: plan, baseline: baseline, status: status)
        let oneAfter = sequential.track(plan: plan, baseline: baseline, status: status)
        // The plan as planned started before the status was read, as the command does.
        let ahead = Tracker().track(plan: plan, baseline: baseline, status: status, planned: Tracker().schedulingAhead(plan))
        #expect(!oneAfter.forecastRanAlongside)
        #expect(ahead.forecastRanAlongside == atOnce.forecastRanAlongside)
        let a = try #require(atOnce.tracked), b = try #require(oneAfter.tracked), c = try #require(ahead.tracked)
        #expect(a.jsonBytes(plan: plan) == b.jsonBytes(plan: plan))
        // The rows written member by member (`JSONRow`) are the tree's, causes and all.
        #expect(b.jsonBytes(plan: plan) == b.json(plan: plan).serializedBytes(rowsOnOneLine: true))
        #expect(c.jsonBytes(plan: plan) == b.jsonBytes(plan: plan))
        #expect(a.table(plan: plan, color: false, language: .zh) == b.table(plan: plan, color: false, language: .zh))
        #expect(c.table(plan: plan, color: false, language: .zh) == b.table(plan: plan, color: false, language: .zh))
        return (atOnce, oneAfter)
    }

    @Test(arguments: [0.05, 0.3, 0.7])
    func atOnceGivesTheSameBytes(_ fraction: Double) throws {
        let (plan, baseline, status) = try Self.setUp(fraction: fraction)
        let (atOnce, _) = try Self.bothWays(plan, baseline, status)
        #expect(atOnce.forecastRanAlongside, "every report has its own started and the baseline is the plan's")
        #expect(atOnce.tracked?.tasks.contains { $0.progress.state == .inProgress } == true)
    }

    /// Work reported done without `started` is dated from the plan as planned: the forecast waits.
    @Test func workWithoutItsStartWaitsForThePlan() throws {
        let (plan, baseline, status) = try Self.setUp(fraction: 0.3, started: false)
        let (atOnce, _) = try Self.bothWays(plan, baseline, status)
        #expect(!atOnce.forecastRanAlongside)
    }

    /// Without a saved baseline the plan as planned is the baseline: the forecast waits.
    @Test func noBaselineWaitsForThePlan() throws {
        let (plan, _, status) = try Self.setUp(fraction: 0.3)
        let (atOnce, _) = try Self.bothWays(plan, nil, status)
        #expect(!atOnce.forecastRanAlongside)
    }

    /// A baseline that finishes earlier than the plan now does (saved from another plan)
    /// gives the forecast a shorter calendar than the planned finish asks: the speculative
    /// forecast is dropped and made again, so the result is still the sequential one.
    @Test func aShorterBaselineDropsTheSpeculativeForecast() throws {
        let (plan, saved, status) = try Self.setUp(fraction: 0.3)
        let early = Baseline(name: saved.name, savedAt: saved.savedAt, revision: saved.revision, start: saved.start,
                             finish: status.asOf, entries: saved.entries)
        let (atOnce, _) = try Self.bothWays(plan, early, status)
        #expect(!atOnce.forecastRanAlongside)
    }
}
