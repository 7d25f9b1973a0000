import Foundation
import PlanGenerator
import Testing
@testable import PlanModel

/// A large plan's top-level phases are read half on another thread (`PlanReader.readInTwo`).
/// These load the same files both ways — forced on from two phases, and off — and compare the
/// phases and tasks (every stored property) and every diagnostic, in order: the
/// shipped plans and fixtures, valid and invalid, and generated plans with nested phases.
@Suite("Reading phases on two threads")
struct ReadInTwoTests {
    @Test func shippedPlansAndFixturesLoadAlike() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var files = 0
        for folder in ["plans", "examples", "Tests"] {
            let enumerator = FileManager.default.enumerator(atPath: root.appendingPathComponent(folder).path)
            while let path = enumerator?.nextObject() as? String {
                guard path.hasSuffix(".yaml") else { continue }
                expectAlike(root.appendingPathComponent(folder).appendingPathComponent(path).path)
                files += 1
            }
        }
        #expect(files >= 100, "the shipped plans and fixtures were not found")
    }

    /// Nested phases, dependencies between halves, and problems in both halves (a duplicate
    /// id across them, a misspelt key, a task without a duration, an unknown metric target).
    @Test func problemsInBothHalvesReportInOrder() throws {
        var text = "cycleplan: 1\nid: p\ntitle: 两半\nstart: 2026-09-01\nmetrics:\n  orders: {name: 订单}\nphases:\n"
        for phase in 0..<6 {
            text += "  - id: ph\(phase)\n    name: 阶段\(phase)\n    phases:\n      - id: sub\(phase)\n        name: 子阶段\n        tasks:\n"
            text += "          - {id: t\(phase), name: 任务, duration: 2d\(phase > 0 ? ", after: t\(phase - 1)" : "")}\n"
            if phase == 1 || phase == 4 { text += "          - {id: dup, name: 重复, duraton: 1d}\n" }
            if phase == 5 { text += "          - {id: late, name: 目标, duration: 1d, targets: {gmv: 10}}\n" }
        }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("read-in-two-\(UUID().uuidString).yaml")
        try Data(text.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let (twoWays, _) = expectAlike(url.path)
        #expect(twoWays.diagnostics.contains { $0.id == .unknownKey })
        #expect(twoWays.diagnostics.count >= 3)
    }

    /// Top-level phases are read while the file is parsed (`streamPhases`), and taken over only
    /// when the finished tree's `phases` is the sequence they came from: these shapes must load
    /// as the plain reading loads them — top-level tasks before the phases, a repeated
    /// `phases:`, phases given by an alias, a syntax error after the phases, a phase that is
    /// not a mapping, and a second document.
    @Test(arguments: [
        "tasks:\n  - {id: first, name: 先, duration: 1d}\nphases:\n{PHASES}",
        "phases:\n{PHASES}phases:\n  - {id: again, name: 又一次, tasks: [{id: a1, name: 任务, duration: 1d}]}\n",
        "base: &all\n{PHASES}phases: *all\n",
        "phases:\n{PHASES}oops: [unclosed\n",
        "phases:\n  - just text\n{PHASES}",
        "phases:\n{PHASES}---\nsecond: document\n",
    ])
    func streamedPhasesAreTakenOverOnlyFromTheFinishedTree(_ shape: String) throws {
        var phases = ""
        for phase in 0..<5 {
            phases += "  - id: ph\(phase)\n    name: 阶段\(phase)\n    tasks:\n"
            phases += "      - {id: t\(phase), name: 任务, duraton: 2d\(phase > 0 ? ", after: t\(phase - 1)" : "")}\n"
        }
        let text = "cycleplan: 1\nid: p\ntitle: 边读边解析\nstart: 2026-09-01\n" + shape.replacingOccurrences(of: "{PHASES}", with: phases)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("read-streamed-\(UUID().uuidString).yaml")
        try Data(text.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let (result, _) = expectAlike(url.path)
        #expect(!result.diagnostics.isEmpty, "every shape has a misspelt key or worse")
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func generatedPlansLoadAlike(seed: UInt64) throws {
        let text = PlanGenerator(.init(tasks: 700, roles: 5, tasksPerPhase: 40, seed: seed, peoplePerRole: 2)).yaml()
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("read-in-two-\(seed)-\(UUID().uuidString).yaml")
        try Data(text.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let (result, _) = expectAlike(url.path)
        #expect(result.plan?.tasks.count == 700)
    }

    @discardableResult
    private func expectAlike(_ path: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> (PlanLoadResult, PlanLoadResult) {
        var inTwo = PlanLoader()
        inTwo.parallelPhasesFrom = 2
        var inOne = PlanLoader()
        inOne.parallelPhasesFrom = .max
        let (a, b) = (inTwo.load(file: path), inOne.load(file: path))
        #expect(Self.text(a.plan) == Self.text(b.plan), "\(path)", sourceLocation: sourceLocation)
        #expect(a.diagnostics.map { "\($0.json)" } == b.diagnostics.map { "\($0.json)" }, "\(path)", sourceLocation: sourceLocation)
        return (a, b)
    }

    /// What reading the breakdown makes — every stored property of the phases and tasks — and
    /// whether the rest was read at all (the rest is read before the phases, on one thread).
    private static func text(_ plan: Plan?) -> String {
        guard let plan else { return "no plan" }
        return "\(plan.phases)\n\(plan.tasks)\n\(plan.id) \(plan.title) \(plan.metrics.count) \(plan.roles.count)"
    }
}
