import Foundation
@testable import PlanModel
@testable import PlanRendering
import Testing

/// `--paper`: a chart too big for one sheet at 6 pt is split into pages (issue #13, Print).
/// The numbers are worked by hand: at the minimum, 1 px = 6 × 25.4 / 72 / 10 mm.
@Suite("Printed pages")
struct GanttPaginationTests {
    @Test func theMinimumScalePrintsTenPixelTextAtSixPoints() {
        #expect(abs(GanttPagination.minimumScale - 0.211_666_7) < 1e-6)
        #expect(abs(GanttPagination.smallestFontPixels * GanttPagination.minimumScale * 72 / 25.4 - 6) < 1e-9)
    }

    /// A4 printable 277 × 190 mm = 1308.66 × 897.64 px at the minimum. Slices: 1308.66 − 300
    /// = 1008.66 px → 112 days of 9 px (16 whole weeks) = 1008 px; a timeline of 1800 px
    /// → 1008 + 792. Rows: 897.64 − 34 − 36 − 30 = 797.64 px → 36 rows of 22 px; 100 rows →
    /// 36 + 36 + 28. Six pages, band by band.
    @Test func rowsAndWeeksPerA4Page() throws {
        let split = try #require(GanttPagination(
            paper: .a4, chartWidth: 2100, chartHeight: 2400, labelWidth: 300, timelineWidth: 1800, dayWidth: 9,
            weekAligned: true, headerHeight: 36, rowHeights: Array(repeating: 22, count: 100), footer: 30))
        #expect(split.daysPerSlice == 112)
        #expect(split.slices.map(\.x) == [300, 1308])
        #expect(split.slices.map(\.width) == [1008, 792])
        #expect(split.rowBands == [0..<36, 36..<72, 72..<100])
        #expect(split.pages.count == 6)
        #expect(split.pages[3] == GanttPagination.Page(rows: 36..<72, x: 1308, width: 792))
    }

    /// Notes after the last bars get no page of their own: 828 px of days and notes to 1022
    /// px beside a 420 px label column on A4 — (1308.66 − 420) / 9 = 98.7 → 98 days (14
    /// weeks) = 882 px, one slice showing the notes to its edge.
    @Test func notesPastTheLastDayShareTheLastSlice() throws {
        let split = try #require(GanttPagination(
            paper: .a4, chartWidth: 1442, chartHeight: 1300, labelWidth: 420, timelineWidth: 828, drawnWidth: 1022, dayWidth: 9,
            weekAligned: true, headerHeight: 50, rowHeights: Array(repeating: 22, count: 48), footer: 40))
        #expect(split.daysPerSlice == 98)
        #expect(split.slices.map(\.x) == [420] && split.slices.map(\.width) == [882])
    }

    /// Letter printable 259.4 × 195.9 mm = 1225.51 × 925.51 px. Day scale, not cut at weeks:
    /// (1225.51 − 200) / 24 = 42.7 → 42 days, one slice for 500 px. Rows: 925.51 − 34 − 54 =
    /// 837.51 px: 400 + 400 fit, + 50 does not; 50 + 900 do not; a 900 px row alone still
    /// gets its page.
    @Test func wholeRowsAndDaysOnLetter() throws {
        let split = try #require(GanttPagination(
            paper: .letter, chartWidth: 700, chartHeight: 1800, labelWidth: 200, timelineWidth: 500, dayWidth: 24,
            weekAligned: false, headerHeight: 54, rowHeights: [400, 400, 50, 900, 22], footer: 0))
        #expect(split.daysPerSlice == 42)
        #expect(split.slices.map(\.x) == [200] && split.slices.map(\.width) == [500])
        #expect(split.rowBands == [0..<2, 2..<3, 3..<4, 4..<5])
    }

    /// One sheet when the fitted scale keeps the text at 6 pt or more: A4 holds 1308.66 px
    /// across at the minimum, so 1308 px fits and 1400 px does not.
    @Test func aChartThatFitsIsNotSplit() {
        func split(_ paper: GanttOptions.Paper, _ width: Double, _ height: Double) -> GanttPagination? {
            GanttPagination(paper: paper, chartWidth: width, chartHeight: height, labelWidth: 200, timelineWidth: width - 200, dayWidth: 9,
                            weekAligned: true, headerHeight: 36, rowHeights: [22, 22], footer: 30)
        }
        #expect(split(.a4, 1308, 500) == nil)
        #expect(split(.a4, 1400, 500)?.slices.count == 2)
        #expect(split(.a3, 1442, 900) == nil)
        #expect(split(.a1, 3200, 2700) == nil, "841 − 20 mm = 3878 px across at 6 pt")
    }

    @Test func pagesAreNumberedFiles() {
        #expect(GanttPagination.pagePaths("out/plan.svg", count: 2) == ["out/plan-1.svg", "out/plan-2.svg"])
        #expect(GanttPagination.pagePaths("v1.2/plan", count: 1) == ["v1.2/plan-1"])
        #expect(GanttPagination.pagePaths(".chart", count: 1) == [".chart-1"])
    }

    /// The shipped campaign on A4: every page has the title, the date header, the label
    /// column with exactly its rows' names, and its page number.
    @Test func everyPageRepeatsTheHeaderAndLabels() throws {
        let chart = try #require(TestPlans.chart(file: TestPlans.shippedPath("campaign"), GanttOptions(scale: .week, paper: .a4)))
        let (layout, split) = try #require(SVGRenderer.pagination(of: chart))
        let pages = SVGRenderer().renderPages(chart)
        #expect(pages.count == split.pages.count && pages.count > 1)
        var shown = Set<Int>()
        for (number, (svg, page)) in zip(pages, split.pages).enumerated() {
            #expect(svg.contains("width=\"297mm\" height=\"210mm\""))
            #expect(svg.contains("第 \(number + 1)/\(pages.count) 页"))
            #expect(svg.contains("class=\"tier1\"") && svg.contains("class=\"tier2\""), "date header on page \(number + 1)")
            let labels = svg.components(separatedBy: "<g id=\"l\">")[1].components(separatedBy: "</g>")[0]
            #expect(labels.components(separatedBy: "<text").count - 1 == page.rows.count, "labels of page \(number + 1)")
            for index in page.rows {
                let name = layout.labelLines(index).lines[0]
                #expect(labels.contains(XMLText.escape(name)), "\(name) on page \(number + 1)")
                shown.insert(index)
            }
            #expect(svg.contains("<use href=\"#l\"/>") && svg.contains("<use href=\"#h\"/>"))
        }
        #expect(shown == Set(chart.rows.indices), "every row on some page")
    }
}

extension GanttPagination.Page: CustomTestStringConvertible {
    public var testDescription: String { "rows \(rows) x \(x) width \(width)" }
}
