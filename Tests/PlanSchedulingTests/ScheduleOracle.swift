import PlanModel
import PlanScheduling

/// An independent, deliberately naive restatement of the scheduling rules, day by day, for
/// checking the scheduler: it shares no code with `PlanScheduling` beyond the model.
struct ScheduleOracle {
    let plan: Plan
    typealias Dates = [(Int, Int)]

    /// Answers already worked out, day by day (the brute-force floats ask the same days
    /// over and over); the answers themselves come from the plain rules below.
    private final class Memo {
        var team: [Int: Bool] = [:]
        var task: [Int: Bool] = [:]
    }
    private let memo = Memo()

    init(plan: Plan) {
        self.plan = plan
    }

    func teamWorking(_ day: Int) -> Bool {
        if let known = memo.team[day] { return known }
        let date = plan.start.advanced(by: day)
        let answer: Bool
        if plan.calendar.workdays.contains(where: { $0.contains(date) }) {
            answer = true
        } else if plan.calendar.weekends.contains(date.weekday) {
            answer = false
        } else {
            answer = !plan.calendar.holidays.contains(where: { $0.contains(date) })
        }
        memo.team[day] = answer
        return answer
    }

    func working(_ day: Int, task: Int) -> Bool {
        let key = day &* 65_536 &+ task
        if let known = memo.task[key] { return known }
        let date = plan.start.advanced(by: day)
        let roles = plan.tasks[task].assignments.compactMap { plan.role($0.role) }
        // A named person's leave is the task's too.
        let personOff = plan.tasks[task].assignments.contains { a in
            guard let id = a.person else { return false }
            return plan.role(a.role)?.people.first { $0.id == id }?.daysOff.contains { $0.contains(date) } == true
        }
        let answer: Bool
        if plan.tasks[task].isElapsed {
            answer = true  // calendar days: elapsed time
        } else if continuous(task) {
            // Every day, but for its roles' leave.
            answer = !personOff && !roles.contains { $0.daysOff.contains { $0.contains(date) } }
        } else if roles.isEmpty {
            answer = teamWorking(day)
        } else {
            answer = !personOff && roles.allSatisfy { roleWorking($0, day: day) }
        }
        memo.task[key] = answer
        return answer
    }

    /// Person-days role `id` can give on `day`: 0 on its days off; else its headcount (or its
    /// people's units) less the people on leave, and at most `onDuty` on a rota day.
    func capacity(ofRole id: String, day: Int) -> Double {
        guard let role = plan.role(id) else { return 0 }
        let date = plan.start.advanced(by: day)
        if role.daysOff.contains(where: { $0.contains(date) }) { return 0 }
        var units = role.people.isEmpty ? Double(role.headcount) : role.people.reduce(0) { $0 + $1.units }
        for person in role.people where person.daysOff.contains(where: { $0.contains(date) }) { units -= person.units }
        for shift in role.rota where shift.days.contains(date) { units = min(units, Double(shift.onDuty)) }
        return max(units, 0)
    }

    /// Whether the task books its roles on `day` (inside its span): a calendar-day task only
    /// on the days its roles work (every day but their leave when it is continuous).
    func booked(_ day: Int, task: Int) -> Bool {
        guard plan.tasks[task].isElapsed else { return working(day, task: task) }
        let date = plan.start.advanced(by: day)
        let roles = plan.tasks[task].assignments.compactMap { plan.role($0.role) }
        if continuous(task) { return !roles.contains { $0.daysOff.contains { $0.contains(date) } } }
        return roles.isEmpty ? teamWorking(day) : roles.allSatisfy { roleWorking($0, day: day) }
    }

