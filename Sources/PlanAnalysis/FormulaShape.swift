import PlanModel
import RealModule

/// The algebraic shape of a formula over its drivers, which decides how LMDI splits it.
enum FormulaShape {
    /// Σ cᵢ·xᵢ + constant: each term's own change is its share.
    case sum([Double])
    /// k · Π xᵢ^eᵢ: LMDI's log-mean weights.
    case product([Double])
    case other

    init(_ expression: Formula.Expression, drivers: [String]) {
        let index = Dictionary(drivers.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        if let coefficients = Self.linear(expression, index, drivers.count) {
            self = .sum(coefficients)
        } else if let exponents = Self.monomial(expression, index, drivers.count) {
            self = .product(exponents)
        } else {
            self = .other
        }
    }

    /// Coefficients when the expression is linear in the drivers.
    ///
    /// - Complexity: O(nodes × drivers), one pass over the nodes.
    private static func linear(_ e: Formula.Expression, _ index: [String: Int], _ n: Int) -> [Double]? {
        e.reduce(number: { _ in [Double](repeating: 0, count: n) }, metric: { id in
            var c = [Double](repeating: 0, count: n)
            if let i = index[id] { c[i] = 1 }
            return c
        }, negate: { $0.map { -$0 } }) { op, leftNode, left, rightNode, right in
            switch op {
            case .add, .subtract:
                return zip(left, right).map { op == .add ? $0 + $1 : $0 - $1 }
            case .multiply:
                if case .number(let k) = leftNode { return right.map { $0 * k } }
                if case .number(let k) = rightNode { return left.map { $0 * k } }
                return nil
            case .divide:
                if case .number(let k) = rightNode, k != 0 { return left.map { $0 / k } }
                return nil
            }
        }
    }

    /// Exponents when the expression is a positive constant times a product of powers.
    ///
    /// - Complexity: O(nodes × drivers), one pass over the nodes.
    private static func monomial(_ e: Formula.Expression, _ index: [String: Int], _ n: Int) -> [Double]? {
        e.reduce(number: { k in k > 0 ? [Double](repeating: 0, count: n) : nil }, metric: { id in
            var x = [Double](repeating: 0, count: n)
            if let i = index[id] { x[i] = 1 }
            return x
        }, negate: { _ in nil }) { op, _, left, _, right in
            switch op {
            case .multiply: return zip(left, right).map { $0 + $1 }
            case .divide: return zip(left, right).map { $0 - $1 }
            case .add, .subtract: return nil
            }
        }
    }
}

/// Additive LMDI-I on a product of powers: driver i gets L(V¹, V⁰) · eᵢ · ln(xᵢ¹ / xᵢ⁰), where
/// L is the logarithmic mean. The shares add up to V¹ − V⁰ exactly, because the logs of the
/// factors add up to the log of the product.
enum LogMean {
    static func mean(_ x: Double, _ y: Double) -> Double {
        x == y ? x : (x - y) / (Double.log(x) - Double.log(y))
    }

    /// Why LMDI cannot be used here, or `nil`: logarithms need positive values.
    static func obstacle(drivers: [String], base: [Double], actual: [Double],
                         exponents: [Double]) -> (driver: String, negative: Bool, base: Bool)? {
        for (i, driver) in drivers.enumerated() where exponents[i] != 0 {
            if base[i] <= 0 || actual[i] <= 0 {
                let value = base[i] <= 0 ? base[i] : actual[i]
                return (driver, value < 0, base[i] <= 0)
            }
        }
        return nil
    }

    static func shares(base: [Double], actual: [Double], exponents: [Double], _ v0: Double, _ v1: Double) -> [Double] {
        let weight = mean(v1, v0)
        return base.indices.map { exponents[$0] == 0 ? 0 : weight * exponents[$0] * Double.log(actual[$0] / base[$0]) }
    }
}
