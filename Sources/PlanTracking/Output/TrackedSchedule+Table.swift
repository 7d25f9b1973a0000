import PlanModel

extension TrackedSchedule {
    /// The terminal table: one row per phase and task with its state, % complete, baseline
    /// and forecast finish, slip in working days and flags; then the plan's forecast finish,
    /// the milestones and the earned schedule.
    public func table(plan: Plan, color: Bool) -> String {
        func paint(_ text: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
        func fit(_ text: String, _ width: Int) -> String { DisplayWidth.truncate(text, toWidth: width) }
        let words = TrackingText(plan: plan, names: false)
        var cells: [[String]] = [["名称", "负责", "状态", "完成", "基线完成", "预测完成", "偏差", "标记"]]
        var styles: [String?] = [nil]
        var phaseOf: [String: Int] = [:]
        for (index, phase) in phases.enumerated() { phaseOf[phase.id] = index }
        var shown = Set<Int>()
        func phaseRows(_ index: Int) {
            guard shown.insert(index).inserted else { return }
            let phase = phases[index]
            if let parent = phase.parent, let parentIndex = phaseOf[parent] { phaseRows(parentIndex) }
            let indent = String(repeating: "  ", count: phase.depth)
            cells.append([indent + "【" + fit(phase.name, 24) + "】", "", "", TrackingText.percent(phase.percentComplete),
                          phase.baselineFinish?.description ?? "—", phase.finish.description, TrackingText.slip(phase.slip),
                          phase.flags.labels.joined(separator: " ")])
            styles.append("1")
        }
        for task in tasks {
            var depth = 0
            if let phase = task.phase, let index = phaseOf[phase] {
                phaseRows(index)
                depth = phases[index].depth + 1
            }
            let indent = String(repeating: "  ", count: depth)
            let name = task.milestone ? "◆ " + fit(task.name, 26) : fit(task.name, 28)
            cells.append([indent + name, fit(words.roles(task.roles), 16), TrackingText.state(task.progress.state, milestone: task.milestone),
                          task.milestone ? "" : TrackingText.percent(task.progress.percentComplete),
                          task.baselineFinish?.description ?? "—", task.finish.description, TrackingText.slip(task.slip),
                          task.flags.labels.joined(separator: " ")])
            styles.append(task.flags.contains(.lateFinish) || task.flags.contains(.missesDeadline) ? "31" : nil)
        }
        var out = ""
        // (`render` joined by line breaks and split again, which dropped empty lines; none is
        // empty, but the filter keeps the rule.)
        for (index, line) in TextTable.lines(cells).filter({ !$0.isEmpty }).enumerated() {
            let style = index == 0 ? "1;4" : (index < styles.count ? styles[index] : nil)
            out += (style.map { paint(String(line), $0) } ?? String(line)) + "\n"
        }
        out += "\n状态日 \(asOf)，基线 " + (baselineSaved ? "「\(baseline.name)」（\(baseline.savedAt)）" : "无（以当前计划代替）")
        out += revisionChanged ? "，计划自基线后已修改\n" : "\n"
        out += "预测完成 \(finish)（基线 \(baseline.finish)，\(TrackingText.slipWords(finishSlip))）\n"
        let milestones = self.milestones
        if !milestones.isEmpty {
            out += "里程碑：\n"
            for milestone in milestones {
                let when = milestone.progress.state == .done ? "达成 \(milestone.finish)" : "预测 \(milestone.finish)"
                out += "  ◆ \(milestone.name)  基线 \(milestone.baselineFinish?.description ?? "—")  \(when)  "
                out += (milestone.slip.map(TrackingText.slipWords) ?? "无基线") + "\n"
            }
        }
        let figures = earned
        out += "挣值进度（人日）：PV \(TrackingText.number(figures.plannedValue))  EV \(TrackingText.number(figures.earnedValue))  "
        out += "SV \(TrackingText.number(figures.scheduleVariance))  SPI \(figures.schedulePerformance.map { TrackingText.number($0) } ?? "—")\n"
        out += "挣得进度（工作日）：ES \(TrackingText.number(figures.earnedSchedule))  AT \(figures.actualTime)  "
        out += "SV(t) \(TrackingText.number(figures.timeVariance))  SPI(t) \(figures.timePerformance.map { TrackingText.number($0) } ?? "—")  "
        out += "IEAC(t) \(figures.estimatedDuration.map { TrackingText.number($0) } ?? "—") / PD \(figures.plannedDuration)\n"
        out += "按挣得进度预测完成 \(figures.forecastFinish?.description ?? "—")；按重排预测完成 \(finish)\n"
        return out
    }
}
