import Foundation
import PlanFuzzing
import Testing

/// Replays the fuzz regression corpus (Tests/Fuzz/regressions/TARGET/): inputs that once
/// crashed, hung or broke a promise, minimised, run through the very entry points the
/// libFuzzer targets call (PlanFuzzing). Each must now end in a result or a refusal with its
/// reasons, and keep every promise the fuzzers check. No sanitizer is needed: a crash here is
/// a crash of the test process.
@Suite("Fuzz regression corpus")
struct FuzzRegressionTests {
    static let fuzzFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz")
    static let harness = FuzzHarness(root: fuzzFolder.deletingLastPathComponent().deletingLastPathComponent().path)

    /// "TARGET/FILE" for every input in the corpus folder (`regressions` or `pending`).
    static func inputs(in corpus: String) -> [String] {
        FuzzTarget.allCases.flatMap { target in
            let folder = fuzzFolder.appendingPathComponent(corpus).appendingPathComponent(target.rawValue)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            return names.filter { !$0.hasPrefix(".") && $0 != "README.md" }.sorted().map { "\(target.rawValue)/\($0)" }
        }
    }

    static func run(_ input: String, from corpus: String) throws -> FuzzOutcome {
        let target = try #require(FuzzTarget(rawValue: String(input.prefix { $0 != "/" })), "\(input): no such fuzz target")
        let data = try Data(contentsOf: fuzzFolder.appendingPathComponent(corpus).appendingPathComponent(input))
        return harness.run(target, [UInt8](data))
    }

    @Test(arguments: inputs(in: "regressions"))
    func regressionEndsInAResultOrItsReasons(_ input: String) throws {
        let outcome = try Self.run(input, from: "regressions")
        #expect(outcome.violations.isEmpty, "\(input): \(outcome.violations)")
        #expect(outcome.accepted || !outcome.findings.isEmpty, "\(input) was refused without a reason")
    }

    /// Inputs that still fail until their fix is merged are kept out of the run, but each must
    /// say which case of issue #9 it is, so that it is moved to `regressions` with its fix.
    @Test func everyPendingInputIsExplained() throws {
        let pending = Self.inputs(in: "pending")
        #expect(!pending.isEmpty || Self.inputs(in: "regressions").count > 0)
        for input in pending {
            let target = String(input.prefix { $0 != "/" }), name = String(input.drop { $0 != "/" }.dropFirst())
            let readme = Self.fuzzFolder.appendingPathComponent("pending/\(target)/README.md")
            let text = (try? String(contentsOf: readme, encoding: .utf8)) ?? ""
            #expect(text.contains("`\(name)`"), "\(input) is not described in pending/\(target)/README.md")
        }
    }

    /// The harness's own wiring: the shipped plans and exports, which the fuzzers start from,
    /// are accepted with every promise kept. A harness that refused everything (a plan that
    /// does not load, a wrong path) would make the fuzzers and the corpus above vacuous.
    @Test(arguments: [
        (FuzzTarget.plan, "plans/campaign.yaml"), (.plan, "plans/cycle.yaml"), (.plan, "plans/store.yaml"),
        (.csv, "examples/campaign-review/sales.csv"), (.csv, "examples/cycle-review/actuals.csv"),
        (.xlsx, "examples/campaign-review/sales.xlsx"), (.xlsx, "examples/cycle-review/actuals.xlsx"),
        // fuzz.sh seeds csv and xlsx with every example's exports: the store cycle's too (its
        // 有赞 report, dated 下单日期, needs its plan's source, which the csv target has not).
        (.csv, "examples/store-review/企业微信_渠道活码统计_202703.csv"), (.xlsx, "examples/store-review/老客复购透视_202703.xlsx"),
        (.review, "examples/campaign-review/sales.csv"), (.review, "examples/campaign-review/coupon_test.csv"),
        (.review, "examples/campaign-review/content.csv"), (.review, "examples/campaign-review/sales.xlsx"),
    ])
    func shippedInputsAreAccepted(_ target: FuzzTarget, _ path: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Self.harness.root).appendingPathComponent(path))
        let outcome = Self.harness.run(target, [UInt8](data))
        #expect(outcome.accepted, "\(path): \(outcome.findings)")
        #expect(outcome.violations.isEmpty, "\(path): \(outcome.violations)")
    }

    @Test(arguments: ["visitors * conversion * aov", "tr_new + tr_old", "-(a - 2) / (b * 0.5)"])
    func formulasAreAttributedByEveryMethod(_ formula: String) {
        let outcome = Self.harness.run(.formula, Array(formula.utf8))
        #expect(outcome.accepted && outcome.findings.isEmpty && outcome.violations.isEmpty, "\(outcome)")
    }

    @Test func aRefusalCarriesItsReason() {
        // A refusal must carry its reasons: a formula that does not parse is refused with one.
        let outcome = Self.harness.run(.formula, Array("a +".utf8))
        #expect(!outcome.accepted && outcome.findings == ["invalid_formula"] && outcome.violations.isEmpty)
    }
}
