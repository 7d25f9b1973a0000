import Foundation
import Testing

@Suite("cycleplan schema")
struct SchemaCommandTests {
    @Test func printsAJSONSchema() throws {
        let outcome = try CLIRunner.run(["schema"])
        #expect(outcome.status == 0)
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        #expect((schema["$schema"] as? String)?.contains("draft-07") == true)
        #expect(schema["definitions"] != nil)
    }

    @Test func writesToAFile() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let outcome = try CLIRunner.run(["schema", "-o", "cycleplan.schema.json"], in: directory)
        #expect(outcome.status == 0)
        let data = try Data(contentsOf: directory.appendingPathComponent("cycleplan.schema.json"))
        #expect(try JSONSerialization.jsonObject(with: data) is [String: Any])
    }

    @Test func unwritablePathIsRefusedWithNoPartialFile() throws {
        let outcome = try CLIRunner.runInEnglish(["schema", "-o", "/nonexistent-dir/schema.json"])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("/nonexistent-dir/schema.json: error: [output_folder_missing]"))
        #expect(!FileManager.default.fileExists(atPath: "/nonexistent-dir/schema.json"))
    }
}
