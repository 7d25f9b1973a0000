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
