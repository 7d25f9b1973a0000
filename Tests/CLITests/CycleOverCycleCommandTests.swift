import Foundation
import Testing

/// examples/cycle-review, cycle over cycle: four earlier months and December imported into a
/// real SQLite store, reviewed against November (环比) and December 2025 (同比) with a
/// four-month trend, as its README tells; and the bad inputs of the options.
@Suite("cycleplan review: cycle over cycle")
struct CycleOverCycleCommandTests {
    static let plan = "plans/cycle.yaml"
    static let exports = ["history/actuals-2025-12.csv", "history/actuals-2026-09.csv", "history/actuals-2026-10.csv",
                          "history/actuals-2026-11.csv", "actuals.csv"].map { "examples/cycle-review/" + $0 }
    static let periods = ["--shift", "1cycle", "--shift", "1y", "--trend", "4"]

    /// A fresh store holding the example's five months, as review-cycles.sh builds it.
    private func store() throws -> String {
        let store = try CLIRunner.temporaryDirectory().appendingPathComponent("metrics.sqlite").path
        let imported = try CLIRunner.run(["actuals", "import"] + Self.exports + ["--plan", Self.plan, "--store", store])
        #expect(imported.status == 0, "\(imported.stderr)")
        return store
    }

    private func kpi(_ json: [String: Any], _ metric: String) throws -> [String: Any] {
        let kpis = try #require(json["kpis"] as? [[String: Any]])
        return try #require(kpis.first { $0["nodeKind"] as? String == "plan" && $0["metric"] as? String == metric })
    }

    @Test func theStoreTellsTheStoresConversionSlide() throws {
        let store = try store()
        let outcome = try CLIRunner.run(["review", Self.plan, "--store", store, "--format", "json"] + Self.periods)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        let conversion = try kpi(json, "conversion")
        let periods = try #require(conversion["periods"] as? [[String: Any]])
        #expect(periods.map { $0["kind"] as? String } == ["period_on_period", "year_on_year"])
        #expect(periods.map { $0["windowStart"] as? String } == ["2026-11-01", "2025-12-01"])
        // November is cut at its end, not run into December's first days.
        #expect(periods[0]["windowFinish"] as? String == "2026-11-30")
        #expect(periods[1]["windowFinish"] as? String == "2026-01-05")
        // Conversion fell against November and against last year …
        #expect((periods[0]["change"] as? Double ?? 0) < 0 && (periods[1]["change"] as? Double ?? 0) < 0)
        // … and 门店 explains most of the fall against November, by its own rate.
        let channels = try #require((periods[0]["byDimension"] as? [String: Any])?["渠道"] as? [[String: Any]])
        #expect(channels.first?["value"] as? String == "门店", "\(channels)")
        // The trend: September to December, oldest first, each month whole (cut at its end).
        let trend = try #require(conversion["trend"] as? [[String: Any]])
        #expect(trend.map { $0["windowStart"] as? String } == ["2026-09-01", "2026-10-01", "2026-11-01", "2026-12-01"])
        let values = trend.compactMap { $0["value"] as? Double }
        #expect(values.count == 4 && values == values.sorted(by: >), "the conversion slides month after month: \(values)")
        // Each period's own data, read from the store the same way as December's.
        let visitors = try kpi(json, "visitors")
        let november = try #require((visitors["periods"] as? [[String: Any]])?.first)
        #expect(november["daysWithData"] as? Int == 30 && november["days"] as? Int == 30)
    }

