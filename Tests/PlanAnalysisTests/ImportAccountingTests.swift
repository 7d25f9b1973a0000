import Foundation
import PlanModel
import PlanScheduling
import Testing
@testable import PlanAnalysis

/// Issue #10's import cases and #9's (5, 11, 12), each with a small export as the SCRM and
/// mall back-ends write them: every cell is used, rejected with its place, or refused.
@Suite("Import accounting")
struct ImportAccountingTests {
    static func plan(_ actuals: String = "") throws -> Plan {
        let yaml = """
            cycleplan: 1
            id: acc
            title: 对账
            start: 2026-09-01
            metrics:
              new_customers: 新客数
              old_customers: 老客数
              gmv_new: {name: 新客成交额, unit: CNY}
              orders: 订单数
              conversion: {name: 转化率, formula: orders / new_customers}
            targets: {old_customers: 200, gmv_new: 5000}
            tasks: [{id: t, name: 任务, duration: 10d}]
            \(actuals)
            """
        let result = PlanLoader().load(bytes: Array(yaml.utf8), path: "acc.yaml")
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics)")
        return try #require(result.plan)
    }

    /// Writes each (name, text) into a fresh folder and loads them in that order.
    static func load(_ files: [(String, String)], plan: Plan, onOverlap: OverlapPolicy = .error,
                     override: ActualsSpec? = nil) throws -> (observations: [Observation], report: ImportReport, paths: [String]) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("acc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var paths: [String] = []
        for (name, text) in files {
            let url = folder.appendingPathComponent(name)
            try Data(text.utf8).write(to: url)
            paths.append(url.path)
        }
        let loaded = try ActualsLoader(plan: plan, override: override, onOverlap: onOverlap).load(paths, window: nil)
        return (loaded.observations, loaded.report, paths)
    }

    static func total(_ observations: [Observation], _ metric: String) -> Double {
        observations.filter { $0.metric == metric }.reduce(0) { $0 + $1.value }
    }

    // Case 1: a spare number column split the rows (老客数 300,150 instead of 100,100).
    @Test func aSpareNumberColumnIsAnErrorNotADimension() throws {
        let csv = "日期,老客数,会员数\n2026-09-01,100,5000\n2026-09-02,100,5010\n"
        let (observations, report, _) = try Self.load([("daily.csv", csv)], plan: Self.plan())
        #expect(Self.total(observations, "old_customers") == 200)
        #expect(observations.allSatisfy { $0.dimensions.isEmpty })
        let issue = try #require(report.issues.first { $0.kind == .unmappedColumn })
        #expect(issue.severity == .error && issue.row == 1 && issue.column == 3 && issue.message.contains("会员数"))
        #expect(report.hasErrors)
        let column = try #require(report.files.first?.columns.first { $0.header == "会员数" })
        #expect(column.role == .unmapped)
    }

    @Test func unitsMapTyposSuggestAndReportColumnsAreAccounted() throws {
        let csv = "日期,渠道,新客成交额(元),新客成交金额,转化率,环比\n2026-09-01,门店,1200,1300,5%,3%\n"
        let (observations, report, _) = try Self.load([("x.csv", csv)], plan: Self.plan())
        #expect(Self.total(observations, "gmv_new") == 1200)
        let roles = Dictionary(uniqueKeysWithValues: (report.files.first?.columns ?? []).map { ($0.header, $0) })
        #expect(roles["日期"]?.role == .date)
        #expect(roles["渠道"]?.role == .dimension)
        #expect(roles["新客成交额(元)"]?.role == .metric && roles["新客成交额(元)"]?.reason.contains("(元)") == true)
        #expect(roles["转化率"]?.role == .ignored)  // derived: computed from its formula
        #expect(roles["新客成交金额"]?.role == .unmapped)
        #expect(roles["环比"]?.role == .unmapped)
        let typo = try #require(report.issues.first { $0.column == 4 })
        #expect(typo.message.contains("did you mean 新客成交额 (gmv_new)?"))
        // Leaving them out on purpose is not an error.
        let ignoring = try Self.load([("x.csv", csv)], plan: Self.plan("actuals: {ignore: [新客成交金额, 环比]}"))
        #expect(!ignoring.report.hasErrors)
        #expect(ignoring.report.files.first?.columns.filter { $0.role == .ignored }.count == 3)
    }

    // Inference that is unsure is an error, never a guess: a second date column is no dimension.
    @Test func aSecondDateColumnIsNotADimension() throws {
        let csv = "日期,支付日期,老客数\n2026-09-01,2026-09-02,100\n2026-09-01,2026-09-03,100\n"
        let (observations, report, _) = try Self.load([("paid.csv", csv)], plan: Self.plan())
        #expect(observations.allSatisfy { $0.dimensions.isEmpty })
        #expect(report.issues.first?.kind == .unmappedColumn && report.issues.first?.column == 2)
        #expect(report.issues.contains { $0.kind == .duplicateKey })
    }

    // Case 2: a long export whose metric column is misspelt rejected 540 rows with 0 issues.
    @Test func aLongExportWithAMisspeltHeaderListsEveryRow() throws {
        var csv = "日期,指标名,数值\n"
        for day in 1...9 { csv += "2026-09-0\(day),新客数,\(day)\n" }
        let (observations, report, _) = try Self.load([("long.csv", csv)], plan: Self.plan())
        #expect(observations.isEmpty)
        #expect(report.rowsRejected == 9 && report.rowsRead == report.rowsUsed + report.rowsRejected)
        #expect(report.issues.filter { $0.kind == .noValues }.count == 9)
        #expect(report.issues.contains { $0.kind == .unmappedColumn && $0.message.contains("数值") })
        #expect(report.hasErrors)
    }

    @Test func misspeltLabelsGetADidYouMean() throws {
        let csv = "日期,指标,数值\n2026-09-01,新客数,5\n2026-09-01,新客成交金额,700\n2026-09-01,新客成交额（元）,800\n"
        let (observations, report, _) = try Self.load([("long.csv", csv)], plan: Self.plan())
        #expect(Self.total(observations, "gmv_new") == 800)
        let unknown = try #require(report.issues.first { $0.kind == .unknownMetric })
        #expect(unknown.row == 3 && unknown.message.contains("did you mean 新客成交额 (gmv_new)?"))
    }

    // Case 3: a month-to-date export and a mid-month one were summed.
    @Test func overlappingFilesAreOneIssueEachNeverSummed() throws {
        let mtd = "日期,渠道,老客数\n2026-09-01,门店,100\n2026-09-02,门店,110\n"
        let mid = "日期,渠道,老客数\n2026-09-02,门店,120\n2026-09-03,门店,130\n"
        let (observations, report, paths) = try Self.load([("mtd.csv", mtd), ("mid.csv", mid)], plan: Self.plan())
        #expect(Self.total(observations, "old_customers") == 100 + 110 + 130)
        let overlap = try #require(report.issues.first { $0.kind == .overlap })
        #expect(overlap.file == paths[1] && overlap.row == 2 && overlap.severity == .error)
        #expect(overlap.message.contains("\(paths[0]):3"))
        #expect(report.rowsUsed == 3 && report.rowsRejected == 1)
        let last = try Self.load([("mtd.csv", mtd), ("mid.csv", mid)], plan: Self.plan(), onOverlap: .last)
        #expect(Self.total(last.observations, "old_customers") == 100 + 120 + 130)
        #expect(!last.report.hasErrors && last.report.issues.first?.severity == .warning)
    }

    // Case 4 (import half): a header-only file was silent.
    @Test func aHeaderOnlyFileIsAWarning() throws {
        let (_, report, _) = try Self.load([("empty.csv", "日期,老客数\n")], plan: Self.plan())
        #expect(report.issues.map(\.kind) == [.noRows])
    }

    // Case 5: 71,5 was read as 715.
    @Test func ambiguousDecimalsAreRefusedUnlessDeclared() throws {
        let csv = "日期;老客数;新客成交额\n2026-09-01;71,5;1.234,5\n2026-09-02;1,234;2.000\n"
        let (observations, report, _) = try Self.load([("eu.csv", csv)], plan: Self.plan())
        #expect(Set(report.issues.filter { $0.kind == .ambiguousNumber }.map(\.column)) == [2, 3] && report.issues.count == 2)
        #expect(Self.total(observations, "old_customers") == 1234)
        let declared = try Self.load([("eu.csv", csv)], plan: Self.plan("actuals: [{match: \"eu*.csv\", decimal: \",\"}]"))
        #expect(declared.report.issues.isEmpty)
        #expect(abs(Self.total(declared.observations, "old_customers") - (71.5 + 1.234)) < 1e-9)
        #expect(abs(Self.total(declared.observations, "gmv_new") - (1234.5 + 2000)) < 1e-9)
        #expect(ActualsValue.number("71,5") == nil && ActualsValue.number("1.234,5") == nil)
        #expect(ActualsValue.number("12,345") == 12_345 && ActualsValue.number("1,234,567.5") == 1_234_567.5)
    }

    // Case 6: one mapping for every file; a long tally and a wide daily file together.
    @Test func eachFileHasItsOwnSource() throws {
        let sources = """
            actuals:
              - {match: "tally*.csv", date: 统计时间, metric: 项目, value: 值, columns: {新增客户: new_customers}}
              - {match: "daily.csv", date: 日, columns: {GMV: gmv_new}}
            """
        let plan = try Self.plan(sources)
        let tally = "统计时间,项目,值\n2026-09-01,新增客户,7\n"
        let daily = "日,GMV,老客数\n2026-09-01,900,100\n"
        let (observations, report, _) = try Self.load([("tally-09.csv", tally), ("daily.csv", daily)], plan: plan)
        #expect(Self.total(observations, "new_customers") == 7 && Self.total(observations, "gmv_new") == 900)
        #expect(report.files.map(\.source) == ["actuals[1] (match tally*.csv)", "actuals[2] (match daily.csv)"])
        #expect(report.files.map(\.layout) == ["long", "wide"])
        #expect(report.issues.isEmpty)
    }

    @Test func titleRowsGroupedHeadersAndTotalsReadAlikeInCSV() throws {
        let csv = """
            9月新客日报（导出时间 2026-10-01）
            ,,
            日期,渠道,新客,,总计
            ,,新客数,新客成交额,
            2026-09-01,门店,10,1000,1010
            2026-09-01,社群,5,500,505
            2026-09-01,小计,15,1500,1515

            2026-09-02,门店,12,1200,1212
            合计,,27,2700,2727

            """
        let plan = try Self.plan("actuals: {columns: {新客 / 新客数: new_customers, 新客 / 新客成交额: gmv_new}}")
        let (observations, report, _) = try Self.load([("pivot.csv", csv)], plan: plan)
        #expect(Self.total(observations, "new_customers") == 27)
        #expect(Self.total(observations, "gmv_new") == 2700)
        let file = try #require(report.files.first)
        #expect(file.columns.last?.role == .ignored && file.columns.last?.header == "总计")
        #expect(file.headerRows == 3...4 && file.titleRows == 2)
        #expect(file.totalRows == 2 && file.blankRows == 1)
        #expect(report.rowsRead == 3 && report.rowsUsed == 3 && report.issues.isEmpty)
    }

    @Test func theHeaderDetectorIsSharedBySheets() {
        let grid = [["门店日报"], ["日期", "渠道", "新客", "新客"], ["日期", "", "新客数", "新客成交额"], ["2026-09-01", "门店", "1", "2"]]
        // (A workbook's merged 日期 cell spans both header rows; its merged 新客 cell both columns.)
        let header = HeaderDetector.detect(grid)
        #expect(header == HeaderDetector.Header(index: 1, rows: 2, names: ["日期", "渠道", "新客 / 新客数", "新客 / 新客成交额"]))
        #expect(HeaderDetector.detect([["日期", "老客数"], ["2026-09-01", "3"]])?.rows == 1)
    }

    // #9 case 5: a 400-digit cell was +∞, "inf 人 … on track".
    @Test func nonFiniteNumbersAreUnparseable() throws {
        let huge = String(repeating: "9", count: 400)
        let (observations, report, _) = try Self.load([("inf.csv", "日期,老客数\n2026-09-01,\(huge)\n")], plan: Self.plan())
        #expect(observations.isEmpty)
        #expect(report.issues.map(\.kind) == [.unparseableNumber])
        #expect(ActualsValue.number(huge) == nil && ActualsValue.number("1" + huge + ".5万") == nil)
    }

    // #9 case 11: short and blank rows of the wide layout were dropped with 0 issues.
    @Test func shortAndBlankRowsAreAccounted() throws {
        let csv = "日期,渠道,老客数,新客数\n2026-09-01,门店,5,6\n2026-09-02,门店\n,,,\n2026-09-03,门店,,\n"
        let (observations, report, _) = try Self.load([("short.csv", csv)], plan: Self.plan())
        #expect(observations.count == 2)
        #expect(report.issues.map(\.kind) == [.shortRow, .noValues])
        #expect(report.issues.map(\.row) == [3, 5])
        #expect(report.blankRows == 1 && report.rowsRead == 3 && report.rowsRejected == 2)
    }

    // #9 case 12: no place for an unclosed quote; mixed UTF-8 and GBK read as 鏃ユ湡.
    @Test func unclosedQuotesAndMixedEncodingsAreLocated() throws {
        let quote = "日期,渠道,老客数\n2026-09-01,门店,5\n2026-09-02,\"门店,6\n2026-09-03,门店,7\n"
        #expect(throws: ActualsLoadError.self) { try Self.load([("q.csv", quote)], plan: Self.plan()) }
        do {
            _ = try Self.load([("q.csv", quote)], plan: Self.plan())
        } catch let error as ActualsLoadError {
            #expect(error.place.hasSuffix("q.csv:3:2"))
        }
        let utf8 = Array("日期,渠道,老客数\n2026-09-01,门店,5\n".utf8)
        let gbk: [UInt8] = [0x32, 0x30, 0x32, 0x36, 0x2D, 0x30, 0x39, 0x2D, 0x30, 0x32, 0x2C, 0xC3, 0xC5, 0xB5, 0xEA, 0x2C, 0x36, 0x0A]  // 门店 in GBK
        let mixed = try #require(TextDecoding.mixedEncoding(utf8 + gbk))
        #expect(mixed.offset == utf8.count + 11 && mixed.line == 3 && mixed.likely == "GBK/GB18030")
        #expect(throws: CSVTable.Failure.mixedEncoding(offset: utf8.count + 11, line: 3, byte: 0xC3, likely: "GBK/GB18030")) {
            try CSVTable.read(utf8 + gbk)
        }
        // A file wholly in GBK is still read as GB18030.
        #expect(TextDecoding.mixedEncoding(gbk) == nil)
    }

    // Case 4: a day missing inside a target window was silent (TR dropped 3 %, status changed).
    @Test func missingDaysLowerTheCoverageAndSaySo() throws {
        let plan = try Self.plan()
        let schedule = Scheduler().schedule(plan)
        let window = DateRange(first: plan.start, last: schedule.finish)
        var csv = "日期,渠道,老客数\n"
        var day = window.first
        while day <= window.last {
            // 09-05 has no row at all; 社群 also misses 09-03.
            if day.description != "2026-09-05" {
                csv += "\(day),门店,20\n"
                if day.description != "2026-09-03" { csv += "\(day),社群,1\n" }
            }
            day = try #require(day.advanced(by: 1))
        }
        let (observations, report, _) = try Self.load([("daily.csv", csv)], plan: plan)
        let review = ReviewEngine(plan: plan, schedule: schedule, actuals: ActualsStore(observations: observations, metrics: plan.metrics),
                                  imports: report).run()
        let kpi = try #require(review.kpis.first { $0.metric == "old_customers" })
        let coverage = try #require(kpi.coverage)
        #expect(coverage.days == window.dayCount && coverage.daysWithData == window.dayCount - 1)
        #expect(coverage.gaps.map(\.missing.description) == ["[2026-09-05]", "[2026-09-03]"])
        #expect(coverage.gaps.map(\.value) == [nil, "社群"])
        #expect(review.summary(metrics: plan.metrics).contains("(coverage \(window.dayCount - 1)/\(window.dayCount) days)"))
        #expect(review.markdown(metrics: plan.metrics, title: "t").contains("（数据覆盖 \(window.dayCount - 1)/\(window.dayCount) 天）"))
        #expect(review.coverageWarnings(metrics: plan.metrics).count == 2)
        let chinese = review.coverageWarnings(metrics: plan.metrics, language: .zh)
        #expect(chinese.contains { $0.hasPrefix("警告：[missing_days] 老客数（渠道 社群）：2026-09-03 无数据") }, "\(chinese)")
        let json = review.json()
        guard case .object(let members) = json, case .array(let kpis)? = members.first(where: { $0.0 == "kpis" })?.1,
              case .object(let first)? = kpis.first else { Issue.record("no kpis"); return }
        #expect(first.contains { $0.0 == "coverage" && $0.1 == .number(coverage.ratio) })
    }

    /// An issue is its kind and values, worded per language: English in the JSON `message`
    /// and the terminal (metric ids, as before), Chinese with the metrics' names in the
    /// Chinese reports, where no English sentence is left.
    @Test func issuesAreWordedInEachReportsLanguage() throws {
        let plan = try Self.plan()
        let csv = "日期,老客数,订单数,会员数\n2026-09-01,100,暂无,5000\n2026-09-01,100,3,5010\n"
        let (observations, report, _) = try Self.load([("daily.csv", csv)], plan: plan)
        let bad = try #require(report.issues.first { $0.kind == .unparseableNumber })
        #expect(bad.message == "'暂无' is not a number (orders)")
        #expect(bad.text(.zh, names: { ["orders": "订单数"][$0] ?? $0 }) == "「暂无」不是数字（订单数）")
        #expect(bad.rendered.contains("hint: numbers may be written") && bad.rendered(.zh).contains("提示：数字可写作"))
        let repeated = try #require(report.issues.first { $0.kind == .duplicateKey })
        #expect(repeated.message == "old_customers on 2026-09-01 is given twice; the first is kept")
        let review = ReviewEngine(plan: plan, schedule: Scheduler().schedule(plan),
                                  actuals: ActualsStore(observations: observations, metrics: plan.metrics), imports: report).run()
        let markdown = review.markdown(metrics: plan.metrics, title: "对账")
        #expect(markdown.contains("「暂无」不是数字（订单数）") && markdown.contains("老客数 在 2026-09-01 出现了两次，保留第一次的值"))
        #expect(markdown.contains("「会员数」是数值，但不是计划中的指标，未读取"))
        #expect(!markdown.contains("is not a number") && !markdown.contains("given twice"))
        let english = review.markdown(metrics: plan.metrics, title: "acc", language: .en)
        #expect(english.contains("## Import") && english.contains("'暂无' is not a number (订单数)"))
        #expect(review.importText(metrics: plan.metrics, language: .zh).contains("第 4 列 会员数 → 未映射（错误）：「会员数」是数值"))
        #expect(review.importText(metrics: plan.metrics).contains("4. 会员数 → unmapped (error): '会员数' holds numbers"))
    }
}
