import PlanModel

/// Splits a derived metric's gap between two sets of values (target and actual, or a previous
/// period and this one) among its drivers, recursively down the KPI tree. At every level the
/// contributions add up exactly to the gap of the level above.
public struct Attributor: Sendable {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case notDerived(String)
        case undefined(metric: String, side: String)

        public var description: String { note.text(.en) }

        public var note: ReviewNote {
            switch self {
            case .notDerived(let metric): return .notDerived(metric)
            case let .undefined(metric, side): return .undefined(metric: metric, side: side)
            }
        }
    }

    public let evaluator: FormulaEvaluator
    /// Shapley enumerates every subset of drivers; beyond this many it would be too slow, and
    /// no KPI formula has that many.
    public static let maximumShapleyDrivers = 16
    /// Shapley evaluates the formula once per subset of its drivers, so its cost is
    /// 2^drivers × the formula's nodes. Past this many node evaluations (about a tenth of a
    /// second in a release build) the chain method stands in, with a note: a 16-driver
    /// formula of 200 terms would otherwise take seconds per level of the KPI tree.
    public static let maximumShapleyWork = 1 << 22

    /// The Shapley budget of this attributor (`maximumShapleyWork` unless a caller, such as
    /// the fuzzing harness under a sanitizer, needs a smaller one).
    public let shapleyWork: Int

    public init(metrics: [Metric], shapleyWork: Int = Attributor.maximumShapleyWork) {
        evaluator = FormulaEvaluator(metrics: metrics)
        self.shapleyWork = min(shapleyWork, Self.maximumShapleyWork)
    }

    /// Contributions in one attribution at most. A KPI tree whose metrics share inputs (a DAG)
    /// repeats a shared driver's split under every metric that reads it, which grows
    /// exponentially with depth; past this many the deeper splits are left out, with a note.
    public static let maximumContributions = 10_000

    /// What one attribution carries down the KPI tree: each metric's own split, computed once
    /// however many metrics read it, and the contributions still allowed.
    private struct Walk {
        /// Each driver's split and its number of contributions.
        var splits: [String: (children: [Contribution], size: Int)] = [:]
        var budget = Attributor.maximumContributions
        var notes: [ReviewNote] = []
        var cut = false
    }

    /// - Parameters:
    ///   - base: measured values of the reference (targets, or the previous period).
    ///   - actual: measured values of the period under review.
    ///   - statedBase: the metric's own target when it has one. When it differs from what
    ///     the base drivers imply (a target rounded to 145万), the difference is its own term
    ///     (`targetNotImplied`), so the contributions add up to actual − statedBase, the
    ///     variance the targets table shows. The same holds at every level of the tree.
    /// - Complexity: chain O(n), LMDI O(n), Shapley O(2ⁿ · n) formula evaluations per level,
    ///   for n drivers; Shapley only while 2ⁿ × the formula's nodes ≤ `shapleyWork`.
    public func attribute(_ metric: String, base: [String: Double], actual: [String: Double],
                          method: AttributionMethod, statedBase: Double? = nil) throws(Failure) -> AttributionResult {
        guard evaluator.metrics[metric]?.formula != nil else { throw .notDerived(metric) }
        guard let impliedBase = evaluator.value(of: metric, in: base) else { throw .undefined(metric: metric, side: "base") }
        guard let actualValue = evaluator.value(of: metric, in: actual) else { throw .undefined(metric: metric, side: "actual") }
        var walk = Walk()
        var contributions = try decompose(metric, base: base, actual: actual, method: method, depth: 0, walk: &walk)
        if walk.cut { walk.notes.append(.treeCut(metric: metric, limit: Self.maximumContributions)) }
        var baseValue = impliedBase
        if let statedBase, statedBase.isFinite {
            baseValue = statedBase
            if let term = Self.unimplied(metric, stated: statedBase, implied: impliedBase, kind: .targetNotImplied) {
                contributions.append(term)
            }
        }
        return AttributionResult(method: method, metric: metric, base: baseValue, actual: actualValue,
                                 contributions: contributions, caveats: walk.notes)
    }

    /// The term for a value set apart from its drivers: implied − stated on the base side
    /// (the gap is that much smaller than the drivers say), stated − implied on the actual
    /// side; `nil` when the two agree to rounding error.
    static func unimplied(_ metric: String, stated: Double, implied: Double, kind: Contribution.Kind) -> Contribution? {
        let difference = implied - stated
        guard difference.isFinite, abs(difference) > 1e-9 * max(1, abs(stated), abs(implied)) else { return nil }
        return Contribution(driver: metric, base: stated, actual: implied,
                            value: kind == .targetNotImplied ? difference : -difference, kind: kind)
    }

    /// A driver's own split, computed once per attribution. A driver given directly (a target
    /// on a rate) has no inputs to split further.
    private func split(_ driver: String, base: [String: Double], actual: [String: Double], method: AttributionMethod,
                       depth: Int, walk: inout Walk) -> (children: [Contribution], size: Int) {
        if let known = walk.splits[driver] { return known }
        guard depth <= Formula.maximumChainDepth, walk.budget > 0 else {
            walk.cut = walk.cut || evaluator.metrics[driver]?.formula != nil
            return ([], 0)
        }
        let children = (try? decompose(driver, base: base, actual: actual, method: method, depth: depth, walk: &walk)) ?? []
        let split = (children, children.reduce(0) { $0 + $1.size })
        walk.splits[driver] = split
        return split
    }

    /// - Complexity: each metric of the tree is split once (recursion depth at most the
    ///   plan's chain of derived metrics, `Formula.maximumChainDepth`); the result is at most
    ///   `maximumContributions` contributions.
    private func decompose(_ metric: String, base: [String: Double], actual: [String: Double], method: AttributionMethod,
                           depth: Int, walk: inout Walk) throws(Failure) -> [Contribution] {
        guard let formula = evaluator.metrics[metric]?.formula else { return [] }
        let drivers = FormulaEvaluator.drivers(of: formula)
        var b: [Double] = [], a: [Double] = []
        for driver in drivers {
            guard let value = evaluator.value(of: driver, in: base) else { throw .undefined(metric: driver, side: "base") }
            guard let other = evaluator.value(of: driver, in: actual) else { throw .undefined(metric: driver, side: "actual") }
            b.append(value)
            a.append(other)
        }
        let index = Dictionary(drivers.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        func f(_ values: [Double]) -> Double? {
            evaluator.evaluate(formula.expression) { id in index[id].map { values[$0] } }
        }
        var shares: [Double]
        // Shapley when its 2ⁿ coalitions fit the budget, the chain method with a note otherwise.
        func shapleyOrChain() throws(Failure) -> [Double] {
            let n = drivers.count
            let nodes = max(1, formula.expression.nodes.count)
            guard n <= Self.maximumShapleyDrivers, (1 << n) <= shapleyWork / nodes else {
                walk.notes.append(.shapleyTooLarge(metric: metric, drivers: n))
                return try chain(f, b, a, metric)
            }
            return try shapley(f, b, a, metric)
        }
        switch method {
        case .chain:
            shares = try chain(f, b, a, metric)
        case .shapley:
            shares = try shapleyOrChain()
        case .lmdi:
            switch FormulaShape(formula.expression, drivers: drivers) {
            case .sum(let coefficients):
                shares = drivers.indices.map { coefficients[$0] * (a[$0] - b[$0]) }
            case .product(let exponents):
                if let (driver, negative, onBase) = LogMean.obstacle(drivers: drivers, base: b, actual: a, exponents: exponents) {
                    walk.notes.append(.lmdiNeedsPositive(metric: metric, driver: driver, negative: negative, base: onBase))
                    shares = try shapleyOrChain()
                } else {
                    shares = LogMean.shares(base: b, actual: a, exponents: exponents, f(b) ?? 0, f(a) ?? 0)
                }
            case .other:
                walk.notes.append(.lmdiMixedFormula(metric: metric, formula: formula.text))
                shares = try shapleyOrChain()
            }
        }
        var result: [Contribution] = []
        for (position, driver) in drivers.enumerated() {
            var (children, size) = split(driver, base: base, actual: actual, method: method, depth: depth + 1, walk: &walk)
            if size + 1 > walk.budget {
                (children, size) = ([], 0)
                walk.cut = true
            }
            walk.budget -= 1 + size
            if !children.isEmpty, let own = evaluator.metrics[driver]?.formula {
                // A driver whose target (or measured value) was set apart from its own drivers:
                // its children explain implied − implied, the rest is a named term.
                let lookup = { (values: [String: Double]) in { (id: String) in evaluator.value(of: id, in: values) } }
                if base[driver] != nil, let implied = evaluator.evaluate(own.expression, lookup(base)),
                   let term = Self.unimplied(driver, stated: b[position], implied: implied, kind: .targetNotImplied) {
                    children.append(term)
                }
                if actual[driver] != nil, let implied = evaluator.evaluate(own.expression, lookup(actual)),
                   let term = Self.unimplied(driver, stated: a[position], implied: implied, kind: .actualNotImplied) {
                    children.append(term)
                }
            }
            // A driver's own split is scaled to the share it has here, so each level adds up.
            let change = a[position] - b[position]
            let scale = change == 0 ? 0 : shares[position] / change
            for child in children.indices { children[child] = children[child].scaled(by: scale) }
            result.append(Contribution(driver: driver, base: b[position], actual: a[position], value: shares[position], children: children))
        }
        return result
    }

    private func chain(_ f: ([Double]) -> Double?, _ b: [Double], _ a: [Double], _ metric: String) throws(Failure) -> [Double] {
        var values = b
        guard var previous = f(values) else { throw .undefined(metric: metric, side: "base") }
        var shares: [Double] = []
        for position in values.indices {
            values[position] = a[position]
            guard let current = f(values) else { throw .undefined(metric: metric, side: "intermediate (chain substitution)") }
            shares.append(current - previous)
            previous = current
        }
        return shares
    }

    private func shapley(_ f: ([Double]) -> Double?, _ b: [Double], _ a: [Double], _ metric: String) throws(Failure) -> [Double] {
        let n = b.count
        // Value of every coalition (the drivers in the mask take their actual values).
        var value = [Double](repeating: 0, count: 1 << n)
        for mask in 0..<(1 << n) {
            let values = (0..<n).map { mask & (1 << $0) != 0 ? a[$0] : b[$0] }
            guard let result = f(values) else { throw .undefined(metric: metric, side: "mixed (Shapley coalition)") }
            value[mask] = result
        }
        var factorial = [1.0]
        for k in 1...max(n, 1) { factorial.append(factorial[k - 1] * Double(k)) }
        var shares = [Double](repeating: 0, count: n)
        for driver in 0..<n {
            for mask in 0..<(1 << n) where mask & (1 << driver) == 0 {
                let size = mask.nonzeroBitCount
                let weight = factorial[size] * factorial[n - size - 1] / factorial[n]
                shares[driver] += weight * (value[mask | (1 << driver)] - value[mask])
            }
        }
        return shares
    }
}

extension Contribution {
    /// This contribution and all below it.
    var size: Int { 1 + children.reduce(0) { $0 + $1.size } }

    func scaled(by factor: Double) -> Contribution {
        Contribution(driver: driver, base: base, actual: actual, value: value * factor,
                     children: children.map { $0.scaled(by: factor) }, kind: kind)
    }
}
