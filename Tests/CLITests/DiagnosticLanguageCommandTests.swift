import Foundation
import Testing

/// `validate` prints its findings in the run's language: `--lang`, else the plan's `lang:`,
/// else the locale (C gives 中文); the place and the id are the same in each.
@Suite("diagnostics follow --lang, the plan's lang: and the locale")
struct DiagnosticLanguageCommandTests {
    private static let plan = """
        cycleplan: 1
        id: demo
        title: 演示计划
        start: 2026-09-01
        roles: {design: 设计}
        tasks:
          - {id: posters, name: 海报设计, role: design, duraton: 2d}
        """

    /// The locale a user without any English setting has.
    private static let plainLocale = ["LC_ALL": "", "LC_MESSAGES": "", "LANG": "C"]

    private static func firstLine(_ text: String) -> Substring {
        text.split(separator: "\n").first ?? ""
    }

    @Test func langEnPrintsEnglish() throws {
        let url = try CLIRunner.write(Self.plan)
        let outcome = try CLIRunner.run(["validate", url.path, "--lang", "en"], environment: Self.plainLocale)
        #expect(outcome.status == 1)
        #expect(Self.firstLine(outcome.stdout) == "\(url.path):7:45: error: [unknown_key] unknown key 'duraton' in task 'posters'")
        #expect(outcome.stdout.contains("  hint: did you mean 'duration'?"))
        #expect(outcome.stdout.contains("failed: 1 file checked, 1 error, 0 warnings"))
    }

    @Test func planLangEnPrintsEnglish() throws {
        let url = try CLIRunner.write(Self.plan.replacingOccurrences(of: "start: 2026-09-01", with: "start: 2026-09-01\nlang: en"))
        let outcome = try CLIRunner.run(["validate", url.path], environment: Self.plainLocale)
        #expect(outcome.status == 1)
        #expect(Self.firstLine(outcome.stdout) == "\(url.path):8:45: error: [unknown_key] unknown key 'duraton' in task 'posters'")
        #expect(outcome.stdout.contains("failed: 1 file checked"))
    }

    @Test func theFlagWinsOverThePlan() throws {
        let url = try CLIRunner.write(Self.plan.replacingOccurrences(of: "start: 2026-09-01", with: "start: 2026-09-01\nlang: en"))
        let outcome = try CLIRunner.run(["validate", url.path, "--lang", "zh"], environment: Self.plainLocale)
        #expect(Self.firstLine(outcome.stdout).hasPrefix("\(url.path):8:45: 错误: [unknown_key] "))
    }

    @Test func defaultLocalePrintsChineseWithTheSamePlaceAndID() throws {
        let url = try CLIRunner.write(Self.plan)
        let outcome = try CLIRunner.run(["validate", url.path], environment: Self.plainLocale)
        #expect(outcome.status == 1)
        let lines = outcome.stdout.split(separator: "\n").map(String.init)
        #expect(lines[0] == "\(url.path):7:45: 错误: [unknown_key] 任务 'posters'中有未知的键 'duraton'")
        // The quoted line and its caret do not change with the language.
        #expect(lines[1] == " 7 |   - {id: posters, name: 海报设计, role: design, duraton: 2d}")
        #expect(lines[2] == "   | " + String(repeating: " ", count: 48) + "^")
        #expect(lines[3] == "  提示: 是否想写 'duration'？")
        #expect(outcome.stdout.contains("未通过：检查了 1 个文件，1 个错误，0 个警告"))
    }

    @Test func anEnglishLocalePrintsEnglish() throws {
        let url = try CLIRunner.write(Self.plan)
        let outcome = try CLIRunner.run(["validate", url.path], environment: ["LC_ALL": "", "LC_MESSAGES": "", "LANG": "en_US.UTF-8"])
        #expect(Self.firstLine(outcome.stdout).hasSuffix(": error: [unknown_key] unknown key 'duraton' in task 'posters'"))
    }

    @Test func jsonKeepsIDsAndFollowsTheLanguage() throws {
        let url = try CLIRunner.write(Self.plan)
        let zh = try CLIRunner.run(["validate", "--format", "json", url.path], environment: Self.plainLocale)
        let en = try CLIRunner.run(["validate", "--format", "json", "--lang", "en", url.path], environment: Self.plainLocale)
        for outcome in [zh, en] {
            #expect(outcome.stdout.contains("\"id\" : \"unknown_key\"") || outcome.stdout.contains("\"id\": \"unknown_key\"")
                    || outcome.stdout.contains("\"id\":\"unknown_key\""))
            #expect(outcome.stdout.contains("\"severity\""))
        }
        #expect(zh.stdout.contains("未知的键"))
        #expect(en.stdout.contains("unknown key 'duraton'"))
    }

    @Test func aCommandThatNeedsAValidPlanSaysSoInTheLanguage() throws {
        let url = try CLIRunner.write(Self.plan)
        let outcome = try CLIRunner.run(["schedule", url.path], environment: Self.plainLocale)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("错误: [unknown_key]"))
        #expect(outcome.stderr.contains("有 1 个错误；请运行 'cycleplan validate"))
    }
}
