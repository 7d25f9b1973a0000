import Foundation
import PlanModel
import PlanScheduling
import Testing
@testable import PlanRendering

/// Plans with different calendars charted together (`cycleplan gantt a.yaml b.yaml`, issue #12):
/// each plan's non-working days are shaded behind its own rows. Fixtures/calendars: a 春节
/// plan (weekends, 春节 2027-02-06..13, a 调休 Sunday) beside a seven-day plan, whose rows
/// stay clear — before, only the days *no* plan works were shaded, which here is none.
@Suite("Gantt: each plan's days off behind its rows")
struct GanttCalendarBandTests {
    private func chart(scale: GanttOptions.Scale = .day) throws -> GanttChart {
        let folder = TestPlans.root.appendingPathComponent("Fixtures/calendars")
        let plans = try ["cny.yaml", "always.yaml"].map { try #require(PlanLoader().load(file: folder.appendingPathComponent($0).path).plan) }
        let portfolio = try #require(Portfolio.compose(plans).portfolio)
        return GanttChart(plan: portfolio.plan, schedule: Scheduler().schedule(portfolio.plan), options: GanttOptions(scale: scale))
    }

    /// The `class="off"` rectangles: x, y, width, height.
    private func offRects(_ svg: String) -> [(x: Double, y: Double, width: Double, height: Double)] {
        svg.components(separatedBy: "<rect class=\"off\" ").dropFirst().map { tag in
            func value(_ name: String) -> Double {
                Double(tag.components(separatedBy: "\(name)=\"").dropFirst().first?.prefix { $0 != "\"" } ?? "") ?? .nan
            }
            return (value("x"), value("y"), value("width"), value("height"))
        }
    }

    @Test func eachPlansDaysOffLieBehindItsOwnRows() throws {
        let chart = try chart()
        #expect(chart.memberCalendars.count == 2)
        let layout = GanttLayout(chart: chart)
        let bands = layout.calendarBands()
        // The 春节 plan's rows, then the seven-day plan's: two bands, meeting, covering the body.
        #expect(bands.map(\.calendar) == [0, 1], "\(bands)")
        let cny = try #require(bands.first), always = try #require(bands.last)
        #expect(cny.bottom == always.top && abs(always.bottom - layout.rowTops.last! - layout.rowHeights.last!) < 0.001)
        #expect(chart.rows.filter { $0.memberCalendar == 1 }.map(\.name).contains("社群日常维护"))
        let rects = offRects(SVGRenderer().render(chart))
        func shaded(_ date: String, in band: (calendar: Int?, top: Double, bottom: Double)) throws -> Bool {
            let x = layout.x(try #require(CivilDate(date)))
            return rects.contains { $0.x <= x + 0.01 && x < $0.x + $0.width - 0.01 && $0.y >= band.top - 0.01 && $0.y + $0.height <= band.bottom + 0.01 }
        }
        // The Sunday before the chart's first day of work, and a day of 春节: off for the
        // 春节 plan only.
        for date in ["2027-01-31", "2027-02-10"] {
            #expect(try shaded(date, in: cny), "\(date) behind the 春节 plan's rows")
            #expect(try !shaded(date, in: always), "\(date) is worked by the seven-day plan")
        }
        // The 调休 Sunday is a working day in both.
        #expect(try !shaded("2027-02-14", in: cny) && !shaded("2027-02-14", in: always))
        // No band reaches above the body or into the header.
        #expect(rects.allSatisfy { $0.y >= layout.bodyTop - 0.01 && $0.y + $0.height <= layout.bodyBottom + 0.01 })
    }

    /// 春节 is taken by one plan only, so no day of it is off for both; its name still heads
    /// the chart over the 春节 plan's shaded days (it was missing: the names came from the days
    /// no plan works), in the SVG and in the HTML page's data, and the 调休 Sunday keeps its 班.
    @Test func aHolidayOnePlanTakesIsNamedInTheHeader() throws {
        let chart = try chart()
        #expect(!chart.calendar.holidays.contains { $0.name == "春节" }, "no day of 春节 is off in both plans")
        let layout = GanttLayout(chart: chart)
        #expect(layout.hasHolidayLane)
        let marks = layout.dayMarks
        let spring = try #require(marks.first { $0.kind == .holiday && $0.text == "春节" })
        let first = layout.x(try #require(CivilDate("2027-02-06"))), end = layout.x(try #require(CivilDate("2027-02-14")))
        #expect(spring.x > first && spring.x < end, "centered over 2/6–2/13")
        #expect(marks.contains { $0.kind == .makeUp })
        #expect(SVGRenderer().render(chart).contains(">春节</text>"))
        let html = HTMLRenderer().render(chart)
        #expect(html.contains("\"春节\""))
    }

    /// One calendar keeps one band over the whole body, as before.
    @Test func oneCalendarIsOneBand() throws {
        let chart = try #require(TestPlans.chart(file: TestPlans.root.appendingPathComponent("Fixtures/calendars/cny.yaml").path))
        #expect(chart.memberCalendars.isEmpty && chart.rows.allSatisfy { $0.memberCalendar == nil })
        let layout = GanttLayout(chart: chart)
        #expect(layout.calendarBands().count == 1 && layout.calendarBands()[0].calendar == nil)
        let rects = offRects(SVGRenderer().render(chart))
        #expect(rects.count == layout.nonWorkingRuns.count && rects.allSatisfy { $0.y == layout.bodyTop })
    }

    /// The page gets each plan's days off and each row's plan, and its script draws the bands.
    @Test func thePageCarriesEachPlansDaysOff() throws {
        let chart = try chart()
        let json = try #require(try JSONSerialization.jsonObject(with: Data(HTMLRenderer.embeddedJSON(chart, layout: GanttLayout(chart: chart)).utf8)) as? [String: Any])
        let cals = try #require(json["cals"] as? [[Int]])
        #expect(cals.count == 2 && !cals[0].isEmpty && cals[1].isEmpty, "the seven-day plan has no day off")
        let rows = try #require(json["rows"] as? [[String: Any]])
        #expect(rows.first { $0["name"] as? String == "社群日常维护" }?["cal"] as? Int == 1)
        #expect(rows.first { $0["name"] as? String == "活动准备" }?["cal"] == nil)
    }
}
