import PlanModel
import PlanYAML

/// The checks of a status entry against its task and the status date, and of done tasks
/// against their predecessors.
extension StatusReader {
    /// Checks that need only the entry and its task. `false` when the entry cannot be used.
    mutating func checkEntry(_ status: TaskStatus, task: Int, marks: EntryMarks) -> Bool {
        let id = status.id
        let keyMark = Mark(line: status.location.line, column: status.location.column)
        if plan.tasks[task].isMilestone {
            for key in ["started", "done", "progress", "remaining"] {
                if let mark = marks[key] {
                    let dated = key == "started" || key == "done"
                    error(.milestoneProgress, Bilingual(zh: "'\(id)' 是里程碑：它没有 \(dated ? "'\(key)' 日期" : key)",
                                                        en: "'\(id)' is a milestone: it has no \(dated ? "'\(key)' date" : key)"),
                          at: mark, hint: Bilingual(zh: "里程碑只有达成与否：写 'reached: YYYY-MM-DD'", en: "a milestone is reached or not: write 'reached: YYYY-MM-DD'"))
                }
            }
            return marks["started"] == nil && marks["done"] == nil && marks["progress"] == nil && marks["remaining"] == nil
        }
        var usable = true
        if let mark = marks["reached"] {
            error(.reachedNotMilestone, Bilingual(zh: "'\(id)' 是任务，不是里程碑：不用 'reached'", en: "'\(id)' is a task, not a milestone: it is not 'reached'"), at: mark,
                  hint: Bilingual(zh: "已完成的任务写 'done: YYYY-MM-DD'", en: "write 'done: YYYY-MM-DD' for a task that is finished"))
            usable = false
        }
        if let progressMark = marks["progress"], marks["remaining"] != nil {
            error(.conflictingKeys, Bilingual(zh: "'\(id)' 的进度同时写了 'progress' 和 'remaining'", en: "the status of '\(id)' gives both 'progress' and 'remaining'"),
                  at: progressMark, hint: Bilingual(zh: "只写一个：'progress: 60%' 或 'remaining: 2d'", en: "give one: 'progress: 60%' or 'remaining: 2d'"))
            usable = false
        }
        if let done = status.done {
            if let progress = status.progress, progress < 1, let mark = marks["progress"] {
                error(.conflictingKeys, Bilingual(zh: "'\(id)' 已于 \(done) 完成，但进度是 \(Self.percent(progress))",
                                                  en: "'\(id)' is done on \(done) but its progress is \(Self.percent(progress))"), at: mark,
                      hint: Bilingual(zh: "已完成的任务就是 100%：去掉 'progress'；如果还在进行，去掉 'done'",
                                      en: "a done task is 100%: drop 'progress', or drop 'done' if it is still running"))
                usable = false
            }
            if let remaining = status.remaining, remaining.days > 0, let mark = marks["remaining"] {
                error(.conflictingKeys, Bilingual(zh: "'\(id)' 已于 \(done) 完成，却还剩 \(remaining)", en: "'\(id)' is done on \(done) but still has \(remaining) remaining"),
                      at: mark, hint: Bilingual(zh: "去掉 'remaining'；如果还在进行，去掉 'done'", en: "drop 'remaining', or drop 'done' if it is still running"))
                usable = false
            }
            if let started = status.started, done < started {
                error(.doneBeforeStarted, Bilingual(zh: "'\(id)' 的完成日期 \(done) 早于开始日期 \(started)", en: "'\(id)' is done on \(done), before it started on \(started)"),
                      at: marks["done"] ?? keyMark, hint: Bilingual(zh: "改正两个日期中的一个", en: "correct one of the two dates"))
                usable = false
            }
        }
        return usable
    }

    /// Checks that need the status date and every entry: dates after it, 100% without a
    /// date, done tasks whose predecessors are not.
    ///
    /// - Parameter tasks: each entry's task index.
    mutating func check(_ entries: [TaskStatus], tasks: [Int], asOf: CivilDate) {
        // Per task, its last usable entry's position (-1 for none): what a dictionary of the
        // entries by id would give, without hashing 100,000 ids.
        var statusOf = [Int32](repeating: -1, count: plan.tasks.count)
        for (position, task) in tasks.enumerated() { statusOf[task] = Int32(position) }
        var lagging = LaggingMembers()
        for (position, entry) in entries.enumerated() {
            let task = tasks[position]
            let entryMarks = marksOf[task] >= 0 ? marks[Int(marksOf[task])] : EntryMarks()
            func afterAsOf(_ key: String, _ value: CivilDate?, _ event: String) {
                guard let value, value > asOf, let mark = entryMarks[key] else { return }
                error(.statusAfterAsOf, Bilingual(zh: "'\(entry.id)' 于 \(value) \(event)，晚于进度日期 \(asOf)", en: "'\(entry.id)' \(key) on \(value), after the status date \(asOf)"),
                      at: mark, hint: Bilingual(zh: "进度文件只报告截至其日期已发生的事；请改正日期或调整 'asOf'",
                                                en: "a status file reports what happened by its date; correct the date or move 'asOf'"))
            }
            afterAsOf("started", entry.started, "开始")
            afterAsOf("done", entry.done, "完成")
            afterAsOf("reached", entry.reached, "达成")
            if entry.done == nil, entry.progress == 1, let mark = entryMarks["progress"] {
                warning(.doneWithoutDate, Bilingual(zh: "'\(entry.id)' 进度为 100%，但没有 'done' 日期；按 \(asOf) 完成处理",
                                                    en: "'\(entry.id)' is 100% but has no 'done' date; it is taken as done on \(asOf)"), at: mark,
                        hint: Bilingual(zh: "写上 'done: YYYY-MM-DD'", en: "write 'done: YYYY-MM-DD'"))
            }
            if entry.done != nil || entry.progress == 1 || entry.reached != nil {
                checkPredecessors(of: entry, task: task, entries: entries, statusOf: statusOf,
                                  at: entryMarks["done"] ?? entryMarks["progress"] ?? entryMarks["reached"], lagging: &lagging)
            }
        }
    }

