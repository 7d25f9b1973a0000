import Foundation
import Testing

/// `cycleplan review PLAN` with `actuals: {source: postgres://…, table: …}`: the review reads
/// a warehouse table in place, against the real server scripts/postgres.sh starts. The table
/// is made and exported with psql, PostgreSQL's own client, as a data team would.
@Suite("cycleplan review (a warehouse table)", .enabled(if: PostgresCLIServer.enabled, PostgresCLIServer.reason))
struct WarehouseReviewCommandTests {
    /// Runs SQL through psql on the test server.
    private func psql(_ sql: String) throws -> String {
        let url = try #require(PostgresCLIServer.url.flatMap(URLComponents.init(string:)), "no CYCLEPLAN_TEST_POSTGRES_URL")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/psql")
        process.arguments = ["-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", url.host ?? "127.0.0.1", "-p", String(url.port ?? 5432),
                             "-U", url.user ?? "", "-d", String(url.path.dropFirst()), "-At", "-c", sql]
        var environment = ProcessInfo.processInfo.environment
        environment["PGPASSWORD"] = environment["CYCLEPLAN_TEST_POSTGRES_PASSWORD"]
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let output = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "psql: \(String(decoding: errors, as: UTF8.self))")
        return String(decoding: output, as: UTF8.self)
    }

    /// plans/cycle.yaml (with its shared files) in a folder of its own, with `actuals:` added.
    private func plan(actuals: String) throws -> URL {
        let folder = try CLIRunner.temporaryDirectory()
        let plans = CLIRunner.packageRoot.appendingPathComponent("plans")
        try FileManager.default.copyItem(at: plans.appendingPathComponent("shared"), to: folder.appendingPathComponent("shared"))
        let text = try String(contentsOf: plans.appendingPathComponent("cycle.yaml"), encoding: .utf8)
        let url = folder.appendingPathComponent("cycle.yaml")
        try (text + "\n" + actuals).write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    /// A schema holding `daily`: December 2026 and a few days around it, 4 channels × 2 coupon
    /// groups a day, cents that make the sums depend on their order, stocks on each row.
    private func warehouse() throws -> String {
        let schema = "wh_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        _ = try psql("""
            CREATE SCHEMA \(schema);
            CREATE TABLE \(schema).daily (stat_date date NOT NULL, "渠道" text NOT NULL, "分组" text NOT NULL,
                new_adds integer, friends integer, visitors integer, orders_new integer, gmv_new numeric(12, 2),
                existing_customers integer, repurchasers integer, orders_old integer, gmv_old numeric(12, 2), PRIMARY KEY (stat_date, "渠道", "分组"));
            INSERT INTO \(schema).daily
            SELECT d, c, g, 100 + (i * 37) % 90, 40000 + i * 3, 500 + (i * 53) % 400, 10 + (i * 29) % 25,
                   ((i * 7919) % 900000) / 100.0 + 1000, 15000 + (i % 31), 20 + (i * 13) % 30, 25 + (i * 17) % 30,
                   ((i * 104729) % 1300000) / 100.0 + 2000
            FROM (SELECT d::date, c, g, row_number() OVER (ORDER BY d, c, g) AS i
                  FROM generate_series(DATE '2026-11-28', DATE '2027-01-03', INTERVAL '1 day') AS d,
                       unnest(ARRAY['门店', '社群', '小程序', '视频号']) AS c, unnest(ARRAY['A', 'B']) AS g) AS grid;
            """)
        return schema
    }

    private func actuals(_ schema: String, columns: String? = nil) throws -> String {
        let url = try #require(PostgresCLIServer.url)
        return """
            actuals:
              source: "\(url)"
              schema: \(schema)
              table: daily
              date: stat_date
              columns: \(columns ?? "{new_adds: new_adds, friends: friends, visitors: visitors, orders_new: orders_new, gmv_new: gmv_new, existing_customers: existing_customers, repurchasers: repurchasers, orders_old: orders_old, gmv_old: gmv_old}")
              dimensions: {渠道: 渠道, 分组: 分组}

            """
    }

    @Test func theReviewOfTheTableEqualsTheReviewOfItsExport() throws {
        let schema = try warehouse()
        let plan = try plan(actuals: try actuals(schema))
        // The same rows as a file, in the order the warehouse sums them.
        let csv = plan.deletingLastPathComponent().appendingPathComponent("daily.csv")
        _ = try psql("""
            SELECT date, "渠道", "分组", new_adds, friends, visitors, orders_new, gmv_new, existing_customers, repurchasers, orders_old, gmv_old
            FROM (SELECT stat_date AS date, * FROM \(schema).daily) AS d ORDER BY date, "渠道" COLLATE "C", "分组" COLLATE "C"
            """.replacingOccurrences(of: "\n", with: " ").withCSV(to: csv.path))
        for extra in [[String](), ["--as-of", "2026-12-15"]] {
            let fromFile = try CLIRunner.run(["review", plan.path, "--actuals", csv.path, "--format", "json"] + extra)
            let fromTable = try CLIRunner.run(["review", plan.path, "--format", "json"] + extra)
            #expect(fromFile.status == 0, "\(fromFile.stderr)")
            #expect(fromTable.status == 0, "\(fromTable.stderr)")
            let file = try #require(try JSONSerialization.jsonObject(with: Data(fromFile.stdout.utf8)) as? [String: Any])
            let table = try #require(try JSONSerialization.jsonObject(with: Data(fromTable.stdout.utf8)) as? [String: Any])
            // Every KPI, attribution, breakdown, pace and test the same, to the last bit.
            for key in ["kpis", "experiments"] {
                #expect((file[key] as? NSArray) == (table[key] as? NSArray), "\(key) differ \(extra)")
            }
            let kpis = try #require(table["kpis"] as? [[String: Any]])
            #expect(kpis.contains { $0["metric"] as? String == "visitors" && $0["actual"] is Double }, "\(kpis.prefix(2))")
        }
        // Read, never written: the table is as it was.
        #expect(try psql("SELECT count(*) FROM \(schema).daily").trimmingCharacters(in: .whitespacesAndNewlines) == "\(37 * 8)")
    }

    @Test func anUnknownColumnIsADiagnosticAtItsPlanKey() throws {
        let schema = try warehouse()
        let plan = try plan(actuals: try actuals(schema, columns: "{new_adds: new_adds, gmv_amt: gmv_new}"))
        let outcome = try CLIRunner.runInEnglish(["review", plan.path])
        #expect(outcome.status == 1)
        let lines = try String(contentsOf: plan, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let line = try #require(lines.firstIndex { $0.contains("gmv_amt") }) + 1
        let column = try #require(lines[line - 1].range(of: "gmv_amt")).lowerBound.utf16Offset(in: lines[line - 1]) + 1
        #expect(outcome.stderr.contains("cycle.yaml:\(line):\(column): error: [warehouse_unknown_column] 'gmv_amt' is not a column of 'daily'")
                && outcome.stderr.contains("hint:"), "\(outcome.stderr)")
        let chinese = try CLIRunner.run(["review", plan.path])
        #expect(chinese.stderr.contains("cycle.yaml:\(line):\(column): 错误: [warehouse_unknown_column] 「daily」没有列「gmv_amt」")
                && chinese.stderr.contains("提示:"), "\(chinese.stderr)")
    }

    @Test func aPasswordInThePlanIsRefused() throws {
        let plan = try plan(actuals: """
            actuals:
              source: postgres://reader:secret@db.example/warehouse
              table: daily
              date: stat_date
              columns: {new_adds: new_adds}

            """)
        let outcome = try CLIRunner.runInEnglish(["validate", plan.path])
        #expect(outcome.status == 1)
        #expect((outcome.stdout + outcome.stderr).contains("[invalid_value] the warehouse source holds a password"), "\(outcome.stdout)")
    }
}

private extension String {
    /// The query as a psql `\copy … TO file` meta-command (a CSV with a header).
    func withCSV(to path: String) -> String {
        "\\copy (\(self)) TO '\(path)' WITH (FORMAT csv, HEADER true)"
    }
}
