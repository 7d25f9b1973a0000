/// A derived metric's formula, parsed: `orders / visitors`, `tr_new + tr_old`.
public struct Formula: Sendable {
    public indirect enum Expression: Sendable, Equatable {
        case number(Double)
        /// A metric id and its character offset within the formula text.
        case metric(String, offset: Int)
        case negate(Expression)
        case binary(Operator, Expression, Expression)
    }

    public enum Operator: Character, Sendable {
        case add = "+", subtract = "-", multiply = "*", divide = "/"
    }

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
        var found: [(String, Int)] = []
        var stack = [expression]
        while let node = stack.popLast() {
            switch node {
            case .number: break
            case .metric(let id, let offset): found.append((id, offset))
            case .negate(let inner): stack.append(inner)
            case .binary(_, let left, let right): stack.append(right); stack.append(left)
            }
        }
        return found
    }

    /// The file location of a character offset within the formula.
    public func location(ofOffset offset: Int) -> SourceLocation? {
        origin.map { SourceLocation(file: $0.file, line: $0.line, column: $0.column + offset) }
    }
}