    /// A done task whose FS/FF predecessor is not done, or whose SS/SF predecessor has not
    /// started, is probably a status not yet written: a warning, since work does overlap.
    /// The first member of a phase that is not done (or not started), found once per phase:
    /// every done task after a big phase asks the same question.
    struct LaggingMembers {
        var found: [Int: Int?] = [:]
    }

    /// - Parameter statusOf: per task, the position in `entries` of its status (-1 for none).
    private mutating func checkPredecessors(of entry: TaskStatus, task: Int, entries: [TaskStatus], statusOf: [Int32], at mark: Mark?,
                                            lagging cache: inout LaggingMembers) {
        guard let mark else { return }
        var reported: Set<String> = []
        // A copy to walk while the checks report into `self`.
        let plan = self.plan
        plan.forEachDependencyList(of: task) { dependencies in
            for dependency in dependencies {
                checkPredecessor(dependency, of: entry, entries: entries, statusOf: statusOf, at: mark, reported: &reported, lagging: &cache)
            }
        }
    }

    /// One link of `checkPredecessors`: warns once per predecessor named.
    private mutating func checkPredecessor(_ dependency: Dependency, of entry: TaskStatus, entries: [TaskStatus], statusOf: [Int32], at mark: Mark,
                                           reported: inout Set<String>, lagging cache: inout LaggingMembers) {
        guard let predecessor = dependency.predecessor else { return }
        let needsDone = dependency.kind == .finishToStart || dependency.kind == .finishToFinish
        let members: Range<Int>
        switch predecessor {
        case .task(let index): members = index..<(index + 1)
        case .phase(let index): members = index < plan.phases.count ? plan.phases[index].taskRange : 0..<0
        }
        let isLagging = { (member: Int) -> Bool in
            guard member < self.plan.tasks.count else { return false }
            let status = statusOf[member] >= 0 ? entries[Int(statusOf[member])] : nil
            let finished = status?.done != nil || status?.reached != nil || status?.progress == 1
            let started = finished || status?.started != nil || (status?.progress ?? 0) > 0 || status?.remaining != nil
            return needsDone ? !finished : !started
        }
        let lagging: Int?
        if case .phase(let phase) = predecessor {
            let key = phase * 2 + (needsDone ? 1 : 0)
            if let known = cache.found[key] {
                lagging = known
            } else {
                lagging = members.first(where: isLagging)
                cache.found[key] = lagging
            }
        } else {
            lagging = members.first(where: isLagging)
        }
        guard let lagging, reported.insert(dependency.predecessorID).inserted else { return }
        let laggingID = plan.tasks[lagging].id
        let whole = laggingID == dependency.predecessorID
        let subject = Bilingual(zh: whole ? "'\(laggingID)'" : "'\(dependency.predecessorID)' 中的 '\(laggingID)'",
                                en: whole ? "'\(laggingID)'" : "'\(laggingID)' of '\(dependency.predecessorID)'")
        warning(.predecessorNotDone,
                Bilingual(zh: "'\(entry.id)' 已完成，但它的前置任务 \(subject.zh) \(needsDone ? "还没完成" : "还没开始")",
                          en: "'\(entry.id)' is done, but its predecessor \(subject.en) is not \(needsDone ? "done" : "started")"), at: mark,
                hint: Bilingual(zh: "在进度文件里也报告 '\(laggingID)'，或检查这个依赖", en: "report '\(laggingID)' in the status file too, or check the dependency"),
                notes: [Diagnostic.Note(Bilingual(zh: "'\(entry.id)' 在这里排在 '\(dependency.predecessorID)' 之后",
                                                  en: "'\(entry.id)' comes after '\(dependency.predecessorID)' here"), at: dependency.location)])
    }

    static func percent(_ fraction: Double) -> String {
        let value = (fraction * 1000).rounded() / 10
        return value == value.rounded() ? "\(Int(value))%" : "\(value)%"
    }
}
