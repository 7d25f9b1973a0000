import Foundation
import Testing

/// `review`'s exit status and output for the import's errors (#10): unmapped columns and
/// overlapping files fail the review; --on-overlap and --ignore choose; --strict fails on
/// any rejected row.
@Suite("cycleplan review: import accounting")
struct ReviewImportCommandTests {
    @Test func unmappedColumnsAndOverlapsExitOne() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let plan = CLIRunner.packageRoot.appendingPathComponent("plans/cycle.yaml").path
        let spare = directory.appendingPathComponent("spare.csv")
        try "日期,渠道,老客数,会员数\n2026/12/1,门店,100,5000\n2026/12/1,社群,100,5100\n".write(to: spare, atomically: true, encoding: .utf8)
        let outcome = try CLIRunner.run(["review", plan, "--actuals", spare.path, "--lang", "en"])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("spare.csv:1:4: error: [unmapped_column] '会员数' holds numbers"))
        #expect(outcome.stdout.contains("4. 会员数 → unmapped (error)"))
        #expect(try CLIRunner.run(["review", plan, "--actuals", spare.path, "--ignore", "会员数"]).status == 0)

        let mtd = directory.appendingPathComponent("mtd.csv"), mid = directory.appendingPathComponent("mid.csv")
        try "日期,渠道,老客数\n2026/12/1,门店,100\n2026/12/2,门店,100\n".write(to: mtd, atomically: true, encoding: .utf8)
        try "日期,渠道,老客数\n2026/12/2,门店,90\n".write(to: mid, atomically: true, encoding: .utf8)
        let overlap = try CLIRunner.run(["review", plan, "--actuals", mtd.path, mid.path, "--format", "json", "--lang", "en"])
        #expect(overlap.status == 1)
        #expect(overlap.stderr.contains("mid.csv:2: error: [overlap]"))
        #expect(overlap.stdout.contains("\"kind\": \"overlap\""))
        let last = try CLIRunner.run(["review", plan, "--actuals", mtd.path, mid.path, "--on-overlap", "last", "--lang", "en"])
        #expect(last.status == 0 && last.stderr.contains("warning: [overlap]"))
        #expect(try CLIRunner.run(["review", plan, "--actuals", mtd.path, mid.path, "--on-overlap", "last", "--strict"]).status == 1)
        #expect(try CLIRunner.run(["review", plan, "--actuals", mtd.path, "--on-overlap", "sum"]).status == 2)
    }

    @Test func brokenQuotesAndEncodingsArePlaced() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let plan = CLIRunner.packageRoot.appendingPathComponent("plans/cycle.yaml").path
        let quote = directory.appendingPathComponent("quote.csv")
        try "日期,渠道,老客数\n2026/12/1,门店,100\n2026/12/2,\"门店,100\n".write(to: quote, atomically: true, encoding: .utf8)
        let outcome = try CLIRunner.run(["review", plan, "--actuals", quote.path, "--lang", "en"])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("quote.csv:3:2: error: [actuals_not_a_table]"))
        let mixed = directory.appendingPathComponent("mixed.csv")
        let bytes = Array("日期,渠道,老客数\n2026/12/1,门店,100\n".utf8) + [0x32, 0x30, 0x32, 0x36, 0x2F, 0x31, 0x32, 0x2F, 0x32, 0x2C, 0xC3, 0xC5, 0xB5, 0xEA, 0x2C, 0x39, 0x0A]
        try Data(bytes).write(to: mixed)
        let encoding = try CLIRunner.run(["review", plan, "--actuals", mixed.path, "--lang", "en"])
        #expect(encoding.status == 1)
        #expect(encoding.stderr.contains("error: [actuals_mixed_encoding]"))
        #expect(encoding.stderr.contains("byte offset 55") && encoding.stderr.contains("GBK/GB18030"))
    }
}
