import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import PlanModel
import PlanTracking
import Testing

@Suite("Status views")
struct ReportViewTests {
    private let hostile = """
        cycleplan: 1
        id: h
        title: "<b>周</b> | 报"
        start: 2027-01-04
        roles: {design: {name: "设计<img src=x>", headcount: 1}}
        tasks:
          - {id: a, name: "<script>alert(1)</script>", role: design, duration: 2d}
          - {id: b, name: "文案 | *粗* [链接](x)", role: design, duration: 2d, after: a}
          - {id: m, name: 上线, milestone: true, after: b}
        """

    private func tracked() throws -> (Plan, TrackedSchedule) {
        let plan = try loadPlan(hostile)
        let status = try loadStatus("asOf: 2027-01-06\ntasks:\n  a: {started: 2027-01-05, done: 2027-01-06}\n", plan: plan)
        return (plan, try track(plan, baseline: baseline(of: plan), status: status))
    }

    @Test func htmlEscapesEveryNameAndDrawsTheCurve() throws {
        let (plan, tracked) = try tracked()
        let page = WeeklyStatus(tracked).html(plan: plan)
        #expect(!page.contains("<script") && page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!page.contains("<img") && !page.contains("<b>周"))
        let svg = try #require(page.range(of: "<svg").flatMap { start in page.range(of: "</svg>").map { page[start.lowerBound..<$0.upperBound] } })
        #expect(throws: Never.self) { try XMLDocument(xmlString: String(svg)) }
    }

    @Test func markdownCellsCannotBreakTheTables() throws {
        let (plan, tracked) = try tracked()
        let text = WeeklyStatus(tracked).markdown(plan: plan)
        #expect(text.contains("文案 \\| \\*粗\\* \\[链接\\](x)"))
        #expect(!text.contains("<script>") && text.contains("&lt;script&gt;"))
        // Every table row has as many cells as its header.
        for line in text.split(separator: "\n") where line.hasPrefix("| ") {
            let cells = line.replacingOccurrences(of: "\\|", with: "").split(separator: "|", omittingEmptySubsequences: false).count
            #expect(cells == 6 || cells == 7 || cells == 5, "\(line)")
        }
    }

    @Test func theWeekListsWhatFinishedStartedAndSlipped() throws {
        let (plan, tracked) = try tracked()
        let week = WeeklyStatus(tracked)
        // a: baseline Mon–Tue, done Wed: finished and started this week, a day late.
        #expect(week.finished.map(\.id) == ["a"] && week.started.map(\.id) == ["a"])
        // Each one working day late (a done Wed, b Thu–Fri, m Fri): equal slips keep plan order.
        #expect(week.slipped.map(\.id) == ["a", "b", "m"] && week.slipped.allSatisfy { $0.slip == 1 })
        #expect(week.nextMilestone?.id == "m")
        #expect(week.atRisk.map(\.id) == ["b"])
        #expect(tracked.table(plan: plan, color: false).contains("<script>alert(1)</script>"), "the terminal shows names as written")
    }
}
