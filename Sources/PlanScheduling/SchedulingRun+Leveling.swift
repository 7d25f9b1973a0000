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
        let impossibleSet = impossibleAssignments(assignments)
        // Looked up once per task in every pass: an array, not a set to hash into.
        let impossible = plan.tasks.indices.map { impossibleSet.contains($0) }
        unleveledStart = Array(earlyStart[0..<plan.tasks.count])
        let totalFloat = plan.tasks.indices.map(self.totalFloat)
        let lateKeys = plan.tasks.indices.map { fixedLateStart[$0] ?? lateStart[$0] }
        let cpm = (earlyStart, earlyEnd, endOfDayMilestone, drivingLink)
        func restoreCPM() { (earlyStart, earlyEnd, endOfDayMilestone, drivingLink) = cpm }

        // The late-start pass does not depend on the first: on a large plan it runs on a copy
        // of this run on another core meanwhile (docs/design.md, "Two cores"); the same pass,
        // so the same result as running it after the first.
        var lateStartPass: LevelingPass?? = nil
        let firstPassed: Bool
        if options.improveLeveling && plan.tasks.count >= options.parallelLevelingFrom {
            let copy = HandedOver(SchedulingRun(copying: self))
            (firstPassed, lateStartPass) = bothAtOnce({ serialPass(keys: totalFloat, impossible: impossible) }, {
                copy.value.serialPass(keys: lateKeys, impossible: impossible) ? LevelingPass(rule: .lateStart, run: copy.value) : nil
            })
        } else {
            firstPassed = serialPass(keys: totalFloat, impossible: impossible)
        }
        // The first pass reports what goes wrong; the others are alternatives, dropped quietly.
        guard firstPassed else { return }
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
        if let computed = lateStartPass {
            if let pass = computed, pass.finish < best.finish { best = pass }
            best.apply(to: self)
        } else {
            _ = alternative(.lateStart, keys: lateKeys)
        }
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
    /// The run's arrays are worked on as locals and put back at the end: the loop reads and
    /// writes them once per task or link, and every access to a property of the run (a
    /// class) costs a retain, a release and an exclusivity check — at 100,000 tasks and six
    /// passes that was about a tenth of the whole `schedule` command.
    ///
    /// - Parameter impossible: per task, whether no capacity can hold it (`impossibleAssignments`).
    /// - Complexity: O(tasks · log tasks + the days each task's search scans × its roles).
    func serialPass(keys: [Int], impossible: [Bool]) -> Bool {
        let assignments = self.assignments
        let named = namedRows
        let peopleTasks = self.peopleTasks
        let priorities = self.priorities
        let lengths = self.lengths, fixedStart = self.fixedStart
        let links = network.links, outgoing = network.outgoingLinks, summaryOf = network.summaryOf
        let taskCount = plan.tasks.count, nodeCount = network.nodeCount
        var starts = earlyStart, ends = earlyEnd, endOfDay = endOfDayMilestone, driving = drivingLink
        var linked = unleveledStart
        // The previous pass's explanations go first (unless kept as the best), before this
        // pass's are allocated.
        (linkedStart, roleDelays, lastBlock, assignedPeople) = ([], [], [], [])
        var delays = [[(role: Int, days: Int)]](repeating: [], count: taskCount)
        var blocks = [(role: Int, day: Int)?](repeating: nil, count: taskCount)
        var people = [[(row: Int, units: Double)]](repeating: [], count: taskCount)
        // The run's own copies are dropped first, so that the locals are the only owners and
        // are written in place.
        (earlyStart, earlyEnd, endOfDayMilestone, drivingLink) = ([], [], [], [])
        defer {
            (earlyStart, earlyEnd, endOfDayMilestone, drivingLink) = (starts, ends, endOfDay, driving)
            (linkedStart, roleDelays, lastBlock, assignedPeople) = (linked, delays, blocks, people)
        }
        var capacity = CapacityTable(calendars: calendars, initialDays: Self.lastEnd(ends, taskCount: taskCount) + 1)
        var noRoom = NoRoomStarts(rows: calendars.capacityProfiles.count)
        func book(_ task: Int, from start: Int, people chosen: [(row: Int, units: Double)]) {
            forEachBookedDay(of: task, from: start) { day, share in
                for assignment in assignments[task] { capacity.book(assignment.role, on: day, units: assignment.units * share) }
                for person in chosen { capacity.book(person.row, on: day, units: person.units * share) }
            }
            people[task] = chosen
        }
        for task in 0..<taskCount where fixedStart[task] != nil && !impossible[task] {
            let chosen = peopleTasks[task]
                ? choosePeople(task, days: bookedDays(of: task, from: starts[task]), named: named[task], capacity: &capacity, force: true) ?? []
                : []
            book(task, from: starts[task], people: chosen)
        }

        var waiting = [Int32](repeating: 0, count: nodeCount)
        for link in links { waiting[link.target] += 1 }
        for summary in summaryOf { if let summary { waiting[summary] += 1 } }
        var ready = Heap<Candidate>()
        var readySummaries: [Int] = []
        func release(_ node: Int) {
            if node >= taskCount {
                readySummaries.append(node)
            } else {
                ready.insert(Candidate(priority: priorities[node], key: keys[node], index: node))
            }
        }
        for node in 0..<nodeCount where waiting[node] == 0 { release(node) }
        // Releases the successors, links first, then the enclosing phase (the order the heap
        // and the phase stack see them in); no array per node.
        func done(_ node: Int) {
            for position in Int(outgoing.offsets[node])..<Int(outgoing.offsets[node + 1]) {
                let next = links[Int(outgoing.ids[position])].target
                waiting[next] -= 1
                if waiting[next] == 0 { release(next) }
            }
            if let next = summaryOf[node] {
                waiting[next] -= 1
                if waiting[next] == 0 { release(next) }
            }
        }
        while true {
            if let summary = readySummaries.popLast() {
                summarize(phase: summary - taskCount, node: summary, starts: &starts, ends: &ends)
                done(summary)
                continue
            }
            guard let next = ready.popMin() else { break }
            let task = next.index
            guard var placement = earliestPlacement(of: task, starts: starts, ends: ends, endOfDay: endOfDay) else {
                horizonExceeded(task, from: failurePoint)
                return false
            }
            linked[task] = placement.start
            if lengths[task] > 0, fixedStart[task] == nil, !impossible[task] {
                guard let fitted = firstFit(task, from: placement.start, assignments: assignments[task], named: named[task],
                                            usesPeople: peopleTasks[task], capacity: &capacity, noRoom: &noRoom) else {
                    horizonExceeded(task, from: placement.start)
                    return false
                }
                placement.start = fitted.start
                placement.end = fitted.end
                delays[task] = fitted.delays
                blocks[task] = fitted.lastBlock
                book(task, from: placement.start, people: fitted.people)
            }
            starts[task] = placement.start
            ends[task] = placement.end
            endOfDay[task] = placement.endOfDay
            driving[task] = placement.driver
            done(task)
        }
        return true
    }
}
