import Foundation
import PlanModel
import PlanScheduling
import Testing
@testable import PlanRendering

@Suite("Gantt exporters")
struct ExporterTests {
    @Test func mermaidLinesKeepOneSeparatorAndEscapeSyntax() throws {
        let text = MermaidExporter().render(try #require(TestPlans.hostile()))
        let taskLines = text.split(separator: "\n").filter { $0.hasPrefix("    ") && $0.contains(" :") && !$0.hasPrefix("    section ") }
        #expect(taskLines.count == 13)
        for line in taskLines {
            // The name part holds no raw ':', '#', ';' or '%': only entity codes.
            let name = line.components(separatedBy: " :")[0]
            let decoded = name.replacingOccurrences(of: "#[0-9]+;", with: "", options: .regularExpression)
            #expect(!decoded.contains(where: { ":#;%".contains($0) }), "\(line)")
        }
        #expect(text.contains("第一行 第二行#58; 带冒号 #35;注释 #37;#37; 百分号 :"))
        #expect(text.contains("title 危险 #60;b#62;标题#60;/b#62; #38; \"引号\"#58; #35;1#59; 100#37;"))
        #expect(text.contains("includes 2026-09-12"))
        #expect(text.contains("excludes 2026-09-10"))
        #expect(text.contains(":crit, milestone, t_emoji, 2026-09-11, 0d") || text.contains(":milestone, t_emoji, 2026-09-11, 0d"))
        #expect(text.contains("section 阶段 [一]#58; <script>alert('x')</script>"))
        #expect(text.contains("t_newline, after t_script, "))
    }

    @Test func mermaidNeverReadsANameAsAStatementOrAnIDAsATag() throws {
        let text = MermaidExporter().render(try #require(TestPlans.hostile()))
        let lines = text.split(separator: "\n").map(String.init)
        // Exactly the three sections of the plan's phases; no name became one, or a title.
        #expect(lines.filter { $0.hasPrefix("    section ") }.count == 3)
        #expect(lines.filter { $0.hasPrefix("    title ") }.count == 1)
        #expect(!lines.contains { $0.hasPrefix("    click") || $0.hasPrefix("    excludes weekends %") })
        #expect(text.contains("    #115;ection 假的分节#58; 不应成为分节 :"))
        #expect(text.contains("    #116;itle 假标题 :"))
        #expect(text.contains("    #99;lick t1 call alert() :"))
        #expect(text.contains("    #101;xcludes weekends #37;#37; 注释 :"))
        #expect(text.contains("    #83;ection 收尾 ◆ :"))
        // Ids named like tags are prefixed; only real tags stand before the id.
        for id in ["crit", "done", "active", "milestone", "after"] {
            let line = try #require(lines.first { $0.components(separatedBy: " :").last?.components(separatedBy: ", ").contains("t_\(id)") == true }, "\(id)")
            let data = line.components(separatedBy: " :").last!.components(separatedBy: ", ")
            let tags = data.prefix { $0 == "crit" || $0 == "milestone" || $0 == "done" || $0 == "active" }
            #expect(!tags.contains("done") && !tags.contains("active"), "\(line)")
            #expect(data[tags.count] == "t_\(id)", "\(line)")
        }
        #expect(text.contains("第一行 第二行 CRLF :"), "a CRLF is one space")
    }

    @Test func mermaidIDsAreUniqueAfterRewriting() {
        var ids = MermaidIDs()
        #expect(ids.id(for: "d-day") == "t_d_day")
        #expect(ids.id(for: "d_day") == "t_d_day_2")
        #expect(ids.id(for: "d-day") == "t_d_day")
        #expect(ids.id(for: "1st") == "t_1st")
        #expect(ids.id(for: "crit") == "t_crit")
    }

    @Test func plantUMLWritesNamesInertAndOnOneLine() throws {
        let text = PlantUMLExporter().render(try #require(TestPlans.hostile()))
        #expect(text.hasPrefix("@startgantt\n") && text.hasSuffix("@endgantt\n"))
        #expect(!text.contains("\r"))
        let statements = ["@", "title ", "Project ", "-- ", "[", "saturday", "sunday", "2026-"]
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
            #expect(statements.contains { line.hasPrefix($0) }, "a raw line break split a statement: \(line)")
        }
        #expect(text.contains("[<U+005B>方括号<U+005D> {花括号} (圆括号) <U+005D><U+005D>> <U+003C>!<U+005B>CDATA<U+005B>] as [brackets]"))
        #expect(text.contains("[第一行 第二行 CRLF] as [after]"))
        #expect(text.contains("[<U+002A><U+002A>x<U+002A><U+002A> <U+003C>color:red> <U+005C>n <U+007E><U+007E> <U+002F><U+002F> <U+002D><U+002D> <U+0025>date() <U+0026>#65; <U+003C>U+0041>] as [milestone]"))
        #expect(text.contains("-- 阶段 <U+002D><U+002D> 二 <U+002D><U+002D> <U+003C>b>粗<U+003C>/b> --"))
        #expect(text.contains("-- 阶段 <U+002D><U+002D> 二 <U+002D><U+002D> <U+003C>b>粗<U+003C>/b> / 子阶段 <U+005B>嵌套<U+005D> -尾<U+002D> --"))
        #expect(text.contains("2026-09-10 is closed"))
        #expect(text.contains("2026-09-12 is open"))
    }

    @Test func plantUMLDrawsEveryLinkItCanAndKeepsTheDates() throws {
        let chart = try #require(TestPlans.hostile())
        let text = PlantUMLExporter().render(chart)
        #expect(text.contains("[final] is colored in Red"), "a critical milestone is red")
        #expect(text.contains("[section 假的分节: 不应成为分节] as [crit] starts 2026-09-15 and ends 2026-09-16\n"))
        #expect(text.contains("[crit] starts at [long]'s start\n"))
        #expect(text.contains("[active] ends at [crit]'s start"))
        // PlantUML would move these (an FF with a lag sets the end outright; `->` puts a
        // milestone on the day after its predecessor): not drawn, the dates win.
        #expect(!text.contains("[done] ends at [crit]'s end"))
        #expect(!text.contains("[brackets] -> [emoji]"))
        #expect(text.contains("[emoji] happens 2026-09-11\n"))
        let drawn = text.split(separator: "\n").filter { $0.contains("'s end") || $0.contains("'s start") || $0.contains("] -> [") }
        #expect(drawn.count + PlantUMLExporter.unsupportedLinks(chart).count == chart.links.count)
        let campaign = try #require(TestPlans.chart(file: TestPlans.shippedPath("campaign")))
        let campaignText = PlantUMLExporter().render(campaign)
        let campaignDrawn = campaignText.split(separator: "\n").filter { $0.contains("'s end") || $0.contains("'s start") || $0.contains("] -> [") }
        #expect(campaign.links.count == 45)
        #expect(campaignDrawn.count == 45 - PlantUMLExporter.unsupportedLinks(campaign).count)
        // Six would move a bar (milestones right after a predecessor, a lead, an FF with a lag).
        #expect(PlantUMLExporter.unsupportedLinks(campaign).count == 6)
    }

    @Test func iCalendarEscapesFoldsAndUsesStableUIDs() throws {
        let chart = try #require(TestPlans.hostile())
        let text = ICalendarExporter().render(chart)
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines.allSatisfy { $0.utf8.count <= 75 })
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\r"))
        #expect(text.components(separatedBy: "BEGIN:VEVENT").count - 1 == 13)
        #expect(text.contains("UID:script@hostile.cycleplan"))
        #expect(text.contains("DTSTART;VALUE=DATE:20260907\r\nDTEND;VALUE=DATE:20260909"))
        let unfolded = text.replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.contains("SUMMARY:第一行\\n第二行: 带冒号 #注释 %% 百分号"))
        #expect(unfolded.contains("SUMMARY:第一行\\n第二行 CRLF\r\n"), "a CRLF is one line break")
        #expect(unfolded.contains("备注含逗号\\, 分号\\; 反斜杠 \\\\ 和换行\\n第二行"))
        // Role names, escaped; the ids are in the description.
        #expect(unfolded.contains("CATEGORIES:运营\\; 值班\\, 客服\r\n"))
        #expect(unfolded.contains("CATEGORIES:设计 <i>&</i>\r\n"))
        #expect(unfolded.contains("角色: 运营\\; 值班\\, 客服 (ops)"))
        #expect(text == ICalendarExporter().render(chart))
    }

