import Foundation
import Testing

/// examples/cny-2027: the figures its README tells, and the committed reports are what the
/// command writes today (so the story cannot drift from the code).
@Suite("examples/cny-2027")
struct CNYExampleTests {
    private let folder = CLIRunner.packageRoot.appendingPathComponent("examples/cny-2027")

    private func status(_ week: String) throws -> [String: Any] {
        let outcome = try CLIRunner.run(["status", "cny-2027.yaml", "--status", "status-\(week).yaml", "--format", "json"], in: folder)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
    }

    private func milestone(_ id: String, in report: [String: Any]) -> [String: Any]? {
        (report["milestones"] as? [[String: Any]])?.first { $0["id"] as? String == id }
    }

    @Test func weekThreeLosesADayInPlanningAndTheLaunchMissesItsDeadline() throws {
        let report = try status("W03")
        #expect(report["finish"] as? String == "2027-02-17")
        #expect(report["finishSlip"] as? Int == 1)
        #expect(milestone("signoff", in: report)?["date"] as? String == "2027-01-11")
        #expect(milestone("launch", in: report)?["date"] as? String == "2027-01-26")
        let earned = try #require(report["earnedSchedule"] as? [String: Any])
        // The figures examples/cny-2027/README.md tells (PV 17, EV 12, ES 7.33 of AT 10 working days).
        #expect(earned["pv"] as? Double == 17)
        #expect(earned["ev"] as? Double == 12)
        #expect(earned["es"] as? Double == 7.3333)
        #expect(earned["at"] as? Int == 10)
        #expect(earned["forecastFinish"] as? String == "2027-03-02")
    }

    @Test func weekFourMovesTheLaunchToThursdayTheTwentyEighth() throws {
        let report = try status("W04")
        #expect(report["finish"] as? String == "2027-02-19")
        #expect(report["finishSlip"] as? Int == 3)
        #expect(milestone("launch", in: report)?["date"] as? String == "2027-01-28")
        #expect(milestone("launch", in: report)?["slip"] as? Int == 5)
        let tasks = try #require(report["tasks"] as? [[String: Any]])
        let launch = try #require(tasks.first { $0["id"] as? String == "launch" })
        #expect((launch["flags"] as? [String])?.contains("missesDeadline") == true)
        let earned = try #require(report["earnedSchedule"] as? [String: Any])
        #expect(earned["spit"] as? Double == 0.75)
        #expect(earned["es"] as? Double == 11.25)
        #expect(earned["forecastFinish"] as? String == "2027-03-01")
    }

    @Test func theCommittedReportsAndChartAreWhatTheCommandsWrite() throws {
        let work = try CLIRunner.temporaryDirectory()
        for week in ["W03", "W04"] {
            for ext in ["md", "html"] {
                let path = work.appendingPathComponent("report-\(week).\(ext)").path
                let outcome = try CLIRunner.run(["status", "cny-2027.yaml", "--status", "status-\(week).yaml", "-o", path], in: folder)
                #expect(outcome.status == 0, "\(outcome.stderr)")
                let written = try Data(contentsOf: URL(fileURLWithPath: path))
                let committed = try Data(contentsOf: folder.appendingPathComponent("report-\(week).\(ext)"))
                #expect(written == committed, "report-\(week).\(ext) is stale: regenerate it (examples/cny-2027/README.md)")
            }
        }
        for ext in ["svg", "html"] {
            let path = work.appendingPathComponent("gantt-W04.\(ext)").path
            let outcome = try CLIRunner.run(["gantt", "cny-2027.yaml", "--status", "status-W04.yaml", "-o", path], in: folder)
            #expect(outcome.status == 0, "\(outcome.stderr)")
            let written = try Data(contentsOf: URL(fileURLWithPath: path))
            #expect(written == (try Data(contentsOf: folder.appendingPathComponent("gantt-W04.\(ext)"))), "gantt-W04.\(ext) is stale")
        }
    }

    /// `status --lang en`: the table and the weekly report in English, the only Chinese left
    /// being the plan's, the status file's and the baseline's own names (and the schedule's
    /// diagnostics quoted under 提示/Notes, which follow their own catalog).
    @Test func theWeeklyReportInEnglish() throws {
        let names = LanguageLeaks.texts(["examples/cny-2027/cny-2027.yaml", "examples/cny-2027/shared/team.yaml",
                                         "examples/cny-2027/status-W04.yaml", "examples/cny-2027/cny-2027.baselines.json"])
        let table = try CLIRunner.run(["status", "cny-2027.yaml", "--status", "status-W04.yaml", "--lang", "en"], in: folder)
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.contains("forecast finish") && table.stdout.contains("earned schedule (working days)"))
        #expect(LanguageLeaks.foreign(in: table.stdout, sources: names) == [])
        let output = try CLIRunner.temporaryDirectory().appendingPathComponent("report.md")
        let report = try CLIRunner.run(["status", "cny-2027.yaml", "--status", "status-W04.yaml", "--lang", "en", "-o", output.path], in: folder)
        #expect(report.status == 0, "\(report.stderr)")
        let markdown = try String(contentsOf: output, encoding: .utf8)
        let body = markdown.components(separatedBy: "\n## Notes").first ?? markdown
        #expect(body.contains("weekly status (as of 2027-01-22)"))
        #expect(LanguageLeaks.foreign(in: body, sources: names) == [])
    }
}