    /// A role's day: off on its `daysOff`; on as one of its `workdays` or rota days; else the
    /// plan's calendar under the role's own `weekends`, when it has them.
    func roleWorking(_ role: Role, day: Int) -> Bool {
        let date = plan.start.advanced(by: day)
        if role.daysOff.contains(where: { $0.contains(date) }) { return false }
        if role.workdays.contains(where: { $0.contains(date) }) || role.rota.contains(where: { $0.days.contains(date) }) { return true }
        guard let weekends = role.weekends else { return teamWorking(day) }
        if plan.calendar.workdays.contains(where: { $0.contains(date) }) { return true }
        if weekends.contains(date.weekday) { return false }
        return !plan.calendar.holidays.contains(where: { $0.contains(date) })
    }

    /// `calendar: continuous`, the task's own or its nearest phase's.
    func continuous(_ task: Int) -> Bool {
        if let mode = plan.tasks[task].calendar { return mode == .continuous }
        for phase in enclosing(plan.tasks[task].phase) {
            if let mode = plan.phases[phase].calendar { return mode == .continuous }
        }
        return false
    }

    func length(_ task: Int) -> Int {
        switch plan.tasks[task].length {
        case .milestone: return 0
        case .duration(let d): return Int(d.days.rounded(.up))
        case .effort(let e): return Int((e.days / plan.tasks[task].totalUnits - 1e-9).rounded(.up))
        }
    }

    /// The part of its last day a task works: what its length has beyond whole days (1 when
    /// none, and for calendar-day tasks).
    func lastDayShare(_ task: Int) -> Double {
        let exact: Double
        switch plan.tasks[task].length {
        case .milestone: return 1
        case .duration(let d): if d.calendarDays { return 1 }; exact = d.days
        case .effort(let e): exact = e.days / plan.tasks[task].totalUnits
        }
        let part = exact - (Double(length(task)) - 1)
        return part > 1e-9 && part < 1 - 1e-9 ? part : 1
    }

    static func lag(_ dependency: Dependency) -> Int {
        dependency.lag.days >= 0 ? Int(dependency.lag.days.rounded(.up)) : -Int((-dependency.lag.days).rounded(.up))
    }

    /// A point moved by a dependency's lag: working days, or calendar days for `cd`.
    func advance(_ point: Int, _ dependency: Dependency) -> Int {
        guard dependency.lag.calendarDays else { return advance(point, Self.lag(dependency)) }
        return max(point + Self.lag(dependency), 0)
    }

    func advance(_ point: Int, _ lag: Int) -> Int {
        if lag == 0 { return point }
        if lag > 0 {
            var day = point, seen = 0
            while true {
                if teamWorking(day) { seen += 1; if seen == lag { return day + 1 } }
                day += 1
            }
        }
        var day = point - 1, seen = 0
        while day >= 0 {
            if teamWorking(day) { seen += 1; if seen == -lag { return day } }
            day -= 1
        }
        return 0
    }

    func end(of task: Int, startingAt start: Int) -> Int {
        var day = start, seen = 0
        while true {
            if working(day, task: task) { seen += 1; if seen == length(task) { return day + 1 } }
            day += 1
        }
    }

    /// The phases holding a task or phase, innermost first.
    func enclosing(_ phase: Int?) -> [Int] {
        var out: [Int] = [], current = phase
        while let p = current { out.append(p); current = plan.phases[p].parent }
        return out
    }

    /// A phase's start or end: the latest among its tasks; a phase without tasks is the point
    /// its own and its enclosing phases' `after` and `notBefore` give it.
    func point(_ ref: NodeRef, start: Bool, _ dates: Dates) -> Int {
        switch ref {
        case .task(let t): return start ? dates[t].0 : dates[t].1
        case .phase(let p):
            let range = plan.phases[p].taskRange
            if !range.isEmpty { return range.map { start ? dates[$0].0 : dates[$0].1 }.max()! }
            var point = 0
            for holder in enclosing(p) {
                if let date = plan.phases[holder].notBefore { point = max(point, plan.start.distance(to: date)) }
                for dependency in plan.phases[holder].dependencies {
                    guard let ref = dependency.predecessor else { continue }
                    let startBased = dependency.kind == .startToStart || dependency.kind == .startToFinish
                    point = max(point, advance(self.point(ref, start: startBased, dates), dependency))
                }
            }
            return point
        }
    }

