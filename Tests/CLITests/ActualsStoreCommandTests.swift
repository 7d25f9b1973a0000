import Foundation
import Testing

/// `cycleplan actuals …` and `review --store`, run as users run them: the store is a real
/// SQLite file (or PostgreSQL schema), killed and raced by real processes.
@Suite("cycleplan actuals (metrics store)")
struct ActualsStoreCommandTests {
    private let plan = CLIRunner.packageRoot.appendingPathComponent("plans/cycle.yaml").path
    private let example = CLIRunner.packageRoot.appendingPathComponent("examples/cycle-review/actuals.csv").path

    /// `N imports, C current values, A with the history` from `actuals list`.
    private func counts(_ store: String) throws -> (imports: Int, current: Int, all: Int) {
        let list = try CLIRunner.run(["actuals", "list", "--store", store])
        #expect(list.status == 0, "\(list.stderr)")
        let last = try #require(list.stdout.split(separator: "\n").last)
        let numbers = last.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        try #require(numbers.count == 3, "\(last)")
        return (numbers[0], numbers[1], numbers[2])
    }

    /// A wide export of `rows` rows: day × channel, two metrics per row.
    private func export(rows: Int, firstDay: Int = 0, channels: Int = 200, name: String) throws -> String {
        var text = "日期,渠道,新增好友,新客访客数\n"
        text.reserveCapacity(rows * 32)
        for row in 0..<rows {
            let offset = firstDay + row / channels
            let date = Calendar(identifier: .gregorian).date(byAdding: .day, value: offset, to: Date(timeIntervalSince1970: 1_577_836_800))!
            let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: date)
            text += "\(parts.year!)-\(parts.month!)-\(parts.day!),c\(row % channels),\(row % 97),\(row % 1013)\n"
        }
        let url = try CLIRunner.temporaryDirectory().appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test func importTwiceThenReviewFromTheStoreAsFromTheFile() throws {
        let store = try CLIRunner.temporaryDirectory().appendingPathComponent("m.sqlite").path
        let first = try CLIRunner.runInEnglish(["actuals", "import", example, "--plan", plan, "--store", store])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.hasPrefix("imported #1 "))
        #expect(first.stdout.contains("186 rows read, 186 used, 0 rejected"))
        let again = try CLIRunner.runInEnglish(["actuals", "import", example, "--plan", plan, "--store", "sqlite:" + store])
        #expect(again.status == 0 && again.stdout.hasPrefix("unchanged "), "\(again.stdout)")
        let (imports, current, all) = try counts(store)
        #expect(imports == 1 && current > 0 && current == all)

