import Foundation
import Testing

/// The worked example of examples/store-review: a store chain's March cycle reviewed against
/// three systems' exports (企业微信 friends by 渠道活码, a GBK 有赞 order report with 小计 and
/// 合计 rows, an Excel pivot with grouped headers), each read by its own source, with targets
/// split by 渠道. The exports hold a constant per channel and day, so every number below is
/// worked out by hand from make_data.py: 31 days × the daily figure.
@Suite("cycleplan review: the store cycle")
struct StoreReviewTests {
    static let plan = "examples/store-review/store-cycle.yaml"
    static let wecom = "examples/store-review/企业微信_渠道活码统计_202703.csv"
    static let youzan = "examples/store-review/有赞_订单报表_202703.csv"
    static let pivot = "examples/store-review/老客复购透视_202703.xlsx"
    static let exports = [wecom, youzan, pivot]

    private func review(_ extra: [String] = []) throws -> [String: Any] {
        let outcome = try CLIRunner.run(["review", Self.plan, "--actuals"] + Self.exports + ["--format", "json"] + extra)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
    }

    private func kpi(_ json: [String: Any], _ metric: String) throws -> [String: Any] {
        let kpis = try #require(json["kpis"] as? [[String: Any]])
        return try #require(kpis.first { $0["nodeKind"] as? String == "plan" && $0["metric"] as? String == metric })
    }

    private func number(_ object: [String: Any], _ key: String) -> Double { object[key] as? Double ?? .nan }

