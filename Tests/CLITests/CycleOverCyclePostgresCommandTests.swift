import Foundation
import Testing

/// The README's PostgreSQL flow of examples/cycle-review: the same two commands against the
/// real server scripts/postgres.sh starts write the same reports, byte for byte, as SQLite
/// (skipped without a server, unless `CYCLEPLAN_REQUIRE_POSTGRES`).
@Suite("cycleplan review: cycle over cycle on PostgreSQL", .enabled(if: PostgresCLIServer.enabled, PostgresCLIServer.reason))
struct CycleOverCyclePostgresCommandTests {
    @Test func theExampleOnPostgresWritesTheCommittedReports() throws {
        let url = try #require(PostgresCLIServer.url, "CYCLEPLAN_REQUIRE_POSTGRES is set but CYCLEPLAN_TEST_POSTGRES_URL is not")
        let store = url + (url.contains("?") ? "&" : "?") + "schema=cycles_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        let imported = try CLIRunner.run(["actuals", "import"] + CycleOverCycleCommandTests.exports
                                         + ["--plan", CycleOverCycleCommandTests.plan, "--store", store])
        #expect(imported.status == 0, "\(imported.stderr)")
        let folder = try CLIRunner.temporaryDirectory()
        for ext in ["md", "html"] {
            let path = folder.appendingPathComponent("review-cycles.\(ext)").path
            let outcome = try CLIRunner.run(["review", CycleOverCycleCommandTests.plan, "--store", store]
                                            + CycleOverCycleCommandTests.periods + ["-o", path])
            #expect(outcome.status == 0, "\(outcome.stderr)")
            let written = try Data(contentsOf: URL(fileURLWithPath: path))
            let committed = try Data(contentsOf: CLIRunner.packageRoot.appendingPathComponent("examples/cycle-review/review-cycles.\(ext)"))
            #expect(written == committed, "review-cycles.\(ext) from PostgreSQL differs from SQLite's")
        }
    }
}
