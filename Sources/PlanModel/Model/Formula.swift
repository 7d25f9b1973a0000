/// A derived metric's formula, parsed: `orders / visitors`, `tr_new + tr_old`.
public struct Formula: Sendable {
    public enum Operator: Character, Sendable {
        case add = "+", subtract = "-", multiply = "*", divide = "/"
    }

    /// The most nodes (numbers, metric references and operators) one formula may have. The
    /// largest KPI formula in the templates has 5; a sum over every channel or SKU of a big
    /// shop stays well under a few hundred. Beyond it the formula is `formula_too_large`.
    public static let maximumNodes = 1_000
    /// The deepest nesting of parentheses and signs in one formula (`((a))` is 2, `-(a)` is 2).
    /// A written formula rarely nests 5 deep; 64 is the YAML loader's own nesting limit.
    public static let maximumNesting = 64
    /// The longest chain of derived metrics (`tr` → `tr_new` → `conversion` is 3). Real KPI
    /// trees are 3–6 levels deep; beyond 32 the plan is `formula_chain_too_deep`, so every
    /// walk down the KPI tree (evaluation, attribution, degrees) stays shallow.
    public static let maximumChainDepth = 32

    public var text: String
    public var expression: Expression
    /// Where the formula text starts in the file (column of its first character), so that
    /// offsets inside it map to file columns; `nil` for block scalars.
    public var origin: SourceLocation?

    public init(text: String, expression: Expression, origin: SourceLocation?) {
        self.text = text
        self.expression = expression
        self.origin = origin
    }

    /// Every metric the formula refers to, in order of appearance, with its offset.
    public var references: [(id: String, offset: Int)] {
        expression.nodes.compactMap { node in
            if case .metric(let id, let offset) = node { return (id, offset) }
            return nil
        }
    }

    /// The file location of a character offset within the formula.
    public func location(ofOffset offset: Int) -> SourceLocation? {
        origin.map { SourceLocation(file: $0.file, line: $0.line, column: $0.column + offset) }
    }
}
