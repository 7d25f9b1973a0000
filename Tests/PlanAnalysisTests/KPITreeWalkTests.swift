import PlanModel
import Testing
@testable import PlanAnalysis

/// Issue #9 case 1: every walk down the KPI tree is iterative or bounded, and computes each
/// metric once. These trees are built directly, past the validator's limits (a chain deeper
/// than `Formula.maximumChainDepth` is refused in a plan), to show the walks hold regardless.
@Suite("KPI tree walks")
struct KPITreeWalkTests {
    private static let here = SourceLocation(file: "t.yaml", line: 1, column: 1)

    private static func derived(_ id: String, _ text: String) throws -> Metric {
        let expression = try FormulaParser.parse(text).get()
        return Metric(id: id, name: id, formula: Formula(text: text, expression: expression, origin: nil), location: here)
    }

    /// m0 measured, mᵢ = mᵢ₋₁ + 1: recursion per level overflowed the stack at ~20,000.
    private static func chain(_ length: Int) throws -> [Metric] {
        var metrics = [Metric(id: "m0", name: "m0", location: here)]
        for level in 1...length { metrics.append(try derived("m\(level)", "m\(level - 1) + 1")) }
        return metrics
    }

    /// a0, b0 measured; aᵢ and bᵢ the arithmetic and harmonic means of aᵢ₋₁ and bᵢ₋₁: every
    /// level reads both of the level below, so a walk that does not remember what it computed
    /// takes 2ⁿ steps.
    private static func lattice(_ depth: Int) throws -> [Metric] {
        var metrics = [Metric(id: "a0", name: "a0", location: here), Metric(id: "b0", name: "b0", location: here)]
        for level in 1...depth {
            let (a, b) = ("a\(level - 1)", "b\(level - 1)")
            metrics.append(try derived("a\(level)", "(\(a) + \(b)) / 2"))
            metrics.append(try derived("b\(level)", "2 * \(a) * \(b) / (\(a) + \(b))"))
        }
        return metrics
    }

    @Test func aLongChainIsEvaluatedWithoutRecursion() throws {
        let evaluator = FormulaEvaluator(metrics: try Self.chain(50_000))
        #expect(evaluator.value(of: "m50000", in: ["m0": 1]) == 50_001)
        #expect(evaluator.value(of: "m50000", in: [:]) == nil)
        let store = ActualsStore(observations: [], metrics: try Self.chain(50_000))
        #expect(store.inputs(of: "m50000") == ["m0"])
    }

    @Test func aSharedTreeIsEvaluatedOncePerMetric() throws {
        let metrics = try Self.lattice(60)
        var calls = 0
        let value = FormulaEvaluator.fold("a60", formula: { id in metrics.first { $0.id == id }?.formula },
                                          given: { ["a0": 1.0, "b0": 1.0][$0] }) { expression, lookup in
            calls += 1
            return FormulaEvaluator(metrics: []).evaluate(expression, lookup)
        }
        #expect(value != nil)
        // 120 derived metrics below a60 at most (a1…a60, b1…b59), each computed once, not 2⁶⁰ times.
        #expect(calls == 119)
        let store = ActualsStore(observations: [], metrics: metrics)
        #expect(store.inputs(of: "a60") == ["a0", "b0"])
    }

    /// Many cases at once (a breakdown's values) give, case by case, what one case alone gives:
    /// a long chain, a shared tree, a cycle, missing and zero inputs (a division by zero).
    @Test func manyCasesAtOnceEqualEachAlone() throws {
        let lattice = FormulaEvaluator(metrics: try Self.lattice(20))
        let a0: [Double?] = [1, nil, 0.5, 3, -2, 0], b0: [Double?] = [1, 2, nil, 0.25, 7, 0]
        let cases = a0.indices.map { index -> [String: Double] in
            var measured: [String: Double] = [:]
            if let a = a0[index] { measured["a0"] = a }
            if let b = b0[index] { measured["b0"] = b }
            return measured
        }
        for metric in ["a20", "b7", "a0", "missing"] {
            let together = lattice.values(of: metric, columns: ["a0": a0, "b0": b0], count: a0.count)
            #expect(together.map { $0?.bitPattern } == cases.map { lattice.value(of: metric, in: $0)?.bitPattern }, "\(metric)")
        }
        let ratio = FormulaEvaluator(metrics: [try Self.derived("r", "n / d")])
        #expect(ratio.values(of: "r", columns: ["n": [1, 2, nil], "d": [4, 0, 1]], count: 3) == [0.25, nil, nil])
        let chain = FormulaEvaluator(metrics: try Self.chain(5_000))
        #expect(chain.values(of: "m5000", columns: ["m0": [1, nil, 2]], count: 3) == [5_001, nil, 5_002])
        let cycle = FormulaEvaluator(metrics: [try Self.derived("x", "y + 1"), try Self.derived("y", "x * 2")])
        #expect(cycle.values(of: "x", columns: [:], count: 2) == [nil, nil])
    }

    @Test func aCycleReadsAsNoValueInsteadOfLooping() throws {
        let metrics = [try Self.derived("x", "y + 1"), try Self.derived("y", "x * 2")]
        #expect(FormulaEvaluator(metrics: metrics).value(of: "x", in: [:]) == nil)
        #expect(ActualsStore(observations: [], metrics: metrics).inputs(of: "x") == [])
    }

    @Test func attributionOfASharedTreeIsBoundedAndStillAddsUp() throws {
        let attributor = Attributor(metrics: try Self.lattice(30))
        let result = try attributor.attribute("a30", base: ["a0": 0.5, "b0": 0.5], actual: ["a0": 0.51, "b0": 0.49], method: .chain)
        func size(_ contributions: [Contribution]) -> Int { contributions.reduce(0) { $0 + 1 + size($1.children) } }
        #expect(size(result.contributions) <= Attributor.maximumContributions + 2)
        #expect(result.notes.contains { $0.contains("left out") })
        let gap = result.actual - result.base
        #expect(gap.isFinite && gap != 0)
        #expect(abs(result.contributions.reduce(0) { $0 + $1.value } - gap) <= 1e-9 * max(1, abs(gap)))
    }
}
