import PlanModel

extension TrackedSchedule {
    /// The terminal table: one row per phase and task with its state, % complete, baseline
    /// and forecast finish, slip in working days and flags; then the plan's forecast finish,
    /// the milestones and the earned schedule, every word in `language`.
    public func table(plan: Plan, color: Bool, language: Language = .zh) -> String {
        func paint(_ text: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
        func fit(_ text: String, _ width: Int) -> String { DisplayWidth.truncate(text, toWidth: width) }
        let words = TrackingText(plan: plan, language: language, names: false)
        var cells: [[String]] = [words.zh ? ["名称", "负责", "状态", "完成", "基线完成", "预测完成", "偏差", "标记"]
                                          : ["name", "roles", "state", "done", "baseline finish", "forecast finish", "slip", "flags"]]
        var styles: [String?] = [nil]
        var phaseOf: [String: Int] = [:]
        for (index, phase) in phases.enumerated() { phaseOf[phase.id] = index }
        var shown = Set<Int>()
        func phaseRows(_ index: Int) {
            guard shown.insert(index).inserted else { return }
            let phase = phases[index]
            if let parent = phase.parent, let parentIndex = phaseOf[parent] { phaseRows(parentIndex) }
            let indent = String(repeating: "  ", count: phase.depth)
            let name = words.zh ? "【" + fit(phase.name, 24) + "】" : "[" + fit(phase.name, 25) + "]"
            cells.append([indent + name, "", "", TrackingText.percent(phase.percentComplete),
                          phase.baselineFinish?.description ?? "—", phase.finish.description, TrackingText.slip(phase.slip),
                          words.flags(phase.flags).joined(separator: " ")])
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
            cells.append([indent + name, fit(words.roles(task.roles), 16), words.state(task.progress.state, milestone: task.milestone),
                          task.milestone ? "" : TrackingText.percent(task.progress.percentComplete),
                          task.baselineFinish?.description ?? "—", task.finish.description, TrackingText.slip(task.slip),
                          words.flags(task.flags).joined(separator: " ")])
            styles.append(task.flags.contains(.lateFinish) || task.flags.contains(.missesDeadline) ? "31" : nil)
        }
        var out = ""
        // (`render` joined by line breaks and split again, which dropped empty lines; none is
        // empty, but the filter keeps the rule.)
        for (index, line) in TextTable.lines(cells).filter({ !$0.isEmpty }).enumerated() {
            let style = index == 0 ? "1;4" : (index < styles.count ? styles[index] : nil)
            out += style.map { paint(line, $0) } ?? line
            out += "\n"
        }
        let saved = words.pick("「\(baseline.name)」（\(baseline.savedAt)）", "\"\(baseline.name)\" (\(baseline.savedAt))")
        out += "\n" + words.pick("状态日 \(asOf)，基线 ", "status date \(asOf), baseline ")
            + (baselineSaved ? saved : words.pick("无（以当前计划代替）", "none (the current plan stands in)"))
        out += revisionChanged ? words.pick("，计划自基线后已修改\n", "; the plan changed since\n") : "\n"
        out += words.pick("预测完成 \(finish)（基线 \(baseline.finish)，\(words.slipWords(finishSlip))）\n",
                          "forecast finish \(finish) (baseline \(baseline.finish), \(words.slipWords(finishSlip)))\n")
        let milestones = self.milestones
        if !milestones.isEmpty {
            out += words.pick("里程碑：\n", "milestones:\n")
            for milestone in milestones {
                out += "  ◆ \(milestone.name)  \(words.pick("基线", "baseline")) \(milestone.baselineFinish?.description ?? "—")  \(words.when(milestone))  "
                out += (milestone.slip.map(words.slipWords) ?? words.pick("无基线", "no baseline")) + "\n"
            }
        }
        let figures = earned
        out += words.pick("挣值进度（人日）：", "earned value (person-days): ")
        out += "PV \(TrackingText.number(figures.plannedValue))  EV \(TrackingText.number(figures.earnedValue))  "
        out += "SV \(TrackingText.number(figures.scheduleVariance))  SPI \(figures.schedulePerformance.map { TrackingText.number($0) } ?? "—")\n"
        out += words.pick("挣得进度（工作日）：", "earned schedule (working days): ")
        out += "ES \(TrackingText.number(figures.earnedSchedule))  AT \(figures.actualTime)  "
        out += "SV(t) \(TrackingText.number(figures.timeVariance))  SPI(t) \(figures.timePerformance.map { TrackingText.number($0) } ?? "—")  "
        out += "IEAC(t) \(figures.estimatedDuration.map { TrackingText.number($0) } ?? "—") / PD \(figures.plannedDuration)\n"
        let earnedFinish = figures.forecastFinish?.description ?? "—"
        out += words.pick("按挣得进度预测完成 \(earnedFinish)；按重排预测完成 \(finish)\n",
                          "forecast finish by earned schedule \(earnedFinish); by the rescheduled plan \(finish)\n")
        return out
    }
}
