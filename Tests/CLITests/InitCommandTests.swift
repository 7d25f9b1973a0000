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
        let outcome = try CLIRunner.run(["init", "mine", "--template", "cycle"], in: directory)
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("already exists"))
        #expect(try String(contentsOf: path, encoding: .utf8) == "keep me\n")
    }

    @Test func unknownTemplateAndBadDateAreUsageErrors() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let unknown = try CLIRunner.run(["init", "x", "--template", "nope"], in: directory)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("no template named 'nope'"))
        #expect(try CLIRunner.run(["init", "x", "--start", "2027-02-30"], in: directory).status == 2)
        #expect(try CLIRunner.run(["init", "我的计划"], in: directory).status == 2)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        #expect(leftovers.isEmpty)
    }

    @Test func listShowsTheTemplates() throws {
        let outcome = try CLIRunner.run(["init", "--list"])
        #expect(outcome.status == 0)
        for name in ["cycle", "campaign", "store"] { #expect(outcome.stdout.contains(name)) }
    }
}
