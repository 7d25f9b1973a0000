/// Parses formulas with the usual precedence (`*` `/` before `+` `-`, left to right),
/// unary minus and parentheses.
///
/// The size limits (`Formula.maximumNodes`, `Formula.maximumNesting`) are checked while the
/// nodes are appended, so a hostile formula is refused before it grows: the parser's
/// recursion is bounded by the nesting limit and the tree by the node limit.
public struct FormulaParser {
    public struct Failure: Error, Equatable, Sendable {
        /// What is wrong, in both languages; `message` is the English.
        public var text: Bilingual
        public var message: String { text.en }
        /// Character offset in the formula text.
        public var offset: Int
        /// The formula is over a size limit (not a syntax error): `formula_too_large`.
        public var tooLarge = false

        public init(_ text: Bilingual, offset: Int, tooLarge: Bool = false) {
            self.text = text
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
            if parser.token == .end { throw Failure(Bilingual(zh: "公式是空的", en: "the formula is empty"), offset: 0) }
            _ = try parser.parseSum()
            guard parser.token == .end else {
                throw Failure(Bilingual(zh: "完整的表达式之后多出了\(parser.describe(parser.token).zh)", en: "unexpected \(parser.describe(parser.token).en) after a complete expression"), offset: parser.tokenOffset)
            }
            return .success(Formula.Expression(nodes: parser.nodes))
        } catch let failure as Failure {
            return .failure(failure)
        } catch {
            return .failure(Failure(Bilingual(verbatim: "\(error)"), offset: 0))
        }
    }

    private init(text: String) {
        scalars = Array(text)
    }

    /// Appends a node after its children; returns its index.
    private mutating func append(_ node: Formula.Expression.Node) throws -> Int {
        guard nodes.count < Formula.maximumNodes else {
            throw Failure(Bilingual(zh: "公式中的数字、指标和运算符超过了 \(Self.limitText) 个", en: "the formula has more than \(Self.limitText) numbers, metrics and operators"), offset: 0,
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
                throw Failure(Bilingual(zh: "这个 '(' 没有闭合", en: "this '(' is never closed"), offset: open)
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
            throw Failure(Bilingual(zh: "这里应为指标 id、数字或 '('，却是\(describe(token).zh)", en: "expected a metric id, a number or '(', found \(describe(token).en)"), offset: tokenOffset)
        }
    }

    /// `1,000`, as people read it.
    static var limitText: String { ValueFormatter.grouped(Double(Formula.maximumNodes), maxFraction: 0) }

    private mutating func enterNesting() throws {
        guard nesting < Formula.maximumNesting else {
            throw Failure(Bilingual(zh: "公式中括号和正负号嵌套超过了 \(Formula.maximumNesting) 层", en: "the formula nests parentheses and signs more than \(Formula.maximumNesting) deep"),
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
            guard let value = Double(text) else { throw Failure(Bilingual(zh: "'\(text)' 不是数字", en: "'\(text)' is not a number"), offset: tokenOffset) }
            guard value.isFinite else {
                throw Failure(Bilingual(zh: "'\(DisplayWidth.truncate(text, toWidth: 24))' 这个数太大", en: "'\(DisplayWidth.truncate(text, toWidth: 24))' is too large a number"), offset: tokenOffset)
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
            let times = character == "×" || character == "÷"
            throw Failure(Bilingual(zh: "意外的字符 '\(character)'" + (times ? "（请写 * 和 /）" : ""),
                                    en: "unexpected character '\(character)'" + (times ? " (write * and /)" : "")), offset: tokenOffset)
        }
    }

    private func describe(_ token: Token) -> Bilingual {
        switch token {
        case .number(let value): return Bilingual(zh: "数字 \(value)", en: "number \(value)")
        case .name(let name): return Bilingual(verbatim: "'\(name)'")
        case .symbol(let symbol): return Bilingual(verbatim: "'\(symbol)'")
        case .end: return Bilingual(zh: "公式结尾", en: "the end of the formula")
        }
    }
}
