import Foundation
import Testing

/// The worked example of examples/campaign-review: three exports (a wide CSV with a bad cell
/// and a repeated row, a GB18030 file of per-day means, a long semicolon file), and the story
/// its README tells.
@Suite("cycleplan review: the Double 11 campaign")
struct CampaignReviewTests {
    private let exports = ["examples/campaign-review/sales.csv", "examples/campaign-review/coupon_test.csv",
                           "examples/campaign-review/content.csv"]

    private func review(_ extra: [String] = [], exports: [String]? = nil) throws -> [String: Any] {
        let outcome = try CLIRunner.run(["review", "plans/campaign.yaml", "--actuals"] + (exports ?? self.exports) + ["--format", "json"] + extra)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
    }

    private func kpi(_ json: [String: Any], _ node: String, _ metric: String) throws -> [String: Any] {
        let kpis = try #require(json["kpis"] as? [[String: Any]])
        return try #require(kpis.first { $0["node"] as? String == node && $0["metric"] as? String == metric })
    }

    @Test func theCampaignTellsItsStory() throws {
        let json = try review()
        // Revenue missed; new customers off track, old close to plan, traffic on target.
        #expect(try kpi(json, "plan", "tr")["status"] as? String == "at_risk")
        #expect(try kpi(json, "plan", "tr_new")["status"] as? String == "off_track")
        #expect(try kpi(json, "plan", "tr_old")["status"] as? String == "on_track")
        #expect(try kpi(json, "plan", "visitors")["status"] as? String == "on_track")
        // Conversion is the driver, and the live-stream room carries it.
        let trNew = try kpi(json, "plan", "tr_new")
        let contributions = try #require((trNew["attribution"] as? [String: Any])?["contributions"] as? [[String: Any]])
        let largest = contributions.max { abs($0["value"] as? Double ?? 0) < abs($1["value"] as? Double ?? 0) }
        #expect(largest?["driver"] as? String == "conversion")
        #expect((trNew["dimensionBasis"] as? [String: String])?["渠道"] == "performance")
        let byChannel = try #require((trNew["byDimension"] as? [String: Any])?["渠道"] as? [[String: Any]])
        #expect(byChannel.first?["value"] as? String == "直播间")
        // Performance by channel plus the unallocated volume gap is the whole gap.
        let volume = try #require((trNew["unallocated"] as? [String: Double])?["渠道"])
        let total = byChannel.reduce(volume) { $0 + ($1["contribution"] as? Double ?? 0) }
        #expect(abs(total - (trNew["variance"] as? Double ?? 0)) < 1e-6)
        // A proportional share is labelled as such.
        #expect((try kpi(json, "plan", "visitors")["dimensionBasis"] as? [String: String])?["渠道"] == "pro_rata")
        // The balance rate is measured over its own window; a cost is read the other way round.
        let balance = try kpi(json, "launch", "balance_rate")
        #expect(balance["windowStart"] as? String == "2026-10-20" && balance["status"] as? String == "at_risk")
        let cost = try kpi(json, "plan", "cost_per_add")
        #expect((cost["attainment"] as? Double).map { $0 < 0.95 && $0 > 0.85 } == true)
    }

    @Test func theTwoExperiments() throws {
        let json = try review()
        let experiments = try #require(json["experiments"] as? [[String: Any]])
        let poster = try #require(experiments.first { $0["id"] as? String == "poster-ab" })
        #expect(poster["test"] as? String == "two-proportion z")
        #expect((poster["pValue"] as? Double).map { $0 > 0.05 } == true)
        // Welch's t on the pooled daily statistics equals scipy's on the raw orders
        // (raw_orders.csv): stats.ttest_ind(满减, 折扣, equal_var=False) and its interval.
        let coupon = try #require(experiments.first { $0["id"] as? String == "coupon-type-ab" })
        let comparison = try #require((coupon["comparisons"] as? [[String: Any]])?.first)
        #expect(comparison["test"] as? String == "welch t")
        #expect(abs((comparison["statistic"] as? Double ?? 0) - 3.146273468574573) < 1e-6)
        #expect(abs((comparison["pValue"] as? Double ?? 0) - 0.0016806202739200202) < 1e-6)
        #expect(abs((comparison["degreesOfFreedom"] as? Double ?? 0) - 1805.812900708614) < 1e-6)
        #expect(abs((comparison["ciLow"] as? Double ?? 0) - 9.812478527151843) < 1e-6)
        #expect(abs((comparison["ciHigh"] as? Double ?? 0) - 42.29363605143918) < 1e-6)
        let variants = try #require(coupon["variants"] as? [[String: Any]])
        #expect(variants.map { $0["n"] as? Double } == [894, 914])
    }

