import Foundation
import Testing
@testable import PlanModel

@Suite("Templates")
struct TemplateTests {
    static let plansDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("plans")

    @Test func embeddedCopiesMatchThePlansFolder() throws {
        let enumerator = FileManager.default.enumerator(atPath: Self.plansDirectory.path)
        let files = (enumerator?.compactMap { $0 as? String } ?? []).filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".schema.json") }.sorted()
        #expect(!files.isEmpty)
        #expect(files == TemplateCatalog.allFiles.keys.sorted(), "the EmbedAssets plugin embeds plans/ at build time: rebuild")
        for file in files {
            let text = try String(contentsOf: Self.plansDirectory.appendingPathComponent(file), encoding: .utf8)
            #expect(TemplateCatalog.file(file) == text, "\(file) differs from its embedded copy: rebuild")
        }
    }

    @Test func shiftingMovesScheduleDatesButNotCalendarDates() throws {
        let text = """
            cycleplan: 1
            id: old-id   # keep this comment
            title: 标题
            start: 2026-09-01
            calendar: {holidays: ["2026-10-01..2026-10-07"]}
            targets: {orders: {value: 10, window: "2026-09-02..2026-09-03"}}
            phases:
              - id: p
                name: 阶段
                deadline: 2026-09-30
                tasks:
                  - {id: m, name: 开售, milestone: true, start: "2026-09-15"}
                  - {id: t, name: 任务, duration: 1d, notBefore: 2026-09-05}
            """
        let shifted = try DateShifter.rewrite(text, newID: "new-id", newStart: CivilDate("2026-12-01"))
        let expected = text
            .replacingOccurrences(of: "old-id", with: "new-id")
            .replacingOccurrences(of: "start: 2026-09-01", with: "start: 2026-12-01")
            .replacingOccurrences(of: "2026-09-02..2026-09-03", with: "2026-12-02..2026-12-03")
            .replacingOccurrences(of: "2026-09-30", with: "2026-12-30")  // 91 days later, like the start
            .replacingOccurrences(of: "\"2026-09-15\"", with: "\"2026-12-15\"")
            .replacingOccurrences(of: "2026-09-05", with: "2026-12-05")
        #expect(shifted == expected)
    }

    @Test func instantiationCopiesIncludedFiles() throws {
        for template in TemplateCatalog.templates {
            let files = try TemplateInstantiator().instantiate(template: template.name, fileName: "x.yaml", id: "x", start: nil)
            #expect(files.first?.path == "x.yaml")
            let referenced = TemplateInstantiator.referencedPaths(in: files[0].contents)
            for path in referenced { #expect(files.contains { $0.path == FileAccess.join(".", path) }, "\(template.name) misses \(path)") }
            // The first line points editors at the schema; init writes it beside the plan.
            #expect(files[0].contents.hasPrefix("# yaml-language-server: $schema=./\(PlanSchema.fileName)\n"))
            #expect(files.contains { $0.path == PlanSchema.fileName && $0.contents == PlanSchema.json + "\n" })
        }
    }
}
