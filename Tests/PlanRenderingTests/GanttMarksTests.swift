import Foundation
import PlanModel
import Testing
@testable import PlanRendering

/// Deadlines, pins, holiday names, 班, the two-tier header and the quarter scale, on the
/// fixture `Fixtures/marks.yaml` (the same plan the browser check draws).
@Suite("Gantt marks")
struct GanttMarksTests {
    static var marksPath: String { TestPlans.root.appendingPathComponent("Fixtures/marks.yaml").path }

    static func chart(_ options: GanttOptions = GanttOptions()) throws -> GanttChart {
        try #require(TestPlans.chart(file: marksPath, options))
    }

    static func date(_ text: String) throws -> CivilDate { try #require(CivilDate(text)) }

    @Test func lateRowsCountWorkingDaysPastTheirDeadline() throws {
        let chart = try Self.chart()
        // 文案 runs 9/24, 9/25, 9/27 (a make-up Sunday), 9/28: two working days after 9/25.
        let finish = try Self.date("2026-09-28"), due = try Self.date("2026-09-30"), pin = try Self.date("2026-10-12")
        #expect(chart.row("copy")?.finish == finish)
        #expect(chart.row("copy")?.lateDays == 2)
        #expect(chart.row("poster")?.lateDays == 0 && chart.row("poster")?.deadline == due)
        // The phase ends with 文案 on 9/28; due 9/24: 9/25, 9/27, 9/28.
        #expect(chart.row("prep")?.lateDays == 3)
        #expect(chart.row("fixed")?.pin == pin)
        #expect(chart.row("wrap")?.pin == nil && chart.row("wrap")?.deadline == nil)
    }

    @Test func aLateRowsNoteLeadsWithItsWorkingDays() throws {
        let chart = try Self.chart()
        let layout = GanttLayout(chart: chart, scale: .week)
        let copy = try #require(chart.rows.firstIndex { $0.id == "copy" })
        #expect(layout.notes[copy] == ["逾期 2 个工作日  运营"])
        let prep = try #require(chart.rows.firstIndex { $0.id == "prep" })
        #expect(layout.notes[prep].first == "逾期 3 个工作日")
        // The note is measured with the count, so the chart is wide enough for it.
        #expect(layout.noteCells[copy] == DisplayWidth.of("逾期 2 个工作日  运营"))
        // At month scale role names give way to the legend; the late count stays.
        let month = GanttLayout(chart: chart, scale: .month)
        #expect(month.notes[copy] == ["逾期 2 个工作日"])
        let poster = try #require(chart.rows.firstIndex { $0.id == "poster" })
        let dayAfter = try Self.date("2026-10-01")
        #expect(layout.deadlineX(row: poster) == layout.x(dayAfter), "at the end of the deadline day")
    }

    @Test func holidaysAreNamedOnceAndMakeUpDaysSay班() throws {
        let layout = GanttLayout(chart: try Self.chart(), scale: .day)
        #expect(layout.hasHolidayLane)
        let names = layout.dayMarks.filter { $0.kind == .holiday }
        #expect(names.map(\.text) == ["国庆节"])
        let first = try Self.date("2026-10-01"), after = try Self.date("2026-10-08")
        #expect(names.first?.centered == true && names.first?.x == (layout.x(first) + layout.x(after)) / 2)
        let makeUp = layout.dayMarks.filter { $0.kind == .makeUp }
        let centers = try ["2026-09-27", "2026-10-10"].map { layout.x(try Self.date($0)) + layout.dayWidth / 2 }
        #expect(makeUp.map(\.x) == centers && makeUp.allSatisfy { $0.text == "班" })
        let svg = SVGRenderer().render(try Self.chart(GanttOptions(scale: .day)))
        #expect(svg.components(separatedBy: ">国庆节</text>").count == 2, "the name once, in the header only")
        #expect(svg.components(separatedBy: "class=\"make-up\"").count == 3)
    }

    @Test func aPlanWithoutNamedDaysHasNoLane() throws {
        let plain = try #require(TestPlans.chart(yaml: "cycleplan: 1\nid: p\ntitle: p\nstart: 2026-03-02\ntasks:\n  - {id: a, name: A, duration: 2d}\n"))
        let layout = GanttLayout(chart: plain)
        #expect(!layout.hasHolidayLane && layout.dayMarks.isEmpty)
        #expect(layout.headerHeight == 54)
    }

    @Test func tooltipsListDeadlinesAndPins() throws {
        let svg = SVGRenderer().render(try Self.chart())
        #expect(svg.contains("截止: 2026-09-25（逾期 2 个工作日）"))
        #expect(svg.contains("截止: 2026-09-30（按期）"))
        #expect(svg.contains("截止: 2026-09-24（逾期 3 个工作日）"))
        #expect(svg.contains("固定开始: 2026-10-12"))
        #expect(svg.components(separatedBy: "class=\"deadline-mark\"").count == 4, "poster, copy and the phase")
        #expect(svg.components(separatedBy: "<g class=\"pin\">").count == 2)
        #expect(svg.contains("<tspan class=\"late\""))
        #expect(svg.contains("fill=\"url(#past)\"") == false, "no today, no past")
        let today = try Self.date("2026-10-09")
        let withToday = SVGRenderer().render(try Self.chart(GanttOptions(today: today)))
        #expect(withToday.contains("class=\"past\"") && withToday.contains("fill=\"url(#past)\"") && withToday.contains(">已过去</text>"))
    }

    @Test func headersHaveTwoTiersAndTheYearInEveryMonth() throws {
        let chart = try Self.chart()
        let week = SVGRenderer().render(chart.rescaled(.week))
        #expect(week.contains(">39周 9/21</text>"), "ISO week 39 starts on 2026-09-21")
        let month = SVGRenderer().render(chart.rescaled(.month))
        #expect(month.contains(">2026年10月</text>") && month.contains(">41周</text>"))
        let quarter = GanttLayout(chart: chart, scale: .quarter)
        #expect(quarter.dayWidth == 2.2 && quarter.quarters.map(\.label) == ["2026年第3季度", "2026年第4季度"])
        let campaign = try #require(TestPlans.chart(file: TestPlans.shippedPath("campaign"), GanttOptions(scale: .quarter)))
        let drawn = SVGRenderer().render(campaign)
        #expect(drawn.contains(">2026年第4季度</text>") && drawn.contains(">2026年10月</text>") && drawn.contains(">2026年11月</text>"))
        let lastWeek = try Self.date("2026-12-28"), firstWeek = try Self.date("2027-01-04")
        #expect(GanttLayout.isoWeek(lastWeek) == 53 && GanttLayout.isoWeek(firstWeek) == 1)
        #expect(GanttLayout.monthLabel("2027年3月", width: 100) == "2027年3月")
        #expect(GanttLayout.monthLabel("2027年3月", width: 40) == "3月")
        #expect(GanttLayout.monthLabel("2027年3月", width: 10) == nil)
    }
}

@Suite("Gantt labels and driving links")
struct GanttLabelTests {
    @Test func longNamesWrapToTwoLinesAndAreCutOnlyPastThem() {
        #expect(GanttLayoutText.wrap("一二三四", cells: 8) == ["一二三四"])
        let two = GanttLayoutText.wrap("一二三四五六七八", cells: 8)
        #expect(two == ["一二三四", "五六七八"])
        let cut = GanttLayoutText.wrap("一二三四五六七八九十", cells: 8)
        #expect(cut.count == 2 && cut[0] == "一二三四" && cut[1].hasSuffix("…") && cut.allSatisfy { DisplayWidth.of($0) <= 8 })
        // A break after punctuation near the line's end, not inside the words after it.
        let punctuated = GanttLayoutText.wrap("预算与资源申请（赠品、券成本、投放）", cells: 24)
        #expect(punctuated.first == "预算与资源申请（赠品、")
        #expect(punctuated.joined() == "预算与资源申请（赠品、券成本、投放）")
    }

