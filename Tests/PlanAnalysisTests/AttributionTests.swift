import Foundation
import PlanModel
import Testing
@testable import PlanAnalysis

/// The revenue tree of DOMAIN.md: tr = tr_new + tr_old, tr_new = visitors × conversion × aov,
/// conversion = orders / visitors, aov = gmv_new / orders.
private func metrics() throws -> [Metric] {
    let yaml = """
        cycleplan: 1
        id: tree
        title: KPI 树
        start: 2026-09-01
        metrics:
          visitors: 访客数
          orders: 订单数
          gmv_new: 新客成交额
          tr_old: 老客营收
          conversion: {name: 转化率, formula: orders / visitors}
          aov: {name: 客单价, formula: gmv_new / orders}
          tr_new: {name: 新客营收, formula: visitors * conversion * aov}
          tr: {name: 总营收, formula: tr_new + tr_old}
          mixed: {name: 混合, formula: visitors * aov + tr_old}
        tasks: [{id: t, name: 任务, duration: 1d}]
        """
    let result = PlanLoader().load(bytes: Array(yaml.utf8), path: "tree.yaml")
    #expect(!result.hasErrors, "\(result.diagnostics)")
    return try #require(result.plan).metrics
}

private let target: [String: Double] = ["visitors": 10_000, "orders": 350, "gmv_new": 140_000, "tr_old": 60_000]
private let actual: [String: Double] = ["visitors": 10_500, "orders": 315, "gmv_new": 132_300, "tr_old": 61_000]

private func sum(_ contributions: [Contribution]) -> Double { contributions.reduce(0) { $0 + $1.value } }

private func checkAddsUp(_ contributions: [Contribution], to gap: Double, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    #expect(abs(sum(contributions) - gap) < 1e-6 * max(1, abs(gap)), sourceLocation: sourceLocation)
    for contribution in contributions where !contribution.children.isEmpty {
        checkAddsUp(contribution.children, to: contribution.value, sourceLocation: sourceLocation)
    }
}

@Suite("Attribution")
struct AttributionTests {
    @Test func chainSubstitutionFollowsTheFormulaOrder() throws {
        let result = try Attributor(metrics: metrics()).attribute("tr_new", base: target, actual: actual, method: .chain)
        #expect(abs(result.base - 140_000) < 1e-6)
        #expect(abs(result.actual - 132_300) < 1e-9)
        let values = result.contributions.map(\.value)
        // visitors first: 500 × 3.5% × 400; then conversion: 10,500 × (3% − 3.5%) × 400; then aov.
        #expect(abs(values[0] - 7_000) < 1e-6)
        #expect(abs(values[1] - -21_000) < 1e-6)
        #expect(abs(values[2] - 6_300) < 1e-6)
        checkAddsUp(result.contributions, to: result.gap)
    }

