import Testing
@testable import PlanModel

/// Where a diagnostic points and how it is shown, for the cases fixtures cannot carry inline:
/// block scalars (a comment there would be content), control characters, very long lines.
@Suite("Diagnostic placement and display")
struct DiagnosticPlacementTests {
    private func load(_ text: String) -> PlanLoadResult {
        PlanLoader().load(bytes: Array(text.utf8), path: "test.yaml")
    }

    private let header = "cycleplan: 1\nid: demo\ntitle: 演示\nstart: 2026-09-07\n"

    @Test func aCaretInsideAFoldedBlockFormula() throws {
        let result = load(header + """
            metrics:
              gmv: 成交额
              orders: 订单数
              aov:
                name: 客单价
                formula: >-
                  gmv /
                  orders $ 2
            tasks: [{id: a, name: 甲, duration: 1d}]
            """)
        let diagnostic = try #require(result.diagnostics.first { $0.id == .formulaSyntax })
        #expect(diagnostic.location?.line == 12 && diagnostic.location?.column == 14)
    }

    @Test func keysOtherToolsUseGetOurs() throws {
        let result = load(header + "tasks:\n  - {id: a, name: 甲, duration: 1d}\n  - {id: b, name: 乙, duration: 1d, dependsOn: a, owner: x}\n")
        let hints = result.diagnostics.filter { $0.id == .unknownKey }.compactMap(\.hint)
        #expect(hints.contains("did you mean 'after'? cycleplan calls it 'after'"))
        #expect(hints.contains("did you mean 'role'? cycleplan calls it 'role'"))
    }

    @Test func controlCharactersNeverReachTheTerminal() throws {
        let result = load(header + "tasks:\n  - {id: a, name: 甲, duration: 1d, \"\\e]0;pwned\\a\": 1}\n")
        let text = DiagnosticRenderer(sources: result.sources, language: .en).render(result.diagnostics)
        #expect(text.contains("unknown key"))
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
    }

    @Test func aLongLineIsShownAroundTheCaret() throws {
        let filler = String(repeating: "很长的名字", count: 2_000)
        let result = load(header + "tasks:\n  - {id: a, name: \(filler), duration: 3x}\n")
        let text = DiagnosticRenderer(sources: result.sources, language: .en).render(result.diagnostics)
        let lines = text.split(separator: "\n")
        #expect(lines.allSatisfy { $0.count < 400 })
        // The caret still stands under the bad duration.
        let source = try #require(lines.first { $0.contains("| …") || $0.contains("duration: 3x") })
        let caret = try #require(lines.first { $0.hasSuffix("^") })
        let sourceText = String(source), caretText = String(caret)
        let position = sourceText.range(of: "3x").map { sourceText[..<$0.lowerBound].reduce(0) { $0 + DisplayWidth.of($1.unicodeScalars.first ?? " ") } }
        #expect(position == caretText.count - 1)
    }

    @Test func theByteOrderMarkIsNoCharacter() throws {
        let result = PlanLoader().load(bytes: [0xEF, 0xBB, 0xBF] + Array((header + "tasks: [{id: a, name: 甲, duration: 3x}]\n").utf8), path: "bom.yaml")
        let diagnostic = try #require(result.diagnostics.first { $0.id == .invalidDuration })
        #expect(diagnostic.location?.line == 5 && diagnostic.location?.column == 36)
    }
}
