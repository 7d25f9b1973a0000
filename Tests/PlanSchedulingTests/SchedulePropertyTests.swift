import PlanModel
import PlanScheduling
import Testing

/// Properties that must hold for every plan, checked on many random ones, and CPM dates and
/// floats compared with the naive oracle — with fixed dates, empty phases, sparse calendars
/// and long lags among them.
@Suite("Schedule properties")
struct SchedulePropertyTests {
    static let seeds = Array(UInt64(1)...UInt64(300))

    static func options(_ seed: UInt64) -> RandomPlan.Options {
        RandomPlan.Options(fixedDates: seed % 3 == 0, sparse: seed % 4 == 1, emptyPhases: seed % 5 == 2, team: seed % 6 == 4)
    }

    static func load(_ yaml: String) -> Plan? {
        let result = PlanLoader().load(bytes: Array(yaml.utf8), path: "random.yaml")
        return result.hasErrors ? nil : result.plan
    }

    @Test("CPM dates, total and free float match a brute-force oracle", arguments: seeds)
    func cpmMatchesOracle(seed: UInt64) throws {
        let random = RandomPlan(seed: seed, tasks: 3 + Int(seed % 10), options: Self.options(seed))
        let plan = try #require(Self.load(random.yaml), "\(random.yaml)")
        let schedule = Scheduler(options: SchedulerOptions(level: false)).schedule(plan)
        let oracle = ScheduleOracle(plan: plan)
        let early = oracle.earlyDates()
        // A fixed date its links or notBefore cannot meet is an error, and only then.
        #expect(schedule.diagnostics.hasErrors == oracle.pinsBroken(early), "\(schedule.diagnostics)\n\(random.yaml)")
        #expect(schedule.diagnostics.allSatisfy { $0.severity != .error || $0.id == .infeasibleFixedDate })
        guard !schedule.diagnostics.hasErrors else { return }
        for (index, task) in schedule.tasks.enumerated() {
            #expect(task.startPoint == early[index].0 && task.endPoint == early[index].1,
                    "\(task.id): scheduler \(task.startPoint)..<\(task.endPoint), oracle \(early[index])\n\(random.yaml)")
            let total = oracle.totalFloat(index, early: early)
            #expect(task.totalFloat == total, "\(task.id) total float\n\(random.yaml)")
            #expect(task.freeFloat == oracle.freeFloat(index, early: early, totalFloat: total), "\(task.id) free float\n\(random.yaml)")
        }
        try ScheduleInvariants(plan: plan, schedule: schedule).check(capacity: false)
    }

    @Test("leveled and unleveled schedules keep every rule", arguments: seeds)
    func invariantsHold(seed: UInt64) throws {
        let random = RandomPlan(seed: seed &* 7919, tasks: 5 + Int(seed % 30), options: Self.options(seed))
        let plan = try #require(Self.load(random.yaml))
        for level in [true, false] {
            let schedule = Scheduler(options: SchedulerOptions(level: level)).schedule(plan)
            if schedule.diagnostics.hasErrors {
                // Only a fixed date can make a random plan infeasible, and that must be said.
                #expect(schedule.diagnostics.allSatisfy { $0.severity != .error || $0.id == .infeasibleFixedDate },
                        "\(schedule.diagnostics)\n\(random.yaml)")
                continue
            }
            try ScheduleInvariants(plan: plan, schedule: schedule).check(capacity: level)
        }
    }

    @Test func generatedPlansScheduleWithinCapacity() throws {
        let text = PlanGeneratorText.make(tasks: 2000)
        let plan = try #require(Self.load(text))
        let schedule = Scheduler().schedule(plan)
        #expect(!schedule.diagnostics.hasErrors)
        try ScheduleInvariants(plan: plan, schedule: schedule).check(capacity: true)
    }
}
