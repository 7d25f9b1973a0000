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
        let long = GanttLayout(chart: try chart(PlanGenerator(.init(tasks: 500)).yaml()))
        #expect(long.scale == .month)
        let forced = GanttLayout(chart: try chart(PlanGenerator(.init(tasks: 5, tasksPerPhase: 5)).yaml(), options: GanttOptions(scale: .week)))
        #expect(forced.scale == .week)
    }

    @Test func numbersAreStable() {
        #expect(svgNumber(12) == "12")
        #expect(svgNumber(12.25) == "12.3")
        #expect(svgNumber(-0.5) == "-0.5")
        #expect(svgNumber(1234.04) == "1234")
    }
}
