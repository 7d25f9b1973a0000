import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import PlanGenerator
import PlanModel
import PlanScheduling
import Testing
@testable import PlanRendering

/// Collects element names and all text of an XML document.
private final class XMLSurvey: NSObject, XMLParserDelegate {
    var elements: [String: Int] = [:]
    var text = ""
    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        elements[name, default: 0] += 1
    }
    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
}

private func survey(_ svg: String) throws -> XMLSurvey {
    let parser = XMLParser(data: Data(svg.utf8))
    let survey = XMLSurvey()
    parser.delegate = survey
    #expect(parser.parse(), "not well-formed: \(String(describing: parser.parserError))")
    return survey
}

private func chart(_ yaml: String, options: GanttOptions = GanttOptions()) throws -> GanttChart {
    let result = PlanLoader().load(bytes: Array(yaml.utf8), path: "chart.yaml")
    let plan = try #require(result.plan)
    return GanttChart(plan: plan, schedule: Scheduler().schedule(plan), options: options)
}

@Suite("SVG Gantt")
struct SVGRendererTests {
    @Test func hostileNamesStayTextAndTheDocumentIsWellFormed() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/hostile.yaml").path
        let plan = try #require(PlanLoader().load(file: path).plan)
        let svg = SVGRenderer().render(GanttChart(plan: plan, schedule: Scheduler().schedule(plan)))
        let found = try survey(svg)
        #expect(found.elements["script"] == nil)
        #expect(found.text.contains("<script>alert(\"x\")</script> & 'quotes'"))
        #expect(found.text.contains("🎉 上线 🚀 庆祝 👩‍💻"))
        // The long name is cut in its label but whole in the tooltip.
        #expect(found.text.contains("…"))
        #expect(found.text.contains("而不丢失任何一个字符"))
        #expect(svg == SVGRenderer().render(GanttChart(plan: plan, schedule: Scheduler().schedule(plan))))
    }

    @Test func everyRowIsDrawnWithItsShape() throws {
        let yaml = """
            cycleplan: 1
            id: s
            title: 图
            start: 2026-09-07
            roles: {design: 设计}
            phases:
              - id: p
                name: 阶段
                targets: {}
                tasks:
                  - {id: a, name: 海报, role: design, duration: 2d}
                  - {id: m, name: 上线, milestone: true, after: a}
            """
        let svg = SVGRenderer().render(try chart(yaml, options: GanttOptions(today: CivilDate("2026-09-08"))))
        let found = try survey(svg)
        #expect(found.text.contains("今天 2026-09-08"))
        #expect(svg.contains("<rect x=") && svg.contains("marker-end=\"url(#arrow-crit)\""))
        // A phase bracket, a milestone diamond, and a bar.
        #expect(svg.components(separatedBy: " v9 l-5,-5 ").count == 2)
        #expect(svg.components(separatedBy: " l7,7 l-7,7 l-7,-7 z").count == 2)
        #expect(found.text.contains("设计"))
    }

    @Test func scaleFollowsTheSpan() throws {
        let short = GanttLayout(chart: try chart(PlanGenerator(.init(tasks: 5, tasksPerPhase: 5)).yaml()))
        #expect(short.scale == .day)
        let forced = GanttLayout(chart: try chart(PlanGenerator(.init(tasks: 5, tasksPerPhase: 5)).yaml(), options: GanttOptions(scale: .week)))
        #expect(forced.scale == .week)
    }

    /// Shading first and deaf to the mouse, links under bars, bars under nothing that hears it.
    @Test func nothingThatOnlyShadesCatchesTheMouse() throws {
        let campaign = try #require(TestPlans.chart(file: TestPlans.shippedPath("campaign"), GanttOptions(today: CivilDate("2026-10-15"))))
        let svg = SVGRenderer().render(campaign)
        let shading = try #require(svg.range(of: "<g class=\"shading\" pointer-events=\"none\">"))
        let past = try #require(svg.range(of: "<rect class=\"past\""))
        let links = try #require(svg.range(of: "<g class=\"links\""))
        let bars = try #require(svg.range(of: "<g class=\"bars\">"))
        #expect(shading.lowerBound < past.lowerBound && past.lowerBound < links.lowerBound && links.lowerBound < bars.lowerBound)
        #expect(svg.contains("<g class=\"today\" pointer-events=\"none\">"))
        #expect(svg.contains("<g class=\"grid\" pointer-events=\"none\">"))
        #expect(svg.components(separatedBy: "<g class=\"bar task\"").count - 1 == campaign.rows.filter { $0.kind == .task }.count)
    }

    @Test func headerLabelsNeverRunTogether() throws {
        let campaign = TestPlans.shippedPath("campaign")
        let day = SVGRenderer().render(try #require(TestPlans.chart(file: campaign, GanttOptions(today: CivilDate("2026-10-15"), scale: .day))))
        // Day numbers and weekdays are separate texts on separate lines.
        #expect(day.contains(">22</text>") && day.contains(">四</text>"))
        #expect(!day.contains("22四"))
        for scale in [GanttOptions.Scale.day, .week, .month] {
            let chart = try #require(TestPlans.chart(file: campaign, GanttOptions(today: CivilDate("2026-10-15"), scale: scale)))
            let layout = GanttLayout(chart: chart)
            let svg = SVGRenderer().render(chart)
            // The today label has the header's last lane to itself: below every date label.
            let todayY = try #require(Self.attribute("y", before: "今天 2026-10-15", in: svg))
            #expect(todayY == layout.bodyTop - 5)
            for y in Self.values("y", ofTextsIn: "<g class=\"header\"", svg) { #expect(y <= todayY - 12, "\(scale): \(y) vs \(todayY)") }
        }
    }

    @Test func aLoneHolidayIsShadedAtMonthScale() throws {
        let yaml = """
            cycleplan: 1
            id: m1
            title: 单日假期测试
            start: 2026-09-01
            calendar:
              holidays: [{date: "2026-09-16", name: 公司周年庆}, {date: "2026-11-11", name: 双11}]
            tasks:
              - {id: a, name: 任务甲, duration: 60d}
              - {id: b, name: 任务乙, duration: 30d, after: a}
            """
        let chart = try chart(yaml, options: GanttOptions(scale: .month))
        let layout = GanttLayout(chart: chart)
        let svg = SVGRenderer().render(chart)
        let x = svgNumber(layout.x(try #require(CivilDate("2026-09-16"))))
        #expect(svg.contains("<rect class=\"off\" x=\"\(x)\""), "the 16th is a Wednesday holiday")
        #expect(svg.components(separatedBy: "<rect class=\"off\"").count - 1 == layout.nonWorkingRuns.count)
    }

    @Test func lineBreaksInNamesBecomeSpaces() throws {
        let svg = SVGRenderer().render(try #require(TestPlans.hostile()))
        let found = try survey(svg)
        #expect(found.text.contains("第一行 第二行: 带冒号"))
        #expect(found.text.contains("第一行 第二行 CRLF"))
    }

    @Test func aDateAfterTheEndShadesEverythingAndMarksTheEdge() throws {
        let chart = try #require(TestPlans.chart(file: TestPlans.shippedPath("store"), GanttOptions(today: CivilDate("2027-03-01"))))
        let layout = GanttLayout(chart: chart)
        let svg = SVGRenderer().render(chart)
        #expect(svg.contains("今天 2027-03-01 →"))
        #expect(svg.contains("<rect class=\"past\" x=\"\(svgNumber(layout.timelineX))\" y=\"\(svgNumber(layout.bodyTop))\" width=\"\(svgNumber(layout.timelineRight - layout.timelineX))\""))
        let early = SVGRenderer().render(try #require(TestPlans.chart(file: TestPlans.shippedPath("store"), GanttOptions(today: CivilDate("2025-01-01")))))
        #expect(early.contains("← 今天 2025-01-01") && !early.contains("class=\"past\""))
    }

    @Test func phaseTargetsWrapInsteadOfBeingCut() throws {
        let svg = SVGRenderer().render(try #require(TestPlans.hostile()))
        let found = try survey(svg)
        #expect(found.text.contains("¥2,800,000") && found.text.contains("1,234,567.89"))
        #expect(!found.text.contains("目标 成交额 ¥2,800,000 · 订单数, 含退款 123,456 单 · 访客数 98,765 人 · 转化率 3.5% · 投放费用 ¥1,234,568 · 新增会员 54,321 人…"))
    }

    @Test func paperSizeGoesIntoTheSVGAttributes() throws {
        let svg = SVGRenderer().render(try #require(TestPlans.chart(file: TestPlans.shippedPath("campaign"), GanttOptions(paper: .a4))))
        #expect(svg.contains("mm\" height=\"") && svg.contains("viewBox=\"0 0 "))
    }

    static func attribute(_ name: String, before text: String, in svg: String) -> Double? {
        guard let range = svg.range(of: ">" + text + "<") else { return nil }
        let tag = svg[..<range.lowerBound].components(separatedBy: "<text").last ?? ""
        return tag.components(separatedBy: " \(name)=\"").dropFirst().first.flatMap { Double($0.prefix { $0 != "\"" }) }
    }

    static func values(_ name: String, ofTextsIn group: String, _ svg: String) -> [Double] {
        guard let start = svg.range(of: group) else { return [] }
        let body = svg[start.upperBound...].components(separatedBy: "</g>")[0]
        return body.components(separatedBy: "<text").dropFirst().compactMap { tag in
            tag.components(separatedBy: " \(name)=\"").dropFirst().first.flatMap { Double($0.prefix { $0 != "\"" }) }
        }
    }

    @Test func numbersAreStable() {
        #expect(svgNumber(12) == "12")
        #expect(svgNumber(12.25) == "12.3")
        #expect(svgNumber(-0.5) == "-0.5")
        #expect(svgNumber(1234.04) == "1234")
    }
}
