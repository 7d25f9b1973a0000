import PlanModel

/// The backward pass: late start and end of every task against the plan's finish, and the
/// bounds that give free float (the same walk against successors' early dates). After
/// leveling it also follows the resource links, so floats say how far a task can slip before
/// the leveled finish moves, roles included.
extension SchedulingRun {
    /// The plan's end point: the latest end of any task.
    var projectEnd: Int { Self.lastEnd(earlyEnd, taskCount: plan.tasks.count) }

    /// The latest of the first `taskCount` ends (phases excluded), at least 0.
    static func lastEnd(_ ends: [Int], taskCount: Int) -> Int {
        var end = 0
        for task in 0..<taskCount { end = max(end, ends[task]) }
        return end
    }

    /// The node arrays are worked on as locals and put back at the end, as in `serialPass`:
    /// a property of the run (a class) costs a retain, a release and an exclusivity check per
    /// access, and this loop makes a dozen per node.
    ///
    /// - Complexity: O((tasks + links + resource links) · log horizon).
    func backwardPass() {
        let finish = projectEnd
        let nodeCount = network.nodeCount, taskCount = plan.tasks.count
        var lateStart = [Int](repeating: .max, count: nodeCount), lateEnd = lateStart
        var freeStart = lateStart, freeEnd = lateStart
        let earlyStart = self.earlyStart, earlyEnd = self.earlyEnd
        let links = network.links, outgoing = network.outgoingLinks, summaryOf = network.summaryOf
        let phases = plan.phases, fixedStart = self.fixedStart
        defer { (self.lateStart, self.lateEnd, self.freeStart, self.freeEnd) = (lateStart, lateEnd, freeStart, freeEnd) }
        fixedLateStart = [:]
        fixedFreeStart = [:]
        // Resource successors of each task, flat: those of task t are `resourceTargets[resourceOffsets[t]..<resourceOffsets[t + 1]]`.
        var resourceOffsets: [Int32] = []
        var resourceTargets: [Int32] = []
        var order = network.order
        if !resourceLinks.isEmpty {
            let combined = TaskNetwork.topologicalOrder(nodeCount: network.nodeCount, links: network.links,
                                                        summaryOf: network.summaryOf, extra: resourceLinks)
            // A resource link against a lead can close a loop; floats then follow the links alone.
            if combined.count == network.nodeCount {
                order = combined
                resourceOffsets = [Int32](repeating: 0, count: plan.tasks.count + 1)
                for link in resourceLinks { resourceOffsets[link.from + 1] += 1 }
                for task in 0..<plan.tasks.count { resourceOffsets[task + 1] += resourceOffsets[task] }
                var next = resourceOffsets
                resourceTargets = [Int32](repeating: 0, count: resourceLinks.count)
                for link in resourceLinks {
                    resourceTargets[Int(next[link.from])] = Int32(link.to)
                    next[link.from] += 1
                }
            } else {
                resourceLinks = []
            }
        }
        for node in order.reversed() {
            var endLimit = Int.max, startLimit = Int.max
            var freeEndLimit = Int.max, freeStartLimit = Int.max
            if let summary = summaryOf[node] {
                endLimit = lateEnd[summary]
                startLimit = lateStart[summary]
                freeEndLimit = freeEnd[summary]
                freeStartLimit = freeStart[summary]
            }
            for position in Int(outgoing.offsets[node])..<Int(outgoing.offsets[node + 1]) {
                let link = links[Int(outgoing.ids[position])]
                let successor = link.target
                let late = link.constrainsStart ? lateStart[successor] : lateEnd[successor]
                // A phase without tasks moving delays nothing by itself: what binds is how far
                // it can move before its own successors do.
                let early = successor >= taskCount ? freeStart[successor]
                    : link.constrainsStart ? earlyStart[successor] : earlyEnd[successor]
                let lateBound = calendars.latestPoint(advancedBy: link, notAfter: late)
                let freeBound = calendars.latestPoint(advancedBy: link, notAfter: early)
                if link.startBased {
                    startLimit = min(startLimit, lateBound)
                    freeStartLimit = min(freeStartLimit, freeBound)
                } else {
                    endLimit = min(endLimit, lateBound)
                    freeEndLimit = min(freeEndLimit, freeBound)
                }
            }
            if node + 1 < resourceOffsets.count {
                for position in Int(resourceOffsets[node])..<Int(resourceOffsets[node + 1]) {
                    let successor = Int(resourceTargets[position])
                    endLimit = min(endLimit, lateStart[successor])
                    freeEndLimit = min(freeEndLimit, earlyStart[successor])
                }
            }
            if node >= taskCount {
                if phases[node - taskCount].taskRange.isEmpty {
                    // A phase without tasks is one point: its start and end limits bind it alike.
                    let late = min(endLimit, startLimit), free = min(freeEndLimit, freeStartLimit)
                    (lateEnd[node], lateStart[node], freeEnd[node], freeStart[node]) = (late, late, free, free)
                } else {
                    // A summary only passes limits down to its members.
                    (lateEnd[node], lateStart[node], freeEnd[node], freeStart[node]) = (endLimit, startLimit, freeEndLimit, freeStartLimit)
                }
                continue
            }
            let (lateS, lateE) = latestPlacement(of: node, early: (earlyStart[node], earlyEnd[node]), endLimit: min(endLimit, finish), startLimit: startLimit)
            let (freeS, _) = latestPlacement(of: node, early: (earlyStart[node], earlyEnd[node]), endLimit: min(freeEndLimit, finish), startLimit: freeStartLimit)
            if fixedStart[node] != nil {
                // A fixed task does not move, so what comes before it must meet its date; its own
                // float is the room its successors and the finish would leave it.
                fixedLateStart[node] = lateS
                fixedFreeStart[node] = freeS
                (lateStart[node], lateEnd[node], freeStart[node]) = (earlyStart[node], earlyEnd[node], earlyStart[node])
            } else {
                (lateStart[node], lateEnd[node], freeStart[node]) = (lateS, lateE, freeS)
            }
        }
    }

