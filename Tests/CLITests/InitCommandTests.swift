import Foundation
import Testing

@Suite("cycleplan init")
struct InitCommandTests {
    @Test(arguments: ["cycle", "campaign", "store"])
    func everyTemplateInstantiatesToAValidPlan(_ template: String) throws {
        let directory = try CLIRunner.temporaryDirectory()
        let created = try CLIRunner.run(["init", "my-plan", "--template", template, "--start", "2027-03-01"], in: directory)
        #expect(created.status == 0, "\(created.stderr)")
        let plan = try String(contentsOf: directory.appendingPathComponent("my-plan.yaml"), encoding: .utf8)
        #expect(plan.contains("id: my-plan"))
        #expect(plan.contains("start: 2027-03-01"))
        let checked = try CLIRunner.run(["validate", "--strict", "my-plan.yaml"], in: directory)
        #expect(checked.status == 0, "\(checked.stdout)")
    }

    @Test func refusesToOverwriteAndLeavesTheFileAlone() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let path = directory.appendingPathComponent("mine.yaml")
        try "keep me\n".write(to: path, atomically: true, encoding: .utf8)
        let outcome = try CLIRunner.runInEnglish(["init", "mine", "--template", "cycle"], in: directory)
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("already exists"))
        #expect(try String(contentsOf: path, encoding: .utf8) == "keep me\n")
    }

    @Test func unknownTemplateAndBadDateAreUsageErrors() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let unknown = try CLIRunner.runInEnglish(["init", "x", "--template", "nope"], in: directory)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("no template named 'nope'") && !unknown.stderr.contains("--id"))
        // A name is a file name: the shared files go next to it, so a folder goes in -C.
        let escaping = try CLIRunner.runInEnglish(["init", "../escape"], in: directory)
        #expect(escaping.status == 2 && escaping.stderr.contains("give the folder with -C"))
        #expect(try CLIRunner.run(["init", "/tmp/absolute-plan"], in: directory).status == 2)
        #expect(try CLIRunner.run(["init", "x", "--start", "2027-02-30"], in: directory).status == 2)
        #expect(try CLIRunner.run(["init", "我的计划"], in: directory).status == 2)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        #expect(leftovers.isEmpty)
    }

    @Test func aStartThatBreaksThePlanWritesNothing() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let outcome = try CLIRunner.runInEnglish(["init", "late", "--template", "campaign", "--start", "2999-12-25"], in: directory)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("late.yaml:") && outcome.stderr.contains("[invalid_date]"))
        #expect(outcome.stderr.contains("nothing was written"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }

    @Test func whatANewStartLeavesBehindIsSaid() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let outcome = try CLIRunner.runInEnglish(["init", "spring", "--template", "campaign", "--start", "2027-03-15"], in: directory)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("its calendar lists holidays from 2026-01-01 to 2027-01-01 only"))
        // Names, not ids: the role is 主播 (host).
        #expect(outcome.stderr.contains("role '主播' has 1 day off before the new start"))
        // A start the schedule cannot keep (Spring Festival in the way) is written, with the reason.
        let early = try CLIRunner.runInEnglish(["init", "early", "--template", "campaign", "--start", "2025-12-20"], in: directory)
        #expect(early.status == 0)
        #expect(early.stderr.contains("early.yaml:") && early.stderr.contains("warning: [infeasible_fixed_date]"))
    }

    @Test func listShowsTheTemplates() throws {
        let outcome = try CLIRunner.run(["init", "--list"])
        #expect(outcome.status == 0)
        for name in ["cycle", "campaign", "store"] { #expect(outcome.stdout.contains(name)) }
    }
}
