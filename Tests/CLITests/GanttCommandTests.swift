import Foundation
import Testing

@Suite("cycleplan gantt")
struct GanttCommandTests {
    @Test(arguments: [("chart.svg", "<svg xmlns"), ("chart.html", "<!DOCTYPE html>"),
                      ("chart.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Project"), ("chart.mmd", "gantt\n"), ("chart.puml", "@startgantt\n"), ("chart.ics", "BEGIN:VCALENDAR\r\n"),
                      ("chart.csv", "\u{FEFF}id,name"), ("chart.json", "{\n  \"plan\"")])
    func theExtensionPicksTheFormat(_ file: String, _ prefix: String) throws {
        let directory = try CLIRunner.temporaryDirectory()
        let plan = CLIRunner.packageRoot.appendingPathComponent("plans/campaign.yaml").path
        let outcome = try CLIRunner.run(["gantt", plan, "-o", file], in: directory)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        // Read as bytes: Foundation's String(contentsOf:) would drop the CSV's byte-order mark.
        let text = String(decoding: try Data(contentsOf: directory.appendingPathComponent(file)), as: UTF8.self)
        #expect(text.hasPrefix(prefix))
        let again = try CLIRunner.run(["gantt", plan, "--format", String(file.split(separator: ".")[1])])
        #expect(again.stdout == text, "stdout and -o give the same bytes, run after run")
    }

    @Test func filtersAndTitle() throws {
        let outcome = try CLIRunner.run(["gantt", "plans/campaign.yaml", "--critical", "--title", "关键路径"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("title 关键路径"))
        #expect(outcome.stdout.split(separator: "\n").filter { $0.contains(" :") }.allSatisfy { $0.contains(":crit") })
    }

    @Test func usageErrors() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let plan = CLIRunner.packageRoot.appendingPathComponent("plans/campaign.yaml").path
        let unknown = try CLIRunner.run(["gantt", plan, "-o", "chart.pdf"], in: directory)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("unknown format 'pdf'"))
        #expect(try CLIRunner.run(["gantt", plan, "-o", "chart.docx"], in: directory).status == 2)
        let role = try CLIRunner.run(["gantt", plan, "--role", "desgin"], in: directory)
        #expect(role.status == 2)
        #expect(role.stderr.contains("did you mean 'design'?"))
        #expect(try CLIRunner.run(["gantt", plan, "--today", "2026-13-01"], in: directory).status == 2)
        #expect(try CLIRunner.run(["gantt", plan, "-o", "/nonexistent-folder/chart.svg"], in: directory).status == 2)
        #expect(try CLIRunner.run(["gantt", plan, "--scale", "year"], in: directory).status == 2)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }
}
