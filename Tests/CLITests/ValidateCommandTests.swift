import Foundation
import Testing

@Suite("cycleplan validate")
struct ValidateCommandTests {
    private func write(_ text: String, name: String = "plan.yaml") throws -> URL {
        try CLIRunner.write(text, name: name)
    }

    private let valid = """
        cycleplan: 1
        id: demo
        title: 演示计划
        start: 2026-09-01
        roles: {design: 设计}
        tasks:
          - {id: posters, name: 海报设计, role: design, duration: 2d}
        """

    @Test func validPlanExitsZero() throws {
        let path = try write(valid).path
        let outcome = try CLIRunner.run(["validate", path, "--lang", "en"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("ok: 1 file checked, 0 errors, 0 warnings"))
        let chinese = try CLIRunner.run(["validate", path, "--lang", "zh"])
        #expect(chinese.stdout.contains("通过：检查了 1 个文件，0 个错误，0 个警告"))
    }

    @Test func errorsPrintLocationSourceLineCaretAndHintAndExitOne() throws {
        let plan = valid.replacingOccurrences(of: "duration: 2d", with: "duraton: 2d")
        let url = try write(plan)
        let outcome = try CLIRunner.runInEnglish(["validate", url.path])
        #expect(outcome.status == 1)
        let lines = outcome.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "\(url.path):7:45: error: [unknown_key] unknown key 'duraton' in task 'posters'")
        #expect(lines[1] == " 7 |   - {id: posters, name: 海报设计, role: design, duraton: 2d}")
        // Column 45 counts characters; the caret is indented by display cells: the 44 characters
        // before it include four Chinese ones, two cells each, so 48 spaces.
        #expect(lines[2] == "   | " + String(repeating: " ", count: 48) + "^")
        #expect(lines[3] == "  hint: did you mean 'duration'?")
    }

    @Test func everyProblemIsReportedAtOnce() throws {
        let plan = valid
            .replacingOccurrences(of: "start: 2026-09-01", with: "start: 2026-02-30")
            .replacingOccurrences(of: "role: design", with: "role: desing")
        let outcome = try CLIRunner.run(["validate", try write(plan).path, "--lang", "en"])
        #expect(outcome.status == 1)
        #expect(outcome.stdout.contains("[invalid_date]"))
        #expect(outcome.stdout.contains("[unknown_role]"))
        #expect(outcome.stdout.contains("2 errors"))
    }

    @Test func jsonFormatCarriesTheSameDiagnostics() throws {
        let plan = valid.replacingOccurrences(of: "duration: 2d", with: "duration: 3x")
        let url = try write(plan)
        let outcome = try CLIRunner.run(["validate", "--format", "json", url.path])
        #expect(outcome.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        #expect(json["errors"] as? Int == 1)
        let diagnostic = try #require((json["diagnostics"] as? [[String: Any]])?.first)
        #expect(diagnostic["id"] as? String == "invalid_duration")
        #expect(diagnostic["line"] as? Int == 7)
        #expect(diagnostic["column"] as? Int == 55)
        #expect(diagnostic["severity"] as? String == "error")
        #expect(diagnostic["file"] as? String == url.path)
        #expect((diagnostic["hint"] as? String)?.contains("3d") == true)
    }

    @Test func summaryDescribesAValidPlan() throws {
        let path = try write(valid).path
        let outcome = try CLIRunner.run(["validate", "--summary", path, "--lang", "en"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("演示计划 (demo), starts 2026-09-01"))
        #expect(outcome.stdout.contains("0 phases, 1 task (0 milestones), 0 dependencies"))
        #expect(outcome.stdout.contains("design  设计  ×1  1 task  2 person-days"))
        // Only the plan's own names are Chinese in the English overview.
        #expect(LanguageLeaks.foreign(in: outcome.stdout, sources: [valid]) == [])
        let chinese = try CLIRunner.run(["validate", "--summary", path, "--lang", "zh"])
        #expect(chinese.stdout.contains("演示计划（demo），2026-09-01 开始"))
        #expect(chinese.stdout.contains("0 个阶段，1 个任务（0 个里程碑），0 个依赖"))
        #expect(chinese.stdout.contains("design  设计  ×1  1 个任务  2 人天"))
        for word in ["task", "phase", "person", "Roles", "starts"] { #expect(!chinese.stdout.contains(word), "\(word)") }
    }

    @Test func missingFileIsAnInputError() throws {
        let outcome = try CLIRunner.run(["validate", "/nonexistent/plan.yaml"])
        #expect(outcome.status == 1)
        #expect(outcome.stdout.contains("[file_unreadable]"))
    }

    @Test func usageErrorsExitTwo() throws {
        #expect(try CLIRunner.run(["validate"]).status == 2)
        #expect(try CLIRunner.run(["validate", "--format", "xml", "a.yaml"]).status == 2)
        #expect(try CLIRunner.run(["no-such-command"]).status == 2)
    }

    @Test func helpExitsZero() throws {
        let outcome = try CLIRunner.run(["--help"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("validate"))
    }

    @Test func warningsPassUnlessStrict() throws {
        let empty = "cycleplan: 1\nid: empty\ntitle: 空计划\nstart: 2026-09-01\n"
        let url = try write(empty)
        let relaxed = try CLIRunner.run(["validate", url.path])
        #expect(relaxed.status == 0)
        #expect(relaxed.stdout.contains("[empty_plan]"))
        #expect(try CLIRunner.run(["validate", "--strict", url.path]).status == 1)
    }

    @Test func shippedPlansValidateClean() throws {
        let plans = ["plans/cycle.yaml", "plans/campaign.yaml", "plans/store.yaml"]
        let outcome = try CLIRunner.run(["validate", "--strict", "--lang", "en"] + plans)
        #expect(outcome.status == 0, "\(outcome.stdout)")
        #expect(outcome.stdout.contains("ok: 3 files checked, 0 errors, 0 warnings"))
    }
}
