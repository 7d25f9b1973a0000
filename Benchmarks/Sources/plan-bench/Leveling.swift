import Foundation
import PlanGenerator
import PlanModel
import PlanScheduling

// plan-bench tj-level TASKS ROLES SEED BASE
//   writes BASE.yaml (a generated plan) and BASE.level.tjp (its TaskJuggler twin that
//   levels) and prints one line: the plan start, cycleplan's leveled finish, the CPM finish,
//   the lower bound in working days, the rule of the pass kept and the first pass's finish.
//   level-vs-tj.py runs tj3 on the twin and puts the figures side by side.
// plan-bench generate-people TASKS FILE
//   a generated plan over 20 roles of 3 listed people each (60 people, the last of each
//   role half time), each with leave of their own; one task in ten names a person.

/// Working days of the plan's calendar from its start through `last`.
func workingDays(_ plan: Plan, through last: CivilDate) -> Int {
    var count = 0, day = plan.start
    while day <= last {
        if plan.calendar.isWorkingDay(day) { count += 1 }
        day = day.advanced(by: 1)
    }
    return count
}

/// The lower bound no leveled schedule can beat: the CPM length, and for each role its
/// person-days of work over its headcount (both in working days of the plan calendar).
func levelingLowerBound(_ plan: Plan, cpm: Schedule) -> Int {
    var work: [String: Double] = [:]
    for task in plan.tasks {
        for assignment in task.assignments {
            switch task.length {
            case .milestone: break
            case .duration(let length): work[assignment.role, default: 0] += length.days.rounded(.up) * assignment.units
            case .effort(let effort): work[assignment.role, default: 0] += effort.days * assignment.units / task.totalUnits
            }
        }
    }
    var bound = workingDays(plan, through: cpm.finish)
    for (role, days) in work {
        guard let capacity = plan.role(role).map({ Double($0.headcount) }), capacity > 0 else { continue }
        bound = max(bound, Int((days / capacity - 1e-9).rounded(.up)))
    }
    return bound
}

func writeLevelingTwin(tasks: Int, roles: Int, seed: UInt64, base: String) throws {
    // As `tjp`: dependencies reach far back so the schedule ends before 2036.
    let generator = PlanGenerator(.init(tasks: tasks, roles: roles, dependenciesPerTask: 1.5, window: 400, seed: seed,
                                        makeUpDays: true))
    let text = generator.yaml()
    try AtomicFile.write(text, to: base + ".yaml")
    guard let plan = PlanLoader().load(bytes: Array(text.utf8), path: base + ".yaml").plan else { fail("generated plan does not load") }
    let cpm = Scheduler(options: SchedulerOptions(level: false)).schedule(plan)
    var leveled: Schedule?
    let time = seconds { leveled = Scheduler().schedule(plan) }
    guard let leveled, !leveled.diagnostics.hasErrors else { fail("the generated plan does not level") }
    let serial = Scheduler(options: SchedulerOptions(improveLeveling: false)).schedule(plan)
    let lastYear = CivilDate(year: 2035, month: 12, day: 31) ?? plan.start
    try AtomicFile.write(generator.taskJuggler(plan: plan, allocate: true, end: min(leveled.finish.advanced(by: 365), lastYear)),
                         to: base + ".level.tjp")
    print("start \(plan.start) finish \(leveled.finish) cpm \(cpm.finish) bound \(levelingLowerBound(plan, cpm: cpm)) "
          + "rule \(leveled.levelingRule?.rawValue ?? "-") serial \(serial.finish) seconds \(String(format: "%.3f", time))")
}
