import Foundation
import Testing

/// `schedule` and `gantt` with `--as-of`, `--status` and `--baseline`: the plan as it stands
/// (docs/tracking.md, "Tracking in the exports"). The figures are worked out by hand below.
@Suite("schedule and gantt with tracking")
struct TrackedExportCommandTests {
    // Baseline: x 01-04..05, a 01-04..07, b 01-08..12, m 01-12 (weekends off).
    // Status on Wed 01-06: x done that day (started 01-04), a started 01-05 at 60 % of 4 days
    // leaves ⌈1.6⌉ = 2 days: Thu 01-07, Fri 01-08; b follows on Mon 01-11..Wed 01-13; m 01-13.
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
              - {id: a, name: 海报设计, role: design, duration: 4d}
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
          a: {started: 2027-01-05, progress: 60%}
        """

    private func folder() throws -> URL {
        let folder = try CLIRunner.temporaryDirectory()
        try plan.write(to: folder.appendingPathComponent("spring.yaml"), atomically: true, encoding: .utf8)
        try status.write(to: folder.appendingPathComponent("spring.status.yaml"), atomically: true, encoding: .utf8)
        let saved = try CLIRunner.run(["baseline", "save", "spring.yaml", "--name", "初版"], in: folder)
        #expect(saved.status == 0, "\(saved.stderr)")
        return folder
    }

    private func csvRows(_ text: String) -> [String: [String: String]] {
        let lines = text.replacingOccurrences(of: "\u{FEFF}", with: "").replacingOccurrences(of: "\r", with: "").split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        guard let header = lines.first else { return [:] }
        var rows: [String: [String: String]] = [:]
        for line in lines.dropFirst() { rows[line[0]] = Dictionary(uniqueKeysWithValues: zip(header, line)) }
        return rows
    }

    @Test func scheduleWithTheStatusFileListsTheRescheduledDatesAndTheTrackingColumns() throws {
        let folder = try folder()
        let tracked = try CLIRunner.run(["schedule", "spring.yaml", "--baseline", "初版", "--format", "csv"], in: folder)
        #expect(tracked.status == 0, "\(tracked.stderr)")
        let rows = csvRows(tracked.stdout)
        #expect(rows["a"]?["start"] == "2027-01-05")
        #expect(rows["a"]?["finish"] == "2027-01-08")
        #expect(rows["a"]?["baselineFinish"] == "2027-01-07")
        #expect(rows["a"]?["slip"] == "1")
        #expect(rows["a"]?["percentComplete"] == "60")
        #expect(rows["a"]?["actualStart"] == "2027-01-05")
        #expect(rows["a"]?["late"] == "true")
        #expect(rows["x"]?["actualFinish"] == "2027-01-06")
        #expect(rows["x"]?["roles"] == "content", "done work keeps the role that did it")
        #expect(rows["b"]?["start"] == "2027-01-11")
        #expect(rows["b"]?["finish"] == "2027-01-13")
        #expect(rows["m"]?["start"] == "2027-01-13")
        #expect(rows["m"]?["baselineFinish"] == "2027-01-12")

        let plain = try CLIRunner.run(["schedule", "spring.yaml", "--format", "csv"], in: folder)
        #expect(plain.status == 0)
        #expect(!plain.stdout.contains("baselineStart"), "without tracking options the contract is unchanged")
        #expect(csvRows(plain.stdout)["b"]?["start"] == "2027-01-08")

        let json = try CLIRunner.run(["schedule", "spring.yaml", "--as-of", "2027-01-06", "--format", "json"], in: folder)
        #expect(json.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["asOf"] as? String == "2027-01-06")
        #expect(object["baseline"] as? String == "初版")
        let tasks = try #require(object["tasks"] as? [[String: Any]])
        #expect(tasks.first { $0["id"] as? String == "a" }?["baselineStart"] as? String == "2027-01-04")
    }

    @Test func aPhaseStartsWhenItsStartedWorkDidNotWhenTheForecastResumesIt() throws {
        let folder = try folder()
        // a started on Tue 01-05 and resumes after the status date (Thu 01-07); x has not
        // started and waits for content until 01-07 as well: 筹备 started on 01-05.
        try "asOf: 2027-01-06\ntasks:\n  a: {started: 2027-01-05, progress: 25%}\n"
            .write(to: folder.appendingPathComponent("late.status.yaml"), atomically: true, encoding: .utf8)
        let outcome = try CLIRunner.run(["schedule", "spring.yaml", "--status", "late.status.yaml", "--format", "csv"], in: folder)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let rows = csvRows(outcome.stdout)
        #expect(rows["a"]?["start"] == "2027-01-05")
        #expect(rows["prep"]?["start"] == "2027-01-05")
        #expect(rows["prep"]?["actualStart"] == "2027-01-05")
    }

    @Test func theSVGChartDrawsGhostBarsDoneFillAndTheStatusLine() throws {
        let folder = try folder()
        let outcome = try CLIRunner.run(["gantt", "spring.yaml", "--as-of", "2027-01-06", "-o", "g.svg"], in: folder)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let svg = try String(contentsOf: folder.appendingPathComponent("g.svg"), encoding: .utf8)
        // x, a, b and both phases have a baseline bar; m slipped a day, so a ghost diamond.
        #expect(svg.components(separatedBy: "class=\"ghost\"").count - 1 == 6)
        #expect(svg.components(separatedBy: "<rect class=\"done\"").count - 1 == 2, "x done and a at 60 %")
        #expect(svg.contains("状态日期 2027-01-06"))
        #expect(svg.contains("基线") && svg.contains("已完成部分") && svg.contains("延误 1 个工作日"))
        func number(_ pattern: String, in text: Substring) throws -> Double {
            let range = try #require(text.range(of: pattern, options: .regularExpression))
            let match = text[range]
            let digits = match.split(separator: "\"")[1]
            return try #require(Double(digits))
        }
        // a: its bar spans 01-05..01-08 (4 days); the done part is 60 % of it.
        let groupA = try #require(svg.range(of: "data-id=\"a\""))
        let rest = svg[groupA.lowerBound...]
        let a = rest[..<(rest.range(of: "</g>")?.lowerBound ?? rest.endIndex)]
        let bar = try #require(a.range(of: "fill-opacity"))
        let barWidth = try number("width=\"[0-9.]+\"", in: a[..<bar.lowerBound].suffix(120))
        let done = try #require(a.range(of: "class=\"done\""))
        let doneWidth = try number("width=\"[0-9.]+\"", in: a[done.lowerBound...])
        #expect(abs((doneWidth + 1) / (barWidth + 1) - 0.6) < 0.02)
        // The status line at the end of 01-06: three days (24 px at day scale) after the
        // start of 01-04, where x's baseline ghost starts (drawn 0.5 px in).
        let groupX = try #require(svg.range(of: "data-id=\"x\""))
        let ghostX = try number("x=\"[0-9.]+\"", in: svg[svg.range(of: "class=\"ghost\"", range: groupX.lowerBound..<svg.endIndex)!.lowerBound...])
        let status = try #require(svg.range(of: "<g class=\"status-date\""))
        let lineX = try number("x1=\"[0-9.]+\"", in: svg[status.lowerBound...])
        #expect(abs(lineX - (ghostX - 0.5 + 3 * 24)) < 0.2)
    }

    @Test func aBaselineThatIsNotSavedIsAUsageError() throws {
        let folder = try folder()
        let outcome = try CLIRunner.run(["gantt", "spring.yaml", "--baseline", "终版", "-o", "g.svg"], in: folder)
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("没有名为 '终版' 的基线"), "\(outcome.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("g.svg").path))
    }
}

/// `review --status`: targets are measured over the windows as they now stand.
@Suite("review with tracking")
struct TrackedReviewCommandTests {
    @Test func theReviewMeasuresOverTheRescheduledWindowAndPacesToTheStatusDate() throws {
        let folder = try CLIRunner.temporaryDirectory()
        // Planned: prep 01-04..01-07, sale 01-08..01-14. On 01-08 prep is at 50 % with two
        // days left (Mon 01-11, Tue 01-12), so the sale runs 01-13..01-19.
        try """
            cycleplan: 1
            id: spring
            title: 春节活动
            start: 2027-01-04
            roles: {ops: 运营}
            metrics: {gmv: {name: 成交额, unit: CNY}}
            tasks:
              - {id: prep, name: 筹备, role: ops, duration: 4d}
              - {id: sale, name: 年货节, role: ops, duration: 5d, after: prep, targets: {gmv: 10000}}
            """.write(to: folder.appendingPathComponent("spring.yaml"), atomically: true, encoding: .utf8)
        try "asOf: 2027-01-08\ntasks:\n  prep: {started: 2027-01-04, remaining: 2d}\n"
            .write(to: folder.appendingPathComponent("spring.status.yaml"), atomically: true, encoding: .utf8)
        try "date,成交额\n2027-01-08,100\n".write(to: folder.appendingPathComponent("gmv.csv"), atomically: true, encoding: .utf8)
        func window(_ arguments: [String]) throws -> (String?, String?, String?) {
            let outcome = try CLIRunner.run(["review", "spring.yaml", "--actuals", "gmv.csv", "--format", "json"] + arguments, in: folder)
            #expect(outcome.status == 0, "\(outcome.stderr)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
            let kpi = (object["kpis"] as? [[String: Any]])?.first { $0["node"] as? String == "sale" }
            return (kpi?["windowStart"] as? String, kpi?["windowFinish"] as? String, object["asOf"] as? String)
        }
        let planned = try window([])
        #expect(planned.0 == "2027-01-08" && planned.1 == "2027-01-14")
        let tracked = try window(["--status", "spring.status.yaml"])
        #expect(tracked.0 == "2027-01-13" && tracked.1 == "2027-01-19")
        #expect(tracked.2 == "2027-01-08", "the status date is the review date")
    }
}

/// `status --actuals`: the weekly report paces each KPI to the status date through the review.
@Suite("status with actuals")
struct StatusPacingCommandTests {
    @Test func theWeeklyReportPacesEachKPIToTheStatusDate() throws {
        let folder = try CLIRunner.temporaryDirectory()
        try """
            cycleplan: 1
            id: spring
            title: 春节活动
            start: 2027-01-04
            roles: {ops: 运营}
            metrics: {gmv: {name: 成交额, unit: CNY}}
            tasks:
              - {id: sale, name: 年货节, role: ops, duration: 5d, targets: {gmv: 10000}}
            """.write(to: folder.appendingPathComponent("spring.yaml"), atomically: true, encoding: .utf8)
        try "asOf: 2027-01-06\ntasks:\n  sale: {started: 2027-01-04, progress: 60%}\n"
            .write(to: folder.appendingPathComponent("spring.status.yaml"), atomically: true, encoding: .utf8)
        try "date,成交额\n2027-01-04,2000\n2027-01-05,2000\n2027-01-06,2000\n"
            .write(to: folder.appendingPathComponent("gmv.csv"), atomically: true, encoding: .utf8)
        // The window is Mon 01-04 … Fri 01-08 (60 % of 5 days leaves 2: Thu and Fri). By the
        // end of Wed 01-06, 3 of its 5 working days: 6,000 due on an even curve, 6,000 sold,
        // and at 2,000 a day the window ends at 10,000.
        let outcome = try CLIRunner.run(["status", "spring.yaml", "--actuals", "gmv.csv", "-o", "w.md"], in: folder)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let report = try String(contentsOf: folder.appendingPathComponent("w.md"), encoding: .utf8)
        #expect(report.contains("## KPI 进度（截至状态日）"))
        #expect(report.contains("| 年货节 | 成交额 | 10,000 CNY | 6,000 CNY | 6,000 CNY | 10,000 CNY | 达标 |"))
        let html = try CLIRunner.run(["status", "spring.yaml", "--actuals", "gmv.csv", "--format", "html"], in: folder)
        #expect(html.stdout.contains("<h2>KPI 进度（截至状态日）</h2>") && html.stdout.contains("<td>6,000 CNY</td>"))
        // --numbers cn: the pacing figures in 万, as `review --numbers cn` writes them (issue #13).
        let wan = try CLIRunner.run(["status", "spring.yaml", "--actuals", "gmv.csv", "--numbers", "cn", "-o", "wan.md"], in: folder)
        #expect(wan.status == 0, "\(wan.stderr)")
        let inWan = try String(contentsOf: folder.appendingPathComponent("wan.md"), encoding: .utf8)
        #expect(inWan.contains("| 年货节 | 成交额 | 1万 CNY | 6,000 CNY | 6,000 CNY | 1万 CNY | 达标 |"), "\(inWan)")
        let without = try CLIRunner.run(["status", "spring.yaml", "-o", "plain.md"], in: folder)
        #expect(without.status == 0)
        #expect(!(try String(contentsOf: folder.appendingPathComponent("plain.md"), encoding: .utf8)).contains("KPI 进度"))
    }
}
