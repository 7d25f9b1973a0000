import Foundation
import PlanModel
import PlanScheduling
import Testing

/// Every shipped template and every valid fixture schedules cleanly and keeps the schedule
/// invariants, leveled and not.
@Suite("Shipped and fixture plans")
struct ShippedPlanScheduleTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var plans: [String] {
        let fixtures = root.appendingPathComponent("Tests/PlanModelTests/Fixtures/valid").path
        let valid = ((try? FileManager.default.contentsOfDirectory(atPath: fixtures)) ?? [])
            .filter { $0.hasSuffix(".yaml") }.map { "Tests/PlanModelTests/Fixtures/valid/" + $0 }
        return ["plans/cycle.yaml", "plans/campaign.yaml", "plans/store.yaml"] + valid.sorted()
    }

    @Test(arguments: plans)
    func schedulesAndKeepsInvariants(_ path: String) throws {
        let result = PlanLoader().load(file: Self.root.appendingPathComponent(path).path)
        let plan = try #require(result.plan)
        #expect(!result.hasErrors)
        for level in [true, false] {
            let schedule = Scheduler(options: SchedulerOptions(level: level)).schedule(plan)
            #expect(!schedule.diagnostics.hasErrors, "\(schedule.diagnostics)")
            try ScheduleInvariants(plan: plan, schedule: schedule).check(capacity: level)
            // The streamed JSON is the same document as the value tree, byte for byte.
            #expect(schedule.jsonBytes(plan: plan) == schedule.json(plan: plan).serializedBytes(rowsOnOneLine: true), "\(path)")
        }
    }
}
