import Foundation
import PlanModel
import Testing
@testable import PlanAnalysis

/// Grouped columns over one metric, as Excel pivots export them: 新客数 over 门店 | 社群 |
/// 视频号 (or 门店 over 新客数 | 新客成交额). The sub-headers are values of a dimension:
/// read as that dimension when the source names it (`groups: 渠道`), refused with
/// `grouped_columns` when it does not — never one column taken for the metric, never summed.
@Suite("Grouped columns over one metric")
struct GroupedColumnsTests {
    /// 新客数 and 新客成交额 each over the three channels, then a 总计 group (the pivot's row totals).
    static let metricOverValues = """
        日期,新客数,,,新客成交额,,,总计,
        ,门店,社群,视频号,门店,社群,视频号,新客数,新客成交额
        2026-09-01,10,5,3,1000,500,300,18,1800
        2026-09-02,12,6,4,1200,600,400,22,2200
        总计,22,11,7,2200,1100,700,40,4000

        """
    /// The other way round: the channel over the metrics.
    static let valuesOverMetrics = """
        日期,门店,,社群,
        ,新客数,新客成交额,新客数,新客成交额
        2026-09-01,10,1000,5,500

        """

    static func plan(groups: String?) throws -> Plan {
        try ImportAccountingTests.plan(groups.map { "actuals: {header: 2, groups: \($0)}" } ?? "")
    }

    static func byChannel(_ observations: [Observation], _ metric: String) -> [String: Double] {
        observations.filter { $0.metric == metric }.reduce(into: [:]) { $0[$1.dimensions["渠道"] ?? "?", default: 0] += $1.value }
    }

    @Test func undeclaredGroupsOverAMetricAreRefusedWithTheirPlace() throws {
        let (observations, report, paths) = try ImportAccountingTests.load([("pivot.csv", Self.metricOverValues)], plan: Self.plan(groups: nil))
        // Not one of the six columns is read as 新客数 or 新客成交额, nor their sum.
        #expect(observations.isEmpty)
        let grouped = report.issues.filter { $0.kind == .groupedColumns }
        #expect(grouped.map(\.column) == [2, 3, 4, 5, 6, 7])
        #expect(grouped.allSatisfy { $0.severity == .error && $0.row == 2 && $0.file == paths[0] })
        let first = try #require(grouped.first)
        #expect(first.message.contains("新客数 / 门店") && first.message.contains("'门店' is a value of a dimension"))
        #expect(first.text(.zh).contains("「门店」是来源未命名的维度的取值"))
        #expect(first.hint.contains("groups: 渠道") && first.hint(.zh).contains("groups: 渠道"))
        #expect(first.rendered.contains("pivot.csv:2:2: error: [grouped_columns]"))
        #expect(report.hasErrors)
        // Every column is accounted for: the date, six refused, the 总计 group ignored.
        let roles = try #require(report.files.first).columns.map(\.role)
        #expect(roles == [.date] + Array(repeating: .unmapped, count: 6) + [.ignored, .ignored])
    }

    @Test func declaredGroupsBecomeValuesOfTheDimension() throws {
        let (observations, report, _) = try ImportAccountingTests.load([("pivot.csv", Self.metricOverValues)], plan: Self.plan(groups: "渠道"))
        #expect(report.issues.isEmpty, "\(report.issues.map(\.rendered))")
        // 10 + 12, 5 + 6, 3 + 4 — the 总计 row and the 总计 group are not read.
        #expect(Self.byChannel(observations, "new_customers") == ["门店": 22, "社群": 11, "视频号": 7])
        #expect(Self.byChannel(observations, "gmv_new") == ["门店": 2200, "社群": 1100, "视频号": 700])
        #expect(report.rowsRead == 2 && report.rowsUsed == 2 && report.totalRows == 1)
        let column = try #require(report.files.first?.columns.first { $0.header == "新客数 / 社群" })
        #expect(column.role == .metric && column.target == "new_customers")
        #expect(column.reason == "grouped: the metric 新客数 for 渠道 社群")
        #expect(column.reasonChinese == "分组列：指标「新客数」在渠道「社群」的数值")
    }

    @Test func valuesOverMetricsReadTheSameWay() throws {
        let refused = try ImportAccountingTests.load([("pivot.csv", Self.valuesOverMetrics)], plan: Self.plan(groups: nil))
        #expect(refused.observations.isEmpty)
        #expect(refused.report.issues.filter { $0.kind == .groupedColumns }.map(\.column) == [2, 3, 4, 5])
        let read = try ImportAccountingTests.load([("pivot.csv", Self.valuesOverMetrics)], plan: Self.plan(groups: "渠道"))
        #expect(read.report.issues.isEmpty)
        #expect(Self.byChannel(read.observations, "new_customers") == ["门店": 10, "社群": 5])
        #expect(Self.byChannel(read.observations, "gmv_new") == ["门店": 1000, "社群": 500])
    }

