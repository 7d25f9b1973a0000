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
        let a3 = try CLIRunner.run(["gantt", plan, "--format", "svg", "--paper", "a3"])
        #expect(a3.status == 0 && a3.stdout.contains("mm\" height=\""), "the campaign fits one A3 sheet at 6 pt")
        let b5 = try CLIRunner.run(["gantt", plan, "--format", "svg", "--paper", "b5"])
        #expect(b5.status == 2 && b5.stderr.contains("--paper 须是 a4、a3、a2、a1、letter"), "\(b5.stderr)")
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
        // One language: the run's (C locale: 中文), not "中文 / English" on one line.
        #expect(missing.stderr.contains("没有找到 rsvg-convert，无法写 PDF") && !missing.stderr.contains("was not found"), "\(missing.stderr)")
        let english = try CLIRunner.runInEnglish(["gantt", plan, "-o", "plan.pdf"], in: directory, environment: ["PATH": directory.path])
        #expect(english.status == 1 && english.stderr.contains("rsvg-convert was not found, so no PDF can be written")
                && english.stderr.contains("install the Debian package librsvg2-bin") && !english.stderr.contains("没有找到"), "\(english.stderr)")
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("plan.pdf").path))
        // Where the renderer is installed (CI: scripts/bootstrap.sh --test), the real thing.
        if access("/usr/bin/rsvg-convert", X_OK) == 0 {
            #expect(try CLIRunner.run(["gantt", plan, "-o", "plan.pdf"], in: directory).status == 0)
            #expect(try Data(contentsOf: directory.appendingPathComponent("plan.pdf")).starts(with: Array("%PDF".utf8)))
            #expect(try CLIRunner.run(["gantt", plan, "--format", "png", "-o", "chart"], in: directory).status == 0)
            #expect(try Data(contentsOf: directory.appendingPathComponent("chart")).starts(with: [0x89, 0x50, 0x4E, 0x47]))
        }
    }

    /// `--paper a4`: the campaign does not fit one A4 sheet at 6 pt, so its SVG is one file
    /// per page, published together; a page path that cannot be written leaves none of them,
    /// and standard output cannot take several files (issue #13, Print).
    @Test func pagesAreWrittenAllOrNone() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let plan = CLIRunner.packageRoot.appendingPathComponent("plans/campaign.yaml").path
        let written = try CLIRunner.run(["gantt", plan, "--paper", "a4", "-o", "chart.svg"], in: directory)
        #expect(written.status == 0, "\(written.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(files.count > 1 && files == (1...files.count).map { "chart-\($0).svg" }.sorted(), "\(files)")
        let first = try String(contentsOf: directory.appendingPathComponent("chart-1.svg"), encoding: .utf8)
        #expect(first.contains("width=\"297mm\" height=\"210mm\"") && first.contains("第 1/\(files.count) 页"))

        let blocked = try CLIRunner.temporaryDirectory()
        try FileManager.default.createDirectory(at: blocked.appendingPathComponent("chart-2.svg"), withIntermediateDirectories: false)
        let refused = try CLIRunner.run(["gantt", plan, "--paper", "a4", "-o", "chart.svg"], in: blocked)
        #expect(refused.status == 1 && refused.stderr.contains("chart-2.svg"), "\(refused.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: blocked.path) == ["chart-2.svg"], "no page written")

        let standardOutput = try CLIRunner.run(["gantt", plan, "--paper", "a4", "--format", "svg"], in: blocked)
        #expect(standardOutput.status == 2 && standardOutput.stderr.contains("-o plan.pdf"))
    }

    @Test func usageErrors() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let plan = CLIRunner.packageRoot.appendingPathComponent("plans/campaign.yaml").path
        let unknown = try CLIRunner.run(["gantt", plan, "-o", "chart.docx"], in: directory)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("未知格式 'docx'") && !unknown.stderr.contains("unknown format"), "\(unknown.stderr)")
        let english = try CLIRunner.run(["gantt", plan, "-o", "chart.docx", "--lang", "en"], in: directory)
        #expect(english.status == 2 && english.stderr == "cycleplan: error: unknown format 'docx'; use .svg, .html, .mmd, .puml, .xml, .ics, .csv, .json, .xlsx, .pdf or .png (or --format)\n",
                "\(english.stderr)")
        #expect(try CLIRunner.run(["gantt", plan, "-o", "chart.odt"], in: directory).status == 2)
        let role = try CLIRunner.run(["gantt", plan, "--role", "desgin"], in: directory)
        #expect(role.status == 2)
        #expect(role.stderr.contains("里没有角色 'desgin'；是不是 'design'？") && !role.stderr.contains("did you mean"), "\(role.stderr)")
        let englishRole = try CLIRunner.run(["gantt", plan, "--role", "desgin", "--lang", "en"], in: directory)
        #expect(englishRole.status == 2 && englishRole.stderr.contains("no role 'desgin' in ") && englishRole.stderr.contains("did you mean 'design'?"), "\(englishRole.stderr)")
        #expect(try CLIRunner.run(["gantt", plan, "--today", "2026-13-01"], in: directory).status == 2)
        #expect(try CLIRunner.run(["gantt", plan, "-o", "/nonexistent-folder/chart.svg"], in: directory).status == 1)
        #expect(try CLIRunner.run(["gantt", plan, "--scale", "year"], in: directory).status == 2)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }
}
