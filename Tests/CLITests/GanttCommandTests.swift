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

    @Test func csvAndJSONHonourTheFilters() throws {
        let plan = CLIRunner.packageRoot.appendingPathComponent("plans/campaign.yaml").path
        let csv = try CLIRunner.run(["gantt", plan, "--format", "csv", "--role", "design"])
        #expect(csv.status == 0)
        let rows = csv.stdout.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }
        let tasks = rows.filter { $0.components(separatedBy: ",")[2] == "false" }
        #expect(!tasks.isEmpty && tasks.allSatisfy { $0.components(separatedBy: ",")[5].split(separator: " ").contains("design") })
        let json = try CLIRunner.run(["gantt", plan, "--format", "json", "--critical"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let all = try #require(object["tasks"] as? [[String: Any]])
        #expect(!all.isEmpty && all.allSatisfy { $0["critical"] as? Bool == true })
        let phase = try CLIRunner.run(["gantt", plan, "--format", "csv", "--phase", "posters"])
        #expect(phase.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 5, "header, 内容创作, 海报 and its two tasks")
        let whole = try CLIRunner.run(["gantt", plan, "--format", "json"])
        let schedule = try CLIRunner.run(["schedule", plan, "--format", "json"])
        #expect(whole.stdout == schedule.stdout, "unfiltered, the schedule contract itself")
    }

    @Test func paperAndHelp() throws {
        let plan = CLIRunner.packageRoot.appendingPathComponent("plans/campaign.yaml").path
        let a4 = try CLIRunner.run(["gantt", plan, "--format", "svg", "--paper", "a4"])
        #expect(a4.status == 0 && a4.stdout.contains("mm\" height=\""))
        #expect(try CLIRunner.run(["gantt", plan, "--format", "svg", "--paper", "letter"]).status == 2)
        let help = try CLIRunner.run(["gantt", "--help"])
        let words = help.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words.contains("svg, html, mermaid, plantuml, msproject, ical, csv, json, xlsx, pdf or png"))
        #expect(words.contains("--paper"))
    }

    /// XLSX is a zip; PDF and PNG come from rsvg-convert, and without it the command names the
    /// package and writes nothing (issue #13).
    @Test func binaryFormats() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let plan = CLIRunner.packageRoot.appendingPathComponent("plans/campaign.yaml").path
        #expect(try CLIRunner.run(["gantt", plan, "-o", "plan.xlsx"], in: directory).status == 0)
        let workbook = try Data(contentsOf: directory.appendingPathComponent("plan.xlsx"))
        #expect(workbook.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        let missing = try CLIRunner.run(["gantt", plan, "-o", "plan.pdf"], in: directory, environment: ["PATH": directory.path])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("[renderer_missing]") && missing.stderr.contains("librsvg2-bin"))
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("plan.pdf").path))
        // Where the renderer is installed (CI: scripts/bootstrap.sh --test), the real thing.
        if access("/usr/bin/rsvg-convert", X_OK) == 0 {
            #expect(try CLIRunner.run(["gantt", plan, "-o", "plan.pdf"], in: directory).status == 0)
            #expect(try Data(contentsOf: directory.appendingPathComponent("plan.pdf")).starts(with: Array("%PDF".utf8)))
            #expect(try CLIRunner.run(["gantt", plan, "--format", "png", "-o", "chart"], in: directory).status == 0)
            #expect(try Data(contentsOf: directory.appendingPathComponent("chart")).starts(with: [0x89, 0x50, 0x4E, 0x47]))
        }
    }

    @Test func usageErrors() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let plan = CLIRunner.packageRoot.appendingPathComponent("plans/campaign.yaml").path
        let unknown = try CLIRunner.run(["gantt", plan, "-o", "chart.docx"], in: directory)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("unknown format 'docx'"))
        #expect(try CLIRunner.run(["gantt", plan, "-o", "chart.odt"], in: directory).status == 2)
        let role = try CLIRunner.run(["gantt", plan, "--role", "desgin"], in: directory)
        #expect(role.status == 2)
        #expect(role.stderr.contains("did you mean 'design'?"))
        #expect(try CLIRunner.run(["gantt", plan, "--today", "2026-13-01"], in: directory).status == 2)
        #expect(try CLIRunner.run(["gantt", plan, "-o", "/nonexistent-folder/chart.svg"], in: directory).status == 1)
        #expect(try CLIRunner.run(["gantt", plan, "--scale", "year"], in: directory).status == 2)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }
}
