import Foundation
import PlanModel
import Testing

@Suite("Fixture plans")
struct FixtureTests {
    @Test("invalid fixture produces exactly its expected diagnostics", arguments: FixtureExpectations.invalidCases())
    func invalidFixture(_ name: String) throws {
        let base = FixtureExpectations.fixturesDirectory + "/invalid/" + name
        var isDirectory: ObjCBool = false
        FileManager.default.fileExists(atPath: base, isDirectory: &isDirectory)
        let entry = isDirectory.boolValue ? base + "/plan.yaml" : base
        var expected: [FixtureExpectations.Expected] = []
        if isDirectory.boolValue {
            let files = FileManager.default.enumerator(atPath: base)?.compactMap { $0 as? String } ?? []
            for file in files.sorted() where file.hasSuffix(".yaml") {
                expected += FixtureExpectations.read(base + "/" + file, as: "/" + name + "/" + file)
            }
        } else {
            expected = FixtureExpectations.read(base, as: "/" + name)
        }
        #expect(!expected.isEmpty, "an invalid fixture must state what it expects with '# expect: id'")

        let result = PlanLoader().load(file: entry)
        var unmatched = result.diagnostics
        var missing: [FixtureExpectations.Expected] = []
        for expectation in expected {
            if let index = unmatched.firstIndex(where: { expectation.matches($0, baseDirectory: base) }) {
                unmatched.remove(at: index)
            } else {
                missing.append(expectation)
            }
        }
        #expect(missing.isEmpty, "expected but not reported: \(missing)")
        let unexpected = unmatched.map { "\($0.location.map(String.init(describing:)) ?? "-") [\($0.id.rawValue)] \($0.message)" }
        #expect(unexpected.isEmpty, "reported but not expected: \(unexpected)")
        #expect(result.hasErrors || expected.allSatisfy { $0.id == "empty_plan" })
    }

    @Test("valid fixture loads without errors or warnings", arguments: FixtureExpectations.validCases())
    func validFixture(_ name: String) throws {
        let result = PlanLoader().load(file: FixtureExpectations.fixturesDirectory + "/valid/" + name)
        let rendered = DiagnosticRenderer(sources: result.sources, language: .en).render(result.diagnostics)
        #expect(result.diagnostics.isEmpty, "\(rendered)")
        #expect(result.plan != nil)
    }
}