        let fromFile = try CLIRunner.run(["review", plan, "--actuals", example, "--format", "json"])
        let fromStore = try CLIRunner.run(["review", plan, "--store", store, "--format", "json"])
        #expect(fromStore.status == 0, "\(fromStore.stderr)")
        let file = try #require(try JSONSerialization.jsonObject(with: Data(fromFile.stdout.utf8)) as? [String: Any])
        let database = try #require(try JSONSerialization.jsonObject(with: Data(fromStore.stdout.utf8)) as? [String: Any])
        // Every KPI, attribution, breakdown and test the same, to the last bit.
        for key in ["kpis", "experiments"] {
            #expect((file[key] as? NSArray) == (database[key] as? NSArray), "\(key) differ")
        }
        #expect((database["import"] as? [String: Any])?["rowsRead"] as? Int == 186)
    }

    @Test func importIssuesArePrintedAndStrictLeavesTheFileOut() throws {
        let folder = try CLIRunner.temporaryDirectory()
        let store = folder.appendingPathComponent("m.sqlite").path
        let doubtful = folder.appendingPathComponent("doubtful.csv")
        try "日期,渠道,新客访客数\n2026-12-01,门店,12\n2026-12-02,门店,十二\n".write(to: doubtful, atomically: true, encoding: .utf8)
        let strict = try CLIRunner.run(["actuals", "import", doubtful.path, "--plan", plan, "--store", store, "--strict"])
        #expect(strict.status == 1 && strict.stderr.contains("doubtful.csv:3:3") && strict.stderr.contains("未导入"), "\(strict.stderr)")
        #expect(try counts(store) == (0, 0, 0))
        let missing = folder.appendingPathComponent("missing.csv").path
        let lenient = try CLIRunner.run(["actuals", "import", missing, doubtful.path, "--plan", plan, "--store", store])
        // The missing file is an error; the other is imported with its issue reported.
        #expect(lenient.status == 1 && lenient.stderr.contains("[actuals_unreadable]") && lenient.stderr.contains("doubtful.csv:3:3"))
        #expect(lenient.stdout.contains("读 2 行，用 1 行，拒收 1 行 → 1 个数值"), "\(lenient.stdout)")
        #expect(try counts(store) == (1, 1, 1))
    }

    /// The mapping options are `review`'s own option group: `--ignore` reads a report column
    /// out of the store import exactly as out of a review.
    @Test func ignoreTakesAReportColumnOutOfTheImport() throws {
        let folder = try CLIRunner.temporaryDirectory()
        let store = folder.appendingPathComponent("m.sqlite").path
        let export = folder.appendingPathComponent("with-share.csv")
        try "日期,渠道,新客访客数,占比\n2026-12-01,门店,12,0.4\n2026-12-02,门店,18,0.6\n".write(to: export, atomically: true, encoding: .utf8)
        let refused = try CLIRunner.run(["actuals", "import", export.path, "--plan", plan, "--store", store, "--strict"])
        #expect(refused.status == 1 && refused.stderr.contains("unmapped_column") && refused.stderr.contains("占比"), "\(refused.stderr)")
        // Without --strict the other columns are imported, but the error still fails the run
        // (as it fails a review): an unmapped column never passes with exit 0.
        let other = folder.appendingPathComponent("other.sqlite").path
        let lenient = try CLIRunner.run(["actuals", "import", export.path, "--plan", plan, "--store", other])
        #expect(lenient.status == 1 && lenient.stderr.contains("unmapped_column"), "\(lenient.stderr)")
        #expect(lenient.stdout.contains("读 2 行，用 2 行，拒收 0 行 → 2 个数值"), "\(lenient.stdout)")
        let ignored = try CLIRunner.runInEnglish(["actuals", "import", export.path, "--plan", plan, "--store", store, "--strict", "--ignore", "占比"])
        #expect(ignored.status == 0, "\(ignored.stderr)")
        #expect(ignored.stdout.contains("2 rows read, 2 used, 0 rejected → 2 values"), "\(ignored.stdout)")
        // One row is counted in the singular, as every English count is.
        let single = folder.appendingPathComponent("one-row.csv")
        try "日期,渠道,新客访客数\n2026-12-03,门店,7\n".write(to: single, atomically: true, encoding: .utf8)
        let one = try CLIRunner.runInEnglish(["actuals", "import", single.path, "--plan", plan, "--store", store])
        #expect(one.status == 0 && one.stdout.contains(": 1 row read, 1 used, 0 rejected → 1 value"), "\(one.stdout)\(one.stderr)")
    }

    /// import, list, history and drop speak the run's language: 中文 by default (the C
    /// locale), English with --lang en or a plan's `lang: en` (issue #13).
    @Test func actualsLinesFollowTheRunsLanguage() throws {
        let folder = try CLIRunner.temporaryDirectory()
        let store = folder.appendingPathComponent("m.sqlite").path
        let first = try CLIRunner.run(["actuals", "import", example, "--plan", plan, "--store", store])
        #expect(first.status == 0 && first.stdout.hasPrefix("已导入 #1 \(example)：读 186 行，用 186 行，拒收 0 行 → "), "\(first.stdout)")
        let again = try CLIRunner.run(["actuals", "import", example, "--plan", plan, "--store", store])
        #expect(again.stdout.hasPrefix("未变 \(example)：内容与导入 #1 相同"), "\(again.stdout)")
        let list = try CLIRunner.run(["actuals", "list", "--store", store])
        #expect(list.stdout.contains(" 186 行 → ") && list.stdout.contains("共 1 次导入，当前 "), "\(list.stdout)")
        let history = try CLIRunner.run(["actuals", "history", "#1", "--store", store])
        #expect(history.stdout.hasPrefix("导入 #1：\(example)\n") && history.stdout.contains("  行：读 186，用 186，拒收 0"), "\(history.stdout)")
        for chinese in [first.stdout, again.stdout, list.stdout, history.stdout] {
            for word in ["rows", "values", "import ", "imported", "unchanged", "current"] { #expect(!chinese.contains(word), "\(word) in \(chinese)") }
        }
        let english = try CLIRunner.run(["actuals", "list", "--store", store, "--lang", "en"])
        #expect(english.stdout.contains(" 186 rows → ") && english.stdout.contains("1 import, ") && !english.stdout.contains("导入"), "\(english.stdout)")
        // A plan's lang: speaks for the commands that only name it to find the store.
        let planEN = folder.appendingPathComponent("plan-en.yaml")
        try String(contentsOfFile: plan, encoding: .utf8).replacingOccurrences(of: "\nstart:", with: "\nlang: en\nstart:")
            .write(to: planEN, atomically: true, encoding: .utf8)
        let byPlan = try CLIRunner.run(["actuals", "history", "1", "--plan", planEN.path, "--store", store])
        #expect(byPlan.stdout.hasPrefix("import #1: \(example)\n"), "\(byPlan.stdout)\(byPlan.stderr)")
        let unknown = try CLIRunner.run(["actuals", "drop", "9", "--store", store])
        #expect(unknown.status == 1 && unknown.stderr == "cycleplan: 错误: [store_no_such_import] 指标库里没有导入 #9；见 'cycleplan actuals list'\n", "\(unknown.stderr)")
        let drop = try CLIRunner.run(["actuals", "drop", "1", "--store", store, "--lang", "en"])
        #expect(drop.stdout.hasPrefix("dropped #1 \(example): ") && drop.stdout.contains(" values removed"), "\(drop.stdout)")
        let missing = try CLIRunner.run(["review", plan, "--store", folder.appendingPathComponent("none.sqlite").path])
        #expect(missing.stderr.contains("错误: [store_missing] 这里没有指标库") && missing.stderr.contains("提示: 先导入导出文件"), "\(missing.stderr)")
    }

    @Test func historyAndDropUndoAnImport() throws {
        let folder = try CLIRunner.temporaryDirectory()
        let store = folder.appendingPathComponent("m.sqlite").path
        let early = try export(rows: 400, name: "early.csv")
        let late = try export(rows: 400, firstDay: 1, name: "late.csv")  // overlaps all but the first day
        #expect(try CLIRunner.run(["actuals", "import", early, late, "--plan", plan, "--store", store]).status == 0)
        let overlap = 400 - 200  // 200 rows of day 0 are not in the late file; 2 metrics each
        #expect(try counts(store) == (2, 1600 - overlap * 2, 1600))
        let history = try CLIRunner.runInEnglish(["actuals", "history", "#1", "--store", store])
        #expect(history.stdout.contains("superseded by #2: \(overlap * 2) values"), "\(history.stdout)")
        let drop = try CLIRunner.run(["actuals", "drop", "2", "--store", store])
        #expect(drop.status == 0 && drop.stdout.contains("恢复了它取代过的 400 个较早数值"), "\(drop.stdout)\(drop.stderr)")
        #expect(try counts(store) == (1, 800, 800))
        let missing = try CLIRunner.run(["actuals", "drop", "2", "--store", store])
        #expect(missing.status == 1 && missing.stderr.contains("[store_no_such_import]"))
        let bad = try CLIRunner.run(["actuals", "list", "--store", "mysql://x/y"])
        #expect(bad.status == 2 && bad.stderr.contains("store_bad_location"))
        // Nothing listens on port 1: a clear failure, and the password is not shown.
        let postgres = try CLIRunner.run(["review", plan, "--store", "postgres://ops:secret@127.0.0.1:1/m?sslmode=disable"])
        #expect(postgres.status == 1 && postgres.stderr.contains("[store_connection_failed]") && !postgres.stderr.contains("secret"))
        let badURL = try CLIRunner.run(["review", plan, "--store", "postgres://ops:secret@db/m?colour=red"])
        #expect(badURL.status == 2 && badURL.stderr.contains("store_bad_location") && !badURL.stderr.contains("secret"))
        let none = try CLIRunner.run(["review", plan, "--store", folder.appendingPathComponent("none.sqlite").path])
        #expect(none.status == 1 && none.stderr.contains("[store_missing]"))
    }

    @Test func anImportKilledHalfWayLeavesThePreviousState() throws {
        let store = try CLIRunner.temporaryDirectory().appendingPathComponent("m.sqlite").path
        let small = try export(rows: 10, name: "small.csv")
        #expect(try CLIRunner.run(["actuals", "import", small, "--plan", plan, "--store", store]).status == 0)
        let before = try counts(store)
        let large = try export(rows: 300_000, firstDay: 10, name: "large.csv")
        let process = Process()
        process.executableURL = CLIRunner.executable
        process.arguments = ["actuals", "import", large, "--plan", plan, "--store", store]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // The transaction is under way once its pages spill into the WAL; kill it then.
        let wal = store + "-wal"
        var spilled = false
        for _ in 0..<24_000 where process.isRunning {  // up to two minutes on a loaded machine
            let size = (try? FileManager.default.attributesOfItem(atPath: wal)[.size] as? Int) ?? 0
            if size > 8 << 20 {
                spilled = true
                break
            }
            usleep(5_000)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(spilled && process.terminationReason == .uncaughtSignal, "the import ended before it could be killed")
        #expect(try counts(store) == before)
        // The store is whole: the same file imports afterwards.
        let retry = try CLIRunner.run(["actuals", "import", small, "--plan", plan, "--store", store])
        #expect(retry.status == 0 && retry.stdout.hasPrefix("未变 "), "\(retry.stdout)")
    }

    /// The stores imports are raced into: a SQLite file and, when a server is configured
    /// (`scripts/postgres.sh start`), a PostgreSQL schema of the test's own.
    static var raceStores: [String] {
        ["sqlite"] + (ProcessInfo.processInfo.environment["CYCLEPLAN_TEST_POSTGRES_URL"].map { $0.isEmpty ? [] : ["postgres"] } ?? [])
    }

    @Test(arguments: Self.raceStores)
    func concurrentImportsIntoOneStoreLoseNothing(kind: String) throws {
        let store: String
        if kind == "postgres", let url = ProcessInfo.processInfo.environment["CYCLEPLAN_TEST_POSTGRES_URL"] {
            let schema = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
            store = url + (url.contains("?") ? "&" : "?") + "schema=" + schema
        } else {
            store = try CLIRunner.temporaryDirectory().appendingPathComponent("m.sqlite").path
        }
        #expect(try CLIRunner.run(["actuals", "list", "--store", store]).status == 0)  // created empty
        let a = try export(rows: 20_000, name: "a.csv")
        let b = try export(rows: 20_000, firstDay: 50, name: "b.csv")  // days 50…99 overlap
        let processes = [a, b].map { file -> Process in
            let process = Process()
            process.executableURL = CLIRunner.executable
            process.arguments = ["actuals", "import", file, "--plan", plan, "--store", store]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            return process
        }
        for process in processes { try process.run() }
        for process in processes { process.waitUntilExit() }
        #expect(processes.allSatisfy { $0.terminationStatus == 0 })
        let overlapRows = 20_000 - 50 * 200
        // Every value of both files is kept; the overlap is current once.
        #expect(try counts(store) == (2, (40_000 - overlapRows) * 2, 80_000))
    }
}
