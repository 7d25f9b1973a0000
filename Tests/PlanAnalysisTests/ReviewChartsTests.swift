import PlanModel
import Testing
@testable import PlanAnalysis

/// The review's charts never trap on what they are given (issue #9: `Int(x)` on ∞ or NaN),
/// start a waterfall's axis near its lowest bar, and draw the A/B result.
@Suite("Review charts")
struct ReviewChartsTests {
    @Test func coordinatesNeverTrap() {
        #expect(ReviewCharts.number(12.34) == "12.3" && ReviewCharts.number(-0.04) == "0" && ReviewCharts.number(-0.06) == "-0.1")
        for bad in [Double.nan, .infinity, -.infinity, 1e300, -1e19] { #expect(ReviewCharts.number(bad) == "0") }
        #expect(ReviewCharts.ticks(low: 0, high: .infinity, step: 1).isEmpty)
        #expect(ReviewCharts.ticks(low: 1e17, high: 1e17 + 10, step: 1).count <= 100)
    }

    @Test func nonFiniteValuesAreRefusedWithANote() {
        let text = ReviewText.zh
        let infinite = AttributionResult(method: .lmdi, metric: "tr", base: .infinity, actual: 1,
                                         contributions: [Contribution(driver: "a", base: 1, actual: 2, value: .nan)], caveats: [])
        let chart = ReviewCharts.waterfall(infinite, text: text, names: { $0.driver }, show: { "\($0)" }, change: { "\($0)" })
        #expect(chart.contains(text.chartRefused) && !chart.contains("<svg"))
        let shares = [ReviewReport.DimensionShare(value: "门店", actual: 1, contribution: .nan),
                      ReviewReport.DimensionShare(value: "社群", actual: 1, contribution: -5)]
        let bars = ReviewCharts.contributions(shares, unallocated: .infinity, unallocatedLabel: "规模（未分摊）", text: text) { "\($0)" }
        #expect(bars.contains("社群") && !bars.contains("门店") && !bars.contains("规模"))
        // A cost that rose is drawn red, a revenue that rose green.
        let rise = [ReviewReport.DimensionShare(value: "门店", actual: 1, contribution: 0.3)]
        #expect(ReviewCharts.contributions(rise, unallocatedLabel: "", text: text, lowerIsBetter: true) { "\($0)" }.contains("#D62728"))
        #expect(ReviewCharts.contributions(rise, unallocatedLabel: "", text: text) { "\($0)" }.contains("#59A14F"))
        var experiment = ReviewReport.ExperimentResult(id: "x", name: "实验", metric: "conversion", control: "A",
                                                       variants: [.init(variant: "A", successes: .infinity, trials: 10)],
                                                       comparisons: [], overall: nil, caveat: nil)
        #expect(ReviewCharts.experiment(experiment, text: text, metricName: "转化率") { "\($0)" }.contains(text.chartRefused))
        experiment.variants = [.init(variant: "A", successes: 414, trials: 14_443), .init(variant: "B", successes: 495, trials: 14_650)]
        let drawn = ReviewCharts.experiment(experiment, text: text, metricName: "转化率") { "\($0)" }
        #expect(drawn.contains("<svg") && drawn.contains("2.87%") && drawn.contains("3.38%") && drawn.contains("95% 区间"))
    }

    /// A −4% gap on ¥1.2M: from 0 the steps would be a few pixels; the axis starts below the
    /// lowest level instead, and the break is marked.
    @Test func aSmallGapIsVisibleOnTheWaterfall() {
        #expect(ReviewCharts.axisStart(lowest: 1_152_000, highest: 1_200_000) > 1_000_000)
        #expect(ReviewCharts.axisStart(lowest: 1_152_000, highest: 1_200_000) < 1_152_000)
        #expect(ReviewCharts.axisStart(lowest: 100, highest: 400) == 0)   // a large gap keeps 0
        #expect(ReviewCharts.axisStart(lowest: -5, highest: 10) == -5)
        let result = AttributionResult(method: .lmdi, metric: "tr", base: 1_200_000, actual: 1_152_000,
                                       contributions: [Contribution(driver: "a", base: 1, actual: 1, value: -48_000)], caveats: [])
        let chart = ReviewCharts.waterfall(result, text: .zh, names: { $0.driver }, show: { "\($0)" }, change: { "\($0)" })
        #expect(chart.contains("纵轴截断") && chart.contains("<polyline"))
    }
}
