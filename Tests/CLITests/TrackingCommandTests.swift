import Foundation
import Testing

@Suite("cycleplan baseline and status")
struct TrackingCommandTests {
    private let plan = """
        cycleplan: 1
        id: spring
        title: 春节活动
        start: 2027-01-04
        roles:
          design: {name: 设计, headcount: 1}
          content: {name: 内容运营, headcount: 1}
        phases:
          - id: prep
            name: 筹备
            tasks:
              - {id: x, name: 素材整理, role: content, duration: 2d}
              - {id: a, name: "海报|设计", role: design, duration: 4d}
              - {id: b, name: 推文文案, role: content, duration: 3d, after: a}
          - id: go
            name: 上线
            tasks:
              - {id: m, name: 活动上线, milestone: true, after: b}
        """

    private let status = """
        asOf: 2027-01-06
        tasks:
          x: {started: 2027-01-04, done: 2027-01-06}
          a: {started: 2027-01-05, progress: 60%, note: 等待审核}
        """

    private func folder() throws -> URL {
        let folder = try CLIRunner.temporaryDirectory()
        try plan.write(to: folder.appendingPathComponent("spring.yaml"), atomically: true, encoding: .utf8)
        return folder
    }

    private func run(_ arguments: [String], in folder: URL) throws -> CLIRunner.Outcome {
        try CLIRunner.run(arguments, in: folder)
    }

