import Foundation
import Testing

/// The worked example of examples/cycle-review: the review must find the story its README
/// tells.
@Suite("cycleplan review")
struct ReviewCommandTests {
    private let arguments = ["review", "plans/cycle.yaml", "--actuals", "examples/cycle-review/actuals.csv"]

    @Test func theExampleTellsItsStory() throws {
        let outcome = try CLIRunner.run(arguments + ["--format", "json"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        let imports = try #require(json["import"] as? [String: Any])
        #expect(imports["rowsRead"] as? Int == 186 && imports["rowsRejected"] as? Int == 0)
        let kpis = try #require(json["kpis"] as? [[String: Any]])
        func kpi(_ node: String, _ metric: String) -> [String: Any]? {
            kpis.first { $0["node"] as? String == node && $0["metric"] as? String == metric }
        }
        // Total revenue missed; new-customer revenue is off track, traffic is on target.
        let tr = try #require(kpi("plan", "tr"))
        #expect((tr["attainment"] as? Double).map { $0 < 0.95 && $0 > 0.85 } == true)
        #expect(kpi("plan", "tr_new")?["status"] as? String == "off_track")
        #expect(kpi("plan", "visitors")?["status"] as? String == "on_track")
        // Conversion is the largest driver of the new-customer gap…
        let trNew = try #require(kpi("plan", "tr_new"))
        let attribution = try #require(trNew["attribution"] as? [String: Any])
        #expect(attribution["method"] as? String == "lmdi")
        let contributions = try #require(attribution["contributions"] as? [[String: Any]])
        let largest = contributions.max { abs($0["value"] as? Double ?? 0) < abs($1["value"] as? Double ?? 0) }
        #expect(largest?["driver"] as? String == "conversion")
        let sum = contributions.reduce(0) { $0 + ($1["value"] as? Double ?? 0) }
        #expect(abs(sum - ((attribution["actual"] as? Double ?? 0) - (attribution["base"] as? Double ?? 0))) < 1e-6)
        // …and the store channel explains most of the conversion gap.
        let conversion = try #require(kpi("plan", "conversion"))
        let byChannel = try #require((conversion["byDimension"] as? [String: Any])?["渠道"] as? [[String: Any]])
        #expect(byChannel.first?["value"] as? String == "门店")
        // The coupon test is significant.
        let experiment = try #require((json["experiments"] as? [[String: Any]])?.first)
        #expect(experiment["id"] as? String == "coupon-ab")
        #expect((experiment["pValue"] as? Double).map { $0 < 0.05 } == true)
        #expect((experiment["lift"] as? Double).map { $0 > 0.1 } == true)
    }

    @Test func theTextSummaryAndTheMethods() throws {
        let text = try CLIRunner.run(arguments + ["--lang", "en"])
        #expect(text.status == 0)
        #expect(text.stdout.contains("import: 186 rows read, 186 used, 0 rejected"))
        #expect(text.stdout.contains("B vs A (two-proportion z): lift"))
        // Proportional shares say nothing about blame and are not printed as "explains".
        #expect(text.stdout.contains("渠道: 门店 explains") && text.stdout.contains("by its own rates; volume"))
        for method in ["chain", "shapley"] {
            let outcome = try CLIRunner.run(arguments + ["--attribution", method, "--format", "json"])
            #expect(outcome.status == 0)
            #expect(outcome.stdout.contains("\"method\": \"\(method)\""))
        }
        let paced = try CLIRunner.run(arguments + ["--as-of", "2026-12-15", "--format", "json"])
        #expect(paced.stdout.contains("\"asOf\": \"2026-12-15\""))
        #expect(paced.stdout.contains("\"forecast\": "))
    }

    /// Issue #10 case 7: the 成交 phase's new-customer target (28万) is not what its drivers'
    /// targets imply (18,000 × 4% × ¥390 = ¥280,800). The contributions used to add up to
    /// −119,224.57 for a variance of −118,424.57; the difference is now its own term.
    @Test func aRoundedTargetIsItsOwnTermAndTheTreeAddsUp() throws {
        for method in ["chain", "lmdi", "shapley"] {
            let outcome = try CLIRunner.run(arguments + ["--attribution", method, "--format", "json"])
            let json = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
            let kpis = try #require(json["kpis"] as? [[String: Any]])
            let trNew = try #require(kpis.first { $0["node"] as? String == "revenue" && $0["metric"] as? String == "tr_new" })
            let variance = try #require(trNew["variance"] as? Double)
            #expect(abs(variance - -118_424.57) < 0.005)
            let attribution = try #require(trNew["attribution"] as? [String: Any])
            let contributions = try #require(attribution["contributions"] as? [[String: Any]])
            let sum = contributions.reduce(0) { $0 + ($1["value"] as? Double ?? 0) }
            #expect(abs(sum - variance) < 1e-6, "\(method): \(sum) for \(variance)")
            let term = try #require(contributions.first { $0["kind"] as? String == "target_not_implied" })
            #expect(abs((term["value"] as? Double ?? 0) - 800) < 1e-6)
            #expect(term["name"] as? String == "新客营收")
        }
    }

    @Test func theWorkbookGivesTheSameReview() throws {
        let csv = try CLIRunner.run(arguments + ["--format", "json"])
        let xlsx = try CLIRunner.run(["review", "plans/cycle.yaml", "--actuals", "examples/cycle-review/actuals.xlsx", "--format", "json"])
        #expect(xlsx.status == 0, "\(xlsx.stderr)")
        let a = try #require(try JSONSerialization.jsonObject(with: Data(csv.stdout.utf8)) as? [String: Any])
        let b = try #require(try JSONSerialization.jsonObject(with: Data(xlsx.stdout.utf8)) as? [String: Any])
        let actualsA = (a["kpis"] as? [[String: Any]])?.map { $0["actual"] as? Double }
        let actualsB = (b["kpis"] as? [[String: Any]])?.map { $0["actual"] as? Double }
        #expect(actualsA?.count == actualsB?.count)
        for (x, y) in zip(actualsA ?? [], actualsB ?? []) {
            #expect((x == nil && y == nil) || abs((x ?? 0) - (y ?? 0)) < 1e-6)
        }
    }

    @Test func markdownReport() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let outcome = try CLIRunner.run(arguments.map { $0.hasPrefix("plans/") || $0.hasPrefix("examples/") ? CLIRunner.packageRoot.appendingPathComponent($0).path : $0 }
                                        + ["-o", "review.md"], in: directory)
        #expect(outcome.status == 0)
        let text = try String(contentsOf: directory.appendingPathComponent("review.md"), encoding: .utf8)
        #expect(text.hasPrefix("# 复盘：12月私域运营周期"))
        #expect(text.contains("| 全计划 | 新客营收 |") && !text.contains("| plan |"))
        // The story first: the findings come before the targets table.
        let findings = try #require(text.range(of: "## 结论")), table = try #require(text.range(of: "## 目标与实际"))
        #expect(findings.lowerBound < table.lowerBound)
        #expect(text.contains("- 最大的缺口：全计划的总营收只完成 92.67%"))
        #expect(text.contains("🔴 未达标"))
        #expect(text.contains("↳ 转化率"))
        #expect(text.contains("### 新客首单券面额 A/B（A 10元，B 20元）"))
        // Every table row has the same number of cells as its header: nothing broke a table.
        for line in text.split(separator: "\n") where line.hasPrefix("| 全计划 |") {
            #expect(line.components(separatedBy: " | ").count == 8)
        }
    }

    @Test func badRowsAreCountedAndStrictFails() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let csv = directory.appendingPathComponent("bad.csv")
        try "日期,渠道,新客访客数\n2026/12/1,门店,abc\n2027/3/1,门店,5\n2026/12/2,门店,100\n".write(to: csv, atomically: true, encoding: .utf8)
        let plan = CLIRunner.packageRoot.appendingPathComponent("plans/cycle.yaml").path
        let outcome = try CLIRunner.run(["review", plan, "--actuals", csv.path, "--lang", "en"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("import: 3 rows read, 1 used, 2 rejected, 2 issues"))
        #expect(outcome.stderr.contains("bad.csv:2:3: warning: [unparseable_number]"))
        #expect(outcome.stderr.contains("bad.csv:3:1: warning: [date_outside_plan]"))
        #expect(try CLIRunner.run(["review", plan, "--actuals", csv.path, "--strict"]).status == 1)
        #expect(try CLIRunner.run(["review", plan, "--actuals", csv.path, "--attribution", "magic"]).status == 2)
        let missing = try CLIRunner.run(["review", plan, "--actuals", "missing.csv", "--lang", "en"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("missing.csv: error: [actuals_unreadable] cannot read 'missing.csv': no such file"))
        #expect(try CLIRunner.run(["review", plan, "--actuals", csv.path, "-o", "report.pdf"]).status == 2)
        #expect(try CLIRunner.run(["review", plan, "--actuals", csv.path, "--column", "访客=nope"]).status == 2)
    }
}
