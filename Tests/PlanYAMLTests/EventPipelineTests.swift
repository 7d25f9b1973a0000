import Foundation
import Testing
@testable import PlanYAML

/// Large inputs are parsed on one thread and built into a tree on another (`EventPipeline`).
/// These parse the same bytes both ways — the pipeline forced on from the first byte, and
/// switched off — and compare the whole trees and every issue: clean plans, syntax errors
/// early, late and on a batch boundary, a second document, limits that stop the builder
/// while the parser is still ahead, and invalid UTF-8.
@Suite("YAML events on two threads")
struct EventPipelineTests {
    @Test func shippedPlansParseAlike() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var files = 0
        for folder in ["plans", "examples", "Tests"] {
            let enumerator = FileManager.default.enumerator(atPath: root.appendingPathComponent(folder).path)
            while let path = enumerator?.nextObject() as? String {
                guard path.hasSuffix(".yaml") else { continue }
                let bytes = try [UInt8](Data(contentsOf: root.appendingPathComponent(folder).appendingPathComponent(path)))
                expectAlike(bytes, path)
                files += 1
            }
        }
        #expect(files >= 100, "the shipped plans and fixtures were not found")
    }

    /// A long sequence of mappings — several batches of events — cut by an error at many
    /// places, so the failure falls before, inside and after batch boundaries.
    @Test(arguments: [1, 400, 681, 682, 683, 1365, 1366, 3000])
    func syntaxErrorsAnywhereReportAlike(badItem: Int) {
        var text = "tasks:\n"
        for item in 0..<3200 {
            text += item == badItem ? "  - {id: t\(item), name: [unclosed\n" : "  - {id: t\(item), name: 任务\(item)}\n"
        }
        let document = expectAlike(Array(text.utf8), "bad item \(badItem)")
        #expect(document.root == nil)
        #expect(document.issues.contains { $0.kind == .syntax })
    }

    @Test func cleanLongDocumentParsesAlike() throws {
        var text = "title: 长计划\ntasks:\n"
        for item in 0..<5000 { text += "  - id: t\(item)\n    name: \"任务 \(item)\"\n    after: [t\(max(item - 1, 0))]\n" }
        let document = expectAlike(Array(text.utf8), "clean")
        let tasks = try #require(document.root?.mapping?["tasks"]?.sequence)
        #expect(tasks.items.count == 5000)
    }

    /// The builder stops (a second document; an alias expansion over the limit) while the
    /// parser has events queued and more to read: the same tree and issues as one thread.
    @Test func builderStopsAlikeWhileTheParserIsAhead() {
        var second = "a: 1\n---\n"
        for item in 0..<6000 { second += "k\(item): v\n" }
        expectAlike(Array(second.utf8), "second document")

        var laughs = "base: &a [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1..<8 { laughs += "l\(level): &\(Character(UnicodeScalar(97 + level)!)) [" + Array(repeating: "*\(Character(UnicodeScalar(96 + level)!))", count: 10).joined(separator: ", ") + "]\n" }
        for item in 0..<6000 { laughs += "tail\(item): value\n" }
        let document = expectAlike(Array(laughs.utf8), "alias expansion", limits: YAMLLimits(maxAliasExpansion: 1000))
        #expect(document.issues.contains { $0.isFatal })
    }

    @Test func invalidUTF8ReportsAlike() {
        var bytes = Array("a: 1\n".utf8)
        bytes += [0xC3, 0x28]
        expectAlike(bytes, "invalid UTF-8")
    }

    @discardableResult
    private func expectAlike(_ bytes: [UInt8], _ context: String, limits: YAMLLimits = .default,
                             sourceLocation: Testing.SourceLocation = #_sourceLocation) -> YAMLDocument {
        let piped = YAMLParser(bytes: bytes, limits: limits)
        piped.pipelinedFrom = 0
        let single = YAMLParser(bytes: bytes, limits: limits)
        single.pipelinedFrom = .max
        let (a, b) = (piped.parse(), single.parse())
        #expect(a.root.map(Self.dump) == b.root.map(Self.dump), "\(context)", sourceLocation: sourceLocation)
        #expect(a.issues.map(Self.describe) == b.issues.map(Self.describe), "\(context)", sourceLocation: sourceLocation)
        return a
    }

    private static func describe(_ issue: YAMLIssue) -> String {
        "\(issue.kind) \(issue.mark) \(issue.message) \(issue.hint ?? "") \(issue.related.map { "\($0)" } ?? "")"
    }

    /// Every node with its mark, style and text, depth first.
    private static func dump(_ node: YAMLNode) -> String {
        switch node {
        case .scalar(let scalar): return "s\(scalar.mark)\(scalar.style)=\(scalar.value.debugDescription)"
        case .sequence(let sequence): return "[\(sequence.mark) " + sequence.items.map(dump).joined(separator: ",") + "]"
        case .mapping(let mapping):
            return "{\(mapping.mark) " + mapping.entries.map { dump($0.key) + ":" + dump($0.value) }.joined(separator: ",") + "}"
        }
    }
}
