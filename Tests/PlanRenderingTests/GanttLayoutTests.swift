import Foundation
import PlanGenerator
import PlanModel
import Testing
@testable import PlanRendering

@Suite("Gantt layout")
struct GanttLayoutTests {
    @Test func targetsWrapBetweenItemsAndNeverCutANumber() {
        let targets = ["总营收 ¥2,200,000", "新客营收 ¥900,000", "老客营收 ¥1,300,000", "新客访客数 30,000 人", "转化率 6%",
                       "客单价 ¥500", "老客数 80,000 人", "复购率 3.25%", "老客人均消费 ¥500", "尾款支付率 85%"]
        let lines = GanttLayoutText.targetLines(targets)
        #expect(lines.count > 1)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 72 }, "\(lines)")
        for target in targets { #expect(lines.contains { $0.contains(target) }, "\(target) cut: \(lines)") }
        #expect(!lines.joined().contains("…"))
        let one = GanttLayoutText.targetLines(["一个特别特别长的目标名称 " + String(repeating: "很长 ", count: 30) + "¥2,800,000"])
        #expect(one.allSatisfy { DisplayWidth.of($0) <= 70 })
        #expect(one.contains { $0.contains("¥2,800,000") })
        #expect(GanttLayoutText.targetLines([]) == [])
    }

    @Test func aTallChartRepeatsItsHeaderAndLegendAndKeepsDaysWide() throws {
        let chart = try #require(TestPlans.chart(yaml: PlanGenerator(.init(tasks: 500, roles: 24)).yaml()))
        let layout = GanttLayout(chart: chart)
        #expect(layout.scale == .week, "a 500-row chart stays at week scale: 9 px a day")
        #expect(layout.bandTops.count == (chart.rows.count - 1) / GanttLayout.bandEvery)
        #expect(layout.legendTop != nil)
        for index in chart.rows.indices where chart.rows[index].kind == .task {
            #expect(layout.shape(row: index).end - layout.shape(row: index).start >= 4)
        }
        let forced = GanttLayout(chart: chart, scale: .month)
        for index in chart.rows.indices where chart.rows[index].kind == .task {
            #expect(forced.shape(row: index).end - forced.shape(row: index).start >= forced.minimumBarWidth)
        }
        // Rows stack without overlapping, bands between them.
        for index in chart.rows.indices.dropFirst() {
            #expect(layout.rowTops[index] >= layout.rowTops[index - 1] + layout.rowHeights[index - 1])
        }
        let short = GanttLayout(chart: try #require(TestPlans.chart(yaml: PlanGenerator(.init(tasks: 5, tasksPerPhase: 5)).yaml())))
        #expect(short.scale == .day && short.bandTops.isEmpty && short.legendTop == nil)
    }

    @Test func thirtyRoleColorsAreDistinct() {
        let colors = GanttPalette.roleColors
        #expect(colors.count == 30 && Set(colors).count == 30)
        let avoid = [GanttPalette.critical, GanttPalette.unassigned, GanttPalette.nonWorking, "#FFFFFF"]
        for (index, a) in colors.enumerated() {
            for b in colors[(index + 1)...] { #expect(Self.deltaE(a, b) >= 20, "\(a) \(b)") }
            for b in avoid { #expect(Self.deltaE(a, b) >= 20, "\(a) \(b)") }
        }
        let many = GanttPalette.colors(forPlanRoles: (0..<30).map { "r\($0)" })
        #expect(Set(many.values).count == 30)
    }

    /// CIE76 distance between two sRGB colors.
    static func deltaE(_ a: String, _ b: String) -> Double {
        func lab(_ hex: String) -> (Double, Double, Double) {
            let value = Int(hex.dropFirst(), radix: 16)!
            let channels = [(value >> 16) & 255, (value >> 8) & 255, value & 255].map { Double($0) / 255 }
            let linear = channels.map { $0 > 0.04045 ? pow(($0 + 0.055) / 1.055, 2.4) : $0 / 12.92 }
            let x = (0.4124 * linear[0] + 0.3576 * linear[1] + 0.1805 * linear[2]) / 0.95047
            let y = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
            let z = (0.0193 * linear[0] + 0.1192 * linear[1] + 0.9505 * linear[2]) / 1.08883
            func f(_ t: Double) -> Double { t > 0.008856 ? cbrt(t) : 7.787 * t + 16 / 116 }
            return (116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z)))
        }
        let (l1, a1, b1) = lab(a), (l2, a2, b2) = lab(b)
        return ((l1 - l2) * (l1 - l2) + (a1 - a2) * (a1 - a2) + (b1 - b2) * (b1 - b2)).squareRoot()
    }

    @Test func todayOutsideTheChartIsDrawnAtItsEdge() throws {
        let path = TestPlans.shippedPath("store")
        let after = GanttLayout(chart: try #require(TestPlans.chart(file: path, GanttOptions(today: CivilDate("2027-03-01")))))
        #expect(after.todayPosition?.clamped == 1 && after.todayPosition?.x == after.timelineRight)
        let before = GanttLayout(chart: try #require(TestPlans.chart(file: path, GanttOptions(today: CivilDate("2025-01-01")))))
        #expect(before.todayPosition?.clamped == -1 && before.todayPosition?.x == before.timelineX)
    }

    @Test func paperSizeFitsTheLandscapePage() throws {
        for paper in GanttOptions.Paper.allCases {
            let layout = GanttLayout(chart: try #require(TestPlans.chart(file: TestPlans.shippedPath("campaign"), GanttOptions(paper: paper))))
            let size = layout.physicalSize
            let width = Double(size.width.dropLast(2))!, height = Double(size.height.dropLast(2))!
            #expect(size.width.hasSuffix("mm") && width <= paper.printable.width + 0.1 && height <= paper.printable.height + 0.1)
            #expect(abs(width / height - layout.width / layout.height) < 0.01)
            #expect(width <= layout.width * 25.4 / 96 + 0.1, "never larger than at 96 dpi")
        }
        let small = GanttLayout(chart: try #require(TestPlans.chart(yaml: TestPlans.links, GanttOptions(paper: .a3))))
        #expect(small.physicalSize.width == svgNumber(small.width * 25.4 / 96) + "mm")
    }

    @Test func theLegendWrapsInsideANarrowChart() throws {
        let yaml = """
            cycleplan: 1
            id: n
            title: 窄
            start: 2026-09-07
            roles: {a: 甲角色名称, b: 乙角色名称, c: 丙角色名称, d: 丁角色名称, e: 戊角色名称, f: 己角色名称, g: 庚角色名称}
            tasks:
              - {id: t1, name: 一, role: a, duration: 1d}
              - {id: t2, name: 二, role: b, duration: 1d}
              - {id: t3, name: 三, role: c, duration: 1d}
              - {id: t4, name: 四, role: d, duration: 1d}
              - {id: t5, name: 五, role: e, duration: 1d}
              - {id: t6, name: 六, role: f, duration: 1d}
              - {id: t7, name: 七, role: g, duration: 1d}
            """
        let layout = GanttLayout(chart: try #require(TestPlans.chart(yaml: yaml)))
        for item in layout.legendBottom.items {
            #expect(item.x + 24 + Double(DisplayWidth.of(item.label)) * 5.5 <= layout.width, "\(item.label) at \(item.x) of \(layout.width)")
        }
        #expect(layout.height >= layout.bodyBottom + layout.legendBottom.height)
    }
}