    @Test func baselineSaveRefusesAnExistingNameUnlessReplacing() throws {
        let folder = try folder()
        let first = try run(["baseline", "save", "spring.yaml", "--name", "初版", "--lang", "en"], in: folder)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("saved baseline '初版'"))
        let file = folder.appendingPathComponent("spring.baselines.json")
        let saved = try Data(contentsOf: file)
        let again = try run(["baseline", "save", "spring.yaml", "--name", "初版"], in: folder)
        #expect(again.status == 2)
        #expect(again.stderr.contains("里已有名为 '初版' 的基线") && again.stderr.contains("--replace"), "\(again.stderr)")
        #expect(try Data(contentsOf: file) == saved, "a refused save leaves the file alone")
        let replaced = try run(["baseline", "save", "spring.yaml", "--name", "初版", "--replace"], in: folder)
        #expect(replaced.status == 0)
        let second = try run(["baseline", "save", "spring.yaml", "--name", "第二版"], in: folder)
        #expect(second.status == 0)
        let list = try run(["baseline", "list", "spring.yaml"], in: folder)
        #expect(list.status == 0)
        let lines = list.stdout.split(separator: "\n")
        #expect(lines.count == 3 && lines[1].hasPrefix("初版（默认）") && lines[2].hasPrefix("第二版"))
        #expect(list.stdout.contains("2027-01-12") && list.stdout.contains("（与当前计划相同）"))
        // In English: the headers and marks in English, only the names left in Chinese.
        let english = try run(["baseline", "list", "spring.yaml", "--lang", "en"], in: folder)
        #expect(english.stdout.hasPrefix("name ") && english.stdout.contains("初版 (default)") && english.stdout.contains("(same as the plan now)"))
        #expect(LanguageLeaks.foreign(in: english.stdout, sources: ["初版", "第二版"]) == [])
    }

    @Test func theBaselinesFileIsDeterministic() throws {
        let folder = try folder()
        let other = try self.folder()
        for place in [folder, other] {
            let outcome = try CLIRunner.run(["baseline", "save", "spring.yaml"], in: place, environment: ["SOURCE_DATE_EPOCH": "1798761600"])
            #expect(outcome.status == 0)
        }
        let one = try Data(contentsOf: folder.appendingPathComponent("spring.baselines.json"))
        let two = try Data(contentsOf: other.appendingPathComponent("spring.baselines.json"))
        #expect(one == two)
        let json = try #require(try JSONSerialization.jsonObject(with: one) as? [String: Any])
        let baseline = try #require((json["baselines"] as? [[String: Any]])?.first)
        #expect(baseline["name"] as? String == "初版" && baseline["savedAt"] as? String == "2027-01-01T00:00:00Z")
        #expect((baseline["revision"] as? String)?.hasPrefix("fnv1a64:") == true)
    }

    @Test func statusPrintsTheTableWithNamesAndTheForecast() throws {
        let folder = try folder()
        _ = try run(["baseline", "save", "spring.yaml"], in: folder)
        try status.write(to: folder.appendingPathComponent("spring.status.yaml"), atomically: true, encoding: .utf8)
        let outcome = try run(["status", "spring.yaml"], in: folder)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("海报|设计") && outcome.stdout.contains("进行中") && outcome.stdout.contains("设计"))
        // b follows a (60% of 4 days leaves 2: Thu–Fri): Mon 01-11 to Wed 01-13, a day late.
        #expect(outcome.stdout.contains("预测完成 2027-01-13（基线 2027-01-12，晚 1 个工作日）"))
        #expect(!outcome.stdout.contains("posters"))
    }

    @Test func statusJSONFollowsTheContract() throws {
        let folder = try folder()
        _ = try run(["baseline", "save", "spring.yaml", "--name", "初版"], in: folder)
        try status.write(to: folder.appendingPathComponent("spring.status.yaml"), atomically: true, encoding: .utf8)
        let outcome = try run(["status", "spring.yaml", "--format", "json"], in: folder)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        #expect(json["asOf"] as? String == "2027-01-06" && json["finish"] as? String == "2027-01-13" && json["finishSlip"] as? Int == 1)
        #expect((json["baseline"] as? [String: Any])?["name"] as? String == "初版")
        let tasks = try #require(json["tasks"] as? [[String: Any]])
        #expect(tasks.map { $0["id"] as? String } == ["x", "a", "b", "m"])
        let a = tasks[1]
        #expect(a["state"] as? String == "inProgress" && a["percentComplete"] as? Double == 0.6 && a["remainingDays"] as? Int == 2)
        #expect(a["flags"] as? [String] == ["lateStart", "lateFinish", "critical"] && a["note"] as? String == "等待审核")
        let b = tasks[2]
        let cause = try #require(b["cause"] as? [String: Any])
        #expect(cause["chain"] as? [String] == ["a"] && cause["reason"] as? String == "startedLate" && cause["days"] as? Int == 1)
        let earned = try #require(json["earnedSchedule"] as? [String: Any])
        // BAC 2 + 4 + 3 = 9; PV by Wed 01-06: x 2 + a 3 = 5; EV: x 2 + a 2.4 = 4.4.
        #expect(earned["budget"] as? Double == 9 && earned["pv"] as? Double == 5 && earned["ev"] as? Double == 4.4)
        #expect(Set(json.keys) == ["plan", "title", "asOf", "baseline", "finish", "finishSlip", "percentComplete", "phases", "tasks",
                                   "milestones", "earnedSchedule", "sCurve", "diagnostics"])
        let again = try run(["status", "spring.yaml", "--format", "json"], in: folder)
        #expect(again.stdout == outcome.stdout, "the same input gives the same bytes")
    }

    @Test func theWeeklyReportIsWrittenInMarkdownAndHTML() throws {
        let folder = try folder()
        _ = try run(["baseline", "save", "spring.yaml"], in: folder)
        try status.write(to: folder.appendingPathComponent("spring.status.yaml"), atomically: true, encoding: .utf8)
        let markdown = try run(["status", "spring.yaml", "-o", "2027-W01.md"], in: folder)
        #expect(markdown.status == 0, "\(markdown.stderr)")
        let text = try String(contentsOf: folder.appendingPathComponent("2027-W01.md"), encoding: .utf8)
        #expect(text.hasPrefix("# 春节活动 · 周报（截至 2027-01-06）"))
        #expect(text.contains("## 本周完成") && text.contains("| 素材整理 | 筹备 | 2027-01-06 | 2027-01-05 | +1 |"))
        #expect(text.contains("海报\\|设计"), "a | in a name cannot break the table")
        #expect(text.contains("海报\\|设计 晚开始 1 个工作日（延误链：海报\\|设计 → 推文文案）"))
        #expect(text.contains("## 下一个里程碑前的风险：活动上线"))
        let html = try run(["status", "spring.yaml", "-o", "2027-W01.html"], in: folder)
        #expect(html.status == 0)
        let page = try String(contentsOf: folder.appendingPathComponent("2027-W01.html"), encoding: .utf8)
        #expect(page.contains("<svg") && page.contains("class=\"planned\"") && page.contains("class=\"earned\""))
        #expect(page.contains("<td>海报|设计</td>") && !page.contains("<script"))
    }

    @Test func statusFileErrorsHaveTheirPlaceAndExitOne() throws {
        let folder = try folder()
        try "asOf: 2027-01-06\ntasks:\n  postrs: {started: 2027-01-04}\n".write(to: folder.appendingPathComponent("spring.status.yaml"),
                                                                                atomically: true, encoding: .utf8)
        let outcome = try run(["status", "spring.yaml", "--as-of", "2027-01-06", "--lang", "en"], in: folder)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("spring.status.yaml:3:3: error: [unknown_task] 'postrs' is not a task of the plan"))
    }

    @Test func usageErrorsExitTwo() throws {
        let folder = try folder()
        _ = try run(["baseline", "save", "spring.yaml", "--name", "初版"], in: folder)
        let noStatus = try run(["status", "spring.yaml"], in: folder)
        #expect(noStatus.status == 2 && noStatus.stderr.contains("--as-of"))
        let unknown = try run(["status", "spring.yaml", "--as-of", "2027-01-06", "--baseline", "初"], in: folder)
        #expect(unknown.status == 2 && unknown.stderr.contains("没有名为 '初' 的基线；是不是 '初版'？"), "\(unknown.stderr)")
        let badDate = try run(["status", "spring.yaml", "--as-of", "2027-02-30"], in: folder)
        #expect(badDate.status == 2)
        let format = try run(["status", "spring.yaml", "--as-of", "2027-01-06", "-o", "x.pdf"], in: folder)
        #expect(format.status == 2 && !FileManager.default.fileExists(atPath: folder.appendingPathComponent("x.pdf").path))
    }

    @Test func withoutABaselineThePlanStandsInWithAWarning() throws {
        let folder = try folder()
        let outcome = try run(["status", "spring.yaml", "--as-of", "2027-01-08"], in: folder)
        #expect(outcome.status == 0)
        #expect(outcome.stderr.contains("[no_baseline]"))
        // Nothing reported by Fri 01-08: everything starts Mon 01-11, a week late.
        #expect(outcome.stdout.contains("基线 无（以当前计划代替）"))
        #expect(outcome.stdout.contains("晚 5 个工作日"))
    }
}
