import Foundation
import MetricsStore
import PlanModel
import Testing
@testable import PlanAnalysis

/// A large CSV is read chunk after chunk (`StreamedCSV`) into columns (`ObservationColumns`)
/// that the review's store takes over. Streamed with chunks of a few bytes up to the whole
/// file, an export must give what reading it whole into observations gave: the same report
/// (every count, every issue with its place, every column's role) and the same store.
@Suite("Streamed import")
struct StreamedImportTests {
    /// 700 rows as a messy export has them: a title above the header, blank and 合计 rows,
    /// a row repeated 400 rows later (across chunks), numbers that cannot be read or are
    /// ambiguous, dates outside the window, a quoted cell with a line break and a `""`,
    /// days out of order, and blank lines at the end.
    static func messyExport() -> String {
        var lines = ["门店日报（导出）", "日期,渠道,门店,老客数,新客数,新客成交额"]
        var random = SeededRandom(seed: 11)
        for row in 0..<700 {
            let day = 1 + (row * 7) % 30
            let channel = ["门店", "社群", "\"私聊\n一对一\"", "\"视频号\"\"直播\"\"\""][row % 4]
            let store = "店\(row % 9)"
            let customers = random.below(5000)
            var old = "\(random.below(300))"
            var new = customers < 1000 ? "\(customers)" : "\"\(customers / 1000),\(String(format: "%03d", customers % 1000))\""
            var gmv = "¥\(random.below(90_000)).\(random.below(100))"
            switch row % 97 {
            case 5: old = "n/a"
            case 17: new = "\"71,5\""
            case 29: (old, new, gmv) = ("", "", "")
            default: break
            }
            let date = row % 113 == 40 ? "2026-12-\(day)" : "2026-09-\(String(format: "%02d", day))"
            lines.append("\(date),\(channel),\(store),\(old),\(new),\(gmv)")
            if row % 150 == 149 { lines.append(",,,,,") }
            if row % 211 == 3 { lines.append("合计,,,1,2,3") }
        }
        // The same keys again, far below the first: duplicates found across chunks.
        lines.insert(lines[30], at: 440)
        lines.insert(lines[31], at: 650)
        return lines.joined(separator: "\n") + "\n\n,,,,,\n\n"
    }

    static func write(_ text: String, name: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stream-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// The file read whole into observations (the import as it was), and streamed into columns.
    static func compare(_ path: String, plan: Plan, window: DateRange?, chunkBytes: Int) throws {
        let whole = try ActualsLoader(plan: plan).load([path], window: window)
        var loader = ActualsLoader(plan: plan)
        loader.chunkBytes = chunkBytes
        let streamed = try loader.loadColumns([path], window: window)
        #expect(streamed.report == whole.report)
        #expect(streamed.report.issues.map(\.row) == whole.report.issues.map(\.row))
        let before = ActualsStore(observations: whole.observations, metrics: plan.metrics)
        let after = ActualsStore(columns: streamed.columns, metrics: plan.metrics)
        #expect(after.observations == before.observations)
        #expect(after.dimensionsByMetric == before.dimensionsByMetric)
        for dimension in before.dimensions { #expect(after.values(of: dimension) == before.values(of: dimension)) }
    }

    @Test(arguments: [64, 700, 4096, 1 << 20])
    func aStreamedExportReadsAsTheWholeFile(chunkBytes: Int) throws {
        let plan = try ImportAccountingTests.plan()
        let text = Self.messyExport()
        let path = try Self.write(text, name: "日报.csv")
        // Streamed unless the file fits in one chunk.
        let chunks = CSVChunks(path: path, chunkBytes: chunkBytes)
        #expect((chunks != nil) == (text.utf8.count > chunkBytes))
        chunks?.close()
        let whole = try ActualsLoader(plan: plan).load([path], window: DateRange(first: CivilDate("2026-09-01")!, last: CivilDate("2026-09-30")!))
        // The case has what it claims: duplicates, unreadable and ambiguous numbers, dates outside, blank and total rows.
        let kinds = Set(whole.report.issues.map(\.kind))
        #expect(kinds.isSuperset(of: [.duplicateKey, .unparseableNumber, .ambiguousNumber, .dateOutsidePlan, .noValues]))
        #expect(whole.report.blankRows == 4 && whole.report.totalRows == 4)
        try Self.compare(path, plan: plan, window: DateRange(first: CivilDate("2026-09-01")!, last: CivilDate("2026-09-30")!), chunkBytes: chunkBytes)
        try Self.compare(path, plan: plan, window: nil, chunkBytes: chunkBytes)
    }

    @Test(arguments: [("examples/cycle-review/actuals.csv", "plans/cycle.yaml"),
                      ("examples/campaign-review/sales.csv", "plans/campaign.yaml"),
                      ("examples/campaign-review/raw_orders.csv", "plans/campaign.yaml"),
                      ("examples/campaign-review/content.csv", "plans/campaign.yaml")])
    func theExamplesReadAlikeStreamed(export: String, planPath: String) throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let result = PlanLoader().load(file: root.appendingPathComponent(planPath).path)
        let plan = try #require(result.plan)
        for chunkBytes in [200, 5000] {
            try Self.compare(root.appendingPathComponent(export).path, plan: plan, window: nil, chunkBytes: chunkBytes)
        }
    }

    @Test func anUnclosedQuoteInALaterChunkIsPlacedInTheWholeFile() throws {
        let plan = try ImportAccountingTests.plan()
        var text = "日期,渠道,老客数\n" + (1...400).map { "2026-09-\(String(format: "%02d", 1 + $0 % 30)),门店\($0),\($0)" }.joined(separator: "\n")
        text += "\n2026-09-02,\"门店,6\n2026-09-03,门店,7\n"
        let path = try Self.write(text, name: "q.csv")
        var places: [String] = []
        for chunkBytes in [1 << 20, 300] {
            var loader = ActualsLoader(plan: plan)
            loader.chunkBytes = chunkBytes
            do {
                _ = try loader.loadColumns([path], window: nil)
                Issue.record("an unclosed quote was read")
            } catch {
                places.append(error.place)
            }
        }
        #expect(places.count == 2 && places[0] == places[1] && places[0].hasSuffix("q.csv:402:2"), "\(places)")
    }

    @Test func utf8IsCheckedAcrossChunks() {
        var check = UTF8Check()
        let text = Array("日期,渠道\n2026-09-01,门店🙂\n".utf8)
        for split in 0...text.count {
            var parts = UTF8Check()
            let whole = text.withUnsafeBufferPointer { check.accept($0) }
            let first = text[..<split].withUnsafeBufferPointer { parts.accept($0) }
            let second = text[split...].withUnsafeBufferPointer { parts.accept($0) }
            #expect(whole && first && second && parts.isComplete)
            check = UTF8Check()
        }
        for bad: [UInt8] in [[0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xFF], [0xE6, 0x97]] {
            var invalid = UTF8Check()
            let accepted = bad.withUnsafeBufferPointer { invalid.accept($0) }
            #expect(!accepted || !invalid.isComplete, "\(bad)")
        }
    }
}
