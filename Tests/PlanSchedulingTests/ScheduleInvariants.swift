import PlanGenerator
import PlanModel
import PlanScheduling
import Testing

enum PlanGeneratorText {
    static func make(tasks: Int) -> String { PlanGenerator(.init(tasks: tasks, seed: 3)).yaml() }
}

/// The rules a schedule must satisfy, checked from the outside with the oracle's naive
/// calendar: work on working days only, every dependency met, roles within capacity,
/// early ≤ late.
struct ScheduleInvariants {
    let plan: Plan
    let schedule: Schedule

    func check(capacity: Bool, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let oracle = ScheduleOracle(plan: plan)
        let tasks = schedule.tasks
        #expect(tasks.count == plan.tasks.count, sourceLocation: sourceLocation)
        func point(_ ref: NodeRef, start: Bool) -> Int {
            switch ref {
            case .task(let t): return start ? tasks[t].startPoint : tasks[t].endPoint
            case .phase(let p):
                let range = plan.phases[p].taskRange
                return range.isEmpty ? 0 : range.map { start ? tasks[$0].startPoint : tasks[$0].endPoint }.max()!
            }
        }
        var load: [String: [Int: Double]] = [:]
        for (index, task) in tasks.enumerated() {
            let planTask = plan.tasks[index]
            #expect(task.totalFloat >= 0 && task.freeFloat >= 0 && task.freeFloat <= task.totalFloat,
                    "\(task.id) floats \(task.freeFloat)/\(task.totalFloat)", sourceLocation: sourceLocation)
            #expect(task.startPoint >= 0, sourceLocation: sourceLocation)
            if !task.milestone {
                let worked = (task.startPoint..<task.endPoint).filter { oracle.working($0, task: index) }
                #expect(worked.count == task.workingDays && oracle.working(task.startPoint, task: index)
                        && oracle.working(task.endPoint - 1, task: index), "\(task.id) works off days", sourceLocation: sourceLocation)
                for day in worked { for a in planTask.assignments { load[a.role, default: [:]][day, default: 0] += a.units } }
            }
            var dependencies = planTask.dependencies
            var lower = planTask.notBefore.map { plan.start.distance(to: $0) } ?? 0
            for phase in plan.phases where phase.taskRange.contains(index) {
                dependencies += phase.dependencies
                if let date = phase.notBefore { lower = max(lower, plan.start.distance(to: date)) }
            }
            if planTask.start == nil { #expect(task.startPoint >= lower, "\(task.id) before notBefore", sourceLocation: sourceLocation) }
            for dependency in dependencies {
                guard let ref = dependency.predecessor else { continue }
                let lag = dependency.lag.days >= 0 ? Int(dependency.lag.days.rounded(.up)) : -Int((-dependency.lag.days).rounded(.up))
                let satisfied: Bool
                switch dependency.kind {
                case .finishToStart: satisfied = task.startPoint >= oracle.advance(point(ref, start: false), lag)
                case .startToStart: satisfied = task.startPoint >= oracle.advance(point(ref, start: true), lag)
                case .finishToFinish: satisfied = task.endPoint >= oracle.advance(point(ref, start: false), lag)
                case .startToFinish: satisfied = task.endPoint >= oracle.advance(point(ref, start: true), lag)
                }
                #expect(satisfied || planTask.start != nil, "\(task.id) breaks \(dependency.kind) on \(dependency.predecessorID)",
                        sourceLocation: sourceLocation)
            }
        }
        guard capacity else { return }
        let fixedDays: [String: Set<Int>] = {
            var days: [String: Set<Int>] = [:]
            for (index, task) in tasks.enumerated() where plan.tasks[index].start != nil {
                for a in plan.tasks[index].assignments { days[a.role, default: []].formUnion(task.startPoint..<task.endPoint) }
            }
            return days
        }()
        for (role, days) in load {
            let headcount = Double(plan.role(role)?.headcount ?? 0)
            for (day, units) in days where fixedDays[role]?.contains(day) != true {
                #expect(units <= headcount + 1e-9, "\(role) has \(units) of \(headcount) on day \(day)", sourceLocation: sourceLocation)
            }
        }
    }
}