    @Test func lmdiUsesLogMeanWeights() throws {
        let result = try Attributor(metrics: metrics()).attribute("tr_new", base: target, actual: actual, method: .lmdi)
        let weight = (132_300.0 - 140_000) / (log(132_300.0) - log(140_000))
        let expected = [weight * log(10_500.0 / 10_000), weight * log(0.03 / 0.035), weight * log(420.0 / 400)]
        for (value, reference) in zip(result.contributions.map(\.value), expected) { #expect(abs(value - reference) < 1e-6) }
        #expect(result.notes.isEmpty)
        checkAddsUp(result.contributions, to: result.gap)
    }

    @Test func shapleyAveragesEveryOrder() throws {
        let result = try Attributor(metrics: metrics()).attribute("tr_new", base: target, actual: actual, method: .shapley)
        // Three factors: the average over the 3! orders, written out.
        let (v0, v1, c0, c1, a0, a1) = (10_000.0, 10_500.0, 0.035, 0.03, 400.0, 420.0)
        func f(_ v: Double, _ c: Double, _ a: Double) -> Double { v * c * a }
        let visitors = (2 * (f(v1, c0, a0) - f(v0, c0, a0)) + (f(v1, c1, a0) - f(v0, c1, a0)) + (f(v1, c0, a1) - f(v0, c0, a1))
                        + 2 * (f(v1, c1, a1) - f(v0, c1, a1))) / 6
        #expect(abs(result.contributions[0].value - visitors) < 1e-6)
        checkAddsUp(result.contributions, to: result.gap)
    }

    @Test(arguments: AttributionMethod.allCases)
    func sumsSplitByTermAndEveryLevelAddsUp(_ method: AttributionMethod) throws {
        let result = try Attributor(metrics: metrics()).attribute("tr", base: target, actual: actual, method: method)
        #expect(result.contributions.map(\.driver) == ["tr_new", "tr_old"])
        // A sum: each term's own change, whatever the method.
        #expect(abs(result.contributions[1].value - 1_000) < 1e-6)
        #expect(abs(result.contributions[0].value - (132_300 - 140_000)) < 1e-6)
        // tr_new splits into visitors, conversion, aov; conversion into orders and visitors.
        let trNew = result.contributions[0]
        #expect(trNew.children.map(\.driver) == ["visitors", "conversion", "aov"])
        #expect(trNew.children[1].children.map(\.driver) == ["orders", "visitors"])
        checkAddsUp(result.contributions, to: result.gap)
    }

    /// Issue #10 case 7: targets rounded apart from their drivers (tr_new 139,000 where
    /// 10,000 × 3.5% × 400 = 140,000; tr 200,000 where 139,000 + 60,000 = 199,000). Before,
    /// tr_new's children added up to 132,300 − 140,000 while tr_new's share was
    /// 132,300 − 139,000, and the whole explained actual − 199,000, not the variance. Now each
    /// difference is a term of its own and every level adds up, for every method.
    @Test(arguments: AttributionMethod.allCases)
    func aRoundedTargetIsItsOwnTermAtEveryLevel(_ method: AttributionMethod) throws {
        var rounded = target
        rounded["tr_new"] = 139_000
        let result = try Attributor(metrics: metrics()).attribute("tr", base: rounded, actual: actual, method: method, statedBase: 200_000)
        #expect(result.base == 200_000)
        #expect(abs(result.gap - (132_300 + 61_000 - 200_000)) < 1e-9)
        checkAddsUp(result.contributions, to: result.gap)
        let top = try #require(result.contributions.first { $0.kind == .targetNotImplied })
        #expect(top.driver == "tr" && abs(top.value - -1_000) < 1e-9)
        let trNew = try #require(result.contributions.first { $0.driver == "tr_new" })
        #expect(abs(trNew.value - (132_300 - 139_000)) < 1e-9)
        let inner = try #require(trNew.children.first { $0.kind == .targetNotImplied })
        #expect(abs(inner.value - 1_000) < 1e-9 && inner.base == 139_000 && abs(inner.actual - 140_000) < 1e-9)
        #expect(result.hasUnimpliedTerms)
        // Targets that agree with their drivers get no such term.
        let exact = try Attributor(metrics: metrics()).attribute("tr", base: target, actual: actual, method: method, statedBase: 200_000)
        #expect(!exact.hasUnimpliedTerms)
        checkAddsUp(exact.contributions, to: exact.gap)
    }

    @Test func zerosAndMixedFormulasFallBackToShapleyWithANote() throws {
        let attributor = try Attributor(metrics: metrics())
        var zero = actual
        zero["tr_old"] = 0
        let mixed = try attributor.attribute("mixed", base: target, actual: zero, method: .lmdi)
        #expect(mixed.notes.contains { $0.contains("mixes them, so Shapley is used") })
        checkAddsUp(mixed.contributions, to: mixed.gap)
        #expect(mixed.contributions.allSatisfy { $0.value.isFinite })
        var negative = target
        negative["gmv_new"] = -5_000
        let result = try attributor.attribute("tr_new", base: negative, actual: actual, method: .lmdi)
        #expect(result.notes.contains { $0.contains("negative in the base values") })
        checkAddsUp(result.contributions, to: result.gap)
    }

    @Test func shapleyPastItsBudgetIsTheChainWithANote() throws {
        // 14 drivers over a formula of 70 products: 2¹⁴ coalitions × ~280 nodes is over the
        // budget, so the chain method splits the gap, says so, and still adds up.
        let drivers = (0..<14).map { "c\($0)" }
        let terms = (0..<70).map { "\(drivers[$0 % 14]) * \(drivers[($0 * 5 + 3) % 14])" }
        let place = PlanModel.SourceLocation(file: "t", line: 1, column: 1)
        let text = terms.joined(separator: " + ")
        let expression = try FormulaParser.parse(text).get()
        let formula = Formula(text: text, expression: expression, origin: place)
        #expect((1 << 14) * expression.nodes.count > Attributor.maximumShapleyWork)
        let bigTree = [Metric(id: "big", name: "大公式", kind: .derived, formula: formula, location: place)]
            + drivers.map { Metric(id: $0, name: $0, location: place) }
        let bigBase = Dictionary(uniqueKeysWithValues: drivers.enumerated().map { ($1, Double($0 + 2)) })
        let bigActual = bigBase.mapValues { $0 * 1.25 }
        let big = try Attributor(metrics: bigTree).attribute("big", base: bigBase, actual: bigActual, method: .shapley)
        #expect(big.caveats == [ReviewNote.shapleyTooLarge(metric: "big", drivers: 14)])
        checkAddsUp(big.contributions, to: big.gap)
        let chain = try Attributor(metrics: bigTree).attribute("big", base: bigBase, actual: bigActual, method: .chain)
        #expect(big.contributions.map(\.value) == chain.contributions.map(\.value))
        // The budget is the attributor's: the revenue tree's tr_new (3 drivers, 5 nodes) fits
        // the product's and is Shapley's own split, but not a budget of 8 node evaluations.
        let tree = try metrics()
        let fits = try Attributor(metrics: tree).attribute("tr_new", base: target, actual: actual, method: .shapley)
        #expect(fits.caveats.isEmpty)
        let tight = try Attributor(metrics: tree, shapleyWork: 8).attribute("tr_new", base: target, actual: actual, method: .shapley)
        #expect(tight.caveats.contains(ReviewNote.shapleyTooLarge(metric: "tr_new", drivers: 3)))
        checkAddsUp(tight.contributions, to: tight.gap)
    }

    @Test func undefinedValuesAreReportedNotNaN() throws {
        let attributor = try Attributor(metrics: metrics())
        var noOrders = target
        noOrders["orders"] = 0
        #expect(throws: Attributor.Failure.undefined(metric: "tr_new", side: "base")) {
            try attributor.attribute("tr_new", base: noOrders, actual: actual, method: .lmdi)
        }
        #expect(throws: Attributor.Failure.notDerived("visitors")) {
            try attributor.attribute("visitors", base: target, actual: actual, method: .chain)
        }
    }

    @Test func derivedValuesComeFromSums() throws {
        let evaluator = FormulaEvaluator(metrics: try metrics())
        // Conversion over a window is Σorders / Σvisitors, never the mean of daily rates.
        let week: [String: Double] = ["orders": 30 + 70, "visitors": 1_000 + 1_000]
        #expect(evaluator.value(of: "conversion", in: week) == 0.05)
        #expect(evaluator.value(of: "conversion", in: ["orders": 1, "visitors": 0]) == nil)
    }
}
