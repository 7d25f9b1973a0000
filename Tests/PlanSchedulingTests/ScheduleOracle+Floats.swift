import PlanModel

/// Floats by brute force: hold a task back, recompute everything, see what moves.
extension ScheduleOracle {
    /// The later start points a task is tried at, each with the working days it crosses:
    /// a task at each later working day; a milestone, a point in time, at each later day
    /// boundary, counting the team's working days between.
    private func slips(_ task: Int, early: Dates, upTo finish: Int) -> [(point: Int, days: Int)] {
        var out: [(Int, Int)] = []
        let from = early[task].0
        if length(task) == 0 {
            var crossed = 0
            for point in (from + 1)...(finish + 1) {
                if teamWorking(point - 1) { crossed += 1 }
                out.append((point, crossed))
            }
            return out
        }
        var day = from, crossed = 0
        while day <= finish {
            day += 1
            while !working(day, task: task) { day += 1 }
            crossed += 1
            out.append((day, crossed))
        }
        return out
    }

    /// The working days of the last slip that `allowed` accepts. Holding a task back never
    /// moves anything earlier, so what it breaks stays broken for longer slips: a binary
    /// search over the slips finds the last one that breaks nothing.
    private func float(_ task: Int, early: Dates, allowed: (Dates) -> Bool) -> Int {
        let finish = early.map(\.1).max() ?? 0
        let candidates = slips(task, early: early, upTo: finish)
        var low = -1, high = candidates.count  // candidates[...low] allowed, candidates[high...] not
        while high - low > 1 {
            let middle = (low + high) / 2
            if allowed(earlyDates(moved: [task: candidates[middle].point])) { low = middle } else { high = middle }
        }
        return low < 0 ? 0 : candidates[low].days
    }

    /// How many working days the task can be held back before the plan's end moves or a
    /// fixed date breaks. A fixed task is moved as if it could be.
    func totalFloat(_ task: Int, early: Dates) -> Int {
        let finish = early.map(\.1).max() ?? 0
        return float(task, early: early) { dates in
            (dates.map(\.1).max() ?? 0) <= finish && !pinsBroken(dates, except: task)
        }
    }

    /// How many working days the task can be held back before any other task moves (or the
    /// end moves, or a fixed date breaks), never more than its total float.
    func freeFloat(_ task: Int, early: Dates, totalFloat total: Int? = nil) -> Int {
        let finish = early.map(\.1).max() ?? 0
        let free = float(task, early: early) { dates in
            !plan.tasks.indices.contains { $0 != task && dates[$0] != early[$0] }
                && (dates.map(\.1).max() ?? 0) <= finish && !pinsBroken(dates, except: task)
        }
        return min(free, total ?? totalFloat(task, early: early))
    }
}
