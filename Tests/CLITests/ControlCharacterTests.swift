import Foundation
import Testing

/// Issue #9 case 17: control characters in names (an escape sequence, NUL, CR/LF, C1, the
/// Unicode line separators, a bidi override) reached the terminal in `schedule`'s table and
/// appeared as NUL/ESC in the Mermaid and PlantUML exports. Every human-facing output makes
/// them U+FFFD (or a space, where a line break would split a line of an export).
@Suite("Control characters in names")
struct ControlCharacterTests {
    /// YAML double-quoted escapes put the raw characters into the names.
    private let plan = #"""
        cycleplan: 1
        id: hostile
        title: "标题\e]0;pwned\u0007"
        start: 2026-09-07
        roles:
          ops: {name: "运营\e[2J", headcount: 1}
        metrics:
          visitors: {name: "访客\0数"}
          orders: {name: "订单\x9b数"}
          conversion: {name: "转化\u2028率", formula: orders / visitors, format: percent}
        targets: {visitors: 100, orders: 10, conversion: 10%}
        phases:
          - id: p
            name: "阶段\u202Egnp.exe"
            tasks:
              - {id: a, name: "海报\e[31m红\r\n第二行", role: ops, duration: 2d}
              - {id: b, name: "文案\0\u2029结束", role: ops, duration: 1d, after: a}
        """#

    /// Unprintable scalars, except the line feeds that end lines.
    private func unprintable(_ text: String) -> [UInt32] {
        text.unicodeScalars.map(\.value).filter { value in
            value != 0x0A && (value < 0x20 || (0x7F...0x9F).contains(value) || value == 0x2028 || value == 0x2029
                || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value))
        }
    }

    @Test func theScheduleTableAndTheSummaryArePrintable() throws {
        let url = try CLIRunner.write(plan)
        let schedule = try CLIRunner.run(["schedule", url.path])
        #expect(schedule.status == 0, "\(schedule.stderr)")
        #expect(unprintable(schedule.stdout).isEmpty, "\(unprintable(schedule.stdout))")
        #expect(schedule.stdout.contains("海报\u{FFFD}[31m红"))
        // The row is not split by the CR LF in the name.
        #expect(schedule.stdout.split(separator: "\n").contains { $0.contains("海报") && $0.contains("2026-09-07") })
        let summary = try CLIRunner.run(["validate", "--summary", url.path])
        #expect(summary.status == 0, "\(summary.stderr)")
        #expect(unprintable(summary.stdout).isEmpty, "\(unprintable(summary.stdout))")
        #expect(summary.stdout.contains("访客\u{FFFD}数"))
    }

    @Test("Mermaid and PlantUML exports carry no control characters", arguments: ["mmd", "puml"])
    func exportsArePrintable(_ ext: String) throws {
        let url = try CLIRunner.write(plan)
        let output = url.deletingLastPathComponent().appendingPathComponent("chart.\(ext)")
        let outcome = try CLIRunner.run(["gantt", url.path, "-o", output.path])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let text = String(decoding: try Data(contentsOf: output), as: UTF8.self)
        #expect(unprintable(text).isEmpty, "\(unprintable(text))")
        #expect(text.contains("\u{FFFD}"))
    }

    @Test func theReviewTextIsPrintable() throws {
        let url = try CLIRunner.write(plan)
        let actuals = url.deletingLastPathComponent().appendingPathComponent("actuals.csv")
        try "日期,visitors,orders,渠道\n2026-09-07,50,4,\"门店\u{1B}[2J\"\n2026-09-08,60,5,社群\n"
            .write(to: actuals, atomically: true, encoding: .utf8)
        for format in ["text", "markdown"] {
            let outcome = try CLIRunner.run(["review", url.path, "--actuals", actuals.path, "--format", format])
            #expect(outcome.status == 0, "\(outcome.stderr)")
            #expect(unprintable(outcome.stdout).isEmpty, "\(format): \(unprintable(outcome.stdout))")
        }
    }
}
