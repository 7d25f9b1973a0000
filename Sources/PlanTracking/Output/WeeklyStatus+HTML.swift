import PlanModel

extension WeeklyStatus {
    /// The weekly report as one self-contained HTML page (no script, no network): the
    /// Markdown's content, with the S-curve drawn as inline SVG. Every text is escaped.
    public func html(plan: Plan) -> String {
        let words = TrackingText(plan: plan)
        let tracked = self.tracked
        let e = XMLText.escape
        func table(_ headers: [String], _ rows: [[String]], empty: String = "无。") -> String {
            guard !rows.isEmpty else { return "<p>\(e(empty))</p>\n" }
            var out = "<table><tr>" + headers.map { "<th>\(e($0))</th>" }.joined() + "</tr>\n"
            for row in rows { out += "<tr>" + row.map { "<td>\(e($0))</td>" }.joined() + "</tr>\n" }
            return out + "</table>\n"
        }
        let title = "\(tracked.title) · 周报（截至 \(tracked.asOf)）"
        var out = "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>\(e(title))</title>\n<style>\n"
        out += EmbeddedAssets.text("status.css")
        out += "</style>\n</head>\n<body>\n<h1>\(e(title))</h1>\n<ul>\n"
        for line in overview(words) { out += "<li>\(e(line))</li>\n" }
        out += "</ul>\n<h2>S 曲线：计划与挣得（人日）</h2>\n<figure>\(SCurveChart.svg(tracked.sCurve, asOf: tracked.asOf))</figure>\n"
        out += "<h2>本周完成（\(weekStart) – \(tracked.asOf)）</h2>\n"
        out += table(["任务", "阶段", "完成日", "基线完成", "偏差（工作日）"], finished.map { task in
            [Self.label(task), task.phase.map(words.name) ?? "—", task.finish.description, task.baselineFinish?.description ?? "—",
             TrackingText.slip(task.slip)]
        })
        out += "<h2>本周开始</h2>\n"
        out += table(["任务", "负责", "开始日", "基线开始", "完成"], started.map { task in
            [task.name, words.roles(task.roles), task.start.description, task.baselineStart?.description ?? "—",
             TrackingText.percent(task.progress.percentComplete)]
        })
        out += "<h2>延误</h2>\n"
        out += table(["任务", "基线完成", "预测完成", "晚（工作日）", "原因"], slipped.map { task in
            [Self.label(task), task.baselineFinish?.description ?? "—", task.finish.description, String(task.slip ?? 0),
             task.cause.map { words.cause($0, of: task.id) } ?? "—"]
        }, empty: "无：所有任务按基线或提前。")
        if let next = nextMilestone {
            out += "<h2>下一个里程碑前的风险：\(e(next.name))（预测 \(next.finish)，基线 \(next.baselineFinish?.description ?? "—")）</h2>\n"
            out += table(["任务", "负责", "预测完成", "浮动（工作日）", "风险"], atRisk.map { task in
                [task.name, words.roles(task.roles), task.finish.description, task.totalFloat.map(String.init) ?? "—",
                 task.flags.labels.joined(separator: "、")]
            })
        }
        if !tracked.milestones.isEmpty {
            out += "<h2>里程碑</h2>\n"
            out += table(["里程碑", "基线", "预测 / 达成", "偏差"], tracked.milestones.map { milestone in
                [milestone.name, milestone.baselineFinish?.description ?? "—",
                 (milestone.progress.state == .done ? "达成 " : "预测 ") + milestone.finish.description,
                 milestone.slip.map(TrackingText.slipWords) ?? "—"]
            })
        }
        out += "<h2>挣得进度（人日）</h2>\n" + table(["指标", "值", "说明"], earnedRows().map { [$0.0, $0.1, $0.2] })
        out += pacingHTML { table($0, $1) }
        let notes = tracked.diagnostics.filter { $0.severity == .warning }.sortedByLocation()
        if !notes.isEmpty {
            out += "<h2>提示</h2>\n<ul>\n" + notes.map { "<li>\(e($0.message))</li>\n" }.joined() + "</ul>\n"
        }
        return out + "</body>\n</html>\n"
    }
}
