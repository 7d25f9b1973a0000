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