    /// `--previous` with November's plan (plans/cycle.yaml moved to 2026-11-01, as its header
    /// says a cycle is reused): each node against November's own scheduled node.
    @Test func anotherPlanGivesTheExactWindowsNodeByNode() throws {
        let folder = try CLIRunner.temporaryDirectory()
        try FileManager.default.copyItem(at: CLIRunner.packageRoot.appendingPathComponent("plans/shared"), to: folder.appendingPathComponent("shared"))
        var yaml = try String(contentsOf: CLIRunner.packageRoot.appendingPathComponent(Self.plan), encoding: .utf8)
        yaml = yaml.replacingOccurrences(of: "\nid: cycle-2026-12\n", with: "\nid: cycle-2026-11\n")
            .replacingOccurrences(of: "\ntitle: 12月私域运营周期\n", with: "\ntitle: 11月私域运营周期\n")
            .replacingOccurrences(of: "\nstart: 2026-12-01\n", with: "\nstart: 2026-11-01\n")
        let november = folder.appendingPathComponent("cycle-2026-11.yaml")
        try yaml.write(to: november, atomically: true, encoding: .utf8)
        let outcome = try CLIRunner.run(["review", Self.plan, "--store", try store(), "--previous", november.path, "--format", "json"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        let kpis = try #require(json["kpis"] as? [[String: Any]])
        let total = try #require((try kpi(json, "tr")["periods"] as? [[String: Any]])?.first)
        #expect(total["basis"] as? String == "plan:cycle-2026-11" && total["kind"] as? String == "period_on_period")
        // November's plan runs to 12-06 with its review phase: cut where December begins.
        #expect(total["windowStart"] as? String == "2026-11-01" && total["windowFinish"] as? String == "2026-11-30")
        // The 双12 phase against November's same phase, as November's calendar schedules it.
        let phase = try #require(kpis.first { $0["node"] as? String == "revenue" && $0["metric"] as? String == "conversion" })
        let phasePeriod = try #require((phase["periods"] as? [[String: Any]])?.first)
        #expect(phase["windowStart"] as? String == "2026-12-02")
        #expect(phasePeriod["windowStart"] as? String == "2026-11-03" && phasePeriod["windowFinish"] as? String == "2026-11-16", "\(phasePeriod)")
        #expect(phasePeriod["value"] is Double)
    }

    @Test func theCommittedReportsAreWhatTheCommandsWrite() throws {
        let store = try store()
        let folder = try CLIRunner.temporaryDirectory()
        for ext in ["md", "html"] {
            let path = folder.appendingPathComponent("review-cycles.\(ext)").path
            let outcome = try CLIRunner.run(["review", Self.plan, "--store", store] + Self.periods + ["-o", path])
            #expect(outcome.status == 0, "\(outcome.stderr)")
            let written = try Data(contentsOf: URL(fileURLWithPath: path))
            let committed = try Data(contentsOf: CLIRunner.packageRoot.appendingPathComponent("examples/cycle-review/review-cycles.\(ext)"))
            #expect(written == committed, "review-cycles.\(ext) is stale: run examples/cycle-review/review-cycles.sh")
        }
    }

    /// `--numbers cn` reaches the HTML charts too — the trend's and the periods' value axes
    /// and labels, not only the tables (issue #13): no chart text shows a figure of 10,000 or
    /// more in grouped digits, while the plain report does.
    @Test func numbersInWanReachTheCharts() throws {
        let store = try store()
        let folder = try CLIRunner.temporaryDirectory()
        func chartTexts(_ numbers: String) throws -> [String] {
            let path = folder.appendingPathComponent("\(numbers).html").path
            let outcome = try CLIRunner.run(["review", Self.plan, "--store", store, "--numbers", numbers] + Self.periods + ["-o", path])
            #expect(outcome.status == 0, "\(outcome.stderr)")
            let html = try String(contentsOfFile: path, encoding: .utf8)
            let texts = try NSRegularExpression(pattern: "<text[^>]*>([^<]*)</text>")
            return texts.matches(in: html, range: NSRange(html.startIndex..., in: html)).map { (html as NSString).substring(with: $0.range(at: 1)) }
        }
        let large = try NSRegularExpression(pattern: "(?<![0-9,.])([0-9]{2,3}(,[0-9]{3})+|[0-9](,[0-9]{3}){2,})")
        func grouped(_ text: String) -> Bool { large.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil }
        let plain = try chartTexts("plain")
        #expect(plain.contains(where: grouped), "the plain report has large figures in its charts")
        let wan = try chartTexts("cn")
        #expect(wan.filter(grouped) == [], "grouped digits left in the charts")
        #expect(wan.contains { $0.contains("万") })
    }

    @Test func theTerminalShowsBothComparisonsAndTheTrend() throws {
        let outcome = try CLIRunner.run(["review", Self.plan, "--store", try store(), "--lang", "en"] + Self.periods)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("cycle over cycle:") && outcome.stdout.contains("vs previous cycle")
                && outcome.stdout.contains("year on year") && outcome.stdout.contains("Trend over the last 4 cycles"), "\(outcome.stdout)")
    }

    @Test func aShiftTypoIsAUsageErrorWithTheClosestUnitInBothLanguages() throws {
        // One language a run (C locale: 中文), not both: issue #13.
        let outcome = try CLIRunner.run(["review", Self.plan, "--store", "unused.sqlite", "--shift", "1cyle"])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("[review_bad_shift]") && outcome.stderr.contains("是否想写「1cycle」")
                && outcome.stderr.contains("提示: 写数量加单位") && !outcome.stderr.contains("did you mean"), "\(outcome.stderr)")
        let english = try CLIRunner.run(["review", Self.plan, "--store", "unused.sqlite", "--shift", "1cyle", "--lang", "en"])
        #expect(english.status == 2 && english.stderr.contains("[review_bad_shift]") && english.stderr.contains("did you mean '1cycle'")
                && english.stderr.contains("hint:") && !english.stderr.contains("是否想写"), "\(english.stderr)")
        let trend = try CLIRunner.run(["review", Self.plan, "--store", "unused.sqlite", "--trend", "500"])
        #expect(trend.status == 2 && trend.stderr.contains("[review_bad_trend]") && trend.stderr.contains("趋势周期数") && !trend.stderr.contains("cycles"), "\(trend.stderr)")
        let files = try CLIRunner.run(["review", Self.plan, "--actuals", "examples/cycle-review/actuals.csv", "--shift", "1y"])
        #expect(files.status == 2 && files.stderr.contains("[previous_needs_store]"), "\(files.stderr)")
    }

    @Test func aPeriodWithoutAnyDataIsALocatedErrorAndNothingIsWritten() throws {
        let store = try store()
        let folder = try CLIRunner.temporaryDirectory()
        let previous = folder.appendingPathComponent("cycle-2019-12.yaml")
        try Data("cycleplan: 1\nid: cycle-2019-12\ntitle: 2019年12月\nstart: 2019-12-01\ntasks: [{id: t, name: 任务, duration: 20d}]\n".utf8)
            .write(to: previous)
        let report = folder.appendingPathComponent("r.md").path
        let outcome = try CLIRunner.runInEnglish(["review", Self.plan, "--store", store, "--previous", previous.path, "-o", report])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("cycle-2019-12.yaml:") && outcome.stderr.contains("[previous_no_data]")
                && outcome.stderr.contains("the store has no data for any KPI") && outcome.stderr.contains("hint:"), "\(outcome.stderr)")
        #expect(!FileManager.default.fileExists(atPath: report))
        let shifted = try CLIRunner.runInEnglish(["review", Self.plan, "--store", store, "--shift", "10y"])
        #expect(shifted.status == 1 && shifted.stderr.contains("[previous_no_data] --shift 10y"), "\(shifted.stderr)")
    }
}