    /// The latest start (and its end) that keeps the task's end at or before `endLimit` and
    /// its start at or before `startLimit`, never before its early start.
    private func latestPlacement(of task: Int, early: (start: Int, end: Int), endLimit: Int, startLimit: Int) -> (Int, Int) {
        let length = lengths[task]
        if length == 0 {
            let point = max(min(endLimit, startLimit), early.start)
            return (point, point)
        }
        let calendar = calendar(ofTask: task)
        var start = calendar.startPoint(endingBy: endLimit, length: length) ?? early.start
        if startLimit < Int.max {
            // The last working day on which the task may still start.
            let latest = calendar.day(ofWorkingDay: calendar.workingDays(before: startLimit + 1) - 1) ?? early.start
            start = min(start, latest)
        }
        if let starts = distinctStartCalendar(ofTask: task) {
            // The last day at or before it that the task may start on.
            start = starts.day(ofWorkingDay: starts.workingDays(before: start + 1) - 1) ?? early.start
        }
        // Float is never negative here: the early dates satisfy every limit by construction.
        start = max(start, early.start)
        let end = calendar.endPoint(startingAt: start, length: length) ?? early.end
        return (start, end)
    }

    /// Working days between two points on the task's calendar (its base calendar for milestones).
    func workingDays(from: Int, to: Int, task: Int) -> Int {
        let calendar = lengths[task] == 0 ? calendars.base(ofNode: task) : calendar(ofTask: task)
        return calendar.workingDays(before: to) - calendar.workingDays(before: from)
    }

    /// Total float: from the early start to the late one (for a fixed task, the late start it
    /// would have if it could move).
    func totalFloat(_ task: Int) -> Int {
        let late = fixedLateStart.isEmpty ? lateStart[task] : fixedLateStart[task] ?? lateStart[task]
        return workingDays(from: earlyStart[task], to: max(late, earlyStart[task]), task: task)
    }

    /// Free float, never more than the total float (`total`, when the caller has it).
    func freeFloat(_ task: Int, total: Int? = nil) -> Int {
        let free = fixedFreeStart.isEmpty ? freeStart[task] : fixedFreeStart[task] ?? freeStart[task]
        return min(workingDays(from: earlyStart[task], to: max(free, earlyStart[task]), task: task), total ?? totalFloat(task))
    }
}
