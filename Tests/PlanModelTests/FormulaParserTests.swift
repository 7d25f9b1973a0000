import Testing
@testable import PlanModel

@Suite("Formula parser")
struct FormulaParserTests {
    private func parse(_ text: String) -> Formula.Expression? {
        if case .success(let expression) = FormulaParser.parse(text) { return expression }
        return nil
    }

    private func failure(_ text: String) -> FormulaParser.Failure? {
        if case .failure(let failure) = FormulaParser.parse(text) { return failure }
        return nil
    }

    @Test func precedenceAndAssociativity() {
        #expect(parse("a + b * c") == .binary(.add, .metric("a", offset: 0), .binary(.multiply, .metric("b", offset: 4), .metric("c", offset: 8))))
        #expect(parse("a - b - c") == .binary(.subtract, .binary(.subtract, .metric("a", offset: 0), .metric("b", offset: 4)), .metric("c", offset: 8)))
        #expect(parse("(a + b) / 2") == .binary(.divide, .binary(.add, .metric("a", offset: 1), .metric("b", offset: 5)), .number(2)))
        #expect(parse("-a") == .negate(.metric("a", offset: 1)))
    }

    @Test func referencesKeepTheirOffsets() throws {
        let expression = try #require(parse("new_customers * conversion * aov"))
        let formula = Formula(text: "", expression: expression, origin: nil)
        #expect(formula.references.map(\.id) == ["new_customers", "conversion", "aov"])
        #expect(formula.references.map(\.offset) == [0, 16, 29])
    }

    @Test func errorsPointAtTheProblem() {
        #expect(failure("orders /")?.offset == 8)
        // An unclosed parenthesis is pointed at itself, not at the end where it went missing.
        #expect(failure("(a + b")?.offset == 0)
        #expect(failure("x * (a + b")?.message == "this '(' is never closed")
        #expect(failure("x * (a + b")?.offset == 4)
        #expect(failure("gmv × 2")?.offset == 4)
        #expect(failure("gmv × 2")?.message.contains("write * and /") == true)
        #expect(failure("a b")?.offset == 2)
        #expect(failure("")?.offset == 0)
        #expect(failure("1.2.3")?.offset == 0)
    }

    @Test func hostileNestingIsRefusedNotCrashed() {
        let deep = String(repeating: "(", count: 10_000) + "a" + String(repeating: ")", count: 10_000)
        #expect(failure(deep) != nil)
    }
}

/// Issue #9 case 1: a formula of ~90,000 terms crashed `validate` (a stack overflow freeing
/// the recursive tree) and one of ~11,000 terms crashed `review` (the recursive degree walk).
@Suite("Formula size limits")
struct FormulaLimitTests {
    private func failure(_ text: String) -> FormulaParser.Failure? {
        if case .failure(let failure) = FormulaParser.parse(text) { return failure }
        return nil
    }

    private func sum(_ terms: Int) -> String { Array(repeating: "a", count: terms).joined(separator: " + ") }

    @Test("the crashing sizes are refused as too large, at the start of the formula", arguments: [11_000, 90_000])
    func hugeSumsAreRefused(_ terms: Int) throws {
        let refused = try #require(failure(sum(terms)))
        #expect(refused.tooLarge)
        #expect(refused.offset == 0)
        #expect(refused.message.contains("1,000"))
    }

    @Test func theNodeLimitIsExact() {
        // n terms are 2n − 1 nodes: 500 terms are 999, 501 are 1,001.
        #expect(failure(sum(500)) == nil)
        #expect(failure(sum(501))?.tooLarge == true)
        #expect(failure(Array(repeating: "a", count: 501).joined(separator: " * "))?.tooLarge == true)
    }

    @Test func nestingIsLimitedAt64() {
        func nested(_ depth: Int) -> String { String(repeating: "(", count: depth) + "a" + String(repeating: ")", count: depth) }
        #expect(failure(nested(64)) == nil)
        let refused = failure(nested(65))
        #expect(refused?.tooLarge == true)
        #expect(refused?.offset == 64, "at the 65th '('")
        #expect(failure(nested(100_000))?.tooLarge == true)
        #expect(failure(String(repeating: "-", count: 100_000) + "a")?.tooLarge == true)
        #expect(failure(String(repeating: "-", count: 64) + "a") == nil)
    }

    @Test func aNumberTooLargeForADoubleIsASyntaxError() throws {
        let refused = try #require(failure("a * " + String(repeating: "9", count: 400)))
        #expect(!refused.tooLarge)
        #expect(refused.offset == 4)
    }

    /// Built directly, past the parser's limits: the flat tree is freed, compared and walked
    /// without recursion (the old `indirect enum` overflowed the stack freeing ~90,000 nodes).
    @Test func aDeepTreeIsWalkedAndFreedWithoutRecursion() {
        var nodes: [Formula.Expression.Node] = [.metric("a", offset: 0)]
        for _ in 0..<300_000 {
            nodes.append(.metric("a", offset: 0))
            nodes.append(.binary(.add, nodes.count - 2, nodes.count - 1))
        }
        do {
            let expression = Formula.Expression(nodes: nodes)
            #expect(expression == Formula.Expression(nodes: nodes))
            #expect(Formula(text: "", expression: expression, origin: nil).references.count == 300_001)
            let total = expression.reduce(number: { $0 }, metric: { _ in 1.0 }, negate: { -$0 }) { _, _, l, _, r in l + r }
            #expect(total == 300_001)
        }
    }

    @Test func builtAndParsedTreesAgreeNodeForNode() throws {
        let parsed = try FormulaParser.parse("-(a + 2) * b / c").get()
        let built = Formula.Expression.binary(.divide,
            .binary(.multiply, .negate(.binary(.add, .metric("a", offset: 2), .number(2))), .metric("b", offset: 11)),
            .metric("c", offset: 15))
        #expect(parsed == built)
        #expect(parsed.nodes.count == 8)
    }
}
