import PlanAnalysis
import PlanModel

/// A formula as a plan's derived metric would carry it: parsed, evaluated, and its gap
/// attributed to its drivers by every method the review offers.
enum FormulaFuzzing {
    /// Shapley runs when 2^drivers × formula nodes stays under this many node evaluations.
    static let shapleyWork = 1 << 16

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
        // Shapley's cost is exponential by design (2ⁿ coalitions, each evaluating the whole
        // formula). Under ASan in a debug build 12 drivers over a 200-term formula took 2.9 s
        // of CPU, so the fuzzer runs the attributor on a smaller budget than the product's
        // (past it the chain method stands in with a note, as it does for a user).
        let attributor = Attributor(metrics: metrics, shapleyWork: Self.shapleyWork)
        let methods = AttributionMethod.allCases
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
