import Testing
@testable import PlanModel

/// Issue #9 case 9: text diagnostics were quadratic when many sat on one long line (each
/// excerpt decoded and measured the whole line: 6,000 on a 41 KB line took 21.5 s, one on a
/// 100 MB line 12 s and 1.4 GB). The work is measured here by the bytes the renderer scans,
/// not by a clock.
@Suite("Diagnostic renderer scaling")
struct DiagnosticRendererScalingTests {
    /// One line of `count` items `x0, x1, …` (about 7 bytes each, some Chinese), and a
    /// diagnostic at the start of each item.
    private func manyOnOneLine(_ count: Int) -> (SourceFile, [Diagnostic]) {
        var line = "after: ["
        var columns: [Int] = []
        var scalars = line.unicodeScalars.count
        for item in 0..<count {
            let text = (item % 3 == 0 ? "任务\(item)" : "x\(item)") + ", "
            columns.append(scalars + 1)
            scalars += text.unicodeScalars.count
            line += text
        }
        let file = SourceFile(path: "p.yaml", bytes: Array(("cycleplan: 1\n" + line + "]\n").utf8))
        let diagnostics = columns.map {
            Diagnostic(.error, .unknownTask, "unknown task", at: SourceLocation(file: "p.yaml", line: 2, column: $0))
        }
        return (file, diagnostics)
    }

    /// The most bytes one excerpt may scan once its line is indexed: three lookups, each at
    /// most one stride of 4-byte scalars past a checkpoint.
    private let perExcerpt = 3 * 4 * LineScalarIndex.stride

    @Test("6,000 diagnostics on one line scan the line once plus a bounded window each")
    func manyDiagnosticsOnOneLineAreLinear() {
        let (file, diagnostics) = manyOnOneLine(6_000)
        let renderer = DiagnosticRenderer(sources: [file.path: file], language: .en, limit: nil)
        let scanned = renderer.bytesScanned(rendering: diagnostics)
        #expect(file.bytes.count > 40_000)
        #expect(scanned <= file.bytes.count + diagnostics.count * perExcerpt)
        // Rescanning the line from its start for each (the old renderer) is 100 times more.
        #expect(scanned * 100 < diagnostics.count * file.bytes.count)
    }

    @Test func theWorkPerDiagnosticDoesNotGrowWithTheLine() {
        let (shortFile, short) = manyOnOneLine(1_000)
        let (longFile, long) = manyOnOneLine(20_000)
        let shortScan = DiagnosticRenderer(sources: [shortFile.path: shortFile], language: .en, limit: nil).bytesScanned(rendering: short)
        // The first 1,000 diagnostics of the long line: the line is 20 times longer, the work the same.
        let longScan = DiagnosticRenderer(sources: [longFile.path: longFile], language: .en, limit: nil).bytesScanned(rendering: Array(long.prefix(1_000)))
        #expect(longScan <= shortScan + perExcerpt)
    }

    @Test("one diagnostic far into an 8 MB line scans up to its caret, once, and prints a short window")
    func oneDiagnosticOnAHugeLine() throws {
        let prefix = "  - {id: a, name: " + String(repeating: "很", count: 8_000_000 / 3) + ", duration: "
        let file = SourceFile(path: "p.yaml", bytes: Array(("tasks:\n" + prefix + "3x}\n").utf8))
        let column = prefix.unicodeScalars.count + 1
        let diagnostic = Diagnostic(.error, .invalidDuration, "invalid duration '3x'",
                                    at: SourceLocation(file: "p.yaml", line: 2, column: column))
        let renderer = DiagnosticRenderer(sources: [file.path: file], language: .en)
        #expect(renderer.bytesScanned(rendering: [diagnostic]) <= prefix.utf8.count + perExcerpt)
        let text = renderer.render([diagnostic])
        let lines = text.split(separator: "\n")
        #expect(lines.allSatisfy { $0.utf8.count < 600 })
        let source = try #require(lines.first { $0.contains("duration: 3x") })
        let caret = try #require(lines.first { $0.hasSuffix("^") })
        let before = try #require(source.range(of: "3x")).lowerBound
        #expect(DisplayWidth.of(source[..<before]) == caret.count - 1)
    }

    @Test func onlyTheFirst200ArePrintedThenACount() {
        let (file, diagnostics) = manyOnOneLine(250)
        var mixed = diagnostics
        for index in stride(from: 240, to: 250, by: 1) { mixed[index].severity = .warning }
        let text = DiagnosticRenderer(sources: [file.path: file], language: .en).render(mixed)
        #expect(text.components(separatedBy: "[unknown_task]").count - 1 == 200)
        #expect(text.hasSuffix("… and 50 more not shown (40 errors, 10 warnings); use --format json for all\n"))
        let all = DiagnosticRenderer(sources: [file.path: file], language: .en, limit: nil).render(mixed)
        #expect(all.components(separatedBy: "[unknown_task]").count - 1 == 250)
        #expect(!all.contains("more not shown"))
    }
}