    /// A 渠道 column beside grouped columns that give 渠道 would say two things of each value.
    @Test func theGroupsDimensionGivenTwiceIsRefused() throws {
        let csv = "日期,渠道,新客数,\n,,门店,社群\n2026-09-01,华东,10,5\n"
        let (observations, report, _) = try ImportAccountingTests.load([("pivot.csv", csv)], plan: Self.plan(groups: "渠道"))
        let issue = try #require(report.issues.first { $0.kind == .groupedColumns })
        #expect(issue.column == 2 && issue.message.contains("'渠道' would be the dimension 渠道"))
        #expect(Self.byChannel(observations, "new_customers") == ["门店": 10, "社群": 5])
    }

    // The same pivot as a workbook: a merged 日期 over both header rows, merged groups.
    static func workbook() throws -> [UInt8] {
        func text(_ cell: String, _ value: String) -> String { #"<c r="\#(cell)" t="inlineStr"><is><t>\#(value)</t></is></c>"# }
        func number(_ cell: String, _ value: Int) -> String { #"<c r="\#(cell)"><v>\#(value)</v></c>"# }
        let columns = ["B", "C", "D", "E", "F", "G"]
        var rows = #"<row r="1">"# + text("A1", "9月新客透视") + "</row>"
        rows += #"<row r="2">"# + text("A2", "日期") + text("B2", "新客数") + text("E2", "新客成交额") + "</row>"
        rows += #"<row r="3">"# + zip(columns, ["门店", "社群", "视频号", "门店", "社群", "视频号"]).map { text("\($0)3", $1) }.joined() + "</row>"
        rows += #"<row r="4">"# + text("A4", "2026-09-01") + zip(columns, [10, 5, 3, 1000, 500, 300]).map { number("\($0)4", $1) }.joined() + "</row>"
        // A blank row, then a day: its issues (if any) carry the sheet's row 6.
        rows += #"<row r="6">"# + text("A6", "2026-09-02") + zip(columns, [12, 6, 4, 1200, 600, 400]).map { number("\($0)6", $1) }.joined() + "</row>"
        let merges = #"<mergeCells><mergeCell ref="A2:A3"/><mergeCell ref="B2:D2"/><mergeCell ref="E2:G2"/></mergeCells>"#
        return try WorkbookFixture(rows: rows, after: merges).zipped()
    }

    static func loadWorkbook(plan: Plan) throws -> (observations: [Observation], report: ImportReport) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("grouped-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent("pivot.xlsx")
        try Data(try workbook()).write(to: url)
        return try ActualsLoader(plan: plan).load([url.path], window: nil)
    }

    @Test func aWorkbookPivotIsReadWhenDeclaredAndRefusedWhenNot() throws {
        let refused = try Self.loadWorkbook(plan: Self.plan(groups: nil))
        #expect(refused.observations.isEmpty)
        let grouped = refused.report.issues.filter { $0.kind == .groupedColumns }
        #expect(grouped.map(\.column) == [2, 3, 4, 5, 6, 7] && grouped.allSatisfy { $0.row == 3 && $0.severity == .error })
        #expect(grouped.first?.message.contains("新客数 / 门店") == true)

        let read = try Self.loadWorkbook(plan: Self.plan(groups: "渠道"))
        #expect(read.report.issues.isEmpty, "\(read.report.issues.map(\.rendered))")
        #expect(Self.byChannel(read.observations, "new_customers") == ["门店": 22, "社群": 11, "视频号": 7])
        #expect(Self.byChannel(read.observations, "gmv_new") == ["门店": 2200, "社群": 1100, "视频号": 700])
        #expect(read.report.files.first?.headerRows == 2...3 && read.report.rowsUsed == 2)
    }

    /// A group that is only a label beside channel groups is declared under columns and read
    /// without a channel.
    @Test func aDeclaredColumnIsReadWithoutTheGroupsValue() throws {
        let csv = "日期,新客,老客数,\n,新客数,门店,社群\n2026-09-01,7,100,50\n"
        let plan = try ImportAccountingTests.plan("actuals: {header: 2, groups: 渠道, columns: {新客 / 新客数: new_customers}}")
        let (observations, report, _) = try ImportAccountingTests.load([("pivot.csv", csv)], plan: plan)
        #expect(report.issues.isEmpty, "\(report.issues.map(\.rendered))")
        #expect(Self.byChannel(observations, "new_customers") == ["?": 7])
        #expect(Self.byChannel(observations, "old_customers") == ["门店": 100, "社群": 50])
    }

    @Test func theKeyIsReadFromThePlan() throws {
        let plan = try Self.plan(groups: "渠道")
        #expect(plan.review.actuals?.groups == "渠道" && plan.review.actuals?.headerRows == 2)
    }
}