    @Test func noShippedLabelIsCut() throws {
        for name in ["campaign", "cycle", "store"] {
            let chart = try #require(TestPlans.chart(file: TestPlans.shippedPath(name)))
            let layout = GanttLayout(chart: chart)
            #expect(layout.labelWidth <= GanttLayout.widestLabelColumn)
            for index in chart.rows.indices {
                let (lines, truncated) = layout.labelLines(index)
                #expect(!truncated && lines.joined().replacingOccurrences(of: " ", with: "") == GanttLayoutText.singleLine(chart.rows[index].name).replacingOccurrences(of: " ", with: ""), "\(name): \(lines)")
                if lines.count == 2 { #expect(layout.rowHeights[index] >= layout.rowHeight + layout.lineHeight) }
            }
        }
    }

    @Test func aLinkDrivesWhenItsSuccessorStartsAsEarlyAsItAllows() throws {
        let yaml = """
            cycleplan: 1
            id: d
            title: d
            start: 2026-03-02
            tasks:
              - {id: a, name: A, duration: 2d}
              - {id: b, name: B, duration: 5d}
              - {id: c, name: C, duration: 1d, after: [a, b]}
              - {id: e, name: E, duration: 1d, after: "a SS +1d"}
            """
        let chart = try #require(TestPlans.chart(yaml: yaml))
        let driving = Dictionary(uniqueKeysWithValues: chart.links.map { ("\($0.from)>\($0.to)", $0.driving) })
        #expect(driving == ["a>c": false, "b>c": true, "a>e": true])
    }
}

extension GanttChart {
    func rescaled(_ scale: GanttOptions.Scale) -> GanttChart {
        var copy = self
        copy.scale = scale
        return copy
    }
}
