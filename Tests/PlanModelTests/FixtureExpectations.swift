import Foundation
import PlanModel

/// Expected diagnostics written inside fixture files, on the line they point at:
///
/// ```yaml
///       - {id: copy, name: 推文文案, duration: 2x}   # expect: invalid_duration@45
/// ```
///
/// `# expect: ID` expects a diagnostic with that id on this line; `ID@COL` pins its column
/// too; several are separated by commas. A fixture must produce exactly the expected
/// diagnostics (errors and warnings), no more and no fewer.
struct FixtureExpectations {
    struct Expected: Hashable, CustomStringConvertible {
        var file: String
        var line: Int
        var id: String
        var column: Int?

        var description: String { "\(file):\(line)\(column.map { ":\($0)" } ?? "") [\(id)]" }

        func matches(_ diagnostic: Diagnostic, baseDirectory: String) -> Bool {
            guard let location = diagnostic.location, diagnostic.id.rawValue == id, location.line == line,
                  location.file.hasSuffix(file) else { return false }
            return column.map { $0 == location.column } ?? true
        }
    }

    static let fixturesDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures").path

    /// Reads the expectations in a file; `file` is the name diagnostics will carry (suffix match).
    static func read(_ path: String, as file: String) -> [Expected] {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        // Fixtures about encoding hold invalid bytes on purpose; read them leniently.
        let text = String(decoding: data, as: UTF8.self)
        var expected: [Expected] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard let range = line.range(of: "# expect:") else { continue }
            for item in line[range.upperBound...].split(separator: ",") {
                let parts = item.trimmingCharacters(in: .whitespaces).split(separator: "@")
                guard let id = parts.first else { continue }
                expected.append(Expected(file: file, line: index + 1, id: String(id), column: parts.count > 1 ? Int(parts[1]) : nil))
            }
        }
        return expected
    }

    /// The invalid fixtures: single files, and folders (for includes) whose entry is plan.yaml.
    static func invalidCases() -> [String] {
        let directory = fixturesDirectory + "/invalid"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasSuffix(".yaml") || !$0.contains(".") }.sorted()
    }

    static func validCases() -> [String] {
        let directory = fixturesDirectory + "/valid"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted()
    }
}
