import PlanModel

/// What `cycleplan baseline save` and `list` print, in the run's language.
extension BaselineStore {
    /// One row per baseline: name (the first is the default), when saved, start, finish, tasks,
    /// and its plan revision, marked when the plan has not changed since (`current`).
    public func table(currentRevision current: String?, language: Language) -> String {
        let zh = language == .zh
        var rows = [zh ? ["名称", "保存时间", "开始", "完成", "任务", "版本"] : ["name", "saved", "start", "finish", "tasks", "revision"]]
        for (index, baseline) in baselines.enumerated() {
            let tasks = baseline.entries.count { $0.kind != .phase }
            let same = zh ? "（与当前计划相同）" : " (same as the plan now)"
            let revision = baseline.revision == current ? baseline.revision + same : baseline.revision
            rows.append([baseline.name + (index == 0 ? (zh ? "（默认）" : " (default)") : ""), baseline.savedAt,
                         baseline.start.description, baseline.finish.description, String(tasks), revision])
        }
        return TextTable.render(rows)
    }

    /// The line for a plan without baselines, with the command that saves one.
    public static func noneSaved(plan: String, language: Language) -> String {
        language.pick(zh: "\(plan) 还没有保存基线；保存一个：cycleplan baseline save \(plan) --name 初版\n",
                      en: "no baselines saved for \(plan); save one with: cycleplan baseline save \(plan) --name 初版\n")
    }
}

extension Baseline {
    /// "saved baseline '初版' (finish 2027-01-12, 9 entries) to spring.baselines.json".
    public func savedLine(to path: String, language: Language) -> String {
        language.pick(zh: "已保存基线「\(name)」（完成 \(finish)，\(entries.count) 项）到 \(path)\n",
                      en: "saved baseline '\(name)' (finish \(finish), \(entries.count) entries) to \(path)\n")
    }
}
