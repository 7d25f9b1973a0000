import Foundation
import Testing

/// `status a.yaml b.yaml`: plans sharing a team tracked together. Plan 甲's `a1` needs both
/// community people 3 days (priority 800); 乙's `b1` one of them 2 days, then `b2` (content)
/// 1 day; both start Monday 2026-09-07, so together: a1 9/7–9/9, b1 9/10–9/11, b2 9/14.
@Suite("Plans that share a team, tracked together (CLI)")
struct PortfolioStatusCommandTests {
    private func folder(bStatus: String = "asOf: 2026-09-08\ntasks: {}\n") throws -> URL {
        let directory = try CLIRunner.temporaryDirectory()
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("shared"), withIntermediateDirectories: true)
        let files = [
            "shared/team.yaml": """
                cycleplan: 1
                calendar: {weekends: [sat, sun]}
                roles:
                  community: {name: 社群, headcount: 2}
                  content: {name: 内容, headcount: 1}
                """,
            "a.yaml": """
                cycleplan: 1
                id: a
                title: 计划甲
                start: 2026-09-07
                include: shared/team.yaml
                tasks:
                  - {id: a1, name: 大促社群, role: community, units: 2, duration: 3d, priority: 800}
                """,
            "b.yaml": """
                cycleplan: 1
                id: b
                title: 计划乙
                start: 2026-09-07
                include: shared/team.yaml
                tasks:
                  - {id: b1, name: 用户打标, role: community, duration: 2d}
                  - {id: b2, name: 内容排期, role: content, duration: 1d, after: b1}
                """,
            // a1 started on time but, at the end of Tuesday, still needs 3 days.
            "a.status.yaml": "asOf: 2026-09-08\ntasks:\n  a1: {started: 2026-09-07, remaining: 3d}\n",
            "b.status.yaml": bStatus,
        ]
        for (name, text) in files { try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return directory
    }

    private func rows(_ stdout: String) throws -> [String: [String: Any]] {
        let json = try #require(try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any])
        let tasks = try #require(json["tasks"] as? [[String: Any]])
        return Dictionary(uniqueKeysWithValues: tasks.compactMap { row in (row["id"] as? String).map { ($0, row) } })
    }

    @Test func aLateTaskOfOnePlanPushesTheOtherPlansWorkOnTheSharedRole() throws {
        let directory = try folder()
        let run = try CLIRunner.run(["status", "a.yaml", "b.yaml", "--format", "json"], in: directory)
        #expect(run.status == 0, "\(run.stderr)")
        let rows = try rows(run.stdout)
        // a1's 3 remaining days run Wed–Fri; both community people are on it, so b1 waits
        // until Monday 9/14–9/15 and b2 follows on 9/16: 2 working days of slip each.
        #expect(rows["a/a1"]?["finish"] as? String == "2026-09-11")
        #expect(rows["b/b1"]?["start"] as? String == "2026-09-14" && rows["b/b1"]?["finish"] as? String == "2026-09-15")
        #expect(rows["b/b2"]?["finish"] as? String == "2026-09-16")
        #expect(rows["b/b1"]?["baselineFinish"] as? String == "2026-09-11" && rows["b/b1"]?["slip"] as? Int == 2)
        #expect(rows["b/b2"]?["slip"] as? Int == 2)
    }

    @Test func eachPlansOwnSavedBaselineIsItsYardstick() throws {
        let directory = try folder()
        for plan in ["a.yaml", "b.yaml"] {
            let saved = try CLIRunner.run(["baseline", "save", plan, "--name", "初版"], in: directory)
            #expect(saved.status == 0, "\(saved.stderr)")
        }
        let run = try CLIRunner.run(["status", "a.yaml", "b.yaml", "--format", "json"], in: directory)
        #expect(run.status == 0, "\(run.stderr)")
        let rows = try rows(run.stdout)
        // 乙 saved alone had b1 on 9/7–9/8; together and behind the late a1 it ends 9/15.
        #expect(rows["b/b1"]?["baselineFinish"] as? String == "2026-09-08" && rows["b/b1"]?["slip"] as? Int == 5)
        #expect(!run.stderr.contains("no_baseline"), "\(run.stderr)")
    }

    @Test func statusFilesOnDifferentDatesAreRefusedUnlessAsOfNamesOne() throws {
        let directory = try folder(bStatus: "asOf: 2026-09-09\ntasks: {}\n")
        let refused = try CLIRunner.run(["status", "a.yaml", "b.yaml"], in: directory)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("[portfolio_status_dates_differ]") && refused.stderr.contains("计划甲 2026-09-08"), "\(refused.stderr)")
        // --lang reaches diagnostics printed after the plans are read, not only the tables.
        let chinese = try CLIRunner.run(["status", "a.yaml", "b.yaml", "--lang", "zh"], in: directory)
        #expect(chinese.status == 1 && chinese.stderr.contains("错误: [portfolio_status_dates_differ] 各计划状态文件的状态日期不同"), "\(chinese.stderr)")
        let given = try CLIRunner.run(["status", "a.yaml", "b.yaml", "--as-of", "2026-09-08", "--lang", "zh"], in: directory)
        #expect(given.status == 0, "\(given.stderr)")
        #expect(given.stdout.contains("【计划甲】") && given.stdout.contains("【计划乙】"))
    }

    @Test func statusFilesAreOnePerPlanInOrderOrNone() throws {
        let directory = try folder()
        let one = try CLIRunner.run(["status", "a.yaml", "b.yaml", "--status", "a.status.yaml"], in: directory)
        #expect(one.status == 2 && one.stderr.contains("2 个计划给了 1 个状态文件") && !one.stderr.contains("status files for"), "\(one.stderr)")
        let english = try CLIRunner.run(["status", "a.yaml", "b.yaml", "--status", "a.status.yaml", "--lang", "en"], in: directory)
        #expect(english.status == 2 && english.stderr.contains("1 status files for 2 plans") && !english.stderr.contains("状态文件"), "\(english.stderr)")
        let both = try CLIRunner.run(["status", "a.yaml", "b.yaml", "--status", "a.status.yaml", "--status", "b.status.yaml", "--format", "json"], in: directory)
        #expect(both.status == 0, "\(both.stderr)")
        #expect(try rows(both.stdout)["b/b1"]?["start"] as? String == "2026-09-14")
        let twoForOne = try CLIRunner.run(["status", "a.yaml", "--status", "a.status.yaml", "--status", "b.status.yaml"], in: directory)
        #expect(twoForOne.status == 2, "\(twoForOne.stderr)")
    }
}