    @Test func everyCellIsAccountedFor() throws {
        let json = try review()
        let imports = try #require(json["import"] as? [String: Any])
        // 企业微信: 31 days × 3 codes = 93 rows, and its 合计 row.
        // 有赞: 32 days × 3 channels = 96 rows, of which 3 (02-28) are before the plan (3
        // rejected); 32 小计 rows (02-28's too: a subtotal outside the window is still a
        // subtotal) and the 合计 row are totals.
        // The pivot: 31 days; its 总计 row is a total.
        #expect(imports["rowsRead"] as? Int == 93 + 96 + 31)
        #expect(imports["rowsUsed"] as? Int == 93 + 93 + 31)
        #expect(imports["rowsRejected"] as? Int == 3)
        #expect(imports["totalRows"] as? Int == 1 + 33 + 1)
        let files = try #require(imports["files"] as? [[String: Any]])
        #expect(files.map { $0["source"] as? String } == ["actuals[1] (match 企业微信_*.csv)", "actuals[2] (match 有赞_*.csv)",
                                                          "actuals[3] (match 老客复购透视_*.xlsx)"])
        for file in files {
            #expect((file["rowsRead"] as? Int) == (file["rowsUsed"] as? Int ?? 0) + (file["rowsRejected"] as? Int ?? 0))
            let columns = try #require(file["columns"] as? [[String: Any]])
            #expect(!columns.contains { $0["role"] as? String == "unmapped" }, "\(columns)")
        }
        func roles(_ file: [String: Any]) -> [String] {
            (file["columns"] as? [[String: Any]] ?? []).map { "\($0["header"] as? String ?? ""):\($0["role"] as? String ?? "")" }
        }
        #expect(roles(files[0]) == ["日期:date", "渠道活码:dimension", "新增客户数:metric", "流失客户数:ignored", "净增客户数:ignored",
                                    "占比:ignored", "备注:ignored"])
        #expect(roles(files[1]) == ["下单日期:date", "渠道:dimension", "新客订单数:metric", "新客成交额（元）:metric",
                                    "客单价（元）:ignored", "退款金额（元）:ignored"])
        #expect(roles(files[2]) == ["日期:date", "复购人数 / 门店:metric", "复购人数 / 社群:metric", "复购人数 / 视频号:metric",
                                    "老客成交额 / 门店:metric", "老客成交额 / 社群:metric", "老客成交额 / 视频号:metric",
                                    "总计 / 复购人数:ignored", "总计 / 老客成交额:ignored"])
        #expect(files[2]["headerRows"] as? [Int] == [2, 3] && files[2]["titleRows"] as? Int == 1)
        // Each rejection has its place: the 有赞 file's rows 2–4 (2027/2/28), column 1.
        let issues = try #require(imports["issues"] as? [[String: Any]])
        #expect(issues.count == 3)
        #expect(issues.allSatisfy { $0["kind"] as? String == "date_outside_plan" && $0["column"] as? Int == 1
            && ($0["file"] as? String)?.hasSuffix("有赞_订单报表_202703.csv") == true })
        #expect(issues.map { $0["row"] as? Int } == [2, 3, 4])
    }

    @Test func theNumbersAreTheExportsSums() throws {
        let json = try review()
        // Friends: (100 + 60 + 50) × 31 = 6,510 against 6,200.
        #expect(number(try kpi(json, "new_friends"), "actual") == 6_510)
        // New-customer revenue: (16 × 200 + 9 × 210 + 8 × 180) × 31 = 6,530 × 31 = 202,430.
        let trNew = try kpi(json, "tr_new")
        #expect(number(trNew, "actual") == 202_430 && number(trNew, "target") == 248_000)
        #expect(number(trNew, "variance") == -45_570 && trNew["status"] as? String == "off_track")
        // Conversion: (16 + 9 + 8) × 31 = 1,023 orders over 6,510 friends.
        #expect(abs(number(try kpi(json, "conversion"), "actual") - 1_023.0 / 6_510) < 1e-12)
        // Old customers, from the pivot: (30 + 15 + 3) × 31 = 1,488 repurchasers and
        // (30 × 310 + 15 × 300 + 3 × 280) × 31 = 14,640 × 31 = 453,840.
        #expect(number(try kpi(json, "repurchasers"), "actual") == 1_488)
        let trOld = try kpi(json, "tr_old")
        #expect(number(trOld, "actual") == 453_840 && trOld["status"] as? String == "on_track")
        // Total: 202,430 + 453,840 = 656,270 against 70万: −43,730, 93.75 % (under 95 %: at risk).
        let tr = try kpi(json, "tr")
        #expect(number(tr, "actual") == 656_270 && number(tr, "variance") == -43_730)
        #expect(abs(number(tr, "attainment") - 656_270.0 / 700_000) < 1e-12 && tr["status"] as? String == "at_risk")
    }

    @Test func theGapIsBlamedOnTheStoresConversion() throws {
        let json = try review()
        // TR's gap: TR(new) −45,570, TR(old) +3,840, and the rounded target 70万 against the
        // drivers' 248,000 + 450,000 = 698,000: −2,000. They add up to −43,730.
        let tr = try kpi(json, "tr")
        let contributions = try #require((tr["attribution"] as? [String: Any])?["contributions"] as? [[String: Any]])
        func value(_ kind: String, _ driver: String? = nil) -> Double? {
            contributions.first { $0["kind"] as? String == kind && (driver == nil || $0["driver"] as? String == driver) }?["value"] as? Double
        }
        #expect(value("driver", "tr_new").map { abs($0 - -45_570) < 1e-6 } == true)
        #expect(value("driver", "tr_old").map { abs($0 - 3_840) < 1e-6 } == true)
        #expect(value("target_not_implied").map { abs($0 - -2_000) < 1e-6 } == true)
        // Within TR(new), conversion is the driver that explains most of it.
        let trNew = try kpi(json, "tr_new")
        let drivers = try #require((trNew["attribution"] as? [String: Any])?["contributions"] as? [[String: Any]])
        let largest = drivers.max { abs($0["value"] as? Double ?? 0) < abs($1["value"] as? Double ?? 0) }
        #expect(largest?["driver"] as? String == "conversion")
        // Each channel against its own part of 24.8万: 门店 99,200 − 155,000 = −55,800,
        // 社群 58,590 − 55,800 = +2,790, 视频号 44,640 − 37,200 = +7,440; nothing unallocated.
        #expect((trNew["dimensionBasis"] as? [String: String])?["渠道"] == "target")
        let channels = try #require((trNew["byDimension"] as? [String: Any])?["渠道"] as? [[String: Any]])
        let parts = Dictionary(uniqueKeysWithValues: channels.map { ($0["value"] as? String ?? "", $0["contribution"] as? Double ?? .nan) })
        #expect(parts == ["门店": -55_800, "社群": 2_790, "视频号": 7_440])
        #expect(channels.first?["value"] as? String == "门店")
        // Conversion per channel next to its own target: 门店 16 % against 25 %.
        let conversion = try kpi(json, "conversion")
        let rates = try #require((conversion["byDimension"] as? [String: Any])?["渠道"] as? [[String: Any]])
        let store = try #require(rates.first { $0["value"] as? String == "门店" })
        #expect(abs((store["actual"] as? Double ?? 0) - 0.16) < 1e-12 && abs((store["target"] as? Double ?? 0) - 0.25) < 1e-12)
    }

    /// --strict fails on the rejected rows. Without its `ignore`, the 企业微信 source's spare
    /// columns of numbers are errors naming each column (exit 1 without --strict), and 备注,
    /// text, becomes a dimension — which the missing days then show.
    @Test func strictFailsOnRejectedRowsAndUnmappedColumnsFail() throws {
        let strict = try CLIRunner.run(["review", Self.plan, "--actuals"] + Self.exports + ["--strict", "--lang", "en"])
        #expect(strict.status == 1)
        #expect(strict.stderr.contains("有赞_订单报表_202703.csv:2:1: warning: [date_outside_plan]"))
        let directory = try CLIRunner.temporaryDirectory()
        let yaml = try String(contentsOf: CLIRunner.packageRoot.appendingPathComponent(Self.plan), encoding: .utf8)
        let forgot = directory.appendingPathComponent("store-cycle.yaml")
        let stripped = yaml.replacingOccurrences(of: "    ignore: [流失客户数, 净增客户数, 占比, 备注]\n", with: "")
        #expect(stripped != yaml)
        try stripped.write(to: forgot, atomically: true, encoding: .utf8)
        let wecom = CLIRunner.packageRoot.appendingPathComponent(Self.wecom).path
        let unmapped = try CLIRunner.run(["review", forgot.path, "--actuals", wecom, "--lang", "en"])
        #expect(unmapped.status == 1)
        for (column, header) in [(4, "流失客户数"), (5, "净增客户数"), (6, "占比")] {
            #expect(unmapped.stderr.contains("企业微信_渠道活码统计_202703.csv:1:\(column): error: [unmapped_column] '\(header)' holds numbers"))
        }
        #expect(unmapped.stderr.contains("[missing_days] 新增好友 for 备注 台卡更换新版"))
    }

    /// The pivot without `groups:` — as a plan that forgot it would read it — is refused at
    /// each grouped column, not summed into one channel-less number.
    @Test func thePivotWithoutGroupsIsRefused() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let yaml = try String(contentsOf: CLIRunner.packageRoot.appendingPathComponent(Self.plan), encoding: .utf8)
        let forgot = directory.appendingPathComponent("store-cycle.yaml")
        try yaml.replacingOccurrences(of: "    groups: 渠道\n", with: "").write(to: forgot, atomically: true, encoding: .utf8)
        let pivot = CLIRunner.packageRoot.appendingPathComponent(Self.pivot).path
        let outcome = try CLIRunner.run(["review", forgot.path, "--actuals", pivot, "--lang", "en"])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("老客复购透视_202703.xlsx:3:2: error: [grouped_columns] '复购人数 / 门店'"))
        #expect(outcome.stderr.contains("groups: 渠道"))
        // --groups says it for one run: the pivot's (30 + 15 + 3) × 31 = 1,488 repurchasers.
        let declared = try CLIRunner.run(["review", forgot.path, "--actuals", pivot, "--groups", "渠道", "--format", "json"])
        #expect(declared.status == 0, "\(declared.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(declared.stdout.utf8)) as? [String: Any])
        #expect(number(try kpi(json, "repurchasers"), "actual") == 1_488)
    }

    /// The Chinese reports open with the story, and say in Chinese how each column was read.
    /// The Latin words left are the plan's own keys the import section quotes (actuals 第 1 项
    /// (match …), 列在 ignore 中), the exports' file suffixes and the method's name.
    @Test func theReportsTellTheStoryInChinese() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let absolute = Self.exports.map { CLIRunner.packageRoot.appendingPathComponent($0).path }
        for name in ["review.md", "review.html"] {
            let outcome = try CLIRunner.run(["review", CLIRunner.packageRoot.appendingPathComponent(Self.plan).path, "--actuals"]
                                            + absolute + ["-o", name], in: directory)
            #expect(outcome.status == 0, "\(outcome.stderr)")
            var text = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
            #expect(text.contains("最大的缺口：全计划的总营收只完成 93.75%（差 -¥43,730，预警）"))
            #expect(text.contains("门店对首单转化率的影响最大"))
            #expect(text.contains("目标取整差"))
            #expect(text.contains("分组列：指标「复购人数」在渠道「门店」的数值"))
            if let start = text.range(of: "<style>"), let end = text.range(of: "</style>") { text.removeSubrange(start.lowerBound..<end.upperBound) }
            let folder = CLIRunner.packageRoot.appendingPathComponent("examples/store-review").path
            text = text.replacingOccurrences(of: folder, with: " ")
            text = text.replacingOccurrences(of: "<code>[a-z_]+</code>|`[a-z_]+`", with: " ", options: .regularExpression)
            text = text.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
            let words = Set(text.matches(of: /[A-Za-z][A-Za-z_\-]+/).map { String($0.output) })
            #expect(words.subtracting(["LMDI", "actuals", "match", "columns", "dimensions", "ignore", "csv", "xlsx"]).isEmpty,
                    "\(name): \(words.sorted())")
        }
    }
}

extension StoreReviewTests {
    /// Imported once into a metrics store, the three exports give the same review: the
    /// grouped columns' channels are kept as dimension values like any other.
    @Test func theStoreGivesTheSameReview() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let store = directory.appendingPathComponent("metrics.sqlite").path
        let imported = try CLIRunner.run(["actuals", "import"] + Self.exports + ["--plan", Self.plan, "--store", store])
        #expect(imported.status == 0, "\(imported.stderr)")
        let fromFiles = try review()
        let outcome = try CLIRunner.run(["review", Self.plan, "--store", store, "--format", "json"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let fromStore = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        for metric in ["new_friends", "conversion", "tr_new", "repurchasers", "tr_old", "tr"] {
            #expect(number(try kpi(fromStore, metric), "actual") == number(try kpi(fromFiles, metric), "actual"), "\(metric)")
        }
        let channels = try #require((try kpi(fromStore, "tr_new")["byDimension"] as? [String: Any])?["渠道"] as? [[String: Any]])
        #expect(channels.first?["value"] as? String == "门店" && channels.first?["contribution"] as? Double == -55_800)
    }
}
