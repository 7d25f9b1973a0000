import Foundation
import Testing
@testable import PlanRendering

/// The HTML chart's script and stylesheet come from Sources/PlanRendering/Assets, embedded at
/// build time by the EmbedAssets plugin: the page must carry those files as they are, in page
/// order, with every placeholder filled.
@Suite("HTML assets")
struct HTMLAssetsTests {
    static let assets = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/PlanRendering/Assets")

    @Test func embeddedCopiesMatchTheAssetsFolder() throws {
        let files = (FileManager.default.enumerator(atPath: Self.assets.path)?.compactMap { $0 as? String } ?? [])
            .filter { $0.hasSuffix(".js") || $0.hasSuffix(".css") }.sorted()
        #expect(files.count >= 7)
        #expect(files == EmbeddedAssets.files.keys.sorted())
        for file in files {
            let text = try String(contentsOf: Self.assets.appendingPathComponent(file), encoding: .utf8)
            #expect(EmbeddedAssets.files[file] == text, "\(file) differs from its embedded copy")
        }
    }

    @Test func thePageCarriesTheFilesInPageOrderWithPlaceholdersFilled() throws {
        let chart = try #require(TestPlans.chart(file: TestPlans.shippedPath("campaign")))
        let page = HTMLRenderer().render(chart)
        let css = try String(contentsOf: Self.assets.appendingPathComponent("gantt/page.css"), encoding: .utf8)
        #expect(page.contains("<style>\n" + css + "</style>"))
        var at = page.startIndex
        for name in ["text", "layout", "filters", "draw", "tracking", "chunks", "print", "export", "controls", "interaction"] {
            var text = try String(contentsOf: Self.assets.appendingPathComponent("gantt/\(name).js"), encoding: .utf8)
            // tracking.js: its first line holds placeholders; the rest must appear once filled.
            if name == "tracking" { text = String(text.drop { $0 != "\n" }.dropFirst()).components(separatedBy: "__")[0] }
            let found = try #require(page.range(of: text, range: at..<page.endIndex), "\(name).js is missing or out of order")
            at = found.upperBound
        }
        #expect(page.range(of: #"__[A-Z_]+__"#, options: .regularExpression) == nil, "an unfilled placeholder")
        #expect(page.contains("var REMAINING = \(GanttPalette.remainingOpacity), GHOST_Y = 18, GHOST_H = 3;"))
    }
}