    @Test func iCalendarStampsAndSequencesFollowThePlansRevision() throws {
        let chart = try #require(TestPlans.hostile())
        let fixed = ICalendarExporter().render(chart)
        #expect(fixed.contains("DTSTAMP:20260907T000000Z\r\nLAST-MODIFIED:20260907T000000Z\r\nSEQUENCE:0\r\n"))
        let edited = ICalendarExporter().render(chart, revision: 1_791_533_045)  // 2026-10-09T08:04:05Z
        #expect(edited.contains("DTSTAMP:20261009T080405Z\r\nLAST-MODIFIED:20261009T080405Z\r\n"))
        let later = ICalendarExporter().render(chart, revision: 1_791_533_045 + 120)
        func sequence(_ text: String) -> Int { Int(text.components(separatedBy: "SEQUENCE:")[1].prefix { $0.isNumber })! }
        #expect(sequence(later) == sequence(edited) + 2, "each minute of a later edit raises SEQUENCE")
        #expect(ICalendarExporter.utc(0) == "19700101T000000Z")
    }

    @Test func foldingNeverSplitsACharacter() {
        let line = "SUMMARY:" + String(repeating: "海报设计🎉", count: 30)
        let folded = ICalendarExporter.fold(line)
        for part in folded.components(separatedBy: "\r\n") {
            #expect(part.utf8.count <= 75)
        }
        #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == line)
    }

    @Test func msProjectSummaryTasksHaveTheirWorkingDays() throws {
        let (plan, schedule) = try #require(TestPlans.load(TestPlans.shippedPath("campaign")))
        let chart = GanttChart(plan: plan, schedule: schedule)
        let xml = MSProjectExporter().render(chart, plan: plan)
        let phase = try #require(chart.rows.first { $0.kind == .phase })
        #expect(phase.workingDays > 0)
        let block = xml.components(separatedBy: "<Name>\(phase.name)</Name>")[1]
        #expect(block.contains("<Duration>PT\(phase.workingDays * 8)H0M0S</Duration>"))
        // Only milestones (and the project's own summary, which has none) last zero hours.
        let milestones = chart.rows.filter { $0.kind == .milestone }.count
        #expect(xml.components(separatedBy: "<Duration>PT0H0M0S</Duration>").count - 1 == milestones)
    }
}

@Suite("XML text")
struct XMLTextTests {
    @Test func escapesOnlyWhatItMustAndKeepsCarriageReturns() {
        #expect(XMLText.escape("海报（关键）→ 设计\n第二行\t") == "海报（关键）→ 设计\n第二行\t")
        #expect(XMLText.escape("a\r\nb") == "a&#13;\nb")
        #expect(XMLText.escape("<b>&\"'</b>") == "&lt;b&gt;&amp;&quot;&#39;&lt;/b&gt;")
        #expect(XMLText.escape("a\u{FFFE}b\u{FFFF}c\u{1}d") == "abcd")
        #expect(XMLText.escape("\u{FFEE}\u{FFBF}") == "\u{FFEE}\u{FFBF}")
    }
}
