import PlanModel
import PlanTracking
import Testing

@Suite("Status files: robustness")
struct StatusRobustnessTests {
    /// A fixed-seed generator, so a failure is reproducible.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    private let valid = """
        asOf: 2027-01-06
        tasks:
          x: {started: 2027-01-04, done: 2027-01-06}
          a: {started: 2027-01-05, progress: 60%, note: 等待审核}
          c: {started: 2027-01-06, remaining: 1d}
          m: {reached: 2027-01-05}
        """

    /// Every mutated file either loads with a place for each problem, or is tracked; none
    /// crashes, and every diagnostic has a place (and a hint, but for libyaml's syntax errors).
    @Test func mutatedStatusFilesNeverCrash() throws {
        let plan = try loadPlan(campaign)
        let saved = baseline(of: plan)
        let pieces = ["2027-01-05", "1900-01-01", "2999-12-31", "100%", "0%", "-5%", "9999d", "0d", "{", "}", "[", ":", "&a", "*a",
                      "\u{0}", "\t", "reached", "done", "started", "progress", "remaining", "m", "x", "~", "''", "\n  b: {}"]
        var random = SplitMix(state: 11)
        for _ in 0..<300 {
            var text = Array(valid)
            for _ in 0..<Int.random(in: 1...3, using: &random) {
                let position = Int.random(in: 0...text.count, using: &random)
                let piece = Array(pieces.randomElement(using: &random) ?? "")
                if Bool.random(using: &random), position < text.count {
                    let end = min(text.count, position + Int.random(in: 1...6, using: &random))
                    text.replaceSubrange(position..<end, with: piece)
                } else {
                    text.insert(contentsOf: piece, at: position)
                }
            }
            let source = String(text)
            let result = StatusLoader().load(bytes: Array(source.utf8), path: "s.yaml", plan: plan)
            for diagnostic in result.diagnostics {
                #expect(diagnostic.location != nil, "\(diagnostic.id) \(diagnostic.message)")
                // libyaml's own syntax messages come through the shared YAML layer, hinted or
                // not as they are for plans; every check of the status file has a hint.
                #expect(diagnostic.id == .yamlSyntax || diagnostic.hint != nil, "\(diagnostic.id) \(diagnostic.message)")
            }
            guard !result.hasErrors, let status = result.status else { continue }
            let outcome = Tracker().track(plan: plan, baseline: saved, status: status)
            if let tracked = outcome.tracked {
                #expect(tracked.tasks.count == plan.tasks.count)
                _ = WeeklyStatus(tracked).html(plan: plan)
                #expect(tracked.jsonBytes(plan: plan) == tracked.json(plan: plan).serializedBytes(rowsOnOneLine: true))
            }
        }
    }

    @Test func aDoneTaskAfterAnUnfinishedPhaseIsWarnedOncePerTask() throws {
        let plan = try loadPlan("""
            cycleplan: 1
            id: ph
            title: 阶段
            start: 2027-01-04
            phases:
              - id: prep
                name: 筹备
                tasks:
                  - {id: p1, name: 甲, duration: 1d}
                  - {id: p2, name: 乙, duration: 1d}
              - id: run
                name: 执行
                after: prep
                tasks:
                  - {id: r1, name: 丙, duration: 1d}
                  - {id: r2, name: 丁, duration: 1d}
            """)
        let result = StatusLoader().load(bytes: Array("""
            asOf: 2027-01-08
            tasks:
              p1: {started: 2027-01-04, done: 2027-01-04}
              r1: {started: 2027-01-05, done: 2027-01-05}
              r2: {started: 2027-01-05, done: 2027-01-06}
            """.utf8), path: "s.yaml", plan: plan)
        // p2 of prep is not done: r1 and r2 each get the warning, naming the phase's task.
        #expect(result.diagnostics.map(\.id) == [.predecessorNotDone, .predecessorNotDone])
        #expect(result.diagnostics.allSatisfy { $0.message.contains("'p2' of 'prep'") })
        #expect(result.diagnostics.map { $0.location?.line } == [4, 5])
    }
}
