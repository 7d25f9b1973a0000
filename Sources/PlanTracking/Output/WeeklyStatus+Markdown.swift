import PlanModel

extension WeeklyStatus {
    /// The weekly report in Markdown (企业微信 and docs render it): overview, finished,
    /// started, slipped with the reason, the risks before the next milestone, milestones and
    /// the earned schedule. Table cells are escaped so names cannot break the tables.
    public func markdown(plan: Plan) -> String {
        let words = TrackingText(plan: plan)
        let tracked = self.tracked
        func cell(_ text: String) -> String { Self.markdownCell(text) }
        var out = "# \(cell(tracked.title)) · 周报（截至 \(tracked.asOf)）\n\n"
        for line in overview(words) { out += "- \(cell(line))\n" }
        out += "\n## 本周完成（\(weekStart) – \(tracked.asOf)）\n\n"
        if finished.isEmpty { out += "无。\n" } else {
            out += "| 任务 | 阶段 | 完成日 | 基线完成 | 偏差（工作日） |\n|---|---|---|---|---|\n"
            for task in finished {
                out += "| \(cell(Self.label(task))) | \(cell(task.phase.map(words.name) ?? "—")) | \(task.finish) | "
                out += "\(task.baselineFinish?.description ?? "—") | \(TrackingText.slip(task.slip)) |\n"
            }
        }
        out += "\n## 本周开始\n\n"
        if started.isEmpty { out += "无。\n" } else {
            out += "| 任务 | 负责 | 开始日 | 基线开始 | 完成 |\n|---|---|---|---|---|\n"
            for task in started {
                out += "| \(cell(task.name)) | \(cell(words.roles(task.roles))) | \(task.start) | \(task.baselineStart?.description ?? "—") | "
                out += "\(TrackingText.percent(task.progress.percentComplete)) |\n"
            }
        }
        out += "\n## 延误\n\n"
        if slipped.isEmpty { out += "无：所有任务按基线或提前。\n" } else {
            out += "| 任务 | 基线完成 | 预测完成 | 晚（工作日） | 原因 |\n|---|---|---|---|---|\n"
            for task in slipped {
                out += "| \(cell(Self.label(task))) | \(task.baselineFinish?.description ?? "—") | \(task.finish) | \(task.slip ?? 0) | "
                out += "\(cell(task.cause.map { words.cause($0, of: task.id) } ?? "—")) |\n"
            }
        }
        if let next = nextMilestone {
            out += "\n## 下一个里程碑前的风险：\(cell(next.name))（预测 \(next.finish)，基线 \(next.baselineFinish?.description ?? "—")）\n\n"
            if atRisk.isEmpty { out += "无。\n" } else {
                out += "| 任务 | 负责 | 预测完成 | 浮动（工作日） | 风险 |\n|---|---|---|---|---|\n"
                for task in atRisk {
                    out += "| \(cell(task.name)) | \(cell(words.roles(task.roles))) | \(task.finish) | \(task.totalFloat.map(String.init) ?? "—") | "
                    out += "\(cell(task.flags.labels.joined(separator: "、"))) |\n"
                }
            }
        }
        let milestones = tracked.milestones
        if !milestones.isEmpty {
            out += "\n## 里程碑\n\n| 里程碑 | 基线 | 预测 / 达成 | 偏差 |\n|---|---|---|---|\n"
            for milestone in milestones {
                let when = (milestone.progress.state == .done ? "达成 " : "预测 ") + milestone.finish.description
                out += "| \(cell(milestone.name)) | \(milestone.baselineFinish?.description ?? "—") | \(when) | "
                out += "\(milestone.slip.map(TrackingText.slipWords) ?? "—") |\n"
            }
        }
        out += "\n## 挣得进度（人日）\n\n| 指标 | 值 | 说明 |\n|---|---|---|\n"
        for row in earnedRows() { out += "| \(row.0) | \(row.1) | \(row.2) |\n" }
        out += pacingMarkdown()
        let notes = tracked.diagnostics.filter { $0.severity == .warning }
        if !notes.isEmpty {
            out += "\n## 提示\n\n"
            for note in notes.sortedByLocation() { out += "- \(cell(note.message))\n" }
        }
        return out
    }

    /// The overview lines shared by Markdown and HTML.
    func overview(_ words: TrackingText) -> [String] {
        let tracked = self.tracked
        let figures = tracked.earned
        var lines = ["状态日 \(tracked.asOf)；基线 " + (tracked.baselineSaved ? "「\(tracked.baseline.name)」（\(tracked.baseline.savedAt) 保存）" : "无（以当前计划代替）")
            + (tracked.revisionChanged ? "；计划自基线后已修改" : "")]
        lines.append("预测完成 \(tracked.finish)（基线 \(tracked.baseline.finish)，\(TrackingText.slipWords(tracked.finishSlip))）")
        lines.append("按挣得进度预测完成 \(figures.forecastFinish?.description ?? "—")（SPI(t) \(figures.timePerformance.map { TrackingText.number($0) } ?? "—")）")
        lines.append("完成 \(TrackingText.percent(figures.percentComplete))（挣值 \(TrackingText.number(figures.earnedValue)) / \(TrackingText.number(figures.budget)) 人日）")
        return lines
    }

    /// (label, value, meaning) for the earned-schedule table.
    func earnedRows() -> [(String, String, String)] {
        let figures = tracked.earned
        let optional: (Double?) -> String = { $0.map { TrackingText.number($0) } ?? "—" }
        return [
            ("PV 计划值", TrackingText.number(figures.plannedValue), "基线计划到状态日完成的人日"),
            ("EV 挣值", TrackingText.number(figures.earnedValue), "已完成工作按基线计的人日"),
            ("SV 进度偏差", TrackingText.number(figures.scheduleVariance), "EV − PV"),
            ("SPI 进度绩效", optional(figures.schedulePerformance), "EV ÷ PV"),
            ("ES 挣得进度", TrackingText.number(figures.earnedSchedule), "基线计划挣得 EV 的时点（工作日）"),
            ("AT 实际时间", String(figures.actualTime), "基线开始到状态日的工作日"),
            ("SV(t)", TrackingText.number(figures.timeVariance), "ES − AT（工作日）"),
            ("SPI(t)", optional(figures.timePerformance), "ES ÷ AT"),
            ("IEAC(t)", optional(figures.estimatedDuration), "PD ÷ SPI(t)，PD = \(figures.plannedDuration) 工作日"),
            ("预测完成（挣得进度）", figures.forecastFinish?.description ?? "—", "对比重排预测 \(tracked.finish)"),
        ]
    }

    static func label(_ task: TrackedTask) -> String { task.milestone ? "◆ " + task.name : task.name }

    /// `|` escaped, line breaks as spaces, `<` and `>` as entities so a name cannot become HTML
    /// where the Markdown is rendered.
    static func markdownCell(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "|": out += "\\|"
            case "\n", "\r", "\r\n": out += " "
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\\", "`", "*", "_", "[", "]": out += "\\" + String(character)
            default: out.append(character)
            }
        }
        return out
    }
}
