import PlanModel

/// The backward pass: late start and end of every task against the plan's finish, and the
/// bounds that give free float (the same walk against successors' early dates).
extension SchedulingRun {
    /// The plan's end point: the latest end of any task.
    var projectEnd: Int {
        plan.tasks.indices.map { earlyEnd[$0] }.max() ?? 0
    }

    func backwardPass() {
        let finish = projectEnd
        let team = calendars.team
        for node in network.order.reversed() {
            var endLimit = Int.max, startLimit = Int.max
            var freeEndLimit = Int.max, freeStartLimit = Int.max
            if let summary = network.summaryOf[node] {
                endLimit = lateEnd[summary]
                startLimit = lateStart[summary]
                freeEndLimit = freeEnd[summary]
                freeStartLimit = freeStart[summary]
            }
            for index in network.outgoing(node) {
                let link = network.links[index]
                let successor = link.target
                let onStart = link.kind == .finishToStart || link.kind == .startToStart
                let late = onStart ? lateStart[successor] : lateEnd[successor]
                let early = onStart ? earlyStart[successor] : earlyEnd[successor]
                let lateBound = team.latestPoint(advancedBy: Int(link.lag), notAfter: late)
                let freeBound = team.latestPoint(advancedBy: Int(link.lag), notAfter: early)
                if link.kind == .finishToStart || link.kind == .finishToFinish {
                    endLimit = min(endLimit, lateBound)
                    freeEndLimit = min(freeEndLimit, freeBound)
                } else {
                    startLimit = min(startLimit, lateBound)
                    freeStartLimit = min(freeStartLimit, freeBound)
                }
            }
            if network.phase(ofNode: node) != nil {
                // A summary only passes limits down to its members.
                (lateEnd[node], lateStart[node], freeEnd[node], freeStart[node]) = (endLimit, startLimit, freeEndLimit, freeStartLimit)
                continue
            }
            let (lateS, lateE) = latestPlacement(of: node, endLimit: min(endLimit, finish), startLimit: startLimit)
            lateStart[node] = lateS
            lateEnd[node] = lateE
            let (freeS, _) = latestPlacement(of: node, endLimit: min(freeEndLimit, finish), startLimit: freeStartLimit)
            freeStart[node] = freeS
        }
    }

    /// The latest start (and its end) that keeps the task's end at or before `endLimit` and
    /// its start at or before `startLimit`. Fixed tasks do not move.
    private func latestPlacement(of task: Int, endLimit: Int, startLimit: Int) -> (Int, Int) {
        if fixedStart[task] != nil { return (earlyStart[task], earlyEnd[task]) }
        let length = lengths[task]
        if length == 0 {
            let point = max(min(endLimit, startLimit), earlyStart[task])
            return (point, point)
        }
        let calendar = calendar(ofTask: task)
        var start = calendar.startPoint(endingBy: endLimit, length: length) ?? earlyStart[task]
        if startLimit < Int.max {
            // The last working day on which the task may still start.
            let latest = calendar.day(ofWorkingDay: calendar.workingDays(before: startLimit + 1) - 1) ?? earlyStart[task]
            start = min(start, latest)
        }
        // Float is never negative here: the early dates satisfy every limit by construction.
        start = max(start, earlyStart[task])
        let end = calendar.endPoint(startingAt: start, length: length) ?? earlyEnd[task]
        return (start, end)
    }

    /// Working days between two points on the task's calendar (the team calendar for milestones).
    func workingDays(from: Int, to: Int, task: Int) -> Int {
        let calendar = lengths[task] == 0 ? calendars.team : calendar(ofTask: task)
        return calendar.workingDays(before: to) - calendar.workingDays(before: from)
    }
}
