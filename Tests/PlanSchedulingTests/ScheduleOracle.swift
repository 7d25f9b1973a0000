import PlanModel
import PlanScheduling

/// An independent, deliberately naive restatement of the scheduling rules, day by day, for
/// checking the scheduler: it shares no code with `PlanScheduling` beyond the model.
struct ScheduleOracle {
    let plan: Plan

    func teamWorking(_ day: Int) -> Bool {
        let date = plan.start.advanced(by: day)
        if plan.calendar.workdays.contains(where: { $0.contains(date) }) { return true }
        if plan.calendar.weekends.contains(date.weekday) { return false }
        return !plan.calendar.holidays.contains(where: { $0.contains(date) })
    }

    func working(_ day: Int, task: Int) -> Bool {
        guard teamWorking(day) else { return false }
        let date = plan.start.advanced(by: day)
        for assignment in plan.tasks[task].assignments {
            if plan.role(assignment.role)?.daysOff.contains(where: { $0.contains(date) }) == true { return false }
        }
        return true
    }

    func length(_ task: Int) -> Int {
        switch plan.tasks[task].length {
        case .milestone: return 0
        case .duration(let d): return Int(d.days.rounded(.up))
        case .effort(let e): return Int((e.days / plan.tasks[task].totalUnits - 1e-9).rounded(.up))
        }
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

    /// Early (start, end) points, by relaxing every constraint until nothing moves.
    func earlyDates(extraNotBefore: [Int: Int] = [:]) -> [(Int, Int)] {
        var dates = plan.tasks.indices.map { _ in (0, 0) }
        func point(_ ref: NodeRef, start: Bool) -> Int {
            switch ref {
            case .task(let t): return start ? dates[t].0 : dates[t].1
            case .phase(let p):
                let range = plan.phases[p].taskRange
                return range.isEmpty ? 0 : range.map { start ? dates[$0].0 : dates[$0].1 }.max()!
            }
        }
        var changed = true
        while changed {
            changed = false
            for t in plan.tasks.indices {
                var dependencies = plan.tasks[t].dependencies
                var lower = max(plan.tasks[t].notBefore.map { plan.start.distance(to: $0) } ?? 0, extraNotBefore[t] ?? 0)
                for phase in plan.phases where phase.taskRange.contains(t) {
                    dependencies += phase.dependencies
                    if let date = phase.notBefore { lower = max(lower, plan.start.distance(to: date)) }
                }
                var endBound = Int.min
                for dependency in dependencies {
                    guard let ref = dependency.predecessor else { continue }
                    let lag = dependency.lag.days >= 0 ? Int(dependency.lag.days.rounded(.up)) : -Int((-dependency.lag.days).rounded(.up))
                    switch dependency.kind {
                    case .finishToStart: lower = max(lower, advance(point(ref, start: false), lag))
                    case .startToStart: lower = max(lower, advance(point(ref, start: true), lag))
                    case .finishToFinish: endBound = max(endBound, advance(point(ref, start: false), lag))
                    case .startToFinish: endBound = max(endBound, advance(point(ref, start: true), lag))
                    }
                }
                var new: (Int, Int)
                if length(t) == 0 {
                    let p = plan.tasks[t].start.map { plan.start.distance(to: $0) } ?? max(lower, endBound)
                    new = (p, p)
                } else {
                    var s = plan.tasks[t].start.map { plan.start.distance(to: $0) } ?? lower
                    while !working(s, task: t) { s += 1 }
                    while plan.tasks[t].start == nil, end(of: t, startingAt: s) < endBound {
                        s += 1
                        while !working(s, task: t) { s += 1 }
                    }
                    new = (s, end(of: t, startingAt: s))
                }
                if new != dates[t] { dates[t] = new; changed = true }
            }
        }
        return dates
    }

    /// Total float by brute force: how many working days the task can be held back before
    /// the plan's end moves. A task is tried at each later working day; a milestone, a point
    /// in time, at each later day boundary, and its float is the working days it crosses.
    func totalFloat(_ task: Int, early: [(Int, Int)]) -> Int {
        let finish = early.map(\.1).max() ?? 0
        func delays(to point: Int) -> Bool {
            (earlyDates(extraNotBefore: [task: point]).map(\.1).max() ?? 0) > finish
        }
        if length(task) == 0 {
            var latest = early[task].0
            for point in (early[task].0 + 1)...(finish + 1) where !delays(to: point) { latest = point }
            return (early[task].0..<latest).filter(teamWorking).count
        }
        var float = 0
        var day = early[task].0
        while true {
            day += 1
            while !working(day, task: task) { day += 1 }
            if day > finish || delays(to: day) { return float }
            float += 1
        }
    }
}
