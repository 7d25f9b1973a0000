import Foundation
import Testing

/// `cycleplan actuals …` and `review --store postgres://…` as users run them, against the real
/// server scripts/postgres.sh starts (`CYCLEPLAN_TEST_POSTGRES_URL`); without one these are
/// skipped with the reason shown, unless `CYCLEPLAN_REQUIRE_POSTGRES` makes that a failure.
@Suite("cycleplan actuals (PostgreSQL store)", .enabled(if: PostgresCLIServer.enabled, PostgresCLIServer.reason))
struct ActualsPostgresCommandTests {

    private let plan = CLIRunner.packageRoot.appendingPathComponent("plans/cycle.yaml").path
    private let example = CLIRunner.packageRoot.appendingPathComponent("examples/cycle-review/actuals.csv").path

    /// The server's URL with a schema of this test's own.
    private func store() throws -> String {
        let url = try #require(PostgresCLIServer.url, "CYCLEPLAN_REQUIRE_POSTGRES is set but CYCLEPLAN_TEST_POSTGRES_URL is not")
        return url + (url.contains("?") ? "&" : "?") + "schema=cli_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
    }

    /// `N imports, C current values, A with the history` from `actuals list`.
    private func counts(_ store: String) throws -> (imports: Int, current: Int, all: Int) {
        let list = try CLIRunner.run(["actuals", "list", "--store", store])
        #expect(list.status == 0, "\(list.stderr)")
        let last = try #require(list.stdout.split(separator: "\n").last)
        let numbers = last.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        try #require(numbers.count == 3, "\(last)")
        return (numbers[0], numbers[1], numbers[2])
    }

    private func export(rows: Int, firstDay: Int = 0, channels: Int = 200, name: String) throws -> String {
        var text = "日期,渠道,新增好友,新客访客数\n"
        for row in 0..<rows {
            let date = Date(timeIntervalSince1970: 1_577_836_800 + Double(firstDay + row / channels) * 86_400)
            let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: date)
            text += "\(parts.year!)-\(parts.month!)-\(parts.day!),c\(row % channels),\(row % 97),\(row % 1013)\n"
        }
        let url = try CLIRunner.temporaryDirectory().appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test func importThenReviewFromPostgresAsFromTheFile() throws {
        let store = try store()
        let first = try CLIRunner.runInEnglish(["actuals", "import", example, "--plan", plan, "--store", store])
        #expect(first.status == 0 && first.stdout.hasPrefix("imported #1 "), "\(first.stderr)")
        let again = try CLIRunner.runInEnglish(["actuals", "import", example, "--plan", plan, "--store", store])
        #expect(again.status == 0 && again.stdout.hasPrefix("unchanged "), "\(again.stdout)")
        let fromFile = try CLIRunner.run(["review", plan, "--actuals", example, "--format", "json"])
        let fromStore = try CLIRunner.run(["review", plan, "--store", store, "--format", "json"])
        #expect(fromStore.status == 0, "\(fromStore.stderr)")
        let file = try #require(try JSONSerialization.jsonObject(with: Data(fromFile.stdout.utf8)) as? [String: Any])
        let database = try #require(try JSONSerialization.jsonObject(with: Data(fromStore.stdout.utf8)) as? [String: Any])
        // Every KPI, attribution, breakdown and test the same, to the last bit.
        for key in ["kpis", "experiments"] {
            #expect((file[key] as? NSArray) == (database[key] as? NSArray), "\(key) differ")
        }
        let history = try CLIRunner.run(["actuals", "history", "1", "--store", store])
        #expect(history.status == 0 && history.stdout.contains("导入 #1："), "\(history.stderr)")
        let drop = try CLIRunner.run(["actuals", "drop", "1", "--store", store])
        #expect(drop.status == 0, "\(drop.stderr)")
        #expect(try counts(store) == (0, 0, 0))
    }

    @Test func concurrentImportsFromTwoProcessesLoseNothing() throws {
        let store = try store()
        let a = try export(rows: 4_000, name: "a.csv")
        let b = try export(rows: 4_000, firstDay: 10, name: "b.csv")  // days 10…19 overlap
        let processes = [a, b].map { file -> Process in
            let process = Process()
            process.executableURL = CLIRunner.executable
            process.arguments = ["actuals", "import", file, "--plan", plan, "--store", store]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            return process
        }
        for process in processes { try process.run() }
        for process in processes { process.waitUntilExit() }
        #expect(processes.allSatisfy { $0.terminationStatus == 0 })
        let overlapRows = 4_000 - 10 * 200
        // Every value of both files is kept; the overlap is current once.
        #expect(try counts(store) == (2, (8_000 - overlapRows) * 2, 16_000))
    }

    @Test func failuresAreDiagnosticsWithoutThePassword() throws {
        let wrong = try CLIRunner.run(["actuals", "list", "--store", "postgres://nobody:hunter2@127.0.0.1:1/none?sslmode=disable"])
        #expect(wrong.status != 0)
        #expect(wrong.stderr.contains("[store_connection_failed]") && !wrong.stderr.contains("hunter2"), "\(wrong.stderr)")
        let missing = try CLIRunner.run(["review", plan, "--store", try store(), "--format", "json"])
        #expect(missing.status != 0 && missing.stderr.contains("[store_missing]"), "\(missing.stderr)")
    }
}

/// The test server scripts/postgres.sh starts, as `CYCLEPLAN_TEST_POSTGRES_URL` names it.
enum PostgresCLIServer {
    static let url = ProcessInfo.processInfo.environment["CYCLEPLAN_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    static let enabled = url != nil || ProcessInfo.processInfo.environment["CYCLEPLAN_REQUIRE_POSTGRES"].map { !$0.isEmpty && $0 != "0" } ?? false
    static let reason: Comment = "no PostgreSQL server: run 'eval \"$(scripts/postgres.sh start)\"' (or scripts/test.sh) to test the PostgreSQL store"
}
