import PlanModel

/// What drives a task's dates: the chain of tasks behind it, through phases (a dependency on
/// a phase waits for its last task) and through leveling (a role busy with another task), for
/// the missed-deadline warnings and the fixed-date errors after leveling.
extension SchedulingRun {
    struct DrivingChain {
        /// Tasks from the start of the chain to the task itself.
        var tasks: [Int]
        /// The walk stopped before the start of the chain (it is shown with "…").
        var truncated: Bool
        /// One note per step, from the task backwards, at the dependency or assignment.
        var notes: [Diagnostic.Note]
        /// The roles that held tasks of the chain back, as sentences.
        var waits: [Bilingual]
        /// What places the first task, when it is a date rather than the plan start.
        var origin: Bilingual?
    }

    private static let maximumSteps = 200
    private static let maximumNotes = 12

    /// - Complexity: O(length of the chain, at most 200 steps) after a one-time index of who
    ///   works for which role when.
    func drivingChain(of node: Int) -> DrivingChain {
        var chain = DrivingChain(tasks: [], truncated: false, notes: [], waits: [], origin: nil)
        var current = node
        var seen: Set<Int> = []
        func note(_ text: Bilingual, at location: SourceLocation?) {
            if chain.notes.count < Self.maximumNotes { chain.notes.append(Diagnostic.Note(text, at: location)) }
        }
        for step in 0...Self.maximumSteps {
            if step == Self.maximumSteps { chain.truncated = true; break }
            guard seen.insert(current).inserted else { break }
            if current >= plan.tasks.count {
                // A phase without tasks: its point comes from its own links.
                guard let (link, _) = strongestLink(into: current) else { break }
                let source = representative(of: network.links[link].source, startBased: network.links[link].startBased)
                let (phase, before) = (name(ofNode: current), name(ofNode: source))
                note(Bilingual(zh: "\(phase.zh)（没有任务）要等 \(before.zh)", en: "\(phase.en) (no tasks) waits for \(before.en)"),
                     at: network.locations[link])
                current = source
                continue
            }
            chain.tasks.append(current)
            if let wait = roleWait(of: current) {
                chain.waits.append(wait.text)
                note(wait.text, at: wait.location)
                guard let holder = wait.holder else { break }
                current = holder
                continue
            }
            guard let linkIndex = drivingLink[current] else {
                chain.origin = origin(of: current)
                break
            }
            let link = network.links[linkIndex]
            let source = representative(of: link.source, startBased: link.startBased)
            let (through, last) = (name(ofNode: link.source), name(ofNode: source))
            let via = link.source >= plan.tasks.count && source != link.source
                ? Bilingual(zh: "\(through.zh)（其最后一个任务是\(last.zh)）", en: "\(through.en), whose last task is \(last.en)") : through
            note(Bilingual(zh: "'\(plan.tasks[current].id)' 要等 \(via.zh)", en: "'\(plan.tasks[current].id)' waits for \(via.en)"),
                 at: network.locations[linkIndex])
            current = source
        }
        chain.tasks.reverse()
        return chain
    }

    /// The chain as text: "a → b → c", with "…" where it was cut.
    func describe(_ chain: DrivingChain) -> String {
        var names = chain.tasks.map { plan.tasks[$0].id }
        var cut = chain.truncated
        if names.count > 12 { names = Array(names.suffix(11)); cut = true }
        return (cut ? "… → " : "") + names.joined(separator: " → ")
    }

    /// When leveling held the task back for its roles: how long, for which roles, and the task
    /// that had the last role it waited for.
    private func roleWait(of task: Int) -> (text: Bilingual, location: SourceLocation?, holder: Int?)? {
        guard task < roleDelays.count, !roleDelays[task].isEmpty, let block = lastBlock[task] else { return nil }
        if occupancy == nil {
            occupancy = RoleOccupancy(roleCount: plan.roles.count, assignments: assignments,
                                      starts: earlyStart, ends: earlyEnd, lengths: lengths)
        }
        let holder = occupancy?.holder(of: block.role, on: block.day, excluding: task)
        let shares = roleDelays[task]
        let total = shares.reduce(0) { $0 + $1.days }
        let listed = shares.map { "'\(plan.roles[$0.role].id)' \($0.days)d" }
        let roles = shares.count == 1
            ? Bilingual(verbatim: "'\(plan.roles[shares[0].role].id)'")
            : Bilingual(zh: listed.joined(separator: "、"), en: listed.joined(separator: ", "))
        let busy = holder.map { Bilingual(zh: "（正忙于 '\(plan.tasks[$0].id)'）", en: " (busy with '\(plan.tasks[$0].id)')") }
            ?? Bilingual(verbatim: "")
        let text = Bilingual(
            zh: "角色 \(roles.zh) 使 '\(plan.tasks[task].id)' 推迟了 \(total) 个工作日\(busy.zh)",
            en: "\(shares.count == 1 ? "role" : "roles") \(roles.en) held '\(plan.tasks[task].id)' back \(EnglishPlural.counted(total, "working day"))\(busy.en)")
        let roleID = plan.roles[block.role].id
        let location = plan.tasks[task].assignments.first { $0.role == roleID }?.location ?? plan.tasks[task].location
        return (text, location, holder)
    }

    /// A date that places the first task of a chain, if it is not simply the plan start.
    private func origin(of task: Int) -> Bilingual? {
        let id = plan.tasks[task].id
        if let fixed = fixedStart[task] { return Bilingual(zh: "'\(id)' 固定在 \(date(fixed))", en: "'\(id)' is fixed on \(date(fixed))") }
        if notBefore[task] > 0, earlyStart[task] >= notBefore[task] {
            return Bilingual(zh: "'\(id)' 不得早于 \(date(notBefore[task])) 开始", en: "'\(id)' may not start before \(date(notBefore[task]))")
        }
        return nil
    }

    /// The link into a node that gives the latest point, and that point.
    private func strongestLink(into node: Int) -> (Int, Int)? {
        var best: (Int, Int)?
        for index in network.incoming(node) {
            let link = network.links[index]
            let from = link.startBased ? earlyStart[link.source] : earlyEnd[link.source]
            guard let point = calendars.advance(from, by: link) else { continue }
            if best.map({ point > $0.1 }) ?? true { best = (index, point) }
        }
        return best
    }
}
