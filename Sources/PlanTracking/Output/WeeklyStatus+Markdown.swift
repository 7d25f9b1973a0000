import PlanModel

extension WeeklyStatus {
    /// The weekly report in Markdown (企业微信 and docs render it): overview, finished,
    /// started, slipped with the reason, the risks before the next milestone, milestones and
    /// the earned schedule. Table cells are escaped so names cannot break the tables.
    public func markdown(plan: Plan, language: Language = .zh) -> String {
        let words = TrackingText(plan: plan, language: language)
        let tracked = self.tracked
        func cell(_ text: String) -> String { Self.markdownCell(text) }
        func header(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |\n|" + String(repeating: "---|", count: cells.count) + "\n" }
        var out = "# \(cell(words.reportTitle(tracked.title, tracked.asOf)))\n\n"
        for line in overview(words) { out += "- \(cell(line))\n" }
        out += "\n## \(words.finishedHeading(weekStart, tracked.asOf))\n\n"
        if finished.isEmpty { out += words.none + "\n" } else {
            out += header(words.finishedHeader)
            for task in finished {
                out += "| \(cell(Self.label(task))) | \(cell(task.phase.map(words.name) ?? "—")) | \(task.finish) | "
                out += "\(task.baselineFinish?.description ?? "—") | \(TrackingText.slip(task.slip)) |\n"
            }
        }
        out += "\n## \(words.startedHeading)\n\n"
        if started.isEmpty { out += words.none + "\n" } else {
            out += header(words.startedHeader)
            for task in started {
                out += "| \(cell(task.name)) | \(cell(words.roles(task.roles))) | \(task.start) | \(task.baselineStart?.description ?? "—") | "
                out += "\(TrackingText.percent(task.progress.percentComplete)) |\n"
            }
        }
        out += "\n## \(words.slippedHeading)\n\n"
        if slipped.isEmpty { out += words.noneSlipped + "\n" } else {
            out += header(words.slippedHeader)
            for task in slipped {
                out += "| \(cell(Self.label(task))) | \(task.baselineFinish?.description ?? "—") | \(task.finish) | \(task.slip ?? 0) | "
                out += "\(cell(task.cause.map { words.cause($0, of: task.id) } ?? "—")) |\n"
            }
        }
        if let next = nextMilestone {
            out += "\n## \(cell(words.risksHeading(next)))\n\n"
            if atRisk.isEmpty { out += words.none + "\n" } else {
                out += header(words.risksHeader)
                for task in atRisk {
                    out += "| \(cell(task.name)) | \(cell(words.roles(task.roles))) | \(task.finish) | \(task.totalFloat.map(String.init) ?? "—") | "
                    out += "\(cell(words.list(words.flags(task.flags)))) |\n"
                }
            }
        }
        let milestones = tracked.milestones
        if !milestones.isEmpty {
            out += "\n## \(words.milestonesHeading)\n\n" + header(words.milestonesHeader)
            for milestone in milestones {
                out += "| \(cell(milestone.name)) | \(milestone.baselineFinish?.description ?? "—") | \(words.when(milestone)) | "
                out += "\(milestone.slip.map(words.slipWords) ?? "—") |\n"
            }
        }
        out += "\n## \(words.earnedHeading)\n\n" + header(words.earnedHeader)
        for row in earnedRows(words) { out += "| \(row.0) | \(row.1) | \(row.2) |\n" }
        out += pacingMarkdown(words)
        let notes = tracked.diagnostics.filter { $0.severity == .warning }
        if !notes.isEmpty {
            out += "\n## \(words.notesHeading)\n\n"
            for note in notes.sortedByLocation() { out += "- \(cell(note.message))\n" }
        }
        return out
    }

    /// The overview lines shared by Markdown and HTML.
    func overview(_ words: TrackingText) -> [String] {
        let tracked = self.tracked
        let figures = tracked.earned
        let changed = tracked.revisionChanged ? words.pick("；计划自基线后已修改", "; the plan changed since") : ""
        let earnedFinish = figures.forecastFinish?.description ?? "—"
        let spi = figures.timePerformance.map { TrackingText.number($0) } ?? "—"
        let done = TrackingText.percent(figures.percentComplete)
        let ev = TrackingText.number(figures.earnedValue), budget = TrackingText.number(figures.budget)
        if words.zh {
            return ["状态日 \(tracked.asOf)；基线 " + words.baselineWords(tracked) + changed,
                    "预测完成 \(tracked.finish)（基线 \(tracked.baseline.finish)，\(words.slipWords(tracked.finishSlip))）",
                    "按挣得进度预测完成 \(earnedFinish)（SPI(t) \(spi)）",
                    "完成 \(done)（挣值 \(ev) / \(budget) 人日）"]
        }
        return ["Status date \(tracked.asOf); baseline " + words.baselineWords(tracked) + changed,
                "Forecast finish \(tracked.finish) (baseline \(tracked.baseline.finish), \(words.slipWords(tracked.finishSlip)))",
                "Forecast finish by earned schedule \(earnedFinish) (SPI(t) \(spi))",
                "\(done) done (earned \(ev) of \(budget) person-days)"]
    }

    /// (label, value, meaning) for the earned-schedule table.
    func earnedRows(_ words: TrackingText) -> [(String, String, String)] {
        let figures = tracked.earned
        let optional: (Double?) -> String = { $0.map { TrackingText.number($0) } ?? "—" }
        let pick = words.pick
        return [
            (pick("PV 计划值", "PV planned value"), TrackingText.number(figures.plannedValue),
             pick("基线计划到状态日完成的人日", "person-days the baseline plans done by the status date")),
            (pick("EV 挣值", "EV earned value"), TrackingText.number(figures.earnedValue),
             pick("已完成工作按基线计的人日", "work done, in the baseline's person-days")),
            (pick("SV 进度偏差", "SV schedule variance"), TrackingText.number(figures.scheduleVariance), "EV − PV"),
            (pick("SPI 进度绩效", "SPI schedule performance"), optional(figures.schedulePerformance), "EV ÷ PV"),
            (pick("ES 挣得进度", "ES earned schedule"), TrackingText.number(figures.earnedSchedule),
             pick("基线计划挣得 EV 的时点（工作日）", "when the baseline earns EV (working days)")),
            (pick("AT 实际时间", "AT actual time"), String(figures.actualTime),
             pick("基线开始到状态日的工作日", "working days from the baseline start to the status date")),
            ("SV(t)", TrackingText.number(figures.timeVariance), pick("ES − AT（工作日）", "ES − AT (working days)")),
            ("SPI(t)", optional(figures.timePerformance), "ES ÷ AT"),
            ("IEAC(t)", optional(figures.estimatedDuration),
             pick("PD ÷ SPI(t)，PD = \(figures.plannedDuration) 工作日", "PD ÷ SPI(t), PD = \(figures.plannedDuration) working days")),
            (pick("预测完成（挣得进度）", "forecast finish (earned schedule)"), figures.forecastFinish?.description ?? "—",
             pick("对比重排预测 \(tracked.finish)", "against the rescheduled forecast \(tracked.finish)")),
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
