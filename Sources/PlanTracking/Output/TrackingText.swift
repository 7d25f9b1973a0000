import PlanModel

/// The words the status views share, in 中文, with names rather than ids.
struct TrackingText {
    let plan: Plan
    private let taskNames: [String: String]

    /// - Parameter names: whether `name(_:)` will be asked: the table does not, and on 100,000
    ///   tasks the index of names is not free.
    init(plan: Plan, names wanted: Bool = true) {
        self.plan = plan
        var names: [String: String] = [:]
        if wanted { for index in plan.tasks.indices { names[plan.tasks[index].id] = plan.tasks[index].name } }
        for phase in plan.phases { names[phase.id] = phase.name }
        taskNames = names
    }

    func name(_ id: String) -> String { taskNames[id] ?? id }

    func roles(_ ids: [String]) -> String {
        ids.map { plan.role($0)?.name ?? $0 }.joined(separator: "、")
    }

    static func state(_ state: TaskProgress.State, milestone: Bool) -> String {
        switch state {
        case .done: return milestone ? "已达成" : "已完成"
        case .inProgress: return "进行中"
        case .notStarted: return milestone ? "未达成" : "未开始"
        }
    }

    static func percent(_ fraction: Double) -> String {
        ValueFormatter.trimmed((fraction * 1000).rounded() / 10, maxFraction: 1) + "%"
    }

    /// `+2` later, `-1` earlier, `0`; `—` without a baseline.
    static func slip(_ days: Int?) -> String {
        guard let days else { return "—" }
        return days > 0 ? "+\(days)" : "\(days)"
    }

    /// "晚 2 个工作日", "早 1 个工作日", "按期".
    static func slipWords(_ days: Int) -> String {
        days > 0 ? "晚 \(days) 个工作日" : days < 0 ? "早 \(-days) 个工作日" : "按期"
    }

    static func number(_ value: Double, digits: Int = 2) -> String {
        ValueFormatter.trimmed(value, maxFraction: digits)
    }

    /// Why a task is late, in a sentence: the root cause, then the chain it travelled.
    func cause(_ cause: SlipCause, of task: String) -> String {
        let subject = cause.chain.first.map { name($0) + " " } ?? ""
        var text: String
        switch cause.reason {
        case .startedLate(let days): text = subject + "晚开始 \(days) 个工作日"
        case .slowerThanPlanned: text = subject + "进度慢于计划"
        case .notStartedOnTime: text = subject + "未按基线开始"
        case .rolesBusy(let shares):
            text = subject + shares.map { "\(plan.role($0.role)?.name ?? $0.role) 忙于其他任务 \($0.days) 个工作日" }.joined(separator: "，")
        case .planChanged: text = subject + "计划已调整"
        }
        if !cause.chain.isEmpty { text += "（延误链：" + (cause.chain + [task]).map(name).joined(separator: " → ") + "）" }
        return text
    }
}
