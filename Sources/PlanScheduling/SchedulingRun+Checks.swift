import PlanModel

/// Findings about a computed schedule: missed deadlines, with the chain that drives them,
/// and phases without tasks.
extension SchedulingRun {
    func checkDeadlines() {
        for (index, task) in plan.tasks.enumerated() {
            guard let deadline = task.deadline else { continue }
            let due = plan.start.distance(to: deadline) + 1  // the end of the deadline day
            let end = lengths[index] == 0 && !endOfDayMilestone[index] ? earlyEnd[index] + 1 : earlyEnd[index]
            guard end > due else { continue }
            let base = calendars.base(ofNode: index)
            let late = max(1, base.workingDays(before: end) - base.workingDays(before: due))
            let shown = lengths[index] == 0 ? (endOfDayMilestone[index] ? date(earlyEnd[index] - 1) : date(earlyEnd[index])) : date(earlyEnd[index] - 1)
            let chain = drivingChain(of: index)
            warning(.missedDeadline,
                    Bilingual(zh: "任务 '\(task.name.isEmpty ? task.id : task.name)' 在 \(shown) 完成，比截止日期 \(deadline) 晚 \(late) 个工作日；由 \(explain(chain).zh) 决定",
                              en: "task '\(task.id)' finishes on \(shown), \(EnglishPlural.counted(late, "working day")) after its deadline \(deadline); driven by \(explain(chain).en)"),
                    at: task.location, hint: Self.deadlineHint, notes: chain.notes)
        }
        checkPhaseDeadlines()
    }

    /// "a → b → c", then the roles that held the chain back and the date that starts it.
    private func explain(_ chain: DrivingChain) -> Bilingual {
        var text = Bilingual(verbatim: describe(chain))
        if !chain.waits.isEmpty {
            // The waits nearest the late task; on a packed role the chain can hold hundreds,
            // which would make one line of a warning pages long.
            let shown = chain.waits.prefix(Self.maximumWaitsShown), more = chain.waits.count - shown.count
            text = Bilingual(zh: text.zh + "；资源平衡：" + shown.map(\.zh).joined(separator: "；") + (more > 0 ? "；另有 \(more) 处角色等待" : ""),
                             en: text.en + "; leveling: " + shown.map(\.en).joined(separator: "; ")
                                 + (more > 0 ? "; and \(more) more role \(more == 1 ? "wait" : "waits")" : ""))
        }
        if let origin = chain.origin { text = Bilingual(zh: text.zh + "；" + origin.zh, en: text.en + "; " + origin.en) }
        return text
    }

    /// Role waits named in a missed deadline's message; the notes locate the first ones.
    static let maximumWaitsShown = 3

    private static let deadlineHint = Bilingual(zh: "缩短这条链上的任务或让它们并行，或者调整截止日期",
                                                en: "shorten or overlap the tasks in this chain, or move the deadline")

    private func checkPhaseDeadlines() {
        for (position, phase) in plan.phases.enumerated() {
            guard let deadline = phase.deadline, !phase.taskRange.isEmpty else { continue }
            let node = network.summaryNode(position)
            let due = plan.start.distance(to: deadline) + 1
            guard earlyEnd[node] > due else { continue }
            let base = calendars.base(ofNode: node)
            let late = max(1, base.workingDays(before: earlyEnd[node]) - base.workingDays(before: due))
            let chain = drivingChain(of: representative(of: node, startBased: false))
            let last = chain.tasks.last.map { plan.tasks[$0].id } ?? phase.id
            warning(.missedDeadline,
                    Bilingual(zh: "阶段 '\(phase.name.isEmpty ? phase.id : phase.name)' 在 \(date(earlyEnd[node] - 1)) 完成，比截止日期 \(deadline) 晚 \(late) 个工作日；最后一个任务是 '\(last)'，由 \(explain(chain).zh) 决定",
                              en: "phase '\(phase.id)' finishes on \(date(earlyEnd[node] - 1)), \(EnglishPlural.counted(late, "working day")) after its deadline \(deadline); its last task is '\(last)', driven by \(explain(chain).en)"),
                    at: phase.location, hint: Self.deadlineHint, notes: chain.notes)
        }
    }

    /// A phase without tasks takes no time: a dependency on it waits only for its own
    /// `after` and `notBefore`, which is rarely what was meant.
    func checkEmptyPhases() {
        guard !plan.tasks.isEmpty else { return }  // the loader already says the plan is empty
        for (position, phase) in plan.phases.enumerated() where phase.taskRange.isEmpty {
            let point = earlyStart[network.summaryNode(position)]
            warning(.emptyPhase,
                    Bilingual(zh: "阶段 '\(phase.name.isEmpty ? phase.id : phase.name)' 没有任务；它只是 \(date(point)) 这一天的一个时间点，依赖它的任务只会等它自己的 'after' 和 'notBefore'",
                              en: "phase '\(phase.id)' has no tasks; it is a point on \(date(point)), and a dependency on it waits only for its own 'after' and 'notBefore'"),
                    at: phase.location,
                    hint: Bilingual(zh: "给它加上任务，或改为依赖它本该包含的那些任务", en: "add its tasks, or depend on the tasks it was meant to hold"))
        }
    }
}
