import Foundation
import Testing

/// The refusals a user meets before any report — an actuals file that is no table, a column
/// mapping, an output form, a template, a baseline file, the argument parser's own usage
/// errors — printed wholly in the run's language, with the same place, id and exit status.
@Suite("refusals in one language")
struct MessageLanguageCommandTests {
    static let plan = CLIRunner.packageRoot.appendingPathComponent("plans/cycle.yaml").path

    /// Runs `arguments` with `--lang zh` and `--lang en`; the two outcomes.
    static func both(_ arguments: [String], in directory: URL? = nil) throws -> (zh: CLIRunner.Outcome, en: CLIRunner.Outcome) {
        (try CLIRunner.run(arguments + ["--lang", "zh"], in: directory), try CLIRunner.run(arguments + ["--lang", "en"], in: directory))
    }

    /// The 中文 text has no English phrase, the English no Chinese (outside quotes), and both
    /// exit with `status`.
    static func expectOneLanguage(_ outcome: (zh: CLIRunner.Outcome, en: CLIRunner.Outcome), status: Int32, _ what: String) {
        #expect(outcome.zh.status == status && outcome.en.status == status, "\(what): \(outcome.zh.status) \(outcome.en.status)")
        #expect(!outcome.zh.stderr.isEmpty && !outcome.en.stderr.isEmpty, "\(what)")
        #expect(LanguageLeaks.englishPhrase(in: outcome.zh.stderr) == nil, "\(what): \(outcome.zh.stderr)")
        #expect(LanguageLeaks.foreign(in: LanguageLeaks.unquoted(outcome.en.stderr), sources: []).isEmpty, "\(what): \(outcome.en.stderr)")
    }

    @Test func actualsFilesThatAreNoTable() throws {
        let directory = try CLIRunner.temporaryDirectory()
        try Data("not a zip".utf8).write(to: directory.appendingPathComponent("bad.xlsx"))
        try Data("date,x\n2026-12-01,\"1\n".utf8).write(to: directory.appendingPathComponent("quote.csv"))
        try Data("when,x\n1,2\n".utf8).write(to: directory.appendingPathComponent("nodate.csv"))
        for file in ["bad.xlsx", "quote.csv", "nodate.csv", "missing.csv"] {
            let review = try Self.both(["review", Self.plan, "--actuals", file], in: directory)
            Self.expectOneLanguage(review, status: 1, "review \(file)")
            let imported = try Self.both(["actuals", "import", file, "--plan", Self.plan, "--store", "m.sqlite"], in: directory)
            Self.expectOneLanguage(imported, status: 1, "actuals import \(file)")
        }
        let review = try Self.both(["review", Self.plan, "--actuals", "bad.xlsx"], in: directory)
        #expect(review.zh.stderr.hasPrefix("bad.xlsx: 错误: [actuals_not_a_table] 不是 Excel 工作簿（.xlsx）"), "\(review.zh.stderr)")
        #expect(review.en.stderr.hasPrefix("bad.xlsx: error: [actuals_not_a_table] not an Excel workbook (.xlsx)"), "\(review.en.stderr)")
        let quote = try Self.both(["review", Self.plan, "--actuals", "quote.csv"], in: directory)
        #expect(quote.zh.stderr.hasPrefix("quote.csv:2:2: 错误: [actuals_not_a_table] ") && quote.en.stderr.hasPrefix("quote.csv:2:2: error: "))
    }

