import HeapModule
import PlanModel

/// Role leveling: serial schedule-generation passes, the best of which is kept. A pass
/// places tasks one at a time, each as early as its predecessors and the remaining capacity
/// of its roles (and people) allow, in one contiguous block; among the tasks whose
/// predecessors are all placed, the next is the one first by the pass's rule. Fixed-date
/// tasks keep their dates and book their capacity first in every pass.
///
/// Passes, in order (docs/scheduling.md, "Leveling"):
/// 1. explicit priority, then least total float, then plan order;
/// 2. explicit priority, then earliest late start, then plan order;
/// 3. forward-backward improvement from the better of the two: the schedule is
///    right-justified (each task, latest end first, moved as late as its successors, the
///    finish and capacity allow) and then placed again in the order of those starts;
///    repeated while the finish improves, at most `justificationRounds` times.
/// A later pass replaces the kept one only when it finishes strictly earlier, so the result
/// is never later than the first pass and plans where the first is already best keep it.
extension SchedulingRun {
    static let justificationRounds = 4

    struct Candidate: Comparable {
        var priority: Int
        /// The rule's key: smaller goes first.
        var key: Int
        var index: Int

        /// The heap's minimum is the next task to place.
        static func < (lhs: Candidate, rhs: Candidate) -> Bool {
            (-lhs.priority, lhs.key, lhs.index) < (-rhs.priority, rhs.key, rhs.index)
        }
    }

    func level() {
        let impossible = impossibleAssignments(assignments)
        unleveledStart = Array(earlyStart[0..<plan.tasks.count])
        let totalFloat = plan.tasks.indices.map(self.totalFloat)
        let lateKeys = plan.tasks.indices.map { fixedLateStart[$0] ?? lateStart[$0] }
        let cpm = (earlyStart, earlyEnd, endOfDayMilestone, drivingLink)
        func restoreCPM() { (earlyStart, earlyEnd, endOfDayMilestone, drivingLink) = cpm }

        // The first pass reports what goes wrong; the others are alternatives, dropped quietly.
        guard serialPass(keys: totalFloat, impossible: impossible) else { return }
        var best = LevelingPass(rule: .totalFloat, run: self)
        levelingRule = best.rule
        guard options.improveLeveling else { return }
        func alternative(_ rule: LevelingRule, keys: [Int]) -> Bool {
            restoreCPM()
            let (count, short) = (diagnostics.count, horizonShort)
            defer { best.apply(to: self) }
            guard serialPass(keys: keys, impossible: impossible) else {
                diagnostics.removeSubrange(count...)
                (failed, horizonShort) = (false, short)
                return false
            }
            let pass = LevelingPass(rule: rule, run: self)
            guard pass.finish < best.finish else { return false }
            best = pass
            return true
        }
        _ = alternative(.lateStart, keys: lateKeys)
        for _ in 0..<Self.justificationRounds {
            let order = rightJustifiedStarts(impossible: impossible)
            guard alternative(.justified, keys: order) else { break }
        }
        levelingRule = best.rule
    }

    /// One serial pass from the CPM dates in `earlyStart`/`earlyEnd`, ordering ready tasks by
    /// explicit priority, then `keys` (smaller first), then plan order. Leaves the pass's
    /// dates in the run; `false` when a task found no room within the horizon (reported).
    ///
    /// - Complexity: O(tasks · log tasks + the days each task's search scans × its roles).
    func serialPass(keys: [Int], impossible: Set<Int>) -> Bool {
        let assignments = self.assignments
        linkedStart = unleveledStart
        roleDelays = [[(role: Int, days: Int)]](repeating: [], count: plan.tasks.count)
        lastBlock = [(role: Int, day: Int)?](repeating: nil, count: plan.tasks.count)
        var capacity = CapacityTable(calendars: calendars, initialDays: projectEnd + 1)
        let named = namedRows
        assignedPeople = [[(row: Int, units: Double)]](repeating: [], count: plan.tasks.count)
        func book(_ task: Int, from start: Int, people: [(row: Int, units: Double)]) {
            forEachBookedDay(of: task, from: start) { day, share in
                for assignment in assignments[task] { capacity.book(assignment.role, on: day, units: assignment.units * share) }
                for person in people { capacity.book(person.row, on: day, units: person.units * share) }
            }
            assignedPeople[task] = people
        }
        for task in plan.tasks.indices where fixedStart[task] != nil && !impossible.contains(task) {
            let people = usesPeople(task)
                ? choosePeople(task, days: bookedDays(of: task, from: earlyStart[task]), named: named[task], capacity: &capacity, force: true) ?? []
                : []
            book(task, from: earlyStart[task], people: people)
        }

        var waiting = [Int](repeating: 0, count: network.nodeCount)
        for link in network.links { waiting[link.target] += 1 }
        for summary in network.summaryOf { if let summary { waiting[summary] += 1 } }
        var ready = Heap<Candidate>()
        var readySummaries: [Int] = []
        func release(_ node: Int) {
            if network.phase(ofNode: node) != nil {
                readySummaries.append(node)
            } else {
                ready.insert(Candidate(priority: plan.tasks[node].priority, key: keys[node], index: node))
            }
        }
        for node in 0..<network.nodeCount where waiting[node] == 0 { release(node) }
        // Releases the successors, links first, then the enclosing phase (the order the heap
        // and the phase stack see them in); no array per node.
        func done(_ node: Int) {
            for index in network.outgoing(node) {
                let next = network.links[index].target
                waiting[next] -= 1
                if waiting[next] == 0 { release(next) }
            }
            if let next = network.summaryOf[node] {
                waiting[next] -= 1
                if waiting[next] == 0 { release(next) }
            }
        }
        while true {
            if let summary = readySummaries.popLast() {
                summarize(phase: summary - plan.tasks.count, node: summary, starts: &earlyStart, ends: &earlyEnd)
                done(summary)
                continue
            }
            guard let next = ready.popMin() else { break }
            let task = next.index
            guard var placement = earliestPlacement(of: task, starts: earlyStart, ends: earlyEnd) else {
                horizonExceeded(task, from: failurePoint)
                return false
            }
            linkedStart[task] = placement.start
            if lengths[task] > 0, fixedStart[task] == nil, !impossible.contains(task) {
                guard let fitted = firstFit(task, from: placement.start, assignments: assignments[task], named: named[task],
                                            capacity: &capacity) else {
                    horizonExceeded(task, from: placement.start)
                    return false
                }
                placement.start = fitted.start
                placement.end = fitted.end
                roleDelays[task] = fitted.delays
                lastBlock[task] = fitted.lastBlock
                book(task, from: placement.start, people: fitted.people)
            }
            earlyStart[task] = placement.start
            earlyEnd[task] = placement.end
            endOfDayMilestone[task] = placement.endOfDay
            drivingLink[task] = placement.driver
            done(task)
        }
        return true
    }
}
