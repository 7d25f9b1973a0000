import PlanGenerator
import PlanModel
import PlanScheduling
import Testing

enum PlanGeneratorText {
    static func make(tasks: Int) -> String { PlanGenerator(.init(tasks: tasks, seed: 3)).yaml() }
}

/// The rules a schedule without errors must satisfy, checked from the outside with the
/// oracle's naive calendar, fixed tasks included: work on working days only, every dependency
/// and `notBefore` met, roles within capacity (fixed tasks beyond it only with a warning),
/// early ≤ late with the late dates a schedule that still meets every link and the finish;
/// people given a task are not on leave on a day it books, and a person who alone does an
/// assignment (or is named by it) is never booked beyond their units.
struct ScheduleInvariants {
    let plan: Plan
    let schedule: Schedule

    func check(capacity: Bool, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let oracle = ScheduleOracle(plan: plan)
        let tasks = schedule.tasks
        #expect(tasks.count == plan.tasks.count, sourceLocation: sourceLocation)
        let early = tasks.map { ($0.startPoint, $0.endPoint) }
        // Late dates as placed: a fixed task stays on its date (its late start is only its float).
        let late = tasks.indices.map { plan.tasks[$0].start == nil ? (tasks[$0].lateStartPoint, tasks[$0].lateEndPoint) : early[$0] }
        let finish = early.map(\.1).max() ?? 0
        var load: [String: [Int: Double]] = [:]
        var fixedLoad: [String: [Int: Double]] = [:]
        // Per "role/person": the load that can be told from outside (see `personShares`).
        var personLoad: [String: [Int: Double]] = [:]
        for (index, task) in tasks.enumerated() {
            let planTask = plan.tasks[index]
            #expect(task.totalFloat >= 0 && task.freeFloat >= 0 && task.freeFloat <= task.totalFloat,
                    "\(task.id) floats \(task.freeFloat)/\(task.totalFloat)", sourceLocation: sourceLocation)
            #expect(task.critical == (task.totalFloat == 0), "\(task.id) critical", sourceLocation: sourceLocation)
            #expect(task.startPoint >= 0 && task.startPoint <= task.endPoint, "\(task.id) order", sourceLocation: sourceLocation)
            #expect(task.start <= task.finish, "\(task.id) finishes before it starts", sourceLocation: sourceLocation)
            // Early ≤ late, and the float is the distance between them.
            #expect(task.lateStartPoint >= task.startPoint && task.lateEndPoint >= task.endPoint,
                    "\(task.id) late before early", sourceLocation: sourceLocation)
            let span = task.milestone ? (task.startPoint..<task.lateStartPoint).filter(oracle.teamWorking).count
                : (task.startPoint..<task.lateStartPoint).filter { oracle.working($0, task: index) }.count
            #expect(span == task.totalFloat, "\(task.id) float \(task.totalFloat) vs late start \(span) days later", sourceLocation: sourceLocation)
            #expect(late[index].1 <= max(finish, early[index].1), "\(task.id) late end after the finish", sourceLocation: sourceLocation)
            if !task.milestone {
                let worked = (task.startPoint..<task.endPoint).filter { oracle.working($0, task: index) }
                #expect(worked.count == task.workingDays && oracle.working(task.startPoint, task: index)
                        && oracle.working(task.endPoint - 1, task: index), "\(task.id) works off days", sourceLocation: sourceLocation)
                for day in worked where oracle.booked(day, task: index) {
                    // A part day (0.5d) books that part of the units on the task's last day.
                    let share = day == worked.last ? oracle.lastDayShare(index) : 1
                    for a in planTask.assignments {
                        load[a.role, default: [:]][day, default: 0] += a.units * share
                        if planTask.start != nil { fixedLoad[a.role, default: [:]][day, default: 0] += a.units * share }
                    }
                    for (key, units) in personShares(index) { personLoad[key, default: [:]][day, default: 0] += units * share }
                    // (A calendar-day task spans days off by definition, its people's leave too.)
                    if planTask.start == nil, schedule.leveled, !planTask.isElapsed {
                        let date = plan.start.advanced(by: day)
                        for person in people(of: index) where person.daysOff.contains(where: { $0.contains(date) }) {
                            Issue.record("\(task.id) is given to \(person.id), on leave on \(date)", sourceLocation: sourceLocation)
                        }
                    }
                }
            }
            let (dependencies, lower) = oracle.constraints(index)
            #expect(task.startPoint >= lower, "\(task.id) before notBefore", sourceLocation: sourceLocation)
            // A fixed task starts on its date, or the first working day after it.
            if let fixed = oracle.fixedStart(index) {
                var effective = fixed
                if !task.milestone { while !oracle.working(effective, task: index) { effective += 1 } }
                #expect(task.startPoint == effective, "\(task.id) off its fixed date", sourceLocation: sourceLocation)
            }
            for dependency in dependencies {
                guard let ref = dependency.predecessor else { continue }
                for (dates, what) in [(early, "early"), (late, "late")] {
                    if what == "late", case .phase(let p) = ref, plan.phases[p].taskRange.isEmpty { continue }
                    let own = dates[index]
                    let lag = dependency
                    let satisfied: Bool
                    switch dependency.kind {
                    case .finishToStart: satisfied = own.0 >= oracle.advance(oracle.point(ref, start: false, dates), lag)
                    case .startToStart: satisfied = own.0 >= oracle.advance(oracle.point(ref, start: true, dates), lag)
                    case .finishToFinish: satisfied = own.1 >= oracle.advance(oracle.point(ref, start: false, dates), lag)
                    case .startToFinish: satisfied = own.1 >= oracle.advance(oracle.point(ref, start: true, dates), lag)
                    }
                    #expect(satisfied, "\(task.id) breaks \(dependency.kind) on \(dependency.predecessorID) (\(what) dates)",
                            sourceLocation: sourceLocation)
                }
            }
        }
        checkChains(oracle, sourceLocation: sourceLocation)
        guard capacity else { return }
        let warned = Set(schedule.diagnostics.filter { $0.id == .fixedOverallocation }.flatMap { d in
            plan.roles.map(\.id).filter { d.message.contains("role '\($0)'") }
        })
        for (key, days) in personLoad {
            let parts = key.split(separator: "/").map(String.init)
            guard let person = plan.role(parts[0])?.people.first(where: { $0.id == parts[1] }) else { continue }
            for (day, units) in days where units > person.units + 1e-9 {
                Issue.record("\(key) has \(units) of \(person.units) on day \(day)", sourceLocation: sourceLocation)
            }
        }
        for (role, days) in load {
            for (day, units) in days where units > oracle.capacity(ofRole: role, day: day) + 1e-9 {
                let headcount = oracle.capacity(ofRole: role, day: day)
                // Only fixed tasks may book beyond the headcount, alone on that day, and it is said.
                let fixed = fixedLoad[role]?[day] ?? 0
                #expect(abs(fixed - units) < 1e-9 && warned.contains(role),
                        "\(role) has \(units) of \(headcount) on day \(day) (\(fixed) fixed)", sourceLocation: sourceLocation)
            }
        }
    }

    /// The listed people the schedule gave task `index`.
    private func people(of index: Int) -> [Person] {
        let roles = plan.tasks[index].assignments.compactMap { plan.role($0.role) }
        return schedule.tasks[index].people.compactMap { id in roles.lazy.compactMap { $0.people.first { $0.id == id } }.first }
    }

    /// Units per "role/person" that task `index` certainly books on each of its days: a named
    /// person's units, and a role assignment's units when a single person of the role does
    /// it. (Several people sharing an assignment split it in shares the schedule does not show.)
    private func personShares(_ index: Int) -> [String: Double] {
        guard schedule.leveled, plan.tasks[index].start == nil else { return [:] }
        var out: [String: Double] = [:]
        let given = Set(schedule.tasks[index].people)
        let named = Set(plan.tasks[index].assignments.compactMap(\.person))
        for a in plan.tasks[index].assignments {
            guard let role = plan.role(a.role), !role.people.isEmpty else { continue }
            if let person = a.person {
                out["\(a.role)/\(person)", default: 0] += a.units
            } else {
                // A person named by the task as well shares the role's part in an unknown split.
                let doers = role.people.filter { given.contains($0.id) }
                if doers.count == 1, !doers.contains(where: { named.contains($0.id) }) { out["\(a.role)/\(doers[0].id)", default: 0] += a.units }
            }
        }
        return out
    }

    /// The chains hold exactly the critical tasks, each step of a chain joins tasks a link
    /// (or a shared role) ties, and the flat list is the critical tasks in plan order.
    private func checkChains(_ oracle: ScheduleOracle, sourceLocation: Testing.SourceLocation) {
        let critical = schedule.tasks.filter(\.critical).map(\.id)
        #expect(schedule.criticalPath == critical, sourceLocation: sourceLocation)
        #expect(Set(schedule.criticalPaths.joined()) == Set(critical), "chains \(schedule.criticalPaths) vs \(critical)",
                sourceLocation: sourceLocation)
        var index: [String: Int] = [:]
        for (position, task) in plan.tasks.enumerated() { index[task.id] = position }
        for chain in schedule.criticalPaths {
            for (from, to) in zip(chain, chain.dropFirst()) {
                guard let a = index[from], let b = index[to] else { continue }
                let linked = oracle.constraints(b).dependencies.contains { dependency in
                    switch dependency.predecessor {
                    case .task(let t)?: return t == a
                    case .phase(let p)?: return plan.phases[p].taskRange.contains(a) || plan.phases[p].taskRange.isEmpty
                    case nil: return false
                    }
                }
                let shareRole = !Set(plan.tasks[a].assignments.map(\.role)).isDisjoint(with: plan.tasks[b].assignments.map(\.role))
                #expect(linked || (schedule.leveled && shareRole), "chain step \(from) → \(to) has no link", sourceLocation: sourceLocation)
            }
        }
    }
}
