/// Parses formulas with the usual precedence (`*` `/` before `+` `-`, left to right),
/// unary minus and parentheses.
public struct FormulaParser {
    public struct Failure: Error, Equatable, Sendable {
        public var message: String
        /// Character offset in the formula text.
        public var offset: Int
    }

    private enum Token: Equatable {
        case number(Double), name(String), symbol(Character), end
    }

    private let scalars: [Character]
    private var position = 0
    private var token: Token = .end
    private var tokenOffset = 0
    /// Nesting guard: formulas are short, so a deep one is a mistake (or an attack).
    private var depth = 0
    private static let maxDepth = 100

    public static func parse(_ text: String) -> Result<Formula.Expression, Failure> {
        var parser = FormulaParser(text: text)
        do {
            try parser.advance()
            if parser.token == .end { throw Failure(message: "the formula is empty", offset: 0) }
            let expression = try parser.parseSum()
            guard parser.token == .end else {
                throw Failure(message: "unexpected \(parser.describe(parser.token)) after a complete expression", offset: parser.tokenOffset)
            }
            return .success(expression)
        } catch let failure as Failure {
            return .failure(failure)
        } catch {
            return .failure(Failure(message: "\(error)", offset: 0))
        }
    }

    private init(text: String) {
        scalars = Array(text)
    }

    private mutating func parseSum() throws -> Formula.Expression {
        var left = try parseProduct()
        while case .symbol(let symbol) = token, symbol == "+" || symbol == "-" {
            try advance()
            let right = try parseProduct()
            left = .binary(symbol == "+" ? .add : .subtract, left, right)
        }
        return left
    }

    private mutating func parseProduct() throws -> Formula.Expression {
        var left = try parseUnary()
        while case .symbol(let symbol) = token, symbol == "*" || symbol == "/" {
            try advance()
            let right = try parseUnary()
            left = .binary(symbol == "*" ? .multiply : .divide, left, right)
        }
        return left
    }

    private mutating func parseUnary() throws -> Formula.Expression {
        depth += 1
        defer { depth -= 1 }
        guard depth < Self.maxDepth else { throw Failure(message: "the formula nests too deeply", offset: tokenOffset) }
        switch token {
        case .symbol("-"):
            try advance()
            return .negate(try parseUnary())
        case .symbol("+"):
            try advance()
            return try parseUnary()
        case .symbol("("):
            let open = tokenOffset
            try advance()
            let inner = try parseSum()
            guard token == .symbol(")") else {
                throw Failure(message: "this '(' is never closed", offset: open)
            }
            try advance()
            return inner
        case .number(let value):
            try advance()
            return .number(value)
        case .name(let name):
            let offset = tokenOffset
            try advance()
            return .metric(name, offset: offset)
        default:
            throw Failure(message: "expected a metric id, a number or '(', found \(describe(token))", offset: tokenOffset)
        }
    }

    private mutating func advance() throws {
        while position < scalars.count, scalars[position] == " " || scalars[position] == "\t" { position += 1 }
        tokenOffset = position
        guard position < scalars.count else {
            token = .end
            return
        }
        let character = scalars[position]
        if "+-*/()".contains(character) {
            position += 1
            token = .symbol(character)
        } else if character.isASCII && character.isNumber || character == "." {
            var text = ""
            while position < scalars.count, scalars[position].isASCII,
                  scalars[position].isNumber || scalars[position] == "." || scalars[position] == "_" {
                if scalars[position] != "_" { text.append(scalars[position]) }
                position += 1
            }
            guard let value = Double(text) else { throw Failure(message: "'\(text)' is not a number", offset: tokenOffset) }
            token = .number(value)
        } else if character.isASCII && (character.isLetter || character == "_") {
            var text = ""
            while position < scalars.count, scalars[position].isASCII,
                  scalars[position].isLetter || scalars[position].isNumber || scalars[position] == "_" {
                text.append(scalars[position])
                position += 1
            }
            token = .name(text)
        } else {
            let hint = character == "×" || character == "÷" ? " (write * and /)" : ""
            throw Failure(message: "unexpected character '\(character)'\(hint)", offset: tokenOffset)
        }
    }

    private func describe(_ token: Token) -> String {
        switch token {
        case .number(let value): return "number \(value)"
        case .name(let name): return "'\(name)'"
        case .symbol(let symbol): return "'\(symbol)'"
        case .end: return "the end of the formula"
        }
    }
}
