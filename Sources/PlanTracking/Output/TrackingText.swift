import PlanModel

/// The words the status views share, in the run's language, with names rather than ids.
struct TrackingText {
    let plan: Plan
    let language: Language
    private let taskNames: [String: String]
    /// Role names by id: asked once per row of the table.
    private let roleNames: [String: String]

    /// - Parameter names: whether `name(_:)` will be asked: the table does not, and on 100,000
    ///   tasks the index of names is not free.
    init(plan: Plan, language: Language, names wanted: Bool = true) {
        self.plan = plan
        self.language = language
        var names: [String: String] = [:]
        if wanted { for index in plan.tasks.indices { names[plan.tasks[index].id] = plan.tasks[index].name } }
        for phase in plan.phases { names[phase.id] = phase.name }
        taskNames = names
        var roles: [String: String] = [:]
        // The first role of an id, as `Plan.role(_:)` finds it.
        for role in plan.roles where roles[role.id] == nil { roles[role.id] = role.name }
        roleNames = roles
    }

    var zh: Bool { language == .zh }

    func pick(_ chinese: String, _ english: String) -> String { zh ? chinese : english }

    func name(_ id: String) -> String { taskNames[id] ?? id }

    func roles(_ ids: [String]) -> String {
        if ids.count == 1 { return roleNames[ids[0]] ?? ids[0] }
        return ids.map { roleNames[$0] ?? $0 }.joined(separator: zh ? "、" : ", ")
    }

    /// A list of words, joined as the language does.
    func list(_ items: [String]) -> String { items.joined(separator: zh ? "、" : ", ") }

    func state(_ state: TaskProgress.State, milestone: Bool) -> String {
        switch state {
        case .done: return milestone ? pick("已达成", "reached") : pick("已完成", "done")
        case .inProgress: return pick("进行中", "in progress")
        case .notStarted: return milestone ? pick("未达成", "not reached") : pick("未开始", "not started")
        }
    }

    static func percent(_ fraction: Double) -> String {
        // Most rows are not started or done.
        if fraction == 0 { return "0%" }
        if fraction == 1 { return "100%" }
        return ValueFormatter.trimmed((fraction * 1000).rounded() / 10, maxFraction: 1) + "%"
    }

    /// `+2` later, `-1` earlier, `0`; `—` without a baseline.
    static func slip(_ days: Int?) -> String {
        guard let days else { return "—" }
        return days > 0 ? "+\(days)" : "\(days)"
    }

    /// "晚 2 个工作日" / "2 working days late", "早 1 个工作日" / "1 working day early", "按期" / "on time".
    func slipWords(_ days: Int) -> String {
        if zh { return days > 0 ? "晚 \(days) 个工作日" : days < 0 ? "早 \(-days) 个工作日" : "按期" }
        return days > 0 ? "\(workingDays(days)) late" : days < 0 ? "\(workingDays(-days)) early" : "on time"
    }

    /// "3 个工作日" / "3 working days".
    func workingDays(_ days: Int) -> String {
        zh ? "\(days) 个工作日" : EnglishPlural.counted(days, "working day")
    }

    /// The flags' words (`TrackingFlags.names` are the JSON's).
    func flags(_ flags: TrackingFlags) -> [String] {
        zh ? flags.labels : flags.englishLabels
    }

    /// "达成 2026-09-09" / "reached 2026-09-09", or the forecast.
    func when(_ milestone: TrackedTask) -> String {
        (milestone.progress.state == .done ? pick("达成 ", "reached ") : pick("预测 ", "forecast ")) + milestone.finish.description
    }

    /// The baseline compared with, in a line: its name and date, or none.
    func baselineWords(_ tracked: TrackedSchedule) -> String {
        if tracked.baselineSaved {
            return zh ? "「\(tracked.baseline.name)」（\(tracked.baseline.savedAt) 保存）" : "\"\(tracked.baseline.name)\" (saved \(tracked.baseline.savedAt))"
        }
        return pick("无（以当前计划代替）", "none (the current plan stands in)")
    }

    static func number(_ value: Double, digits: Int = 2) -> String {
        ValueFormatter.trimmed(value, maxFraction: digits)
    }

    /// Why a task is late, in a sentence: the root cause, then the chain it travelled.
    func cause(_ cause: SlipCause, of task: String) -> String {
        let subject = cause.chain.first.map { name($0) + " " } ?? ""
        var text: String
        switch cause.reason {
        case .startedLate(let days): text = subject + pick("晚开始 \(days) 个工作日", "started \(workingDays(days)) late")
        case .slowerThanPlanned: text = subject + pick("进度慢于计划", "is slower than planned")
        case .notStartedOnTime: text = subject + pick("未按基线开始", "did not start on its baseline date")
        case .rolesBusy(let shares):
            text = subject + shares.map { share in
                let role = plan.role(share.role)?.name ?? share.role
                return pick("\(role) 忙于其他任务 \(share.days) 个工作日", "\(role) busy elsewhere for \(workingDays(share.days))")
            }.joined(separator: pick("，", ", "))
        case .planChanged: text = subject + pick("计划已调整", "plan changed")
        }
        if !cause.chain.isEmpty {
            let chain = (cause.chain + [task]).map(name).joined(separator: " → ")
            text += pick("（延误链：\(chain)）", " (chain: \(chain))")
        }
        return text
    }
}