    /// Every dependency that binds a task (its own and its phases') and its `notBefore`.
    func constraints(_ t: Int) -> (dependencies: [Dependency], notBefore: Int) {
        var dependencies = plan.tasks[t].dependencies
        var lower = plan.tasks[t].notBefore.map { plan.start.distance(to: $0) } ?? 0
        for phase in enclosing(plan.tasks[t].phase) {
            dependencies += plan.phases[phase].dependencies
            if let date = plan.phases[phase].notBefore { lower = max(lower, plan.start.distance(to: date)) }
        }
        return (dependencies, lower)
    }

    /// The start bound and the end bound the links give task `t` under `dates`.
    func linkBounds(_ t: Int, _ dates: Dates) -> (start: Int, end: Int) {
        var lower = Int.min, endBound = Int.min
        for dependency in constraints(t).dependencies {
            guard let ref = dependency.predecessor else { continue }
            switch dependency.kind {
            case .finishToStart: lower = max(lower, advance(point(ref, start: false, dates), dependency))
            case .startToStart: lower = max(lower, advance(point(ref, start: true, dates), dependency))
            case .finishToFinish: endBound = max(endBound, advance(point(ref, start: false, dates), dependency))
            case .startToFinish: endBound = max(endBound, advance(point(ref, start: true, dates), dependency))
            }
        }
        return (lower, endBound)
    }

    /// Where task `t` goes at the earliest under `dates` for everything else: `fixed` (a
    /// pinned start) wins, `extra` is one more "not before".
    func earliest(_ t: Int, _ dates: Dates, fixed: Int?, extra: Int = 0) -> (Int, Int) {
        let bounds = linkBounds(t, dates)
        let lower = max(bounds.start, constraints(t).notBefore, extra)
        if length(t) == 0 {
            if let fixed { return (fixed, fixed) }
            // The plan start or `notBefore` holds a milestone at the start of the first day it
            // can be worked; links (and the float search's hold) put it where they say.
            var held = constraints(t).notBefore
            while !working(held, task: t) { held += 1 }
            let p = max(held, bounds.start, extra, bounds.end)
            return (p, p)
        }
        var s = fixed ?? lower
        while !working(s, task: t) { s += 1 }
        while fixed == nil, end(of: t, startingAt: s) < bounds.end {
            s += 1
            while !working(s, task: t) { s += 1 }
        }
        return (s, end(of: t, startingAt: s))
    }

    func fixedStart(_ t: Int) -> Int? { plan.tasks[t].start.map { plan.start.distance(to: $0) } }

    /// Early (start, end) points, by relaxing every constraint until nothing moves.
    /// `moved[t]`: task t held to start no earlier than that point; a fixed task is moved
    /// there instead of its date.
    func earlyDates(moved: [Int: Int] = [:]) -> Dates {
        var dates = plan.tasks.indices.map { _ in (0, 0) }
        var changed = true
        while changed {
            changed = false
            for t in plan.tasks.indices {
                let fixed = fixedStart(t).map { pinned in moved[t].map { max($0, pinned) } ?? pinned }
                let new = earliest(t, dates, fixed: fixed, extra: moved[t] ?? 0)
                if new != dates[t] { dates[t] = new; changed = true }
            }
        }
        return dates
    }

    /// Whether some fixed task's date is before what its links or `notBefore` allow.
    func pinsBroken(_ dates: Dates, except: Int? = nil) -> Bool {
        for t in plan.tasks.indices where t != except {
            guard let fixed = fixedStart(t) else { continue }
            var effective = fixed
            if length(t) > 0 { while !working(effective, task: t) { effective += 1 } }
            let free = earliest(t, dates, fixed: nil)
            if free.0 > effective { return true }
        }
        return false
    }
}
