import Foundation
import PlanModel
import PlanTracking
import Testing

/// Status files under Fixtures/invalid carry their expected diagnostics inline, as the plan
/// fixtures do: `# expect: ID` or `ID@COL` on the line the diagnostic points at. Each is read
/// against Fixtures/plan.yaml, and must give exactly those diagnostics.
@Suite("Status file fixtures")
struct StatusFixtureTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures").path

    static func cases() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder + "/invalid")) ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
    }

    struct Expected: Hashable, CustomStringConvertible {
        var line: Int
        var id: String
        var column: Int?
        var description: String { "\(line)\(column.map { ":\($0)" } ?? "") [\(id)]" }
    }

    static func expectations(in text: String) -> [Expected] {
        var found: [Expected] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard let range = line.range(of: "# expect:") else { continue }
            for item in line[range.upperBound...].split(separator: ",") {
                let parts = item.trimmingCharacters(in: .whitespaces).split(separator: "@")
                guard let id = parts.first else { continue }
                found.append(Expected(line: index + 1, id: String(id), column: parts.count > 1 ? Int(parts[1]) : nil))
            }
        }
        return found
    }

    @Test(arguments: cases())
    func fixtureGivesExactlyItsExpectedDiagnostics(_ name: String) throws {
        let planResult = PlanLoader().load(file: Self.folder + "/plan.yaml")
        let plan = try #require(planResult.plan)
        #expect(!planResult.hasErrors)
        let path = Self.folder + "/invalid/" + name
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let expected = Self.expectations(in: text)
        #expect(!expected.isEmpty, "a fixture states what it expects")
        let diagnostics = StatusLoader().load(file: path, plan: plan).diagnostics
        var unmatched = diagnostics
        for expectation in expected {
            let index = unmatched.firstIndex { diagnostic in
                diagnostic.id.rawValue == expectation.id && diagnostic.location?.line == expectation.line
                    && (expectation.column.map { $0 == diagnostic.location?.column } ?? true)
            }
            if let index { unmatched.remove(at: index) } else { Issue.record("\(name): expected \(expectation), got \(diagnostics.map { "\($0.location?.line ?? 0):\($0.location?.column ?? 0) [\($0.id.rawValue)]" })") }
        }
        #expect(unmatched.isEmpty, "\(name): unexpected \(unmatched.map { "\($0.location?.description ?? "") [\($0.id.rawValue)] \($0.message)" })")
        #expect(diagnostics.allSatisfy { $0.hint != nil }, "every status diagnostic says what to do")
    }

    @Test func theValidFixtureLoadsClean() throws {
        let plan = try #require(PlanLoader().load(file: Self.folder + "/plan.yaml").plan)
        let result = StatusLoader().load(file: Self.folder + "/valid.status.yaml", plan: plan)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.status?.asOf == date("2027-01-06") && result.status?.tasks.count == 3)
        #expect(result.status?.status(of: "a")?.note == "等待审核")
    }

    @Test func theCommandLineStatusDateOverridesTheFile() throws {
        let plan = try #require(PlanLoader().load(file: Self.folder + "/plan.yaml").plan)
        // x is done on 01-06: fine as of the file's date, after an earlier --as-of.
        let result = StatusLoader().load(file: Self.folder + "/valid.status.yaml", plan: plan, asOf: date("2027-01-05"))
        #expect(result.status?.asOf == date("2027-01-05"))
        #expect(result.diagnostics.map(\.id).contains(.statusAfterAsOf))
    }
}
