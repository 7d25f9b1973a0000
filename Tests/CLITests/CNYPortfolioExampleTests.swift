import Foundation
import Testing

/// examples/cny-2027 with its sibling feb-cycle.yaml: the figures its README tells.
@Suite("examples/cny-2027 with the February cycle")
struct CNYPortfolioExampleTests {
    private let folder = CLIRunner.packageRoot.appendingPathComponent("examples/cny-2027")

    @Test func aloneEachPlanWarnsThatTogetherTheyOverbookTheCommunityTeam() throws {
        for (plan, sibling) in [("feb-cycle.yaml", "2027 春节年货节"), ("cny-2027.yaml", "2027 年 2 月私域运营周期")] {
            let outcome = try CLIRunner.runInEnglish(["schedule", plan], in: folder)
            #expect(outcome.status == 0, "\(outcome.stderr)")
            #expect(outcome.stderr.contains("[portfolio_overbooked] with sibling plan '\(sibling)', role '社群运营' is booked over its capacity on 2 days: 2027-02-02..02-03 (peak 4 of 3 on 2027-02-02)"), "\(outcome.stderr)")
        }
    }

    /// One language rule for the whole run: the first plan's `lang: en` speaks for the joint
    /// table as it does for the run's diagnostics (the table used to follow the locale while
    /// the diagnostics followed the plan); --lang still wins.
    @Test func theFirstPlansLangSpeaksForTheTableAndTheWarnings() throws {
        let work = try CLIRunner.temporaryDirectory()
        for name in ["cny-2027.yaml", "feb-cycle.yaml", "shared"] {
            try FileManager.default.copyItem(at: folder.appendingPathComponent(name), to: work.appendingPathComponent(name))
        }
        let plan = work.appendingPathComponent("cny-2027.yaml")
        let yaml = try String(contentsOf: plan, encoding: .utf8)
        try yaml.replacingOccurrences(of: "\nstart:", with: "\nlang: en\nstart:").write(to: plan, atomically: true, encoding: .utf8)
        let outcome = try CLIRunner.run(["schedule", "cny-2027.yaml", "feb-cycle.yaml"], in: work)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("finish: 2027-02-25 (leveled)") && !outcome.stdout.contains("完成："), "\(outcome.stdout)")
        let chinese = try CLIRunner.run(["schedule", "cny-2027.yaml", "feb-cycle.yaml", "--lang", "zh"], in: work)
        #expect(chinese.stdout.contains("完成：2027-02-25（已资源平衡）"), "\(chinese.stdout)")
    }

    @Test func togetherTheSaleKeepsItsDatesAndTheTaggingGivesWay() throws {
        let outcome = try CLIRunner.run(["schedule", "cny-2027.yaml", "feb-cycle.yaml", "--format", "json"], in: folder)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        let rows = try #require(json["tasks"] as? [[String: Any]])
        func dates(_ id: String) -> String? {
            rows.first { $0["id"] as? String == id }.map { "\($0["start"] as? String ?? "")..\($0["finish"] as? String ?? "")" }
        }
        #expect(dates("cny-2027/daily") == "2027-01-25..2027-02-04")
        #expect(dates("feb-cycle-2027/sop") == "2027-02-01..2027-02-03")
        #expect(dates("feb-cycle-2027/tagging") == "2027-02-04..2027-02-05")
        #expect(json["finish"] as? String == "2027-02-25")
        let load = try CLIRunner.run(["load", "cny-2027.yaml", "feb-cycle.yaml", "--format", "csv", "--from", "2027-02-01", "--to", "2027-02-05"], in: folder)
        let community = load.stdout.components(separatedBy: "\r\n").filter { $0.contains(",role,community,") }
        #expect(community.map { $0.split(separator: ",")[5] } == ["3", "3", "3", "2", "1"])
        #expect(!load.stdout.contains(",true"))
    }
}
