import Foundation
import Testing

/// Issue #9 case 1, as the user met it: `validate` died of a stack overflow on a formula of
/// 90,000 terms, `review` on one of 11,000 and on a chain of 20,000 derived metrics. Each is
/// now a located error with exit status 1.
@Suite("Formula limits in the commands")
struct FormulaLimitCommandTests {
    private func plan(metrics: String, target: String) -> String {
        """
        cycleplan: 1
        id: limits
        title: 公式上限
        start: 2026-09-07
        metrics:
          a: 访客数
        \(metrics)
        targets: {\(target): 100, a: 10}
        tasks:
          - {id: x, name: 任务, duration: 2d}
        """
    }

    private func actuals(beside url: URL) throws -> URL {
        let csv = url.deletingLastPathComponent().appendingPathComponent("actuals.csv")
        try "日期,访客数\n2026-09-07,5\n2026-09-08,6\n".write(to: csv, atomically: true, encoding: .utf8)
        return csv
    }

    @Test("a huge formula is refused by validate and review", arguments: [11_000, 90_000])
    func hugeFormula(_ terms: Int) throws {
        let formula = Array(repeating: "a", count: terms).joined(separator: " + ")
        let url = try CLIRunner.write(plan(metrics: "  big: {name: 大, formula: \(formula)}", target: "big"))
        let validate = try CLIRunner.runInEnglish(["validate", url.path])
        #expect(validate.status == 1)
        #expect(validate.stdout.contains("plan.yaml:7:27: error: [formula_too_large]"), "\(validate.stdout.prefix(500))")
        let review = try CLIRunner.runInEnglish(["review", url.path, "--actuals", try actuals(beside: url).path])
        #expect(review.status == 1)
        #expect(review.stderr.contains("[formula_too_large]"))
    }

    @Test func aLongChainOfDerivedMetricsIsRefused() throws {
        let chain = (1...20_000).map { "  m\($0): {name: 指标\($0), formula: \($0 == 1 ? "a" : "m\($0 - 1)") * 1}" }
        let url = try CLIRunner.write(plan(metrics: chain.joined(separator: "\n"), target: "m20000"))
        let validate = try CLIRunner.runInEnglish(["validate", url.path])
        #expect(validate.status == 1)
        #expect(validate.stdout.contains("[formula_chain_too_deep] metric 'm33' is derived through 33 levels"), "\(validate.stdout.prefix(500))")
        let review = try CLIRunner.runInEnglish(["review", url.path, "--actuals", try actuals(beside: url).path])
        #expect(review.status == 1)
    }
}
