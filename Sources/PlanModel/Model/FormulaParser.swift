/// Parses formulas with the usual precedence (`*` `/` before `+` `-`, left to right),
/// unary minus and parentheses.
///
/// The size limits (`Formula.maximumNodes`, `Formula.maximumNesting`) are checked while the
/// nodes are appended, so a hostile formula is refused before it grows: the parser's
/// recursion is bounded by the nesting limit and the tree by the node limit.
public struct FormulaParser {
    public struct Failure: Error, Equatable, Sendable {
        public var message: String
        /// Character offset in the formula text.
        public var offset: Int
        /// The formula is over a size limit (not a syntax error): `formula_too_large`.
        public var tooLarge = false

        public init(message: String, offset: Int, tooLarge: Bool = false) {
            self.message = message
            self.offset = offset
            self.tooLarge = tooLarge
        }
    }

    private enum Token: Equatable {
        case number(Double), name(String), symbol(Character), end
    }

    private let scalars: [Character]
    private var position = 0
    private var token: Token = .end
    private var tokenOffset = 0
    /// Parentheses and signs around the operand being read.
    private var nesting = 0
    private var nodes: [Formula.Expression.Node] = []

    public static func parse(_ text: String) -> Result<Formula.Expression, Failure> {
        var parser = FormulaParser(text: text)
        do {
            try parser.advance()
            if parser.token == .end { throw Failure(message: "the formula is empty", offset: 0) }
            _ = try parser.parseSum()
            guard parser.token == .end else {
                throw Failure(message: "unexpected \(parser.describe(parser.token)) after a complete expression", offset: parser.tokenOffset)
            }
            return .success(Formula.Expression(nodes: parser.nodes))
        } catch let failure as Failure {
            return .failure(failure)
        } catch {
            return .failure(Failure(message: "\(error)", offset: 0))
        }
    }

    private init(text: String) {
        scalars = Array(text)
    }

    /// Appends a node after its children; returns its index.
    private mutating func append(_ node: Formula.Expression.Node) throws -> Int {
        guard nodes.count < Formula.maximumNodes else {
            throw Failure(message: "the formula has more than \(Self.limitText) numbers, metrics and operators", offset: 0,
                          tooLarge: true)
        }
        nodes.append(node)
        return nodes.count - 1
    }

    private mutating func parseSum() throws -> Int {
        var left = try parseProduct()
        while case .symbol(let symbol) = token, symbol == "+" || symbol == "-" {
            try advance()
            let right = try parseProduct()
            left = try append(.binary(symbol == "+" ? .add : .subtract, left, right))
        }
        return left
    }

    private mutating func parseProduct() throws -> Int {
        var left = try parseUnary()
        while case .symbol(let symbol) = token, symbol == "*" || symbol == "/" {
            try advance()
            let right = try parseUnary()
            left = try append(.binary(symbol == "*" ? .multiply : .divide, left, right))
        }
        return left
    }

    private mutating func parseUnary() throws -> Int {
        switch token {
        case .symbol("-"), .symbol("+"):
            let negative = token == .symbol("-")
            try enterNesting()
            defer { nesting -= 1 }
            try advance()
            let inner = try parseUnary()
            return negative ? try append(.negate(inner)) : inner
        case .symbol("("):
            let open = tokenOffset
            try enterNesting()
            defer { nesting -= 1 }
            try advance()
            let inner = try parseSum()
            guard token == .symbol(")") else {
                throw Failure(message: "this '(' is never closed", offset: open)
            }
            try advance()
            return inner
        case .number(let value):
            try advance()
            return try append(.number(value))
        case .name(let name):
            let offset = tokenOffset
            try advance()
            return try append(.metric(name, offset: offset))
        default:
            throw Failure(message: "expected a metric id, a number or '(', found \(describe(token))", offset: tokenOffset)
        }
    }

    /// `1,000`, as people read it.
    static var limitText: String { ValueFormatter.grouped(Double(Formula.maximumNodes), maxFraction: 0) }

    private mutating func enterNesting() throws {
        guard nesting < Formula.maximumNesting else {
            throw Failure(message: "the formula nests parentheses and signs more than \(Formula.maximumNesting) deep",
                          offset: tokenOffset, tooLarge: true)
        }
        nesting += 1
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
            guard value.isFinite else {
                throw Failure(message: "'\(DisplayWidth.truncate(text, toWidth: 24))' is too large a number", offset: tokenOffset)
            }
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