    @Test func badCellsAreReportedNotDropped() throws {
        let json = try review()
        let imports = try #require(json["import"] as? [String: Any])
        let issues = try #require(imports["issues"] as? [[String: Any]])
        #expect(issues.contains { $0["kind"] as? String == "unparseable_number" && $0["row"] as? Int == 42 && $0["column"] as? Int == 8 })
        #expect(issues.contains { $0["kind"] as? String == "duplicate_key" && $0["row"] as? Int == 102 })
        let strict = try CLIRunner.run(["review", "plans/campaign.yaml", "--actuals"] + exports + ["--strict"])
        #expect(strict.status == 1)
    }

    @Test func theWorkbookGivesTheSameReview() throws {
        let csv = try review()
        let xlsx = try review(exports: ["examples/campaign-review/sales.xlsx"] + exports.dropFirst())
        let a = (csv["kpis"] as? [[String: Any]])?.map { $0["actual"] as? Double } ?? []
        let b = (xlsx["kpis"] as? [[String: Any]])?.map { $0["actual"] as? Double } ?? []
        #expect(a.count == b.count && !a.isEmpty)
        for (x, y) in zip(a, b) { #expect((x == nil && y == nil) || abs((x ?? 0) - (y ?? 0)) < 1e-6) }
    }

    /// No English in a Chinese report: every word of the Markdown and HTML views comes from
    /// the Chinese catalog (the import section's and its issues' too). The Latin words left
    /// are the plan's own (IP 活动, "满减 vs 折扣") and the names of methods (LMDI, Welch).
    @Test func theChineseReportsHaveNoEnglish() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let absolute = exports.map { CLIRunner.packageRoot.appendingPathComponent($0).path }
        for name in ["review.md", "review.html"] {
            let outcome = try CLIRunner.run(["review", CLIRunner.packageRoot.appendingPathComponent("plans/campaign.yaml").path,
                                             "--actuals"] + absolute + ["-o", name], in: directory)
            #expect(outcome.status == 0, "\(outcome.stderr)")
            var text = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
            if let start = text.range(of: "<style>"), let end = text.range(of: "</style>") { text.removeSubrange(start.lowerBound..<end.upperBound) }
            // Quoted from the data, not words of the report: the exports' paths (given here
            // absolute, so the folders' names too) where the import section names each file
            // and its rejected rows, and the stable issue ids (`duplicate_key`) set as code.
            // Only these go; any English sentence around them is still counted.
            for path in absolute { text = text.replacingOccurrences(of: path, with: " ") }
            text = text.replacingOccurrences(of: "<code>[a-z_]+</code>|`[a-z_]+`", with: " ", options: .regularExpression)
            text = text.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
            let words = Set(text.matches(of: /[A-Za-z][A-Za-z_\-]+/).map { String($0.output) })
            #expect(words.subtracting(["IP", "vs", "LMDI", "Welch", "Shapley"]).isEmpty, "\(name): \(words.sorted())")
        }
    }

    @Test func theHTMLReportIsSelfContainedAndHasItsCharts() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let absolute = exports.map { CLIRunner.packageRoot.appendingPathComponent($0).path }
        let outcome = try CLIRunner.run(["review", CLIRunner.packageRoot.appendingPathComponent("plans/campaign.yaml").path,
                                         "--actuals"] + absolute + ["-o", "review.html"], in: directory)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let html = try String(contentsOf: directory.appendingPathComponent("review.html"), encoding: .utf8)
        #expect(!html.contains("http://") || html.components(separatedBy: "http://").dropFirst().allSatisfy { $0.hasPrefix("www.w3.org/2000/svg") })
        #expect(!html.contains("https://") && !html.contains("<script"))
        #expect(html.contains("aria-label=\"目标与实际\""))
        #expect(html.contains("aria-label=\"归因瀑布图\""))
        #expect(html.contains("aria-label=\"全计划 · 总营收\""))   // a pacing line
        #expect(html.contains("规模（未分摊）"))
        #expect(html.contains("满减 对 折扣（Welch t 检验）"))
        // The story first, and the A/B charts near the top.
        let findings = try #require(html.range(of: "<ul class=\"findings\">"))
        let experiments = try #require(html.range(of: "aria-label=\"定金海报 A/B"))
        let targets = try #require(html.range(of: "<h2>目标与实际</h2>"))
        #expect(findings.lowerBound < experiments.lowerBound && experiments.lowerBound < targets.lowerBound)
        #expect(html.contains("<li>最大的缺口：全计划的总营收只完成 88.99%"))
    }
}
