import Foundation
import MetricsStore
import MetricsStorePostgres

/// The PostgreSQL server the tests use: `CYCLEPLAN_TEST_POSTGRES_URL`, as `scripts/postgres.sh
/// start` exports it (scripts/test.sh does). Without it the PostgreSQL cases are left out with
/// a visible reason (`PostgresServerTests`), unless `CYCLEPLAN_REQUIRE_POSTGRES` is set — as
/// scripts/test.sh sets it — when they fail instead, so CI cannot skip them silently.
enum PostgresTestServer {
    static let url = ProcessInfo.processInfo.environment["CYCLEPLAN_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    static let required = ProcessInfo.processInfo.environment["CYCLEPLAN_REQUIRE_POSTGRES"].map { !$0.isEmpty && $0 != "0" } ?? false
    /// Whether the PostgreSQL cases run (and fail without a server when required).
    static let enabled = url != nil || required
    static let reason = "no PostgreSQL server: run 'eval \"$(scripts/postgres.sh start)\"' (or scripts/test.sh) to test the PostgreSQL store"

    struct NoServer: Error, CustomStringConvertible {
        var description: String { "CYCLEPLAN_REQUIRE_POSTGRES is set but CYCLEPLAN_TEST_POSTGRES_URL is not: " + PostgresTestServer.reason }
    }

    /// The server's URL with a schema of the test's own (`t_` and a UUID's hex), so tests run in
    /// parallel without meeting each other's tables.
    static func freshURL() throws -> String {
        guard let url else { throw NoServer() }
        let schema = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        return url + (url.contains("?") ? "&" : "?") + "schema=" + schema
    }

    static func makeStore(mode: PostgresMetricsStore.Mode = .readWrite) throws -> PostgresMetricsStore {
        try PostgresMetricsStore(url: try freshURL(), mode: mode)
    }
}
