import PlanModel

extension WeeklyStatus {
    /// The weekly report as one self-contained HTML page (no script, no network): the
    /// Markdown's content, with the S-curve drawn as inline SVG. Every text is escaped.
    public func html(plan: Plan, language: Language = .zh) -> String {
        let words = TrackingText(plan: plan, language: language)
        let tracked = self.tracked
        let e = XMLText.escape
        func table(_ headers: [String], _ rows: [[String]], empty: String? = nil) -> String {
            guard !rows.isEmpty else { return "<p>\(e(empty ?? words.none))</p>\n" }
            var out = "<table><tr>" + headers.map { "<th>\(e($0))</th>" }.joined() + "</tr>\n"
            for row in rows { out += "<tr>" + row.map { "<td>\(e($0))</td>" }.joined() + "</tr>\n" }
            return out + "</table>\n"
        }
        let title = words.reportTitle(tracked.title, tracked.asOf)
        var out = "<!DOCTYPE html>\n<html lang=\"\(words.pick("zh-CN", "en"))\">\n<head>\n<meta charset=\"utf-8\">\n<title>\(e(title))</title>\n<style>\n"
        out += EmbeddedAssets.text("status.css")
        out += "</style>\n</head>\n<body>\n<h1>\(e(title))</h1>\n<ul>\n"
        for line in overview(words) { out += "<li>\(e(line))</li>\n" }
        out += "</ul>\n<h2>\(e(words.sCurveHeading))</h2>\n<figure>\(SCurveChart.svg(tracked.sCurve, asOf: tracked.asOf, words: words))</figure>\n"
        out += "<h2>\(e(words.finishedHeading(weekStart, tracked.asOf)))</h2>\n"
        out += table(words.finishedHeader, finished.map { task in
            [Self.label(task), task.phase.map(words.name) ?? "—", task.finish.description, task.baselineFinish?.description ?? "—",
             TrackingText.slip(task.slip)]
        })
        out += "<h2>\(e(words.startedHeading))</h2>\n"
        out += table(words.startedHeader, started.map { task in
            [task.name, words.roles(task.roles), task.start.description, task.baselineStart?.description ?? "—",
             TrackingText.percent(task.progress.percentComplete)]
        })
        out += "<h2>\(e(words.slippedHeading))</h2>\n"
        out += table(words.slippedHeader, slipped.map { task in
            [Self.label(task), task.baselineFinish?.description ?? "—", task.finish.description, String(task.slip ?? 0),
             task.cause.map { words.cause($0, of: task.id) } ?? "—"]
        }, empty: words.noneSlipped)
        if let next = nextMilestone {
            out += "<h2>\(e(words.risksHeading(next)))</h2>\n"
            out += table(words.risksHeader, atRisk.map { task in
                [task.name, words.roles(task.roles), task.finish.description, task.totalFloat.map(String.init) ?? "—",
                 words.list(words.flags(task.flags))]
            })
        }
        if !tracked.milestones.isEmpty {
            out += "<h2>\(e(words.milestonesHeading))</h2>\n"
            out += table(words.milestonesHeader, tracked.milestones.map { milestone in
                [milestone.name, milestone.baselineFinish?.description ?? "—", words.when(milestone),
                 milestone.slip.map(words.slipWords) ?? "—"]
            })
        }
        out += "<h2>\(e(words.earnedHeading))</h2>\n" + table(words.earnedHeader, earnedRows(words).map { [$0.0, $0.1, $0.2] })
        out += pacingHTML(words) { table($0, $1) }
        let notes = tracked.diagnostics.filter { $0.severity == .warning }.sortedByLocation()
        if !notes.isEmpty {
            out += "<h2>\(e(words.notesHeading))</h2>\n<ul>\n" + notes.map { "<li>\(e($0.message))</li>\n" }.joined() + "</ul>\n"
        }
        return out + "</body>\n</html>\n"
    }
}
