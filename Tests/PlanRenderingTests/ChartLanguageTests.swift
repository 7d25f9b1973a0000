import Foundation
import PlanModel
import PlanScheduling
import Testing
@testable import PlanRendering

/// Every chart and export in one language: a plan whose names are English gives English
/// charts without a single Chinese character (the page's script, which carries both word
/// tables, left aside), and the Chinese charts none of the English words.
@Suite("Charts in one language")
struct ChartLanguageTests {
    static let plan = """
        cycleplan: 1
        id: spring
        title: Spring launch
        start: 2027-01-25
        calendar:
          holidays:
            - {date: "2027-02-10..2027-02-16", name: Spring Festival}
          workdays: ["2027-02-07", "2027-02-20"]
        roles: {design: {name: Design, headcount: 1}, copy: {name: Copywriting, headcount: 1}}
        phases:
          - id: prep
            name: Preparation
            deadline: 2027-02-01
            targets: {visitors: 1000}
            tasks:
              - {id: a, name: Key visual, role: design, duration: 4d, deadline: 2027-01-27}
              - {id: b, name: Posters, role: design, duration: 3d, after: a}
              - {id: c, name: Launch copy, role: copy, duration: 3d, start: 2027-01-26, notes: Two versions}
          - id: go
            name: Launch
            after: prep
            tasks:
              - {id: m, name: Go live, milestone: true}
              - {id: d, name: Follow-up, roles: [design, copy], duration: 12d, after: m}
        metrics:
          visitors: {name: Visitors, kind: flow}
        """

    static func chart(_ language: Language, scale: GanttOptions.Scale = .auto, paper: GanttOptions.Paper? = nil) throws -> GanttChart {
        var options = GanttOptions(today: CivilDate(year: 2027, month: 2, day: 3), scale: scale, paper: paper)
        options.language = language
        return try #require(TestPlans.chart(yaml: plan, options))
    }

    static func loaded() throws -> Plan { try #require(PlanLoader().load(bytes: Array(plan.utf8), path: "chart.yaml").plan) }

    /// Ideographs and full-width punctuation (not the ideographic space).
    static func cjk(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter {
            (0x3001...0x303F).contains($0.value) || (0x4E00...0x9FFF).contains($0.value) || (0xFF00...0xFFEF).contains($0.value)
        }))
    }

    /// The page without its script: the script holds both languages' word tables.
    static func withoutScripts(_ page: String) -> String {
        var out = page
        while let start = out.range(of: "<script>"), let end = out.range(of: "</script>", range: start.upperBound..<out.endIndex) {
            out.removeSubrange(start.lowerBound..<end.upperBound)
        }
        return out
    }

    static func withoutTags(_ text: String) -> String {
        var out = "", inTag = false
        for character in text {
            if character == "<" { inTag = true } else if character == ">" { inTag = false } else if !inTag { out.append(character) }
        }
        return out
    }

    /// Every text a sheet holds, and its name.
    static func texts(_ sheet: XLSXSheet) -> [String] {
        [sheet.name] + sheet.rows.flatMap { row in
            row.cells.compactMap { cell -> String? in if case .text(let text) = cell.value { return text } else { return nil } }
        } + sheet.rows.flatMap { $0.cells.compactMap(\.style.numberFormat) }
    }

    static func outputs(_ language: Language) throws -> [String: String] {
        let plan = try loaded()
        var out: [String: String] = [:]
        for scale in [GanttOptions.Scale.day, .week, .month, .quarter] {
            out["svg-\(scale)"] = SVGRenderer().render(try chart(language, scale: scale))
        }
        out["pages"] = SVGRenderer().renderPages(try chart(language, scale: .day, paper: .a4)).joined()
        out["html"] = withoutScripts(HTMLRenderer().render(try chart(language)))
        let chart = try chart(language)
        let xlsx = XLSXExporter()
        out["xlsx"] = (texts(xlsx.taskSheet(chart, plan: plan)) + texts(xlsx.ganttSheet(chart)) + texts(xlsx.legendSheet(chart))).joined(separator: "\n")
        out["ics"] = ICalendarExporter().render(chart)
        out["msproject"] = MSProjectExporter().render(chart, plan: plan)
        out["mermaid"] = MermaidExporter().render(chart)
        out["plantuml"] = PlantUMLExporter().render(chart)
        let workload = Scheduler().scheduleWithWorkload(plan).workload.rows(.role)
        out["load-svg"] = WorkloadChart(workload: workload, title: "Spring launch", language: language).svg()
        out["load-html"] = WorkloadChart(workload: workload, title: "Spring launch", language: language).html()
        return out
    }

    @Test func englishChartsHaveNoChinese() throws {
        let outputs = try Self.outputs(.en)
        for (name, text) in outputs.sorted(by: { $0.key < $1.key }) { #expect(Self.cjk(text) == "", "\(name)") }
        #expect(outputs["svg-week"]?.contains("Feb 2027") == true && outputs["svg-week"]?.contains("W5") == true)
        #expect(outputs["svg-quarter"]?.contains("Q1 2027") == true)
        #expect(outputs["svg-week"]?.contains("1 working day late") == true, "a missed deadline in English")
        #expect(outputs["svg-week"]?.contains("Total float: ") == true && outputs["svg-week"]?.contains("Deadline: ") == true)
        #expect(outputs["html"]?.contains("<html lang=\"en\">") == true && outputs["html"]?.contains("Critical path") == true)
        #expect(outputs["xlsx"]?.contains("Total Slack") == true && outputs["xlsx"]?.contains("0\" days\"") == true)
    }

    @Test func chineseChartsHaveNoEnglishWords() throws {
        let outputs = try Self.outputs(.zh)
        #expect(outputs["svg-week"]?.contains("2027年2月") == true && outputs["svg-week"]?.contains("5周") == true)
        #expect(outputs["html"]?.contains("<html lang=\"zh-CN\">") == true)
        let english = ["Critical path", "working day", "Total float", "Deadline", "Milestone", "Non-working", "today 2027", "Roles: ",
                       "Total Slack", "Predecessors", "person-days", "over-booked", "page 1"]
        for (name, text) in outputs.sorted(by: { $0.key < $1.key }) {
            // The words a reader sees: element and attribute names (MS Project's <Deadline>) are not.
            let seen = Self.withoutTags(text)
            for word in english { #expect(!seen.contains(word), "\(name): \(word)") }
        }
    }
}
