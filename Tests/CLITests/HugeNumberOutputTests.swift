import Foundation
import Testing

/// Issue #9 case 18: a review of actuals with 29-digit cells printed "1e,+28 人" and
/// "8.333333333333333e+25%". They read as scientific notation now, in every text form.
@Suite("Huge numbers in reports")
struct HugeNumberOutputTests {
    @Test func theReviewWritesHugeValuesReadably() throws {
        let plan = try CLIRunner.write("""
            cycleplan: 1
            id: huge
            title: 巨大数值
            start: 2026-09-07
            metrics:
              visitors: {name: 访客数, unit: 人}
              orders: {name: 订单数}
            targets: {visitors: 1000, orders: 30}
            tasks:
              - {id: a, name: 任务, duration: 2d}
            """)
        let actuals = plan.deletingLastPathComponent().appendingPathComponent("actuals.csv")
        try "日期,访客数,订单数\n2026-09-07,12,2500000000000000000000000\n2026-09-08,10000000000000000000000000000,0\n"
            .write(to: actuals, atomically: true, encoding: .utf8)
        for format in ["text", "markdown"] {
            let outcome = try CLIRunner.run(["review", plan.path, "--actuals", actuals.path, "--format", format])
            #expect(outcome.status == 0, "\(outcome.stderr)")
            #expect(outcome.stdout.contains("1×10²⁸ 人"), "\(outcome.stdout)")
            #expect(outcome.stdout.contains("8.33×10²⁴%"), "\(outcome.stdout)")
            // The temporary folder's random name (hex digits) is not the report's.
            let shown = outcome.stdout.replacingOccurrences(of: actuals.deletingLastPathComponent().path, with: "")
            // Scientific notation as Swift prints it (`1e+28`, `8.3e-05`) or as grouping broke it
            // (`1e,+28`): a digit, then e and a sign or comma. The import section's words
            // ("wide, header", "inferred") have the letters without the digit.
            #expect(shown.firstMatch(of: /[0-9][eE][+,\-]/) == nil, "\(format): \(shown)")
            // An infinite or undefined value printed as a number: `inf`, `-inf`, `nan` as a
            // word of its own or next to a unit or percent (`inf 人`, `nan%`).
            let number = /(?i)(^|[^A-Za-z])(inf(inity)?|nan)([^A-Za-z]|$)/
            #expect(shown.firstMatch(of: number) == nil, "\(format): \(shown)")
        }
    }
}