    @Test func statusPacingRefusesInItsLanguage() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let plan = directory.appendingPathComponent("spring.yaml").path
        #expect(try CLIRunner.run(["init", "spring", "--start", "2026-09-01"], in: directory).status == 0)
        try "statusDate: 2026-09-10\ntasks: {}\n".write(toFile: directory.appendingPathComponent("spring.status.yaml").path, atomically: true, encoding: .utf8)
        #expect(try CLIRunner.run(["baseline", "save", plan], in: directory).status == 0)
        try Data("not a zip".utf8).write(to: directory.appendingPathComponent("bad.xlsx"))
        Self.expectOneLanguage(try Self.both(["status", plan, "--actuals", "bad.xlsx"], in: directory), status: 1, "status --actuals")
    }

    @Test func mappingsAndOutputFormsAreUsageErrors() throws {
        let directory = try CLIRunner.temporaryDirectory()
        try Data("日期,新客访客数\n2026-12-01,5\n".utf8).write(to: directory.appendingPathComponent("a.csv"))
        for arguments in [["--column", "x=nope"], ["--column", "novalue"], ["--metric-column", "指标"], ["-o", "r.pdf"], ["--format", "pdf"]] {
            Self.expectOneLanguage(try Self.both(["review", Self.plan, "--actuals", "a.csv"] + arguments, in: directory), status: 2, "\(arguments)")
        }
        Self.expectOneLanguage(try Self.both(["status", Self.plan, "-o", "s.pdf"], in: directory), status: 2, "status -o")
    }

    @Test func initRefusals() throws {
        let directory = try CLIRunner.temporaryDirectory()
        try "keep me\n".write(to: directory.appendingPathComponent("mine.yaml"), atomically: true, encoding: .utf8)
        for arguments in [["init", "x", "--template", "nope"], ["init", "../x"], ["init", "我的计划"], ["init", "mine"]] {
            Self.expectOneLanguage(try Self.both(arguments, in: directory), status: 2, "\(arguments)")
        }
        let listed = try Self.both(["init", "--list"])
        #expect(listed.zh.stdout.contains("运营周期") && LanguageLeaks.foreign(in: listed.en.stdout, sources: []).isEmpty, "\(listed.en.stdout)")
    }

    @Test func aBaselineFileThatCannotBeWrittenIsAnOutputFailure() throws {
        let directory = try CLIRunner.temporaryDirectory()
        #expect(try CLIRunner.run(["init", "spring"], in: directory).status == 0)
        // A folder where the baselines file goes: nothing can replace it.
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("spring.baselines.json/inner"), withIntermediateDirectories: true)
        let saved = try Self.both(["baseline", "save", "spring.yaml"], in: directory)
        Self.expectOneLanguage(saved, status: 1, "baseline save")
    }

    @Test func storesThatCannotBeUsed() throws {
        let directory = try CLIRunner.temporaryDirectory()
        try Data("junk\n".utf8).write(to: directory.appendingPathComponent("notdb.sqlite"))
        let notAStore = try Self.both(["actuals", "list", "--store", "notdb.sqlite"], in: directory)
        Self.expectOneLanguage(notAStore, status: 1, "not a store")
        #expect(notAStore.zh.stderr.contains("它不是 SQLite 数据库") && notAStore.en.stderr.contains("it is not a SQLite database"))
        for store in ["sqlite:", "postgres://u@h/db?foo=1", "postgres://u@h"] {
            Self.expectOneLanguage(try Self.both(["actuals", "list", "--store", store], in: directory), status: 2, store)
        }
    }

    /// The argument parser's errors: said in 中文 with the option and where to read more; in
    /// English as the library words them. Exit 2 either way.
    @Test func argumentParserErrors() throws {
        let unknown = try Self.both(["validate", Self.plan, "--bogus"])
        #expect(unknown.zh.stderr.hasPrefix("cycleplan: 用法错误：未知的选项 '--bogus'\n"), "\(unknown.zh.stderr)")
        #expect(unknown.zh.stderr.contains("运行 'cycleplan help validate' 查看全部选项"))
        #expect(unknown.en.stderr.hasPrefix("Error: Unknown option '--bogus'"))
        let missing = try Self.both(["review"])
        #expect(missing.zh.stderr.hasPrefix("cycleplan: 用法错误：缺少参数 '<plan>'\n"), "\(missing.zh.stderr)")
        let value = try Self.both(["review", Self.plan, "--on-overlap"])
        #expect(value.zh.stderr.hasPrefix("cycleplan: 用法错误：选项 '--on-overlap <on-overlap>' 缺少取值"), "\(value.zh.stderr)")
        let choice = try Self.both(["validate", Self.plan, "--format", "xml"])
        #expect(choice.zh.stderr.hasPrefix("cycleplan: 用法错误：'xml' 不是 '--format <format>' 的有效取值；可选：'text'、'json'\n"), "\(choice.zh.stderr)")
        let both = try Self.both(["review", Self.plan, "--actuals", "a.csv", "--store", "m.sqlite"])
        #expect(both.zh.stderr.hasPrefix("cycleplan: 错误: --actuals 与 --store 只能选一个"), "\(both.zh.stderr)")
        #expect(both.en.stderr.contains("--actuals and --store: review from one or the other"))
        for outcome in [unknown, missing, value, choice, both] {
            Self.expectOneLanguage(outcome, status: 2, outcome.en.stderr)
        }
        // A first word that is no command is called so, with the closest command.
        let command = try Self.both(["shedule", Self.plan])
        #expect(command.zh.stderr.hasPrefix("cycleplan: 错误: 没有「shedule」这个命令；是否想写 'schedule'？\n"), "\(command.zh.stderr)")
        #expect(command.en.stderr.hasPrefix("cycleplan: error: 'shedule' is not a cycleplan command; did you mean 'schedule'?\n"),
                "\(command.en.stderr)")
        #expect(command.en.stderr.contains("commands: init, validate, schedule"))
        Self.expectOneLanguage(command, status: 2, command.en.stderr)
        let far = try CLIRunner.run(["xyzzy", "--lang", "en"])
        #expect(far.status == 2 && far.stderr.hasPrefix("cycleplan: error: 'xyzzy' is not a cycleplan command\n"), "\(far.stderr)")
        // Before --lang is parsed (an unknown option first), the flag still decides.
        let early = try CLIRunner.run(["validate", "--bogus", Self.plan, "--lang", "en"])
        #expect(early.status == 2 && early.stderr.hasPrefix("Error: Unknown option"))
        let locale = try CLIRunner.run(["validate", "--bogus", Self.plan])
        #expect(locale.status == 2 && locale.stderr.hasPrefix("cycleplan: 用法错误："))
    }
}
