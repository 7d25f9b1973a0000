import PlanModel
import PlanScheduling
import Testing

/// Properties that must hold for every plan, checked on many random ones, and CPM dates
/// compared with the naive oracle.
@Suite("Schedule properties")
struct SchedulePropertyTests {
    static let seeds = Array(UInt64(1)...UInt64(300))

    private func load(_ yaml: String) -> Plan? {
        let result = PlanLoader().load(bytes: Array(yaml.utf8), path: "random.yaml")
        return result.hasErrors ? nil : result.plan
    }

    @Test("CPM dates and total float match a brute-force oracle", arguments: seeds)
    func cpmMatchesOracle(seed: UInt64) throws {
        let random = RandomPlan(seed: seed, tasks: 3 + Int(seed % 10))
        let plan = try #require(load(random.yaml), "\(random.yaml)")
        let schedule = Scheduler(options: SchedulerOptions(level: false)).schedule(plan)
        #expect(!schedule.diagnostics.hasErrors, "\(schedule.diagnostics)")
        let oracle = ScheduleOracle(plan: plan)
        let early = oracle.earlyDates()
        for (index, task) in schedule.tasks.enumerated() {
            #expect(task.startPoint == early[index].0 && task.endPoint == early[index].1,
                    "\(task.id): scheduler \(task.startPoint)..<\(task.endPoint), oracle \(early[index])\n\(random.yaml)")
            do {
                #expect(task.totalFloat == oracle.totalFloat(index, early: early), "\(task.id) float\n\(random.yaml)")
            }
        }
    }

    @Test("leveled schedules keep every rule", arguments: seeds)
    func invariantsHold(seed: UInt64) throws {
        let random = RandomPlan(seed: seed &* 7919, tasks: 5 + Int(seed % 30), fixedDates: seed % 3 == 0)
        let plan = try #require(load(random.yaml))
        for level in [true, false] {
            let schedule = Scheduler(options: SchedulerOptions(level: level)).schedule(plan)
            if schedule.diagnostics.hasErrors {
                // Only a fixed date can make a random plan infeasible, and that must be said.
                #expect(schedule.diagnostics.allSatisfy { $0.severity != .error || $0.id == .infeasibleFixedDate })
                continue
            }
            try ScheduleInvariants(plan: plan, schedule: schedule).check(capacity: level)
        }
    }

    @Test func generatedPlansScheduleWithinCapacity() throws {
        let text = PlanGeneratorText.make(tasks: 2000)
        let plan = try #require(load(text))
        let schedule = Scheduler().schedule(plan)
        #expect(!schedule.diagnostics.hasErrors)
        try ScheduleInvariants(plan: plan, schedule: schedule).check(capacity: true)
    }
}
