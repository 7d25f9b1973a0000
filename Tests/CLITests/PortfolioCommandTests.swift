import Foundation
import PlanModel
import Testing

/// `schedule`/`gantt`/`load` with several plans sharing a roles file, and `portfolio:`.
/// The two plans: A's `a1` needs both community people 3 days (priority 800); B's `b1` one
/// person 2 days, then `b2` (content) 1 day; both start Monday 2026-09-07.
@Suite("Plans that share a team (CLI)")
struct PortfolioCommandTests {
    private static let team = """
        cycleplan: 1
        calendar: {weekends: [sat, sun]}
        roles:
          community: {name: 社群, headcount: 2}
          content: {name: 内容, headcount: 1}
        """

    /// A folder with shared/team.yaml, a.yaml and b.yaml (b names a as its sibling).
    private func folder(teamForB: String? = nil) throws -> URL {
        let directory = try CLIRunner.temporaryDirectory()
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("shared"), withIntermediateDirectories: true)
        try Self.team.write(to: directory.appendingPathComponent("shared/team.yaml"), atomically: true, encoding: .utf8)
        try """
            cycleplan: 1
            id: a
            title: 计划甲
            start: 2026-09-07
            include: shared/team.yaml
            tasks:
              - {id: a1, name: 大促社群, role: community, units: 2, duration: 3d, priority: 800}
            """.write(to: directory.appendingPathComponent("a.yaml"), atomically: true, encoding: .utf8)
        let roles = teamForB.map { "roles:\n  \($0)" } ?? "include: shared/team.yaml"
        try """
            cycleplan: 1
            id: b
            title: 计划乙
            start: 2026-09-07
            \(roles)
            portfolio: [a.yaml]
            tasks:
              - {id: b1, name: 用户打标, role: community, duration: 2d}
              - {id: b2, name: 内容排期, role: content, duration: 1d, after: b1}
            """.write(to: directory.appendingPathComponent("b.yaml"), atomically: true, encoding: .utf8)
        return directory
    }

    @Test func scheduleLevelsTheSharedRoleJointlyAndNamesThePlans() throws {
        let directory = try folder()
        let table = try CLIRunner.run(["schedule", "a.yaml", "b.yaml", "--lang", "en"], in: directory)
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.contains("[计划甲]") && table.stdout.contains("[计划乙]"))
        #expect(table.stdout.contains("finish: 2026-09-14 (leveled)"))
        let outcome = try CLIRunner.run(["schedule", "a.yaml", "b.yaml", "--format", "json"], in: directory)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        let rows = try #require(json["tasks"] as? [[String: Any]])
        func row(_ id: String) -> [String: Any]? { rows.first { $0["id"] as? String == id } }
        #expect(row("b/b1")?["start"] as? String == "2026-09-10" && row("b/b1")?["finish"] as? String == "2026-09-11")
        #expect(row("b/b2")?["start"] as? String == "2026-09-14")
        #expect(row("b/b1")?["plan"] as? String == "计划乙" && row("a/a1")?["plan"] as? String == "计划甲")
        let csv = try CLIRunner.run(["schedule", "a.yaml", "b.yaml", "--format", "csv"], in: directory)
        // The plan column comes last, after the contract's columns; rows end in CRLF for Excel.
        #expect(csv.stdout.contains(",person,plan\r\n") && csv.stdout.contains(",计划乙\r\n"))
    }

    @Test func differingRoleIsALocatedError() throws {
        let directory = try folder(teamForB: "community: {name: 社群, headcount: 3}\n  content: {name: 内容, headcount: 1}")
        let outcome = try CLIRunner.runInEnglish(["schedule", "a.yaml", "b.yaml"], in: directory)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("b.yaml:6:3: error: [portfolio_role_differs]"), "\(outcome.stderr)")
        #expect(outcome.stderr.contains("headcount 2 vs 3"))
        #expect(outcome.stdout.isEmpty)
    }

    @Test func planAloneWarnsAtItsPortfolioEntry() throws {
        let directory = try folder()
        let outcome = try CLIRunner.runInEnglish(["schedule", "b.yaml"], in: directory)
        #expect(outcome.status == 0)
        #expect(outcome.stderr.contains("b.yaml:6:13: warning: [portfolio_overbooked] with sibling plan '计划甲', role '社群'"), "\(outcome.stderr)")
        #expect(outcome.stderr.contains("2026-09-07..09-08 (peak 3 of 2 on 2026-09-07)"))
        // JSON on standard output carries it with the schedule's own diagnostics.
        let json = try CLIRunner.runInEnglish(["schedule", "b.yaml", "--format", "json"], in: directory)
        #expect(json.stdout.contains("\"portfolio_overbooked\""))
        // A missing sibling is a warning; the plan still schedules.
        try FileManager.default.removeItem(at: directory.appendingPathComponent("a.yaml"))
        let missing = try CLIRunner.runInEnglish(["schedule", "b.yaml"], in: directory)
        #expect(missing.status == 0 && missing.stderr.contains("[portfolio_sibling_unreadable]"))
    }

    @Test func loadShowsBookedAgainstAvailable() throws {
        let directory = try folder()
        let table = try CLIRunner.run(["load", "a.yaml", "b.yaml"], in: directory)
        #expect(table.status == 0, "\(table.stderr)")
        // Columns 社群, 内容: on Thursday 09-10 b1 has one of the two community people.
        #expect(table.stdout.contains("2026-09-10 四  1/2   0/1"), "\(table.stdout)")
        #expect(table.stdout.contains("2026-09-12 六  ·     ·"))
        let csv = try CLIRunner.run(["load", "a.yaml", "b.yaml", "--format", "csv"], in: directory)
        #expect(csv.stdout.contains("2026-09-10,role,community,社群,community,1,2,false"), "\(csv.stdout)")
        #expect(csv.stdout.contains("2026-09-12,role,community,社群,community,0,0,false"))
        let weeks = try CLIRunner.run(["load", "a.yaml", "b.yaml", "--week", "--format", "json"], in: directory)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(weeks.stdout.utf8)) as? [String: Any])
        #expect(json["step"] as? Int == 7)
        let rows = try #require(json["rows"] as? [[String: Any]])
        let community = try #require(rows.first { $0["id"] as? String == "community" })
        #expect(community["booked"] as? [Double] == [8, 0] && community["available"] as? [Double] == [10, 2])
        // b alone over-books nothing; with a booked in the same days (--no-level) it does.
        let unleveled = try CLIRunner.run(["load", "a.yaml", "b.yaml", "--no-level", "--to", "2026-09-09"], in: directory)
        #expect(unleveled.stdout.contains("3/2 !"), "\(unleveled.stdout)")
        let person = try CLIRunner.run(["load", "a.yaml", "--by", "person"], in: directory)
        #expect(person.status == 2)
    }

    /// a.yaml weekends off, b.yaml 7 days a week; the roles (no calendar) in one shared file.
    private func folderWithTwoCalendars() throws -> URL {
        let directory = try folder()
        try """
            cycleplan: 1
            roles:
              community: {name: 社群, headcount: 2}
              content: {name: 内容, headcount: 1}
            """.write(to: directory.appendingPathComponent("shared/roles.yaml"), atomically: true, encoding: .utf8)
        for (name, calendar) in [("a", "[sat, sun]"), ("b", "[]")] {
            let url = directory.appendingPathComponent("\(name).yaml")
            let text = try String(contentsOf: url, encoding: .utf8)
                .replacingOccurrences(of: "include: shared/team.yaml", with: "include: shared/roles.yaml\ncalendar: {weekends: \(calendar)}")
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return directory
    }

    @Test func plansOnDifferentCalendarsKeepTheirOwnInScheduleLoadAndGantt() throws {
        let directory = try folderWithTwoCalendars()
        let outcome = try CLIRunner.run(["schedule", "a.yaml", "b.yaml", "--format", "json"], in: directory)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        let rows = try #require(json["tasks"] as? [[String: Any]])
        func row(_ id: String) -> [String: Any]? { rows.first { $0["id"] as? String == id } }
        // a1 holds both community people Mon–Wed; b1 waits: Thu 09-10 … Fri 09-11; b2 follows on
        // Saturday 09-12, a working day of b's 7-day calendar (Monday 09-14 on a's).
        #expect(row("b/b1")?["start"] as? String == "2026-09-10" && row("b/b1")?["finish"] as? String == "2026-09-11")
        #expect(row("b/b2")?["start"] as? String == "2026-09-12", "\(rows)")
        // load: community is booked by both plans, so available on b's Saturday too; content
        // only by b, so its Saturday is b's working day.
        let csv = try CLIRunner.run(["load", "a.yaml", "b.yaml", "--format", "csv"], in: directory)
        #expect(csv.status == 0, "\(csv.stderr)")
        #expect(csv.stdout.contains("2026-09-12,role,community,社群,community,0,2,false"), "\(csv.stdout)")
        #expect(csv.stdout.contains("2026-09-12,role,content,内容,content,1,1,false"), "\(csv.stdout)")
        let gantt = try CLIRunner.run(["gantt", "a.yaml", "b.yaml", "-o", "chart.svg"], in: directory)
        #expect(gantt.status == 0, "\(gantt.stderr)")
        let chart = try String(contentsOf: directory.appendingPathComponent("chart.svg"), encoding: .utf8)
        #expect(chart.contains("计划甲") && chart.contains("计划乙"))
    }

    @Test func loadAndGanttWriteCharts() throws {
        let directory = try folder()
        for ext in ["svg", "html"] {
            let load = try CLIRunner.run(["load", "a.yaml", "b.yaml", "--no-level", "-o", "load.\(ext)"], in: directory)
            #expect(load.status == 0, "\(load.stderr)")
            let text = try String(contentsOf: directory.appendingPathComponent("load.\(ext)"), encoding: .utf8)
            #expect(text.contains("<svg") && text.contains("社群 2026-09-07: 3/2 人天 — 超出"))
            let gantt = try CLIRunner.run(["gantt", "a.yaml", "b.yaml", "-o", "chart.\(ext)"], in: directory)
            #expect(gantt.status == 0, "\(gantt.stderr)")
            let chart = try String(contentsOf: directory.appendingPathComponent("chart.\(ext)"), encoding: .utf8)
            #expect(chart.contains("计划甲") && chart.contains("计划乙"))
        }
        // The HTML Gantt shows the workload under the chart; the SVG Gantt does not.
        let page = try String(contentsOf: directory.appendingPathComponent("chart.html"), encoding: .utf8)
        #expect(page.contains("<section id=\"workload\""))
        // The map travels as numbers (the page's script draws it): 社群 on 2026-09-10 has 1 of 2.
        let json = try #require(page.firstMatch(of: /<script id="gantt-data" type="application\/json">(.*?)<\/script>/)?.1)
        let data = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let workload = try #require(data["workload"] as? [String: Any])
        let start = try CivilDate.parse(try #require(workload["start"] as? String)).get()
        let row = try #require((workload["rows"] as? [[String: Any]])?.first { $0["name"] as? String == "社群" })
        func figures(_ key: String) -> [Double] {
            (row[key] as? [Any] ?? []).flatMap { item -> [Double] in
                if let run = item as? [Any], let count = run[1] as? Int { return Array(repeating: (run[0] as? NSNumber)?.doubleValue ?? .nan, count: count) }
                return [(item as? NSNumber)?.doubleValue ?? .nan]
            }
        }
        let day = start.distance(to: try #require(CivilDate(year: 2026, month: 9, day: 10)))
        #expect(figures("b")[day] == 1 && figures("a")[day] == 2)
        let svg = try String(contentsOf: directory.appendingPathComponent("chart.svg"), encoding: .utf8)
        #expect(!svg.contains("负荷 workload"))
        let ics = try CLIRunner.run(["gantt", "a.yaml", "b.yaml", "-o", "x.ics"], in: directory)
        #expect(ics.status == 2 && ics.stderr.contains(".ics 日历按计划分别导出") && !ics.stderr.contains("per plan"), "\(ics.stderr)")
    }
}
