import PlanAnalysis
import PlanModel

/// A formula as a plan's derived metric would carry it: parsed, evaluated, and its gap
/// attributed to its drivers by every method the review offers.
enum FormulaFuzzing {
    static let shapleyDrivers = 12

    static func run(_ bytes: [UInt8]) -> FuzzOutcome {
        let text = String(decoding: bytes, as: UTF8.self)
        let expression: Formula.Expression
        switch FormulaParser.parse(text) {
        case .failure(let failure):
            var violations: [String] = []
            if failure.message.isEmpty { violations.append("a formula was refused without a message") }
            if failure.offset < 0 || failure.offset > text.count { violations.append("the failure points outside the formula (\(failure.offset))") }
            return FuzzOutcome(accepted: false, findings: ["invalid_formula"], violations: violations)
        case .success(let parsed):
            expression = parsed
        }
        let place = SourceLocation(file: "fuzz", line: 1, column: 1)
        let formula = Formula(text: text, expression: expression, origin: place)
        let drivers = FormulaEvaluator.drivers(of: formula)
        var metrics = [Metric(id: "fuzzed", name: "fuzzed", kind: .derived, formula: formula, location: place)]
        var base: [String: Double] = [:], actual: [String: Double] = [:]
        for (index, driver) in drivers.enumerated() where driver != "fuzzed" {
            metrics.append(Metric(id: driver, name: driver, location: place))
            base[driver] = Double(index + 2)
            actual[driver] = Double(index + 2) * 1.25
        }
        var findings: [String] = []
        let attributor = Attributor(metrics: metrics)
        // Shapley's cost is exponential by design (2ⁿ orders, refused above
        // Attributor.maximumShapleyDrivers = 16); under ASan in a debug build 15 drivers take
        // over the fuzzers' 10 s timeout, so larger formulas are attributed by the linear
        // methods only.
        let methods = AttributionMethod.allCases.filter { $0 != .shapley || drivers.count <= Self.shapleyDrivers }
        for method in methods {
            do {
                _ = try attributor.attribute("fuzzed", base: base, actual: actual, method: method)
            } catch {
                findings.append("attribution_refused")
            }
        }
        return FuzzOutcome(accepted: true, findings: findings)
    }
}
